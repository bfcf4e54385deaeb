using BoneBalance.Data.Persistence;
using BoneBalance.Web.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace BoneBalance.Web.Accounts;

/// <summary>Ends this session, or every session of the account. Only a (CSRF-protected) post signs out; the page itself
/// just offers the buttons.</summary>
internal sealed class SignOutModel(SignInManager<BoneBalanceUser> signIn, UserManager<BoneBalanceUser> users, AccountSessions sessions) : PageModel
{
    /// <summary>
    /// Ends this session on the server (its row in <see cref="AccountSessions"/> is deleted: this cookie and any copy
    /// of it are refused from the next request on), clears the cookie and goes home. The account's other devices stay
    /// signed in; API tokens stay valid until revoked.
    /// </summary>
    public async Task<IActionResult> OnPostAsync()
    {
        await signIn.SignOutAsync().ConfigureAwait(false);
        return LocalRedirect("/");
    }

    /// <summary>Ends every session of the account (<see cref="SessionsEnding.EndEverywhereAsync"/>) and goes home.</summary>
    public async Task<IActionResult> OnPostEverywhereAsync(CancellationToken cancellationToken)
    {
        if (await users.GetUserAsync(User).ConfigureAwait(false) is { } user)
        {
            await SessionsEnding.EndEverywhereAsync(users, sessions, user, cancellationToken).ConfigureAwait(false);
        }

        await signIn.SignOutAsync().ConfigureAwait(false);
        return LocalRedirect("/?signedOutEverywhere=1");
    }
}

/// <summary>Ending every session of an account: shared by "sign out everywhere", the password change and account deletion.</summary>
internal static class SessionsEnding
{
    /// <summary>Renews the security stamp (every cookie issued before is refused, whichever store it came from) and deletes
    /// every stored session of the account.</summary>
    public static async Task EndEverywhereAsync(UserManager<BoneBalanceUser> users, AccountSessions sessions, BoneBalanceUser user, CancellationToken cancellationToken)
    {
        await users.UpdateSecurityStampAsync(user).ConfigureAwait(false);
        await sessions.EndAllAsync(user.Id, cancellationToken).ConfigureAwait(false);
    }
}
