using System.Text;
using BoneBalance.Data.Persistence;
using BoneBalance.Web.Accounts.Mail;
using BoneBalance.Web.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;
using MimeKit;

namespace BoneBalance.Web.Accounts;

/// <summary>
/// Asks for a password-reset link. The answer is the same whether or not the address has an account, and takes the same
/// time (the mail is queued, not sent, during the request). The link is Identity's one-time reset token: valid for
/// <see cref="LinkLifetime"/>, and spent by a reset (which renews the security stamp the token is bound to).
/// </summary>
[EnableRateLimiting(SignInRateLimit.PolicyName)]
internal sealed class ForgotPasswordModel(UserManager<BoneBalanceUser> users, MailOutbox outbox, IOptions<MailSettings> mail) : PageModel
{
    /// <summary>How long a reset link works.</summary>
    public static readonly TimeSpan LinkLifetime = TimeSpan.FromHours(1);

    /// <summary><see cref="LinkLifetime"/> in words.</summary>
    public const string LinkLifetimeText = "one hour";

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
            var link = ResetLink(mail.Value.PublicBaseUrl!, user.Id, token);
            outbox.Post(Message(mail.Value.From!, address, link));
        }

        Sent = true;
        return Page();
    }

    /// <summary>The reset page's address for a user and token, on the configured public address.</summary>
    public static string ResetLink(string publicBaseUrl, string userId, string token) =>
        $"{publicBaseUrl.TrimEnd('/')}/Accounts/ResetPassword?user={Uri.EscapeDataString(userId)}&token={WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(token))}";

    private static MimeMessage Message(string from, string to, string link)
    {
        var message = new MimeMessage();
        message.From.Add(MailboxAddress.Parse(from));
        message.To.Add(MailboxAddress.Parse(to));
        message.Subject = "Choose a new BoneBalance password";
        message.Body = new TextPart("plain")
        {
            Text = "Someone (we hope you) asked to choose a new password for the BoneBalance account of this address.\n\n"
                + $"Open this link within {LinkLifetimeText} to choose it; it works once:\n\n{link}\n\n"
                + "If it was not you, ignore this email: your password stays as it is.\n",
        };
        return message;
    }
}
