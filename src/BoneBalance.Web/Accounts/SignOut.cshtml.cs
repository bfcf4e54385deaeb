using BoneBalance.Data.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace BoneBalance.Web.Accounts;

/// <summary>Ends the session. Only a (CSRF-protected) post signs out; the page itself just offers the button.</summary>
internal sealed class SignOutModel(SignInManager<BoneBalanceUser> signIn) : PageModel
{
    /// <summary>Signs out and goes home.</summary>
    public async Task<IActionResult> OnPostAsync()
    {
        await signIn.SignOutAsync().ConfigureAwait(false);
        return LocalRedirect("/");
    }
}
