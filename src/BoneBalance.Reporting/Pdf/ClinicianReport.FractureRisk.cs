using BoneBalance.Core.Evidence;
using BoneBalance.Core.FractureRisk;
using BoneBalance.Data.Contracts;
using BoneBalance.Reporting.Charts;

namespace BoneBalance.Reporting.Pdf;

public static partial class ClinicianReport
{
    private static void FractureRisk(PageFlow flow, CitationNumbers references, ReportedAssessment assessment, ReportOptions options)
    {
        var risk = assessment.FractureRisk;
        flow.Heading("Fracture risk");
        if (risk.QFracture is { } q)
        {
            flow.Paragraph(
                $"QFracture-2012 {q.Years}-year risk: major osteoporotic fracture {ChartFormat.Percent(q.MajorOsteoporoticPercent)} %, " +
                $"hip fracture {ChartFormat.Percent(q.HipPercent)} %. A risk (cumulative incidence), not a FRAX probability: it is " +
                $"not compared with FRAX-based treatment thresholds. {references.Marker(risk.Citations)}");
        }
        else
        {
            var why = risk.NotApplicable.Select(e => $"{e.Field} {e.Value} (valid: {e.ValidRange})");
            flow.Paragraph($"QFracture-2012 not computed: {string.Join("; ", why)}. {references.Marker(risk.Citations)}");
        }

        foreach (var note in risk.Notes)
        {
            flow.Paragraph(note, TextStyle.Small, indent: 8);
        }

        var entered = options.Frax ?? risk.Frax;
        if (entered is { } frax)
        {
            flow.Paragraph($"FRAX (entered): major osteoporotic {ChartFormat.Percent(frax.MajorOsteoporoticPercent)} %, hip {ChartFormat.Percent(frax.HipPercent)} %" +
                           (frax.GlucocorticoidAdjusted ? ", glucocorticoid-adjusted." : "."));
        }

        var chart = RiskChartData.From(risk, entered);
        flow.Chart(RiskChart.Scene(chart));
        foreach (var threshold in chart.Thresholds)
        {
            flow.Paragraph(
                $"Threshold line: {threshold.Guideline}, {RiskChartData.OutcomeName(threshold.Outcome)} ≥ {ChartFormat.Number(threshold.Percent, 2)} % {threshold.Condition}. {references.Marker([threshold.Citation])}",
                TextStyle.Small);
        }

        flow.Heading("Screening tools", TextStyle.Subheading);
        flow.BeginList();
        foreach (var tool in risk.Screening)
        {
            var result = tool.Status switch
            {
                ScreeningStatus.Scored => $"score {ChartFormat.Number(tool.Score ?? 0, 2)}, {tool.Band} (cut-off {tool.CutOff})",
                ScreeningStatus.NotApplicable => $"not applicable: {tool.NotApplicableReason}",
                _ => $"not computable: {tool.MissingField} required",
            };
            flow.Item($"{tool.Name}: {result}. {references.Marker(tool.Citations)}", bar: MarginBar.Quiet);
        }

        flow.EndList();

        var advice = risk.ScreeningAdvice;
        flow.Heading("USPSTF 2025 screening", TextStyle.Subheading);
        flow.Paragraph(advice.DxaDone
            ? $"{advice.Reason} {references.Marker(advice.Citations)}"
            : $"{Capitalised(advice.Summary())}{(advice.Grade is { } g ? $" (grade {g})" : string.Empty)}. {advice.Reason} {references.Marker(advice.Citations)}");
        foreach (var indication in advice.IscdIndications)
        {
            flow.Paragraph($"ISCD indication for BMD testing: {indication}", TextStyle.Small, indent: 8);
        }

        foreach (var caveat in advice.Caveats)
        {
            flow.Paragraph(caveat, TextStyle.Small, indent: 8);
        }

        flow.Heading("Guideline treatment thresholds", TextStyle.Subheading);
        foreach (var finding in risk.Thresholds)
        {
            var bar = finding.Status == FindingStatus.Met ? MarginBar.Loud : MarginBar.Quiet;
            flow.KeepTogether(30);
            flow.Paragraph($"{finding.Guideline} — {finding.Criterion}: {StatusName(finding.Status)}", TextStyle.Strong, bar: bar);
            flow.Paragraph($"{finding.Reason} {finding.EvidenceTag} {references.Marker([finding.Citation])}", bar: bar);
        }
    }

    private static string StatusName(FindingStatus status) => status switch
    {
        FindingStatus.Met => "MET",
        FindingStatus.NotMet => "not met",
        FindingStatus.NotApplicable => "not applicable",
        _ => "cannot evaluate",
    };
}
