using BoneBalance.Core.Evidence;
using BoneBalance.Core.Safety;
using BoneBalance.Data.Contracts;

namespace BoneBalance.Reporting.Pdf;

public static partial class ClinicianReport
{
    // Safety findings come first: a contraindication or warning must be read before anything else.
    private static void Safety(PageFlow flow, CitationNumbers references, ReportedAssessment assessment)
    {
        flow.Heading("Safety findings");
        if (assessment.Findings.Count == 0)
        {
            flow.Paragraph("No safety findings for the medications, conditions, labs and supplements given.");
            return;
        }

        foreach (var finding in assessment.Findings)
        {
            var bar = finding.Severity >= SafetySeverity.Warning ? MarginBar.Loud : MarginBar.Quiet;
            flow.KeepTogether(60);
            flow.Paragraph($"{SeverityName(finding.Severity)} — {finding.Code}", TextStyle.Strong, bar: bar);
            flow.Paragraph(finding.Message, bar: bar);
            flow.Paragraph($"What to do: {finding.Advice}", bar: bar);
            flow.Paragraph($"Why: {Sentence(finding.Reason)} {references.Marker(finding.Citations)}", TextStyle.Small, bar: bar);
            flow.Space(5);
        }
    }

    /// <summary>A severity as the report prints it; the two that stop a plan are in capitals.</summary>
    internal static string SeverityName(SafetySeverity severity) => severity switch
    {
        SafetySeverity.ContraindicatedWithoutSupervision => "CONTRAINDICATED WITHOUT SUPERVISION",
        SafetySeverity.Warning => "WARNING",
        SafetySeverity.Caution => "Caution",
        _ => "Information",
    };
}
