using Microsoft.EntityFrameworkCore;
using BoneBalance.Core.Validation;
using BoneBalance.Web.Assessments;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace BoneBalance.Web.Reports;

/// <summary>
/// The dashboard (<c>/Dashboard</c>) and the printable report (<c>/Report</c>): the Assessor run on the stored profile
/// and the diary's last 7 days on every visit, nothing saved; "Save this assessment" keeps it.
/// </summary>
[Authorize]
internal sealed class ResultsModel(AssessmentRunner runner, BoneBalance.Data.Persistence.BoneBalanceDbContext db, Diary.PersonDay day, TimeProvider clock) : PageModel
{
    /// <summary>The assessment to render, or null when there is no profile or it no longer passes the contract.</summary>
    public AssessmentView? View { get; private set; }

    /// <summary>What the assessment was made from (the report lists it under "Information used"), or null with no assessment.</summary>
    public Core.Guidance.AssessmentInput? Input { get; private set; }

    /// <summary>When the page was made, in the person's time zone (<see cref="Diary.PersonDay.Zone"/>) with its UTC offset.</summary>
    public string Generated { get; private set; } = string.Empty;

    /// <summary>Why the stored profile cannot be assessed (it was saved under older rules), or empty.</summary>
    public IReadOnlyList<FieldError> ProfileErrors { get; private set; } = [];

    /// <summary>The id of the assessment just saved, for the confirmation.</summary>
    public long? Saved { get; private set; }

    /// <summary>True when "Save this assessment" was refused because the account keeps as many as it may.</summary>
    public bool Full { get; private set; }

    /// <summary>Assesses and shows; acknowledges <paramref name="saved"/> only when it is one of the person's own assessments.</summary>
    public async Task OnGetAsync(long? saved, bool? full, CancellationToken cancellationToken)
    {
        // The owner filter of the context limits the lookup to the signed-in person's rows: another id is not acknowledged.
        Saved = saved is { } id && await db.Assessments.AsNoTracking().AnyAsync(a => a.Id == id, cancellationToken).ConfigureAwait(false) ? id : null;
        Full = full == true;
        try
        {
            Generated = Reporting.InformationUsed.Time(clock.GetUtcNow(), day.Zone());
            if (await runner.AssessAsync(cancellationToken).ConfigureAwait(false) is { } assessed)
            {
                View = new AssessmentView(assessed.Assessment, assessed.Input.Diary.Count > 0 || assessed.Input.DiarySupplements.Count > 0);
                Input = assessed.Input;
            }
        }
        catch (InvalidInputException e)
        {
            ProfileErrors = e.Errors;
        }
    }

    /// <summary>Saves the assessment as it is now.</summary>
    public async Task<IActionResult> OnPostSaveAsync(CancellationToken cancellationToken)
    {
        try
        {
            var saved = await runner.RunAsync(cancellationToken).ConfigureAwait(false);
            return Redirect($"/Dashboard?saved={saved.Row.Id}");
        }
        catch (InvalidInputException e) when (e.Errors[0].Field == "assessments")
        {
            // The account keeps as many saved assessments as it may (AccountQuotas): say so on the dashboard.
            return Redirect("/Dashboard?full=1");
        }
        catch (InvalidInputException)
        {
            return Redirect("/Assessment/review");
        }
    }
}
