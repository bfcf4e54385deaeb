using BoneBalance.Data.Persistence;
using BoneBalance.Web.Accounts.Mail;
using BoneBalance.Web.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace BoneBalance.Web.Accounts;

/// <summary>
/// Sets a new password from an emailed link (<see cref="ForgotPasswordModel"/>). On success the link is spent (the security
/// stamp it is bound to changes), every session of the account ends, a lock-out is lifted (the mailbox proved the owner),
/// and the person signs in with the new password.
/// </summary>
[LimitSignInAttempts]
internal sealed partial class ResetPasswordModel(UserManager<BoneBalanceUser> users, AccountSessions sessions, ILogger<ResetPasswordModel> logger) : PageModel
{
    /// <summary>The account id from the link.</summary>
    public string? UserId { get; private set; }

    /// <summary>The token from the link (base64url).</summary>
    public string? Token { get; private set; }

    /// <summary>True when the link cannot be used.</summary>
    public bool LinkBroken { get; private set; }

    /// <summary>Shows the form for a link that names an account and carries a token.</summary>
    public void OnGet(string? user, string? token)
    {
        NoStore();
        UserId = user;
        Token = token;
        LinkBroken = string.IsNullOrEmpty(user) || AccountMail.DecodeToken(token) is null;
    }

    /// <summary>Sets the new password.</summary>
    public async Task<IActionResult> OnPostAsync(string? user, string? token, string? password, string? confirm, CancellationToken cancellationToken)
    {
        NoStore();
        UserId = user;
        Token = token;
        var decoded = AccountMail.DecodeToken(token);
        var account = string.IsNullOrEmpty(user) ? null : await users.FindByIdAsync(user).ConfigureAwait(false);
        if (account is null || decoded is null)
        {
            LinkBroken = true;
            return Page();
        }

        ChosenPassword.Check(ModelState, password, confirm, replacing: true);

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var result = await users.ResetPasswordAsync(account, decoded, password!).ConfigureAwait(false);
        if (!result.Succeeded)
        {
            if (result.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.InvalidToken)))
            {
                LinkBroken = true;
                return Page();
            }

            foreach (var error in result.Errors)
            {
                ModelState.AddModelError("password", error.Description);
            }

            return Page();
        }

        if (!account.EmailConfirmed)
        {
            // The link reached the mailbox: that confirms the address as well.
            account.EmailConfirmed = true;
            await users.UpdateAsync(account).ConfigureAwait(false);
        }

        await users.ResetAccessFailedCountAsync(account).ConfigureAwait(false);
        await users.SetLockoutEndDateAsync(account, null).ConfigureAwait(false);
        await SessionsEnding.EndEverywhereAsync(users, sessions, account, cancellationToken).ConfigureAwait(false);
        PasswordReset(logger, account.Id);
        return LocalRedirect("/Accounts/SignIn?passwordReset=1");
    }

    // The page carries a one-time token: no copy of it in any cache.
    private void NoStore() => Response.Headers.CacheControl = "no-store";

    [LoggerMessage(Level = LogLevel.Information, Message = "Account {UserId} reset its password by email; all sessions ended")]
    private static partial void PasswordReset(ILogger logger, string userId);
}
