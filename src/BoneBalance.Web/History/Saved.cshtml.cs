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

    /// <summary>Shows one of the person's own saved assessments; another person's id, or one that is gone, is 404.</summary>
    public async Task<IActionResult> OnGetAsync(long id, CancellationToken cancellationToken)
    {
        if (await db.Assessments.AsNoTracking().SingleOrDefaultAsync(a => a.Id == id, cancellationToken).ConfigureAwait(false) is not { } row)
        {
            return NotFound();
        }

        Saved = SavedResult.From(row);
        return Page();
    }
}
