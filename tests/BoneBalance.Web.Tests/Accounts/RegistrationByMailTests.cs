using System.Net;
using System.Text.RegularExpressions;
using BoneBalance.Web.Tests.TestSupport;

namespace BoneBalance.Web.Tests.Accounts;

/// <summary>
/// With mail configured, registering never tells whether an address has an account: the page answers "check your
/// email" in both cases, and only the mailbox learns which it was (a confirmation link, or a note that the account
/// exists). A new account signs in only once its address is confirmed.
/// </summary>
public sealed partial class RegistrationByMailTests(MailingFactory factory) : IClassFixture<MailingFactory>
{
    private const string OtherPassword = "a different long passphrase";

    [Fact]
    public async Task A_new_account_signs_in_only_after_confirming_its_address()
    {
        var email = TestAccounts.NewEmail("confirm");
        using var browser = factory.Browser();
        using (var response = await Register(browser, email, TestAccounts.Password))
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Contains("Check your email", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        await browser.GetPageAsync("/Diary", HttpStatusCode.Redirect);
        var body = await factory.MailAsync(email, "Confirm your BoneBalance account");
        Assert.Contains("within one hour", body, StringComparison.Ordinal);

        using (var early = await browser.SignInAsync(email, TestAccounts.Password))
        {
            var html = WebUtility.HtmlDecode(await early.Content.ReadAsStringAsync());
            Assert.Equal(HttpStatusCode.OK, early.StatusCode);
            Assert.Contains("A new account signs in once its address is confirmed with the link we emailed.", html, StringComparison.Ordinal);
        }

        // Opening the link only shows a button: a mail scanner fetching it confirms nothing.
        var path = new Uri(ConfirmLink().Match(body).Value).PathAndQuery;
        Assert.Contains("Confirm my address", await factory.Browser().GetPageAsync(path), StringComparison.Ordinal);
        using (var stillEarly = await browser.SignInAsync(email, TestAccounts.Password))
        {
            Assert.Equal(HttpStatusCode.OK, stillEarly.StatusCode);
        }

        await MailingFactory.ConfirmAsync(browser, body);
        using var signIn = await browser.SignInAsync(email, TestAccounts.Password);
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        await browser.GetPageAsync("/Diary");
    }

    [Fact]
    public async Task An_international_address_gets_its_confirmation_link()
    {
        var email = $"j\u00fcrgen-{Guid.NewGuid():N}@m\u00fcller.example";
        using var browser = factory.Browser();
        (await Register(browser, email, TestAccounts.Password)).Dispose();
        string? seen = null;
        for (var i = 0; i < 50 && seen is null; i++)
        {
            seen = factory.Smtp.ReceivedEmail.Select(m => m.Data).FirstOrDefault(d => d.Contains(email[..14], StringComparison.Ordinal) || d.Contains("xn--mller-kva.example", StringComparison.Ordinal));
            await Task.Delay(100);
        }

        Assert.NotNull(seen);
    }

    [Fact]
    public async Task A_taken_address_gets_the_same_page_a_note_by_mail_and_keeps_its_password()
    {
        var taken = TestAccounts.NewEmail("taken");
        using (var owner = factory.Browser())
        {
            await factory.RegisterAndConfirmAsync(owner, taken);
        }

        var fresh = TestAccounts.NewEmail("fresh");
        using var stranger = factory.Browser();
        string takenPage, freshPage;
        using (var response = await Register(stranger, taken, OtherPassword))
        {
            takenPage = await response.Content.ReadAsStringAsync();
        }

        using (var response = await Register(stranger, fresh, OtherPassword))
        {
            freshPage = await response.Content.ReadAsStringAsync();
        }

        Assert.Equal(Notice(freshPage).Replace(fresh, "ADDRESS", StringComparison.Ordinal), Notice(takenPage).Replace(taken, "ADDRESS", StringComparison.Ordinal));
        var note = await factory.MailAsync(taken, "You already have a BoneBalance account");
        Assert.Contains("https://bones.example.org/Accounts/ForgotPassword", note, StringComparison.Ordinal);
        // The note only: no second confirmation link for a taken address (the outbox sends in order, so it would be here).
        Assert.Equal(1, factory.Smtp.ReceivedEmail.Count(m => m.ToAddresses.Any(a => a.Address == taken) && m.Headers["Subject"] == "Confirm your BoneBalance account"));
        using (var withNew = await stranger.SignInAsync(taken, OtherPassword))
        {
            Assert.Equal(HttpStatusCode.OK, withNew.StatusCode);
        }

        using var withOld = await factory.Browser().SignInAsync(taken, TestAccounts.Password);
        Assert.Equal(HttpStatusCode.Redirect, withOld.StatusCode);
    }

    [Fact]
    public async Task A_common_password_is_refused_alike_for_a_taken_and_a_new_address()
    {
        var taken = TestAccounts.NewEmail("taken");
        using (var owner = factory.Browser())
        {
            await factory.RegisterAndConfirmAsync(owner, taken);
        }

        using var browser = factory.Browser();
        using var forTaken = await Register(browser, taken, "password12");
        using var forNew = await Register(browser, TestAccounts.NewEmail("new"), "password12");
        var error = new Regex("id=\"password-error\"[^>]*>([^<]*)<");
        var takenError = error.Match(await forTaken.Content.ReadAsStringAsync()).Groups[1].Value;
        Assert.Contains("commonly used", takenError, StringComparison.Ordinal);
        Assert.Equal(takenError, error.Match(await forNew.Content.ReadAsStringAsync()).Groups[1].Value);
    }

    [Fact]
    public async Task Registering_again_before_confirming_replaces_the_password_and_only_the_new_link_works()
    {
        var email = TestAccounts.NewEmail("again");
        using var browser = factory.Browser();
        (await Register(browser, email, OtherPassword)).Dispose();
        var first = await factory.MailAsync(email, "Confirm your BoneBalance account");
        (await Register(browser, email, TestAccounts.Password)).Dispose();
        var bodies = await MailsAsync(email, 2);
        var second = Assert.Single(bodies, b => b != first);

        // The first link was bound to the replaced password: it no longer confirms.
        var firstPath = new Uri(ConfirmLink().Match(first).Value).PathAndQuery;
        var page = await browser.GetPageAsync(firstPath);
        using (var stale = await browser.PostFormAsync(firstPath, "/Accounts/ConfirmEmail", Hidden(page, "user"), Hidden(page, "token")))
        {
            Assert.Contains("This link has expired or is incomplete.", await stale.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        await MailingFactory.ConfirmAsync(browser, second);
        using (var old = await browser.SignInAsync(email, OtherPassword))
        {
            Assert.Equal(HttpStatusCode.OK, old.StatusCode);
        }

        using var signIn = await browser.SignInAsync(email, TestAccounts.Password);
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
    }

    [Fact]
    public async Task A_password_reset_link_also_confirms_the_address()
    {
        var email = TestAccounts.NewEmail("resetfirst");
        using var browser = factory.Browser();
        (await Register(browser, email, OtherPassword)).Dispose();
        (await browser.PostFormAsync("/Accounts/ForgotPassword", "/Accounts/ForgotPassword", ("email", email))).Dispose();
        var body = await factory.MailAsync(email, "Choose a new BoneBalance password");
        var path = new Uri(Regex.Match(body, @"https://bones\.example\.org/Accounts/ResetPassword\?\S+").Value).PathAndQuery;
        var form = await browser.GetPageAsync(path);
        using (var reset = await browser.PostFormAsync(path, "/Accounts/ResetPassword", Hidden(form, "user"), Hidden(form, "token"),
            ("password", TestAccounts.Password), ("confirm", TestAccounts.Password)))
        {
            Assert.Equal(HttpStatusCode.Redirect, reset.StatusCode);
        }

        using var signIn = await browser.SignInAsync(email, TestAccounts.Password);
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
    }

    [Theory]
    [InlineData("/Accounts/ConfirmEmail")]
    [InlineData("/Accounts/ConfirmEmail?user=x&token=%%%")]
    [InlineData("/Accounts/ConfirmEmail?user=x&token=bm90IGEgdG9rZW4")]
    public async Task A_broken_confirmation_link_says_so(string path)
    {
        using var browser = factory.Browser();
        using var response = await browser.Client.GetAsync(path);
        var html = await response.Content.ReadAsStringAsync();
        Assert.True(response.Headers.CacheControl?.NoStore);
        if (html.Contains("Confirm my address", StringComparison.Ordinal))
        {
            using var post = await browser.PostFormAsync(path, "/Accounts/ConfirmEmail", Hidden(html, "user"), Hidden(html, "token"));
            html = await post.Content.ReadAsStringAsync();
        }

        Assert.Contains("This link has expired or is incomplete.", html, StringComparison.Ordinal);
    }

    private static Task<HttpResponseMessage> Register(Browser browser, string email, string password) =>
        browser.PostFormAsync("/Accounts/Register", "/Accounts/Register", ("email", email), ("password", password), ("confirm", password));

    private async Task<List<string>> MailsAsync(string email, int count)
    {
        for (var i = 0; i < 100 && factory.MailsTo(email) < count; i++)
        {
            await Task.Delay(100);
        }

        return [.. factory.Smtp.ReceivedEmail.Where(m => m.ToAddresses.Any(a => a.Address == email)).Select(m => m.MessageParts[0].BodyData)];
    }

    private static string Notice(string html) => Regex.Match(html, "<p class=\"notice\" role=\"status\">(.*?)</p>", RegexOptions.Singleline).Groups[1].Value;

    private static (string, string) Hidden(string html, string name) =>
        (name, WebUtility.HtmlDecode(Regex.Match(html, $"name=\"{name}\" value=\"([^\"]*)\"").Groups[1].Value));

    [GeneratedRegex(@"https://bones\.example\.org/Accounts/ConfirmEmail\?\S+")]
    private static partial Regex ConfirmLink();
}
