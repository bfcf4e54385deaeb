using System.Net;
using BoneBalance.Web.Tests.TestSupport;

namespace BoneBalance.Web.Tests.Accounts;

public sealed class AccountTests(BoneBalanceFactory factory) : IClassFixture<BoneBalanceFactory>
{
    [Fact]
    public async Task Register_signs_in_and_the_diary_opens()
    {
        using var browser = factory.Browser();
        await browser.RegisterAsync(TestAccounts.NewEmail());
        var diary = await browser.GetPageAsync("/Diary");
        Assert.Contains("<h1>Food diary</h1>", diary, StringComparison.Ordinal);
        Assert.Contains("Sign out", diary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Diary_without_a_session_redirects_to_sign_in()
    {
        using var browser = factory.Browser();
        using var response = await browser.Client.GetAsync("/Diary");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("http://localhost/Accounts/SignIn?ReturnUrl=%2FDiary", response.Headers.Location!.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sign_out_then_sign_in_again()
    {
        var email = TestAccounts.NewEmail();
        using var browser = factory.Browser();
        await browser.RegisterAsync(email);
        using (var signOut = await browser.PostFormAsync("/Diary", "/Accounts/SignOut"))
        {
            Assert.Equal(HttpStatusCode.Redirect, signOut.StatusCode);
        }

        await browser.GetPageAsync("/Diary", HttpStatusCode.Redirect);
        using var signIn = await browser.SignInAsync(email, TestAccounts.Password);
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        Assert.Equal("/Diary", signIn.Headers.Location?.OriginalString);
        await browser.GetPageAsync("/Diary");
    }

    /// <summary>
    /// Signing out ends the session on the server: a copy of the cookie taken before (another device, a stolen copy)
    /// no longer reads anything; deleting the account does the same for every session.
    /// </summary>
    [Theory]
    [InlineData("sign-out")]
    [InlineData("delete-account")]
    public async Task A_copied_session_cookie_stops_working_once_the_account_signs_out_or_is_deleted(string how)
    {
        var email = TestAccounts.NewEmail("revoke");
        using (var owner = factory.Browser())
        {
            await owner.RegisterAsync(email);
            var (put, _) = await owner.JsonAsync(HttpMethod.Put, "/api/profile", new { person = new { sex = "female", age = 67 } });
            Assert.Equal(HttpStatusCode.OK, put);
        }

        using var device = factory.Browser();
        string cookie;
        using (var signIn = await device.SignInAsync(email, TestAccounts.Password))
        {
            cookie = signIn.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]).Single(c => c.StartsWith("BoneBalance.Session=", StringComparison.Ordinal));
        }

        using var copy = factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        async Task<HttpStatusCode> ReadProfileWithTheCopy()
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "/api/profile");
            request.Headers.Add("Cookie", cookie);
            using var response = await copy.SendAsync(request);
            return response.StatusCode;
        }

        Assert.Equal(HttpStatusCode.OK, await ReadProfileWithTheCopy());
        if (how == "sign-out")
        {
            using var signOut = await device.PostFormAsync("/Diary", "/Accounts/SignOut");
            Assert.Equal(HttpStatusCode.Redirect, signOut.StatusCode);
        }
        else
        {
            var (deleted, _) = await device.JsonAsync(HttpMethod.Delete, "/api/account");
            Assert.Equal(HttpStatusCode.NoContent, deleted);
        }

        Assert.Equal(HttpStatusCode.Unauthorized, await ReadProfileWithTheCopy());
        using var page = new HttpRequestMessage(HttpMethod.Get, "/Diary");
        page.Headers.Add("Cookie", cookie);
        using var diary = await copy.SendAsync(page);
        Assert.Equal(HttpStatusCode.Redirect, diary.StatusCode); // to the sign-in page
    }

    [Fact]
    public async Task Wrong_password_is_refused_with_a_message()
    {
        var email = TestAccounts.NewEmail();
        using (var owner = factory.Browser())
        {
            await owner.RegisterAsync(email);
        }

        using var browser = factory.Browser();
        using var response = await browser.SignInAsync(email, "not the password at all");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("The email or password is not right.", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await browser.GetPageAsync("/Diary", HttpStatusCode.Redirect);
    }

    [Fact]
    public async Task Five_failed_sign_ins_lock_the_account_even_against_the_right_password()
    {
        var email = TestAccounts.NewEmail();
        using (var owner = factory.Browser())
        {
            await owner.RegisterAsync(email);
        }

        using var browser = factory.Browser();
        for (var i = 0; i < 4; i++)
        {
            using var wrong = await browser.SignInAsync(email, "wrong password " + i);
            Assert.Contains("The email or password is not right.", await wrong.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        string fifthText;
        using (var fifth = await browser.SignInAsync(email, "wrong password 5"))
        {
            fifthText = await fifth.Content.ReadAsStringAsync();
        }

        using var right = await browser.SignInAsync(email, TestAccounts.Password);
        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
        var rightText = await right.Content.ReadAsStringAsync();
        await browser.GetPageAsync("/Diary", HttpStatusCode.Redirect);

        // Locked, wrong password and no such account all read the same: nothing tells a stranger the address is registered.
        using var nobody = await factory.Browser().SignInAsync(TestAccounts.NewEmail("nobody"), "wrong password");
        var nobodyText = await nobody.Content.ReadAsStringAsync();
        const string Refused = "The email or password is not right. After 5 failed sign-ins an account is locked for 15 minutes, even against the right password, except in a browser that has signed in to it before.";
        Assert.All(new[] { fifthText, rightText, nobodyText }, text => Assert.Contains(Refused, text, StringComparison.Ordinal));
        Assert.All(new[] { fifthText, rightText, nobodyText }, text => Assert.DoesNotContain("This account is locked", text, StringComparison.Ordinal));
    }

    /// <summary>NIST SP 800-63B: a password on the list of common and breached passwords is refused, whatever its case.</summary>
    [Theory]
    [InlineData("password12")]
    [InlineData("1234567890")]
    [InlineData("QWERTYUIOP")]
    public async Task A_common_or_breached_password_is_refused_next_to_the_password_field(string password)
    {
        using var browser = factory.Browser();
        using var response = await browser.PostFormAsync("/Accounts/Register", "/Accounts/Register",
            ("email", TestAccounts.NewEmail("common")), ("password", password), ("confirm", password));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("This password is on a list of commonly used and leaked passwords", html, StringComparison.Ordinal);
        await browser.GetPageAsync("/Diary", HttpStatusCode.Redirect);
    }

    [Fact]
    public void The_common_password_list_is_the_shipped_file()
    {
        // data/accounts/common-passwords-10-plus.txt.gz: the 113,361 passwords of 10+ characters of the SecLists top 1M.
        Assert.Equal(112_130, BoneBalance.Web.Accounts.CommonPasswordValidator.Count); // 113,361 lines, 112,130 distinct ignoring case
        Assert.True(BoneBalance.Web.Accounts.CommonPasswordValidator.IsCommon("Password12"));
        Assert.False(BoneBalance.Web.Accounts.CommonPasswordValidator.IsCommon(TestAccounts.Password));
    }

    [Fact]
    public async Task A_short_password_is_refused_next_to_the_password_field()
    {
        using var browser = factory.Browser();
        using var response = await browser.PostFormAsync("/Accounts/Register", "/Accounts/Register",
            ("email", TestAccounts.NewEmail()), ("password", "short"), ("confirm", "short"));
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Matches("id=\"password-error\"[^>]*>Passwords must be at least 10 characters", html);
    }

    [Fact]
    public async Task Different_confirmation_is_refused_next_to_the_confirm_field()
    {
        using var browser = factory.Browser();
        using var response = await browser.PostFormAsync("/Accounts/Register", "/Accounts/Register",
            ("email", TestAccounts.NewEmail()), ("password", TestAccounts.Password), ("confirm", TestAccounts.Password + "x"));
        Assert.Matches("id=\"confirm-error\"[^>]*>The two passwords differ.", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task An_email_can_register_only_once()
    {
        var email = TestAccounts.NewEmail();
        using (var first = factory.Browser())
        {
            await first.RegisterAsync(email);
        }

        // Differently cased and with spaces around it, the address is the same one.
        using var second = factory.Browser();
        using var response = await second.PostFormAsync("/Accounts/Register", "/Accounts/Register",
            ("email", " " + email.ToUpperInvariant() + " "), ("password", TestAccounts.Password), ("confirm", TestAccounts.Password));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Matches("id=\"email-error\"[^>]*>An account cannot be created with this address. If it is yours, sign in instead.<", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task An_international_address_registers_and_signs_in_in_either_letter_case()
    {
        var id = Guid.NewGuid().ToString("N")[..8];
        var address = $"j\u00fcrgen-{id}@m\u00fcller.example";
        using (var browser = factory.Browser())
        {
            await browser.RegisterAsync(address);
        }

        using var other = factory.Browser();
        using var signIn = await other.SignInAsync(" " + address.ToUpperInvariant(), TestAccounts.Password);
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        using var again = await factory.Browser().PostFormAsync("/Accounts/Register", "/Accounts/Register",
            ("email", address.ToUpperInvariant()), ("password", TestAccounts.Password), ("confirm", TestAccounts.Password));
        Assert.Contains("An account cannot be created with this address.", await again.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("no-at-sign.example.org")]
    [InlineData("two@at@example.org")]
    [InlineData("@example.org")]
    [InlineData("person@")]
    [InlineData("person@localhost")]
    [InlineData("per son@example.org")]
    [InlineData("person@exa mple.org")]
    [InlineData("person@example..org")]
    [InlineData("person@-example.org")]
    [InlineData(".person@example.org")]
    [InlineData("per..son@example.org")]
    [InlineData("person<x>@example.org")]
    public async Task Something_that_is_not_an_email_address_is_refused_naming_it(string email)
    {
        using var browser = factory.Browser();
        using var response = await browser.PostFormAsync("/Accounts/Register", "/Accounts/Register",
            ("email", email), ("password", TestAccounts.Password), ("confirm", TestAccounts.Password));
        var html = System.Net.WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains($"'{email}' is not an email address. Valid: name@example.org, at most 254 characters, no spaces", html, StringComparison.Ordinal);
        await browser.GetPageAsync("/Diary", HttpStatusCode.Redirect);
    }

    [Fact]
    public async Task Addresses_of_the_longest_valid_length_register_and_one_more_character_is_refused()
    {
        var local = new string('a', 64);
        var domain = string.Join('.', Enumerable.Repeat(new string('b', 60), 3)) + "." + Guid.NewGuid().ToString("N")[..6]; // 64 + 1 + 183 + 6 = 254
        var longest = local + "@" + domain;
        Assert.Equal(254, longest.Length);
        using (var browser = factory.Browser())
        {
            await browser.RegisterAsync(longest);
        }

        using var refused = factory.Browser();
        using var response = await refused.PostFormAsync("/Accounts/Register", "/Accounts/Register",
            ("email", "a" + longest), ("password", TestAccounts.Password), ("confirm", TestAccounts.Password));
        Assert.Contains("is not an email address", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_stranger_locking_an_account_does_not_lock_out_the_browser_its_owner_signed_in_with()
    {
        var email = TestAccounts.NewEmail("owner");
        using var owner = factory.Browser();
        await owner.RegisterAsync(email);
        using (var signOut = await owner.PostFormAsync("/Diary", "/Accounts/SignOut"))
        {
            Assert.Equal(HttpStatusCode.Redirect, signOut.StatusCode);
        }

        using (var first = await owner.SignInAsync(email, TestAccounts.Password))
        {
            Assert.Equal(HttpStatusCode.Redirect, first.StatusCode); // this browser is now known to the account
        }

        (await owner.PostFormAsync("/Diary", "/Accounts/SignOut")).Dispose();
        using var stranger = factory.Browser();
        for (var i = 0; i < 6; i++)
        {
            (await stranger.SignInAsync(email, "wrong password " + i)).Dispose();
        }

        using (var strangerRight = await stranger.SignInAsync(email, TestAccounts.Password))
        {
            Assert.Equal(HttpStatusCode.OK, strangerRight.StatusCode); // locked for every other browser
        }

        using (var ownerRight = await owner.SignInAsync(email, TestAccounts.Password))
        {
            Assert.Equal(HttpStatusCode.Redirect, ownerRight.StatusCode);
        }

        await owner.GetPageAsync("/Diary");
    }

    [Fact]
    public async Task A_known_browser_that_keeps_failing_is_locked_out_like_any_other()
    {
        var email = TestAccounts.NewEmail("known");
        using var owner = factory.Browser();
        await owner.RegisterAsync(email);
        (await owner.PostFormAsync("/Diary", "/Accounts/SignOut")).Dispose();
        using (var known = await owner.SignInAsync(email, TestAccounts.Password))
        {
            Assert.Equal(HttpStatusCode.Redirect, known.StatusCode);
        }

        (await owner.PostFormAsync("/Diary", "/Accounts/SignOut")).Dispose();
        for (var i = 0; i < 5; i++)
        {
            (await owner.SignInAsync(email, "wrong password " + i)).Dispose();
        }

        using var right = await owner.SignInAsync(email, TestAccounts.Password);
        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
    }

    [Fact]
    public async Task A_form_post_without_the_antiforgery_token_is_refused()
    {
        using var browser = factory.Browser();
        using var response = await browser.Client.PostAsync("/Accounts/SignIn",
            new FormUrlEncodedContent([new("email", "a@example.org"), new("password", TestAccounts.Password)]));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
