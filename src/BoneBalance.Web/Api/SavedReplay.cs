using System.Globalization;
using System.Text.Json.Nodes;
using BoneBalance.Core.Guidance;
using BoneBalance.Data.Contracts;
using BoneBalance.Reporting.Pdf;

namespace BoneBalance.Web.Api;

/// <summary>
/// A saved assessment's reports (PDF) are laid out from its saved inputs assessed again; this checks that the assessment made
/// again says what was saved (the same assessment document, its <c>fhir</c> section aside), so the report says either that
/// it is the saved result or, loudly, that today's BoneBalance no longer gives it (rules or food data changed since).
/// </summary>
internal static class SavedReplay
{
    /// <summary>True when <paramref name="replayed"/> writes the same assessment document as <paramref name="stored"/>'s result.</summary>
    public static bool Reproduces(StoredAssessment stored, Assessment replayed)
    {
        ArgumentNullException.ThrowIfNull(stored);
        var saved = JsonNode.Parse(stored.Result.Span) as JsonObject;
        saved?.Remove("fhir"); // the record's reading, not part of the assessment
        var again = JsonNode.Parse(Assessments.AssessmentRunner.Utf8(replayed));
        return saved is not null && JsonNode.DeepEquals(saved, again);
    }

    /// <summary>The notice for the report of saved assessment <paramref name="id"/>.</summary>
    public static ReportNotice Notice(StoredAssessment stored, Assessment replayed, long id)
    {
        var day = stored.Today.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);
        return Reproduces(stored, replayed)
            ? new ReportNotice($"Saved assessment of {day}, made again from the inputs saved with it: the results are the ones saved then.", Warning: false)
            : new ReportNotice(
                $"Saved assessment of {day}, made again from the inputs saved with it: this version of BoneBalance gives results that " +
                $"differ from the ones saved then (its rules or food data have changed since). This report shows today's results; " +
                $"the results saved then are in the assessment's JSON (GET /api/assessments/{id.ToString(CultureInfo.InvariantCulture)}).", Warning: true);
    }
}
