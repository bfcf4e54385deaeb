using BoneBalance.Data.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace BoneBalance.Web.Accounts;

/// <summary>Ends the session. Only a (CSRF-protected) post signs out; the page itself just offers the button.</summary>
internal sealed class SignOutModel(SignInManager<BoneBalanceUser> signIn, UserManager<BoneBalanceUser> users) : PageModel
{
    /// <summary>
    /// Ends every session of the account on the server (a new security stamp: this cookie, a copy of it and the other
    /// devices' cookies are refused from the next request on), then clears the cookie and goes home. API tokens are
    /// separate credentials and stay valid until deleted.
    /// </summary>
    public async Task<IActionResult> OnPostAsync()
    {
        if (await users.GetUserAsync(User).ConfigureAwait(false) is { } user)
        {
            await users.UpdateSecurityStampAsync(user).ConfigureAwait(false);
        }

        await signIn.SignOutAsync().ConfigureAwait(false);
        return LocalRedirect("/");
    }
}
