using BoneBalance.Data.Persistence;
using BoneBalance.Web.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace BoneBalance.Web.Accounts;

/// <summary>
/// The second step of signing in for accounts with two-step sign-in: a 6-digit authenticator code, or a recovery code
/// (spent on use). Only reachable after the right password (Identity's short-lived two-factor cookie names the account);
/// wrong codes count toward the same lock-out as wrong passwords.
/// </summary>
[LimitSignInAttempts]
internal sealed class SignInCodeModel(SignInManager<BoneBalanceUser> signIn, TrustedDevices devices) : PageModel
{
    /// <summary>Where to go afterwards (local paths only).</summary>
    public string? ReturnUrl { get; private set; }

    /// <summary>Shows the form, or sends back to the password step when there is no pending sign-in.</summary>
    public async Task<IActionResult> OnGetAsync(string? returnUrl)
    {
        ReturnUrl = returnUrl;
        return await signIn.GetTwoFactorAuthenticationUserAsync().ConfigureAwait(false) is null ? LocalRedirect("/Accounts/SignIn") : Page();
    }

    /// <summary>Checks the code.</summary>
    public async Task<IActionResult> OnPostAsync(string? code, string? returnUrl)
    {
        ReturnUrl = returnUrl;
        if (await signIn.GetTwoFactorAuthenticationUserAsync().ConfigureAwait(false) is not { } user)
        {
            return LocalRedirect("/Accounts/SignIn");
        }

        var text = (code ?? string.Empty).Trim();
        var digits = new string(text.Where(char.IsAsciiDigit).ToArray());
        if (text.Length == 0)
        {
            ModelState.AddModelError("code", "Enter the code.");
            return Page();
        }

        var result = digits.Length == 6 && digits.Length == text.Replace(" ", string.Empty, StringComparison.Ordinal).Length
            ? await signIn.TwoFactorAuthenticatorSignInAsync(digits, isPersistent: false, rememberClient: false).ConfigureAwait(false)
            : await signIn.TwoFactorRecoveryCodeSignInAsync(text.Replace(" ", string.Empty, StringComparison.Ordinal)).ConfigureAwait(false);
        if (result.Succeeded)
        {
            await devices.TrustAsync(HttpContext, user.Id).ConfigureAwait(false);
            return LocalRedirect(Url.IsLocalUrl(returnUrl) ? returnUrl! : "/Diary");
        }

        await devices.RecordFailureAsync(HttpContext).ConfigureAwait(false);
        ModelState.AddModelError("code", result.IsLockedOut
            ? SignInModel.SignInRefused
            : "That code is not right. Authenticator codes change every 30 seconds; a recovery code works once.");
        return Page();
    }
}
