using BoneBalance.Core.Evidence;
using BoneBalance.Core.Guidance;
using BoneBalance.Core.Nutrition;
using BoneBalance.Reporting.Charts;

namespace BoneBalance.Reporting.Pdf;

public static partial class ClinicianReport
{
    private static void Plan(PageFlow flow, CitationNumbers references, SupplementPlan plan)
    {
        flow.Heading("Supplement plan");
        if (plan.Supplements.Count == 0)
        {
            flow.Paragraph("No supplement is suggested.");
        }

        foreach (var supplement in plan.Supplements)
        {
            flow.KeepTogether(45);
            flow.Paragraph(
                $"{SupplementTokens.Forms.ToToken(supplement.Form)} {ChartFormat.Number(supplement.Dose, 2)} {UnitSymbol(supplement.Unit)}/day — evidence grade {supplement.Grade}",
                TextStyle.Strong, bar: MarginBar.Quiet);
            flow.Paragraph($"When: {supplement.Timing}", bar: MarginBar.Quiet);
            flow.Paragraph($"Why: {Sentence(supplement.Reason)} {references.Marker(supplement.Citations)}", bar: MarginBar.Quiet);
            foreach (var note in supplement.Notes)
            {
                flow.Paragraph(note, TextStyle.Small, bar: MarginBar.Quiet);
            }

            flow.Space(4);
        }

        foreach (var withheld in plan.Withheld)
        {
            var code = withheld.FindingCode is { } c ? $" (safety finding {c})" : string.Empty;
            flow.Paragraph($"Not suggested — {IntakeNutrientDefinition.Of(withheld.Nutrient).Name}: {withheld.Reason}{code} {references.Marker(withheld.Citations)}",
                bar: withheld.FindingCode is null ? MarginBar.Quiet : MarginBar.Loud);
        }

        foreach (var note in plan.Notes)
        {
            flow.Paragraph(note, TextStyle.Small);
        }
    }

    private static void Recommendations(PageFlow flow, CitationNumbers references, IReadOnlyList<Recommendation> recommendations)
    {
        flow.Heading("Recommendations");
        if (recommendations.Count == 0)
        {
            flow.Paragraph("No recommendations.");
        }

        foreach (var r in recommendations)
        {
            var bar = r.Priority == RecommendationPriority.High ? MarginBar.Loud : MarginBar.Quiet;
            flow.KeepTogether(45);
            flow.Paragraph($"{r.Priority.ToString().ToUpperInvariant()} priority — {r.Title} ({r.Code}, {CategoryName(r.Category)})", TextStyle.Strong, bar: bar);
            flow.Paragraph(r.Advice, bar: bar);
            flow.Paragraph($"Why: {Sentence(r.Reason)} Evidence grade {r.Grade}. {references.Marker(r.Citations)}", TextStyle.Small, bar: bar);
            flow.Space(4);
        }
    }

    private static string UnitSymbol(DoseUnit unit) => unit switch
    {
        DoseUnit.Microgram => "µg",
        DoseUnit.Milligram => "mg",
        _ => "IU",
    };

    private static string CategoryName(RecommendationCategory category) => category switch
    {
        RecommendationCategory.Safety => "safety",
        RecommendationCategory.Supplement => "supplement",
        RecommendationCategory.Lifestyle => "lifestyle",
        _ => "next step",
    };
}
