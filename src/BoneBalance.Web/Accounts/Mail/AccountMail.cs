using System.Text;
using Microsoft.AspNetCore.WebUtilities;
using MimeKit;

namespace BoneBalance.Web.Accounts.Mail;

/// <summary>
/// The emails accounts get: a link to choose a new password, a link to confirm a new account's address, and a note that an
/// address is registered already. Links are built on the configured public address (<see cref="MailSettings.PublicBaseUrl"/>),
/// never on the request's Host header, and carry Identity's one-time token (valid for <see cref="LinkLifetimeText"/>).
/// </summary>
internal static class AccountMail
{
    /// <summary>How long an emailed link works (Identity's data-protection token lifetime).</summary>
    public static readonly TimeSpan LinkLifetime = TimeSpan.FromHours(1);

    /// <summary><see cref="LinkLifetime"/> in words.</summary>
    public const string LinkLifetimeText = "one hour";

    /// <summary>A page's address for an account and a token, on the configured public address.</summary>
    public static string Link(MailSettings settings, string path, string userId, string token) =>
        $"{settings.PublicBaseUrl!.TrimEnd('/')}{path}?user={Uri.EscapeDataString(userId)}&token={WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(token))}";

    /// <summary>Decodes a link's token; null when it is missing, too long or not base64url.</summary>
    public static string? DecodeToken(string? token)
    {
        if (string.IsNullOrEmpty(token) || token.Length > 1024)
        {
            return null;
        }

        try
        {
            return Encoding.UTF8.GetString(WebEncoders.Base64UrlDecode(token));
        }
        catch (FormatException)
        {
            return null;
        }
    }

    /// <summary>The link to choose a new password.</summary>
    public static MimeMessage ResetPassword(MailSettings settings, string to, string link) => Message(settings, to,
        "Choose a new BoneBalance password",
        "Someone (we hope you) asked to choose a new password for the BoneBalance account of this address.\n\n"
        + $"Open this link within {LinkLifetimeText} to choose it; it works once:\n\n{link}\n\n"
        + "If it was not you, ignore this email: your password stays as it is.\n");

    /// <summary>The link that confirms a new account's address.</summary>
    public static MimeMessage ConfirmAddress(MailSettings settings, string to, string link) => Message(settings, to,
        "Confirm your BoneBalance account",
        "Someone (we hope you) created a BoneBalance account with this address.\n\n"
        + $"Open this link within {LinkLifetimeText} to confirm it; then sign in with the password you chose:\n\n{link}\n\n"
        + "If it was not you, ignore this email: without the link the account cannot be used, and nothing is kept about you.\n");

    /// <summary>The note that the address already has an account.</summary>
    public static MimeMessage AlreadyRegistered(MailSettings settings, string to)
    {
        var home = settings.PublicBaseUrl!.TrimEnd('/');
        return Message(settings, to,
            "You already have a BoneBalance account",
            "Someone (we hope you) tried to create a BoneBalance account with this address, but it has one already, so nothing "
            + "was changed.\n\n"
            + $"Sign in: {home}/Accounts/SignIn\n"
            + $"Forgotten your password? Choose a new one: {home}/Accounts/ForgotPassword\n\n"
            + "If it was not you, ignore this email: your account and password stay as they are.\n");
    }

    private static MimeMessage Message(MailSettings settings, string to, string subject, string text)
    {
        var message = new MimeMessage();
        message.From.Add(MailboxAddress.Parse(settings.From!));
        message.To.Add(MailboxAddress.Parse(to));
        message.Subject = subject;
        message.Body = new TextPart("plain") { Text = text };
        return message;
    }
}
