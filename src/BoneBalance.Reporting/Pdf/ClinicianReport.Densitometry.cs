using BoneBalance.Core.Densitometry;
using BoneBalance.Core.Evidence;
using BoneBalance.Data.Contracts;
using BoneBalance.Reporting.Charts;

namespace BoneBalance.Reporting.Pdf;

public static partial class ClinicianReport
{
    private static void Densitometry(PageFlow flow, CitationNumbers references, ReportedAssessment assessment)
    {
        flow.Heading("Bone density (DXA)");
        if (assessment.Densitometry is not { } dxa)
        {
            flow.Paragraph("No DXA results were given.");
            return;
        }

        var when = dxa.ScanDate is { } date ? $"Scan of {ChartFormat.Date(date)}: " : "Latest scan: ";
        flow.Paragraph($"{when}{dxa.Summary} {references.Marker(dxa.Citations)}", TextStyle.Strong);
        flow.BeginList();
        foreach (var site in dxa.Sites)
        {
            var t = site.TScore is { } score
                ? $"T-score {ChartFormat.Score(score)} ({(site.TScoreOrigin == TScoreOrigin.FromReport ? "from the report" : "computed from BMD")})"
                : "no T-score";
            flow.Item(
                $"{BmdTrendData.SiteName(site.Site)}: {(site.Bmd is { } bmd ? $"BMD {ChartFormat.Bmd(bmd)} g/cm²" : "no BMD given")}; {t}; " +
                $"{(site.ZScore is { } z ? $"Z-score {ChartFormat.Score(z)}" : "no Z-score")}.", bar: MarginBar.Quiet);
        }

        flow.EndList();

        foreach (var note in dxa.Notes)
        {
            flow.Paragraph(note, TextStyle.Small, indent: 8);
        }

        foreach (var change in dxa.Changes)
        {
            flow.Paragraph(change.Summary, change.SignificantLoss ? TextStyle.Strong : TextStyle.Body, bar: change.SignificantLoss ? MarginBar.Loud : MarginBar.Quiet);
        }

        // A chart only when there is a dated value to draw (undated measurements are in the text above).
        var trend = BmdTrendData.From(dxa);
        if (trend.Series.Any(s => s.Points.Any(p => p.Date is not null)))
        {
            flow.Chart(BmdTrendChart.Scene(trend));
        }
    }
}
