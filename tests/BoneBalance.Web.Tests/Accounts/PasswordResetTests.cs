using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;
using BoneBalance.Web.Tests.TestSupport;
using Microsoft.AspNetCore.Hosting;
using netDumbster.smtp;

namespace BoneBalance.Web.Tests.Accounts;

/// <summary>The app with a local SMTP server (netDumbster) configured as its mail server.</summary>
public sealed class MailingFactory : BoneBalanceFactory
{
    public MailingFactory()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        Port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        Smtp = SimpleSmtpServer.Start(Port);
    }

    public int Port { get; }

    public SimpleSmtpServer Smtp { get; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Mail:Host", "127.0.0.1");
        builder.UseSetting("Mail:Port", Port.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("Mail:Security", "none");
        builder.UseSetting("Mail:From", "BoneBalance <no-reply@bonebalance.test>");
        builder.UseSetting("Mail:PublicBaseUrl", "https://bones.example.org/");
    }

    /// <summary>Waits for the one mail to <paramref name="email"/> with <paramref name="subject"/> and returns its body.</summary>
    public async Task<string> MailAsync(string email, string subject)
    {
        // Every test's address is new, so the mail to it with this subject is the one asked for (the server's list is
        // not in arrival order).
        netDumbster.smtp.SmtpMessage? mail = null;
        for (var i = 0; i < 100 && mail is null; i++)
        {
            mail = Smtp.ReceivedEmail.SingleOrDefault(m => m.ToAddresses.Any(a => a.Address == email) && m.Headers["Subject"] == subject);
            if (mail is null)
            {
                await Task.Delay(100);
            }
        }

        Assert.True(mail is not null, $"no mail '{subject}' to {email}");
        return mail.MessageParts[0].BodyData;
    }

    /// <summary>The number of mails that reached <paramref name="email"/>.</summary>
    public int MailsTo(string email) => Smtp.ReceivedEmail.Count(m => m.ToAddresses.Any(a => a.Address == email));

    /// <summary>Registers, confirms the address with the emailed link and signs in: <paramref name="browser"/> is then signed in.</summary>
    public async Task RegisterAndConfirmAsync(Browser browser, string email, string password = TestAccounts.Password)
    {
        using (var response = await browser.PostFormAsync("/Accounts/Register", "/Accounts/Register", ("email", email), ("password", password), ("confirm", password)))
        {
            Assert.Contains("Check your email", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        await ConfirmAsync(browser, await MailAsync(email, "Confirm your BoneBalance account"));
        using var signIn = await browser.SignInAsync(email, password);
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
    }

    /// <summary>Opens the confirmation link of <paramref name="body"/> and presses its button.</summary>
    public static async Task ConfirmAsync(Browser browser, string body)
    {
        var path = new Uri(System.Text.RegularExpressions.Regex.Match(body, @"https://bones\.example\.org/Accounts/ConfirmEmail\?\S+").Value).PathAndQuery;
        var page = await browser.GetPageAsync(path);
        using var confirm = await browser.PostFormAsync(path, "/Accounts/ConfirmEmail",
            ("user", WebUtility.HtmlDecode(System.Text.RegularExpressions.Regex.Match(page, "name=\"user\" value=\"([^\"]*)\"").Groups[1].Value)),
            ("token", WebUtility.HtmlDecode(System.Text.RegularExpressions.Regex.Match(page, "name=\"token\" value=\"([^\"]*)\"").Groups[1].Value)));
        Assert.Equal(HttpStatusCode.Redirect, confirm.StatusCode);
        Assert.Equal("/Accounts/SignIn?confirmed=1", confirm.Headers.Location?.OriginalString);
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            Smtp.Dispose();
        }
    }
}

/// <summary>
/// Password reset by a one-time emailed link, against an SMTP server the test starts: the link arrives, is built on the
/// configured public address (not the request's Host), sets the new password once, ends every session and lifts a
/// lock-out; an unknown address gets the same answer and no mail.
/// </summary>
public sealed partial class PasswordResetTests(MailingFactory factory) : IClassFixture<MailingFactory>
{
    private const string NewPassword = "an entirely new passphrase";

    [Fact]
    public async Task A_reset_link_arrives_sets_the_new_password_once_and_ends_every_session()
    {
        var email = TestAccounts.NewEmail("reset");
        using var device = factory.Browser();
        await factory.RegisterAndConfirmAsync(device, email);

        using var browser = factory.Browser();
        browser.Client.DefaultRequestHeaders.Host = "evil.example.net";
        var link = await RequestLinkAsync(browser, email);
        Assert.StartsWith("https://bones.example.org/Accounts/ResetPassword?user=", link, StringComparison.Ordinal);
        var path = new Uri(link).PathAndQuery;

        using var anonymous = factory.Browser();
        var form = await anonymous.GetPageAsync(path);
        Assert.Contains("<h1>Choose a new password</h1>", form, StringComparison.Ordinal);
        using (var reset = await anonymous.PostFormAsync(path, "/Accounts/ResetPassword", Fields(form, NewPassword, NewPassword)))
        {
            Assert.Equal(HttpStatusCode.Redirect, reset.StatusCode);
            Assert.Equal("/Accounts/SignIn?passwordReset=1", reset.Headers.Location?.OriginalString);
        }

        await device.GetPageAsync("/Diary", HttpStatusCode.Redirect);
        using (var old = await anonymous.SignInAsync(email, TestAccounts.Password))
        {
            Assert.Equal(HttpStatusCode.OK, old.StatusCode);
        }

        using (var fresh = await anonymous.SignInAsync(email, NewPassword))
        {
            Assert.Equal(HttpStatusCode.Redirect, fresh.StatusCode);
        }

        // The link is spent.
        using var again = factory.Browser();
        using var reused = await again.PostFormAsync(path, "/Accounts/ResetPassword", Fields(form, "yet another new passphrase", "yet another new passphrase"));
        Assert.Contains("This link has expired, was already used or is incomplete.", await reused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_address_gets_the_same_answer_and_no_mail()
    {
        using var browser = factory.Browser();
        var before = factory.Smtp.ReceivedEmailCount;
        using var response = await browser.PostFormAsync("/Accounts/ForgotPassword", "/Accounts/ForgotPassword", ("email", TestAccounts.NewEmail("nobody")));
        Assert.Contains("If an account exists for that address", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await Task.Delay(500);
        Assert.Equal(before, factory.Smtp.ReceivedEmailCount);
    }

    [Fact]
    public async Task A_reset_lifts_a_lock_out_and_a_weak_or_mismatched_new_password_is_refused()
    {
        var email = TestAccounts.NewEmail("locked");
        using (var owner = factory.Browser())
        {
            await factory.RegisterAndConfirmAsync(owner, email);
        }

        using var browser = factory.Browser();
        for (var i = 0; i < 5; i++)
        {
            (await browser.SignInAsync(email, "wrong password " + i)).Dispose();
        }

        var path = new Uri(await RequestLinkAsync(browser, email)).PathAndQuery;
        var form = await browser.GetPageAsync(path);
        using (var weak = await browser.PostFormAsync(path, "/Accounts/ResetPassword", Fields(form, "1234567890", "1234567890")))
        {
            Assert.Contains("id=\"password-error\"", await weak.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        using (var differ = await browser.PostFormAsync(path, "/Accounts/ResetPassword", Fields(form, NewPassword, NewPassword + "!")))
        {
            Assert.Contains("The two new passwords differ.", await differ.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        using (var reset = await browser.PostFormAsync(path, "/Accounts/ResetPassword", Fields(form, NewPassword, NewPassword)))
        {
            Assert.Equal(HttpStatusCode.Redirect, reset.StatusCode);
        }

        using var signIn = await browser.SignInAsync(email, NewPassword);
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
    }

    [Theory]
    [InlineData("/Accounts/ResetPassword")]
    [InlineData("/Accounts/ResetPassword?user=x&token=%%%")]
    [InlineData("/Accounts/ResetPassword?user=x&token=bm90IGEgdG9rZW4")]
    public async Task A_broken_link_says_so(string path)
    {
        using var browser = factory.Browser();
        using var response = await browser.Client.GetAsync(path);
        var html = await response.Content.ReadAsStringAsync();
        if (html.Contains("<form method=\"post\"", StringComparison.Ordinal))
        {
            using var post = await browser.PostFormAsync(path, "/Accounts/ResetPassword", Fields(html, NewPassword, NewPassword));
            html = await post.Content.ReadAsStringAsync();
        }

        Assert.Contains("This link has expired, was already used or is incomplete.", html, StringComparison.Ordinal);
        Assert.True(response.Headers.CacheControl?.NoStore);
    }

    [Fact]
    public async Task The_sign_in_page_offers_the_reset()
    {
        using var browser = factory.Browser();
        Assert.Contains("href=\"/Accounts/ForgotPassword\"", await browser.GetPageAsync("/Accounts/SignIn"), StringComparison.Ordinal);
    }

    private async Task<string> RequestLinkAsync(Browser browser, string email)
    {
        using (var response = await browser.PostFormAsync("/Accounts/ForgotPassword", "/Accounts/ForgotPassword", ("email", email)))
        {
            Assert.Contains("If an account exists for that address", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        var body = await factory.MailAsync(email, "Choose a new BoneBalance password");
        return Link().Match(body).Value;
    }

    private static (string, string)[] Fields(string form, string password, string confirm) =>
    [
        ("user", WebUtility.HtmlDecode(Hidden("user").Match(form).Groups[1].Value)),
        ("token", WebUtility.HtmlDecode(Hidden("token").Match(form).Groups[1].Value)),
        ("password", password),
        ("confirm", confirm),
    ];

    private static Regex Hidden(string name) => new($"name=\"{name}\" value=\"([^\"]*)\"");

    [GeneratedRegex(@"https://bones\.example\.org/Accounts/ResetPassword\?\S+")]
    private static partial Regex Link();
}
