using System.Globalization;
using System.Text.Json.Nodes;
using BoneBalance.Core.Guidance;
using BoneBalance.Data.Contracts;
using BoneBalance.Reporting.Pdf;

namespace BoneBalance.Web.Api;

/// <summary>
/// A saved assessment's report shows the results saved (its assessment document, read back); this checks whether today's
/// BoneBalance, given the inputs saved with it, would still say the same (the same assessment document, its <c>fhir</c>
/// section aside), so the report can say plainly when it would not.
/// </summary>
internal static class SavedReplay
{
    /// <summary>True when <paramref name="replayed"/> writes the same assessment document as <paramref name="stored"/>'s
    /// result. A field the saved document does not have (one added to the contract after it was saved) is not compared:
    /// the question is whether what was saved would still be said.</summary>
    public static bool Reproduces(StoredAssessment stored, Assessment replayed)
    {
        ArgumentNullException.ThrowIfNull(stored);
        var saved = JsonNode.Parse(stored.Result.Span) as JsonObject;
        saved?.Remove("fhir"); // the record's reading, not part of the assessment
        var again = JsonNode.Parse(Assessments.AssessmentRunner.Utf8(replayed));
        if (saved is null || again is null)
        {
            return false;
        }

        KeepOnly(again, saved);
        return JsonNode.DeepEquals(saved, again);
    }

    /// <summary>
    /// The notice under the title of saved assessment's report: that it shows the results saved on its day, and whether
    /// today's BoneBalance gives the same results from the saved inputs (<paramref name="replayed"/>), different ones, or
    /// cannot assess them any more (<paramref name="notReplayed"/> says why).
    /// </summary>
    public static ReportNotice Notice(StoredAssessment stored, Assessment? replayed, string? notReplayed)
    {
        ArgumentNullException.ThrowIfNull(stored);
        var day = stored.Today.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);
        var shows = $"This report shows the results saved on {day}.";
        if (replayed is null)
        {
            return new ReportNotice(
                $"{shows} The inputs saved with them can no longer be assessed by this version of BoneBalance ({notReplayed?.TrimEnd('.')}), so " +
                "whether it would give the same results today is not known.", Warning: true);
        }

        return Reproduces(stored, replayed)
            ? new ReportNotice($"{shows} This version of BoneBalance, given the inputs saved with them, gives the same results today.", Warning: false)
            : new ReportNotice(
                $"{shows} This version of BoneBalance gives DIFFERENT results today from the same saved inputs (its rules or food data " +
                "have changed since). The results below are the ones saved then; make a new assessment to see today's.", Warning: true);
    }

    // Removes from `again` every object property that `saved` does not have at the same place.
    private static void KeepOnly(JsonNode again, JsonNode saved)
    {
        switch (again, saved)
        {
            case (JsonObject a, JsonObject s):
                foreach (var name in a.Select(p => p.Key).ToList())
                {
                    if (!s.TryGetPropertyValue(name, out var kept))
                    {
                        a.Remove(name);
                    }
                    else if (a[name] is { } value && kept is not null)
                    {
                        KeepOnly(value, kept);
                    }
                }

                break;
            case (JsonArray a, JsonArray s):
                for (var i = 0; i < Math.Min(a.Count, s.Count); i++)
                {
                    if (a[i] is { } value && s[i] is { } kept)
                    {
                        KeepOnly(value, kept);
                    }
                }

                break;
        }
    }
}
