using BoneBalance.Data.Persistence;
using BoneBalance.Web.Accounts.Mail;
using BoneBalance.Web.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace BoneBalance.Web.Accounts;

/// <summary>
/// Asks for a password-reset link. The answer is the same whether or not the address has an account, and takes the same
/// time (the mail is queued, not sent, during the request). The link is Identity's one-time reset token: valid for
/// <see cref="AccountMail.LinkLifetime"/>, and spent by a reset (which renews the security stamp the token is bound to).
/// </summary>
[LimitSignInAttempts]
internal sealed class ForgotPasswordModel(UserManager<BoneBalanceUser> users, MailOutbox outbox, IOptions<MailSettings> mail) : PageModel
{
    /// <summary>True when mail is configured.</summary>
    public bool Available => mail.Value.Enabled;

    /// <summary>True once a request was accepted.</summary>
    public bool Sent { get; private set; }

    /// <summary>Queues the link when the address has an account; answers the same either way.</summary>
    public async Task<IActionResult> OnPostAsync(string? email)
    {
        if (!Available)
        {
            return Page();
        }

        if (string.IsNullOrWhiteSpace(email) || email.Length > 256 || !email.Contains('@', StringComparison.Ordinal))
        {
            ModelState.AddModelError("email", "Enter the email address of your account.");
            return Page();
        }

        if (await users.FindByEmailAsync(email.Trim()).ConfigureAwait(false) is { Email: { } address } user)
        {
            var token = await users.GeneratePasswordResetTokenAsync(user).ConfigureAwait(false);
            outbox.Post(AccountMail.ResetPassword(mail.Value, address, AccountMail.Link(mail.Value, "/Accounts/ResetPassword", user.Id, token)));
        }

        Sent = true;
        return Page();
    }
}
