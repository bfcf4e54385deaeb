using System.Net;
using System.Text.RegularExpressions;
using BoneBalance.Web.Tests.TestSupport;
using OtpNet;

namespace BoneBalance.Web.Tests.Accounts;

/// <summary>
/// Two-step sign-in, with codes computed by another TOTP implementation (Otp.NET) from the key the page shows: set up,
/// then a password alone is not enough, a code or a recovery code (once) completes the sign-in, wrong codes are refused,
/// and turning it off needs the password.
/// </summary>
public sealed partial class TwoFactorTests(BoneBalanceFactory factory) : IClassFixture<BoneBalanceFactory>
{
    [Fact]
    public async Task With_two_step_sign_in_a_password_alone_is_not_enough_and_a_code_or_a_recovery_code_completes_it()
    {
        var email = TestAccounts.NewEmail("totp");
        using var owner = factory.Browser();
        await owner.RegisterAsync(email);
        var setup = await owner.GetPageAsync("/Accounts/TwoFactor");
        Assert.Contains("data:image/png;base64,", setup, StringComparison.Ordinal);
        var key = Key().Match(setup).Groups[1].Value.Replace(" ", string.Empty, StringComparison.Ordinal).ToUpperInvariant();
        Assert.Equal(32, key.Length);
        var totp = new Totp(Base32Encoding.ToBytes(key));

        using (var wrong = await owner.PostFormAsync("/Accounts/TwoFactor", "/Accounts/TwoFactor?handler=Enable", ("code", "000000")))
        {
            Assert.Contains("That code does not match.", await wrong.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        string[] recovery;
        using (var enabled = await owner.PostFormAsync("/Accounts/TwoFactor", "/Accounts/TwoFactor?handler=Enable", ("code", totp.ComputeTotp())))
        {
            var html = await enabled.Content.ReadAsStringAsync();
            Assert.Contains("Two-step sign-in is <strong>on</strong>", html, StringComparison.Ordinal);
            recovery = [.. RecoveryCode().Matches(html).Select(m => m.Groups[1].Value)];
        }

        Assert.Equal(10, recovery.Length);
        await owner.GetPageAsync("/Diary"); // this browser stays signed in

        // The password alone leads to the code step, not into the account.
        using var phone = factory.Browser();
        using (var password = await phone.SignInAsync(email, TestAccounts.Password))
        {
            Assert.Equal(HttpStatusCode.Redirect, password.StatusCode);
            Assert.Equal("/Accounts/SignInCode", password.Headers.Location?.OriginalString);
        }

        await phone.GetPageAsync("/Diary", HttpStatusCode.Redirect);
        using (var bad = await phone.PostFormAsync("/Accounts/SignInCode", "/Accounts/SignInCode", ("code", "123456")))
        {
            Assert.Contains("That code is not right.", await bad.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        using (var good = await phone.PostFormAsync("/Accounts/SignInCode", "/Accounts/SignInCode", ("code", totp.ComputeTotp())))
        {
            Assert.Equal(HttpStatusCode.Redirect, good.StatusCode);
            Assert.Equal("/Diary", good.Headers.Location?.OriginalString);
        }

        await phone.GetPageAsync("/Diary");

        // A recovery code works once.
        using var laptop = factory.Browser();
        (await laptop.SignInAsync(email, TestAccounts.Password)).Dispose();
        using (var recovered = await laptop.PostFormAsync("/Accounts/SignInCode", "/Accounts/SignInCode", ("code", recovery[0])))
        {
            Assert.Equal(HttpStatusCode.Redirect, recovered.StatusCode);
        }

        using var again = factory.Browser();
        (await again.SignInAsync(email, TestAccounts.Password)).Dispose();
        using (var spent = await again.PostFormAsync("/Accounts/SignInCode", "/Accounts/SignInCode", ("code", recovery[0])))
        {
            Assert.Contains("That code is not right.", await spent.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        // Turning it off needs the password; then the password alone signs in again.
        using (var refused = await owner.PostFormAsync("/Accounts/TwoFactor", "/Accounts/TwoFactor?handler=Disable", ("password", "not my password")))
        {
            Assert.Contains("The password is not right.", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        using (var off = await owner.PostFormAsync("/Accounts/TwoFactor", "/Accounts/TwoFactor?handler=Disable", ("password", TestAccounts.Password)))
        {
            Assert.Contains("Key:", await off.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        using var plain = factory.Browser();
        using var signIn = await plain.SignInAsync(email, TestAccounts.Password);
        Assert.Equal("/Diary", signIn.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task The_code_step_without_a_right_password_first_goes_back_to_the_password()
    {
        using var browser = factory.Browser();
        using var response = await browser.Client.GetAsync("/Accounts/SignInCode");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/Accounts/SignIn", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public void The_key_uri_is_what_authenticator_apps_read()
    {
        Assert.Equal(
            "otpauth://totp/BoneBalance:ada%40example.org?secret=JBSWY3DPEHPK3PXP&issuer=BoneBalance&digits=6",
            Web.Accounts.TwoFactorModel.AuthenticatorUri("ada@example.org", "JBSWY3DPEHPK3PXP"));
    }

    [GeneratedRegex("Key: <code class=\"token\">([a-z2-7 ]+)</code>")]
    private static partial Regex Key();

    [GeneratedRegex("<li><code>([A-Za-z0-9-]+)</code></li>")]
    private static partial Regex RecoveryCode();
}
