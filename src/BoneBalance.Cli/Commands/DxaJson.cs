using BoneBalance.Core.Densitometry;
using BoneBalance.Core.Guidance;
using BoneBalance.Data.Contracts;

namespace BoneBalance.Cli.Commands;

/// <summary>
/// <c>dxa --json</c>: the <c>person</c> and <c>densitometry</c> sections of the assessment document (the comparison with
/// an earlier scan as its <c>changes[]</c>, both scans in its <c>history[]</c>), the FRAX result as entered and the guideline treatment thresholds in the
/// shapes of <c>fractureRisk.frax</c> and <c>fractureRisk.thresholds</c>, and what the command alone is told: the
/// fractures and the glucocorticoid exposure (docs/JSON.md). Written by <see cref="AssessmentDocument"/>'s section writers.
/// </summary>
internal static class DxaJson
{
    public static string From(DxaReport r) => AssessmentDocument.ToJson(json =>
    {
        var exam = r.Exam;
        var scanDate = exam.Comparison?.Current.Date;
        var densitometry = new DensitometryAssessment(
            scanDate,
            r.Densitometry,
            r.Comparison is { } c ? [c] : [],
            [
                .. exam.Comparison is { } comparison ? [comparison.Previous] : Array.Empty<DxaMeasurement>(),
                .. exam.Measurements.Select(m => DxaMeasurement.Create(
                    m.Site, m.Bmd, m.ReportedTScore, m.ReportedZScore, m.Manufacturer, scanDate,
                    m.Site == exam.Comparison?.Current.Site ? exam.Comparison.Precision : m.Precision)),
            ]);
        json.WriteStartObject();
        json.WritePropertyName("person"u8);
        AssessmentDocument.WritePerson(json, r.Person);
        json.WritePropertyName("densitometry"u8);
        AssessmentDocument.WriteDensitometry(json, densitometry);
        json.WritePropertyName("frax"u8);
        AssessmentDocument.WriteFrax(json, exam.Frax);
        json.WriteBoolean("fragilityFracture"u8, exam.FragilityFracture);
        json.WriteBoolean("hipOrVertebralFracture"u8, exam.HipOrVertebralFracture);
        json.WritePropertyName("glucocorticoids"u8);
        if (exam.Glucocorticoids is { } g)
        {
            json.WriteStartObject();
            json.WriteNumber("mgPerDay"u8, g.PrednisoloneEquivalentMilligramsPerDay);
            json.WriteNumber("months"u8, g.DurationMonths);
            json.WriteNumber("cumulativeGramsPastYear"u8, Math.Round(g.CumulativeGramsPastYear, 3));
            json.WriteEndObject();
        }
        else
        {
            json.WriteNullValue();
        }

        AssessmentDocument.WriteThresholds(json, r.Findings);
        AssessmentDocument.WriteCitations(json, "sources"u8, r.Citations);
        json.WriteString("disclaimer"u8, DxaReport.Disclaimer);
        json.WriteEndObject();
    });
}
