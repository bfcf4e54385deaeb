using BoneBalance.Core.Guidance;
using BoneBalance.Core.Nutrition;
using BoneBalance.Core.Validation;
using BoneBalance.Data.Contracts;
using BoneBalance.Data.Persistence;

namespace BoneBalance.Web.Api;

/// <summary>
/// <c>GET /api/assessments/{id}/pdf</c>: the clinician report of a saved assessment, laid out from what was saved — its
/// assessment document read back (<see cref="AssessmentDocument.Read"/>) — with "Information used" from its saved
/// profile. The saved inputs are also assessed again, only to say in the notice whether today's BoneBalance still gives
/// the saved results (<see cref="SavedReplay"/>).
/// </summary>
internal static class SavedReportPdf
{
    /// <summary>The PDF of <paramref name="row"/>; 404 when there is no such row (of this account); a 409 problem naming
    /// what could not be read when its stored document is damaged (the row is kept as it is; other rows are not affected).</summary>
    public static Results<FileContentHttpResult, NotFound, ProblemHttpResult> Render(
        SavedAssessment? row, Func<string, Food?> findFood, Assessor assessor, DateTimeOffset now, TimeZoneInfo zone, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(assessor);
        if (row is null)
        {
            return TypedResults.NotFound();
        }

        StoredAssessment stored;
        ReportedAssessment saved;
        try
        {
            stored = StoredAssessment.FromRow(row.InputJson, row.ResultJson, row.CreatedUtc);
            saved = AssessmentDocument.Read(stored.Result.Span);
        }
        catch (InvalidInputException e)
        {
            return DamagedAssessment.Problem(row.Id, e, "no report can be made from it");
        }

        AssessmentInput? input = null;
        Assessment? again = null;
        string? notReplayed = null;
        try
        {
            input = stored.Input(findFood);
            again = assessor.Assess(input);
        }
        catch (InvalidInputException e)
        {
            // E.g. a food of the saved diary has left the catalogue: the saved results are still shown.
            notReplayed = e.Message;
        }

        var pdf = Reports.ReportPdfEndpoint.Pdf(saved, input, SavedReplay.Notice(stored, again, notReplayed), now, zone, cancellationToken);
        return TypedResults.File(pdf, "application/pdf", Reports.ReportPdfEndpoint.FileName(now));
    }
}
