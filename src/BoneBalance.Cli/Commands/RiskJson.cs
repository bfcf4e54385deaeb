using BoneBalance.Core.FractureRisk;

namespace BoneBalance.Cli.Commands;

/// <summary>The JSON contract of <c>risk --json</c> (documented in the README).</summary>
internal static class RiskJson
{
    public static object From(RiskReport r) => new
    {
        person = PersonSummary.ToJson(r.Person),
        qfracture = new
        {
            model = QFracture2012.Dossier.Name,
            years = r.QFracture.Years,
            major_osteoporotic_fracture_percent = r.QFracture.MajorOsteoporoticPercent,
            hip_fracture_percent = r.QFracture.HipPercent,
            measure = "cumulative incidence (risk) in percent; not a FRAX probability",
            hip_at_least_major = QFractureNotes.HipAtLeastMajor(r.QFracture),
            bmi_outside_range = r.BmiBound is { } bound
                ? new { given_bmi = bound.GivenBodyMassIndex, computed_at_bmi = bound.ComputedAtBodyMassIndex, estimate = bound.Estimate, note = bound.Note }
                : null,
            notes = r.Notes,
            licence = QFracture2012.Dossier.Licence,
            disclaimer = QFracture2012.Dossier.Disclaimer,
            citations = QFracture2012.CitationsFor(r.Person.Sex).Select(c => c.ToString()),
        },
        screening_tools = r.ScreeningTools.Select(ToolJson),
        screening_advice = new
        {
            guideline = "USPSTF 2025",
            recommendation = r.Advice.Recommendation,
            grade = r.Advice.Grade,
            summary = OsteoporosisScreeningAdvice.RecommendationText(r.Advice.Recommendation),
            reason = r.Advice.Reason,
            triggered_by = r.Advice.TriggeredBy.Select(t => t.Tool),
            iscd_indications = r.Advice.IscdIndications,
            caveats = r.Advice.Caveats,
            citations = r.Advice.Citations.Select(c => c.ToString()),
        },
    };

    internal static object ToolJson(ScreeningToolResult t) => new
    {
        tool = t.Tool,
        name = t.Name,
        status = t.Status,
        score = t.Score,
        refer_for_dxa = t.ReferForDxa,
        band = t.Band,
        cut_off = t.CutOff,
        population = t.Population,
        not_applicable_reason = t.NotApplicableReason,
        missing_field = t.MissingField,
        defaults_used = t.DefaultsUsed,
        notes = t.Notes,
        verification = t.Verification,
        citations = t.Citations.Select(c => c.ToString()),
    };
}
