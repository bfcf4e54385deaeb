using BoneBalance.Data.Persistence;
using BoneBalance.Web.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace BoneBalance.Web.Accounts;

/// <summary>Signs a person in with email and password; five failures in a row lock the account for 15 minutes, except in
/// a browser that has signed in to it before (<see cref="TrustedDevices"/>).</summary>
[LimitSignInAttempts]
internal sealed class SignInModel(SignInManager<BoneBalanceUser> signIn, TrustedDevices devices, Microsoft.Extensions.Options.IOptions<Mail.MailSettings> mail) : PageModel
{
    /// <summary>True when this BoneBalance can send password-reset links.</summary>
    public bool CanResetPassword => mail.Value.Enabled;

    /// <summary>The email as typed (shown again after a failure).</summary>
    public string? Email { get; private set; }

    /// <summary>Where to go after signing in (local paths only).</summary>
    public string? ReturnUrl { get; private set; }

    /// <summary>Shows the form.</summary>
    public void OnGet(string? returnUrl) => ReturnUrl = returnUrl;

    /// <summary>Checks the password.</summary>
    public async Task<IActionResult> OnPostAsync(string? email, string? password, string? returnUrl)
    {
        Email = email;
        ReturnUrl = returnUrl;
        if (string.IsNullOrWhiteSpace(email))
        {
            ModelState.AddModelError("email", "Enter your email address.");
        }

        if (string.IsNullOrEmpty(password))
        {
            ModelState.AddModelError("password", "Enter your password.");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var address = EmailAddress.Normalise(email) ?? email!.Trim();
        var result = await signIn.PasswordSignInAsync(address, password!, isPersistent: false, lockoutOnFailure: true).ConfigureAwait(false);
        if (result.Succeeded)
        {
            if (await signIn.UserManager.FindByNameAsync(address).ConfigureAwait(false) is { } user)
            {
                await devices.TrustAsync(HttpContext, user.Id).ConfigureAwait(false);
            }

            return LocalRedirect(Url.IsLocalUrl(returnUrl) ? returnUrl! : "/Diary");
        }

        // The password was right and the account asks for a second step (a short-lived cookie remembers whose).
        if (result.RequiresTwoFactor)
        {
            return LocalRedirect("/Accounts/SignInCode" + (Url.IsLocalUrl(returnUrl) ? "?returnUrl=" + Uri.EscapeDataString(returnUrl!) : string.Empty));
        }

        // One message whether the address has no account, the password is wrong or the account is locked: a different
        // answer for a locked account would tell a stranger that the address has an account here.
        await devices.RecordFailureAsync(HttpContext).ConfigureAwait(false);
        ModelState.AddModelError("form", CanResetPassword ? SignInRefused + " " + NotConfirmedYet : SignInRefused);
        return Page();
    }

    /// <summary>The one answer to a refused sign-in.</summary>
    internal static readonly string SignInRefused =
        $"The email or password is not right. After {AccountsRegistration.MaxFailedAttempts} failed sign-ins an account is locked for " +
        $"{AccountsRegistration.LockoutDuration.TotalMinutes:0} minutes, even against the right password, except in a browser that has signed in to it before.";

    /// <summary>Added to <see cref="SignInRefused"/> when accounts confirm their address by email.</summary>
    internal const string NotConfirmedYet = "A new account signs in once its address is confirmed with the link we emailed.";
}
