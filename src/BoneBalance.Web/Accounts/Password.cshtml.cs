using BoneBalance.Data.Persistence;
using BoneBalance.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace BoneBalance.Web.Accounts;

/// <summary>
/// Changes the password of the signed-in account. The current password is checked as a sign-in is (failures count toward
/// the lock-out, and the page shares the sign-in rate limit), the new one goes through Identity's validators (length,
/// common passwords). On success every session of the account ends, this one too, and the person signs in again with the
/// new password: a session key that existed before the change is never carried over (a copied cookie must not survive it).
/// </summary>
[Authorize]
[LimitSignInAttempts]
internal sealed partial class PasswordModel(
    UserManager<BoneBalanceUser> users, SignInManager<BoneBalanceUser> signIn, AccountSessions sessions, ILogger<PasswordModel> logger) : PageModel
{
    /// <summary>Checks the current password and sets the new one.</summary>
    public async Task<IActionResult> OnPostAsync(string? current, string? password, string? confirm, CancellationToken cancellationToken)
    {
        if (await users.GetUserAsync(User).ConfigureAwait(false) is not { } user)
        {
            return Challenge();
        }

        if (string.IsNullOrEmpty(current))
        {
            ModelState.AddModelError("current", "Enter your current password.");
        }

        ChosenPassword.Check(ModelState, password, confirm, replacing: true);

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var check = await signIn.CheckPasswordSignInAsync(user, current!, lockoutOnFailure: true).ConfigureAwait(false);
        if (!check.Succeeded)
        {
            ModelState.AddModelError("current", check.IsLockedOut
                ? $"Too many wrong passwords: the account is locked for {AccountsRegistration.LockoutDuration.TotalMinutes:0} minutes."
                : "The current password is not right.");
            return Page();
        }

        var result = await users.ChangePasswordAsync(user, current!, password!).ConfigureAwait(false);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
            {
                ModelState.AddModelError("password", error.Description);
            }

            return Page();
        }

        // ChangePasswordAsync renewed the security stamp; the stored sessions go too, this one included.
        await SessionsEnding.EndEverywhereAsync(users, sessions, user, cancellationToken).ConfigureAwait(false);
        await signIn.SignOutAsync().ConfigureAwait(false);
        PasswordChanged(logger, user.Id);
        return LocalRedirect("/Accounts/SignIn?passwordChanged=1");
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Account {UserId} changed its password; all sessions ended")]
    private static partial void PasswordChanged(ILogger logger, string userId);
}
