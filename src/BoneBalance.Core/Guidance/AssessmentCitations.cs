using BoneBalance.Core.Evidence;
using BoneBalance.Core.Nutrition;

namespace BoneBalance.Core.Guidance;

/// <summary>
/// The sources of an assessment: every citation once, in the order a report meets them. The JSON document's
/// <c>sources</c>, the CLI text report, the web pages and the clinician PDF all list and number them from here.
/// </summary>
public static class AssessmentCitations
{
    /// <summary>
    /// Every citation of the assessment once (equal by value), in report order: fracture risk (QFracture, screening tools,
    /// USPSTF advice, treatment thresholds), densitometry, the intake's reference values, safety findings, the plan's
    /// supplements and withheld supplements, recommendations.
    /// </summary>
    public static IReadOnlyList<Citation> Of(Assessment assessment)
    {
        ArgumentNullException.ThrowIfNull(assessment);
        var risk = assessment.FractureRisk;
        var sources = new CitationSet(64);
        sources.AddRange(risk.Citations);
        foreach (var s in risk.Screening)
        {
            sources.AddRange(s.Citations);
        }

        sources.AddRange(risk.ScreeningAdvice.Citations);
        foreach (var t in risk.Thresholds)
        {
            sources.Add(t.Citation);
        }

        if (assessment.Densitometry is { } densitometry)
        {
            // Includes the reference population's source when a T-score was computed from a BMD (Looker 1998).
            sources.AddRange(densitometry.Latest.Citations);
        }

        if (assessment.Intake is { } intake)
        {
            sources.AddRange(OfIntake(intake));
        }

        foreach (var f in assessment.Findings)
        {
            sources.AddRange(f.Citations);
        }

        foreach (var s in assessment.Plan.Supplements)
        {
            sources.AddRange(s.Citations);
        }

        foreach (var w in assessment.Plan.Withheld)
        {
            sources.AddRange(w.Citations);
        }

        foreach (var r in assessment.Recommendations)
        {
            sources.AddRange(r.Citations);
        }

        return sources.List;
    }

    /// <summary>The sources of the intake's reference values, each once, in nutrient order
    /// (<see cref="IntakeNutrientDefinition.All"/>).</summary>
    public static IReadOnlyList<Citation> OfIntake(IntakeAnalysis intake)
    {
        ArgumentNullException.ThrowIfNull(intake);

        // A pass per nutrient: a handful of references, and no sorter, key array and comparison per document.
        var sources = new CitationSet(intake.References.Count);
        foreach (var definition in IntakeNutrientDefinition.All)
        {
            foreach (var reference in intake.References.Values)
            {
                if (reference.Nutrient == definition.Nutrient)
                {
                    sources.Add(reference.Source);
                }
            }
        }

        return sources.List;
    }

    /// <summary>The assessment's sources (<see cref="Of"/>) numbered from 1, for a report that cites them by number.</summary>
    public static CitationNumbers Numbered(Assessment assessment) => new(Of(assessment));
}
