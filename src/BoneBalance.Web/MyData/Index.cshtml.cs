using BoneBalance.Data.Persistence;
using BoneBalance.Core.Validation;
using BoneBalance.Web.Forms;
using BoneBalance.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace BoneBalance.Web.MyData;

/// <summary>What BoneBalance holds about me: download it all as JSON, or delete the account and all of it.</summary>
[Authorize]
internal sealed class MyDataModel(
    BoneBalanceDbContext db, UserManager<BoneBalanceUser> users, SignInManager<BoneBalanceUser> signIn, AccountDeletion deletion, ApiTokenIssuer tokens,
    AccountSessions sessions, TimeProvider clock)
    : PageModel
{
    /// <summary>The phrase that confirms deletion.</summary>
    public const string ConfirmPhrase = "delete my account";

    /// <summary>The account's email.</summary>
    public string Email { get; private set; } = string.Empty;

    /// <summary>True when a profile is saved.</summary>
    public bool HasProfile { get; private set; }

    /// <summary>Food rows held.</summary>
    public int FoodRows { get; private set; }

    /// <summary>Supplement rows held.</summary>
    public int SupplementRows { get; private set; }

    /// <summary>Saved assessments held.</summary>
    public int Assessments { get; private set; }

    /// <summary>API tokens held.</summary>
    public IReadOnlyList<ApiToken> Tokens { get; private set; } = [];

    /// <summary>The account's signed-in browser sessions, newest first.</summary>
    public IReadOnlyList<AccountSession> Sessions { get; private set; } = [];

    /// <summary>The key of this browser's session (to mark it in the list).</summary>
    public string? CurrentSession { get; private set; }

    /// <summary>A token just issued (shown once, on the page that issued it).</summary>
    public string? NewToken { get; private set; }

    /// <summary>Shows the summary.</summary>
    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await users.GetUserAsync(User).ConfigureAwait(false) is not { } user)
        {
            return Challenge();
        }

        await LoadAsync(user, cancellationToken).ConfigureAwait(false);
        return Page();
    }

    /// <summary>The JSON download.</summary>
    public async Task<IActionResult> OnGetExportAsync(CancellationToken cancellationToken)
    {
        if (await users.GetUserAsync(User).ConfigureAwait(false) is not { } user)
        {
            return Challenge();
        }

        // Streamed straight to the response in constant memory; the headers go first.
        var now = clock.GetUtcNow().UtcDateTime;
        Response.ContentType = "application/json";
        Response.Headers.ContentDisposition = new System.Net.Mime.ContentDisposition { FileName = AccountExport.FileName(now) }.ToString();
        await AccountExport.WriteAsync(Response.Body, db, user, now, cancellationToken).ConfigureAwait(false);
        return new EmptyResult();
    }

    /// <summary>Deletes the account once the phrase is typed.</summary>
    public async Task<IActionResult> OnPostDeleteAsync(string? confirm, CancellationToken cancellationToken)
    {
        if (await users.GetUserAsync(User).ConfigureAwait(false) is not { } user)
        {
            return Challenge();
        }

        if (!string.Equals(confirm?.Trim(), ConfirmPhrase, StringComparison.OrdinalIgnoreCase))
        {
            ModelState.AddModelError("confirm", $"Type \"{ConfirmPhrase}\" to confirm; nothing was deleted.");
            await LoadAsync(user, cancellationToken).ConfigureAwait(false);
            return Page();
        }

        if (!await deletion.DeleteAsync(user, cancellationToken).ConfigureAwait(false))
        {
            ModelState.AddModelError("confirm", "The account could not be deleted; nothing was removed. Please try again.");
            await LoadAsync(user, cancellationToken).ConfigureAwait(false);
            return Page();
        }

        await signIn.SignOutAsync().ConfigureAwait(false);
        return LocalRedirect("/?deleted=1");
    }

    /// <summary>Issues an API token and shows it once (no redirect, so it is never in a URL or the history).</summary>
    public async Task<IActionResult> OnPostIssueTokenAsync(string? name, CancellationToken cancellationToken)
    {
        if (await users.GetUserAsync(User).ConfigureAwait(false) is not { } user)
        {
            return Challenge();
        }

        try
        {
            NewToken = (await tokens.IssueAsync(name, cancellationToken).ConfigureAwait(false)).Secret;
        }
        catch (InvalidInputException e)
        {
            ModelState.AddFieldErrors(e);
        }

        await LoadAsync(user, cancellationToken).ConfigureAwait(false);
        return Page();
    }

    /// <summary>Revokes an API token (another person's id is 404).</summary>
    public async Task<IActionResult> OnPostRevokeTokenAsync(long id, CancellationToken cancellationToken) =>
        await tokens.RevokeAsync(id, cancellationToken).ConfigureAwait(false) ? Redirect("/MyData") : NotFound();

    /// <summary>Ends one of the account's sessions (another device); ending this one is signing out.</summary>
    public async Task<IActionResult> OnPostEndSessionAsync(string? id, CancellationToken cancellationToken)
    {
        if (await users.GetUserAsync(User).ConfigureAwait(false) is not { } user)
        {
            return Challenge();
        }

        if (string.IsNullOrEmpty(id) || !await sessions.EndAsync(user.Id, id, cancellationToken).ConfigureAwait(false))
        {
            return NotFound();
        }

        if (id == AccountSessions.KeyOf(User))
        {
            await signIn.SignOutAsync().ConfigureAwait(false);
            return LocalRedirect("/");
        }

        return Redirect("/MyData#sessions");
    }

    private async Task LoadAsync(BoneBalanceUser user, CancellationToken cancellationToken)
    {
        Email = user.Email ?? string.Empty;
        HasProfile = await db.Profiles.AnyAsync(cancellationToken).ConfigureAwait(false);
        FoodRows = await db.DiaryFoods.CountAsync(cancellationToken).ConfigureAwait(false);
        SupplementRows = await db.DiarySupplements.CountAsync(cancellationToken).ConfigureAwait(false);
        Assessments = await db.Assessments.CountAsync(cancellationToken).ConfigureAwait(false);
        Tokens = await tokens.ListAsync(cancellationToken).ConfigureAwait(false);
        Sessions = await sessions.ListAsync(user.Id, cancellationToken).ConfigureAwait(false);
        CurrentSession = AccountSessions.KeyOf(User);
    }
}
