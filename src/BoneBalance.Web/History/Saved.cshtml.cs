using BoneBalance.Core.Validation;
using BoneBalance.Data.Persistence;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace BoneBalance.Web.History;

/// <summary><c>/History/{id}</c>: one saved assessment's key numbers as they were saved, with a link to its PDF report.</summary>
[Authorize]
internal sealed class SavedModel(BoneBalanceDbContext db) : PageModel
{
    /// <summary>The saved assessment.</summary>
    public SavedResult Saved { get; private set; } = null!;

    /// <summary>True when the saved assessment cannot be read (damaged after it was saved).</summary>
    public bool Unreadable { get; private set; }

    /// <summary>The assessment's number.</summary>
    public long Id { get; private set; }

    /// <summary>Shows one of the person's own saved assessments; another person's id, or one that is gone, is 404.</summary>
    public async Task<IActionResult> OnGetAsync(long id, CancellationToken cancellationToken)
    {
        if (await db.Assessments.AsNoTracking().SingleOrDefaultAsync(a => a.Id == id, cancellationToken).ConfigureAwait(false) is not { } row)
        {
            return NotFound();
        }

        Id = id;
        try
        {
            Saved = SavedResult.From(row);
        }
        catch (InvalidInputException)
        {
            // Damaged after it was saved: said plainly, not a server error (the API's 409 problem names the field).
            Unreadable = true;
            Response.StatusCode = StatusCodes.Status409Conflict;
        }

        return Page();
    }
}
