using BoneBalance.Core.Evidence;
using BoneBalance.Core.Nutrition;
using BoneBalance.Data.Contracts;
using BoneBalance.Reporting.Charts;

namespace BoneBalance.Reporting.Pdf;

public static partial class ClinicianReport
{
    private static void Intake(PageFlow flow, CitationNumbers references, ReportedAssessment assessment)
    {
        if (assessment.Intake is not { } intake)
        {
            flow.Heading("Intake against targets");
            flow.Paragraph("No food diary was given: dietary intake is unknown (not zero).");
            return;
        }

        var data = IntakeChartData.From(intake);
        var scene = IntakeChart.Scene(data);
        flow.Heading("Intake against targets", keepWith: scene);
        flow.Chart(scene);
        var table = IntakeChart.Table(data);
        var bars = data.Groups.SelectMany(g => g.Bars).ToList();
        flow.BeginList();
        for (var i = 0; i < table.Rows.Count; i++)
        {
            var row = table.Rows[i];
            var cite = bars[i].Reference is { Source: { } source } ? " " + references.Marker([source]) : string.Empty;
            var unit = bars[i].Amount is null ? string.Empty : " " + row.Unit;
            flow.Item($"{row.Label}: {row.Value}{unit}{(row.Target.Length > 0 ? $" — {row.Target}" : string.Empty)}.{cite}", bar: MarginBar.Quiet);
        }

        flow.EndList();

        foreach (var nutrient in intake.Nutrients.Where(n => n.AboveUpperLimit))
        {
            flow.Paragraph($"{nutrient.Name}: the average is above the tolerable upper intake level.", TextStyle.Strong, bar: MarginBar.Loud);
        }

        foreach (var nutrient in intake.Nutrients)
        {
            if (nutrient is not { Gap: { } gap, Target: { } target })
            {
                continue;
            }

            var unit = IntakeNutrientDefinition.Of(nutrient.Nutrient).UnitSymbol;
            string Show(double amount) => $"{ChartFormat.Number(amount, 1)} {unit}";
            var foods = gap.Foods.Count > 0 ? $" Foods that would close it: {string.Join("; ", gap.Foods.Select(f => $"{f.Name} ({f.Portion})"))}." : string.Empty;
            var note = gap.Note is { } text ? $" {text}" : string.Empty;
            flow.Paragraph(
                $"Below target — {nutrient.Name}: average {Show(nutrient.Average)}, target {Show(target)}, short by {Show(gap.Shortfall)}" +
                $"{(gap.AverageIsLowerBound ? " (the average is a lower bound: the real gap may be smaller)" : string.Empty)}.{foods}{note}",
                TextStyle.Small, indent: 8);
        }
    }
}
