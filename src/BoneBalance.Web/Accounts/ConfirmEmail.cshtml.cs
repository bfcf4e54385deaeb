using BoneBalance.Data.Persistence;
using BoneBalance.Web.Accounts.Mail;
using BoneBalance.Web.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace BoneBalance.Web.Accounts;

/// <summary>
/// Confirms a new account's address from the emailed link (<see cref="RegisterModel"/>, mail configured). Opening the link
/// shows a button; the confirmation is the button's POST, so a mail scanner that fetches links does not spend it.
/// </summary>
[LimitSignInAttempts]
internal sealed partial class ConfirmEmailModel(UserManager<BoneBalanceUser> users, ILogger<ConfirmEmailModel> logger) : PageModel
{
    /// <summary>The account id from the link.</summary>
    public string? UserId { get; private set; }

    /// <summary>The token from the link (base64url).</summary>
    public string? Token { get; private set; }

    /// <summary>True when the link cannot be used.</summary>
    public bool LinkBroken { get; private set; }

    /// <summary>Shows the button.</summary>
    public void OnGet(string? user, string? token)
    {
        Response.Headers.CacheControl = "no-store";
        UserId = user;
        Token = token;
        LinkBroken = string.IsNullOrEmpty(user) || AccountMail.DecodeToken(token) is null;
    }

    /// <summary>Confirms the address.</summary>
    public async Task<IActionResult> OnPostAsync(string? user, string? token)
    {
        Response.Headers.CacheControl = "no-store";
        UserId = user;
        Token = token;
        var decoded = AccountMail.DecodeToken(token);
        var account = string.IsNullOrEmpty(user) || user.Length > 100 ? null : await users.FindByIdAsync(user).ConfigureAwait(false);
        if (account is null || decoded is null)
        {
            LinkBroken = true;
            return Page();
        }

        if (!account.EmailConfirmed)
        {
            var result = await users.ConfirmEmailAsync(account, decoded).ConfigureAwait(false);
            if (!result.Succeeded)
            {
                LinkBroken = true;
                return Page();
            }

            Confirmed(logger, account.Id);
        }

        return LocalRedirect("/Accounts/SignIn?confirmed=1");
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Account {UserId} confirmed its email address")]
    private static partial void Confirmed(ILogger logger, string userId);
}
