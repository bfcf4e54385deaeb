using BoneBalance.Core.Validation;
using BoneBalance.Data.Persistence;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace BoneBalance.Web.History;

/// <summary>
/// <c>/History</c>: the person's saved assessments, newest first, with their key numbers read from the saved results;
/// trend charts over them; open, delete, and pick two to compare.
/// </summary>
[Authorize]
internal sealed class HistoryModel(BoneBalanceDbContext db) : PageModel
{
    /// <summary>How many of the newest saved assessments the page lists and charts (two years of weekly ones).</summary>
    public const int Shown = 104;

    /// <summary>The saved assessments shown, newest first.</summary>
    public IReadOnlyList<SavedResult> Saved { get; private set; } = [];

    /// <summary>How many saved assessments the person keeps in all.</summary>
    public int Total { get; private set; }

    /// <summary>Saved rows among the shown ones that could not be read (left out of the list and the charts).</summary>
    public int Unreadable => UnreadableIds.Count;

    /// <summary>Their ids, newest first: each links its page, which says what happened and can delete it.</summary>
    public IReadOnlyList<long> UnreadableIds { get; private set; } = [];

    /// <summary>True just after a deletion, for the confirmation.</summary>
    public bool Deleted { get; private set; }

    /// <summary>Lists the person's own saved assessments (the context's owner filter keeps out everyone else's).</summary>
    public async Task OnGetAsync(bool? deleted, CancellationToken cancellationToken)
    {
        Deleted = deleted == true;
        (Saved, Total, UnreadableIds) = await LoadAsync(db, Shown, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Deletes one of the person's saved assessments; another person's id, or one already gone, is 404.</summary>
    public async Task<IActionResult> OnPostDeleteAsync(long id, CancellationToken cancellationToken) =>
        await db.Assessments.Where(a => a.Id == id).ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false) > 0
            ? Redirect("/History?deleted=true")
            : NotFound();

    /// <summary>The newest <paramref name="count"/> saved assessments read, the number kept, and the ids of those that could not be read.</summary>
    internal static async Task<(IReadOnlyList<SavedResult> Saved, int Total, IReadOnlyList<long> Unreadable)> LoadAsync(
        BoneBalanceDbContext db, int count, CancellationToken cancellationToken)
    {
        var total = await db.Assessments.CountAsync(cancellationToken).ConfigureAwait(false);
        var rows = await db.Assessments.AsNoTracking().OrderByDescending(a => a.Id).Take(count).ToListAsync(cancellationToken).ConfigureAwait(false);
        var saved = new List<SavedResult>(rows.Count);
        var unreadable = new List<long>();
        foreach (var row in rows)
        {
            try
            {
                saved.Add(SavedResult.From(row));
            }
            catch (InvalidInputException)
            {
                unreadable.Add(row.Id);
            }
        }

        return (saved, total, unreadable);
    }
}
