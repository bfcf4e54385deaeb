using System.Text.RegularExpressions;
using BoneBalance.Core.Densitometry;
using BoneBalance.Core.Guidance;
using BoneBalance.Core.Measures;
using BoneBalance.Core.Nutrition;
using BoneBalance.Core.Safety;
using BoneBalance.Reporting.Charts;
using BoneBalance.Reporting.Pdf;

namespace BoneBalance.Reporting.Tests.Pdf;

/// <summary>Reports of assessments made by <see cref="Assessor.Assess"/> itself, over the Core tests' catalogues.</summary>
public sealed class AssessorReportTests
{
    private static Assessment WarfarinUserWithMk7AndTwoScans()
    {
        var precision = PrecisionError.FromRmsSd(0.010);
        var input = new AssessmentInput(GuidanceFixtures.Woman(67))
        {
            Medications = [GuidanceFixtures.Med("warfarin")],
            Supplements = [GuidanceFixtures.Supplement(SupplementForm.VitaminK2Mk7, 180, DoseUnit.Microgram)],
            Dxa =
            [
                DxaMeasurement.Create(SkeletalSite.LumbarSpine, BoneMineralDensity.FromGramsPerSquareCentimetre(0.900), -1.8, manufacturer: DxaManufacturer.Hologic, date: new(2022, 3, 1), precision: precision),
                DxaMeasurement.Create(SkeletalSite.LumbarSpine, BoneMineralDensity.FromGramsPerSquareCentimetre(0.850), -2.2, manufacturer: DxaManufacturer.Hologic, date: new(2024, 3, 1), precision: precision),
            ],
            Diary = [DiaryEntry.InGrams(GuidanceFixtures.Day, Sr28Foods.KaleRaw, 100), DiaryEntry.InMeasure(GuidanceFixtures.Day, Sr28Foods.WholeMilk, 1, "cup")],
        };
        return GuidanceFixtures.Assess(input);
    }

    [Fact]
    public void The_vka_finding_of_the_assessor_is_printed_first_and_loud()
    {
        var assessment = WarfarinUserWithMk7AndTwoScans();
        var vka = assessment.Findings.Single(f => f.Code == SafetyFindingCodes.VkaVitaminK);
        using var output = new MemoryStream();
        ClinicianReport.Write(output, assessment, new ReportOptions(new DateTimeOffset(2026, 11, 25, 22, 0, 0, TimeSpan.Zero)));
        var text = PdfText.Body(output.ToArray());
        var lines = PdfText.Pages(output.ToArray()).SelectMany(p => p).ToList();

        var line = $"{ClinicianReport.SeverityName(vka.Severity)} — {vka.Code}";
        Assert.Equal("CONTRAINDICATED WITHOUT SUPERVISION — VKA_VITAMIN_K", line);
        Assert.True(lines.IndexOf(line) < lines.IndexOf("Fracture risk"));
        Assert.True(lines.IndexOf("Safety findings") < lines.IndexOf(line));
        Assert.Contains(vka.Message, text);
        Assert.Contains(vka.Advice, text);
        foreach (var finding in assessment.Findings)
        {
            Assert.Contains($"{ClinicianReport.SeverityName(finding.Severity)} — {finding.Code}", text);
        }

        foreach (var r in assessment.Recommendations)
        {
            Assert.Contains(r.Title, text);
        }

        foreach (var withheld in assessment.Plan.Withheld)
        {
            Assert.Contains(withheld.Reason, text);
        }

        // Every citation anywhere in the assessment's findings, plan and recommendations is in the numbered list once.
        var list = text[text.LastIndexOf("References", StringComparison.Ordinal)..];
        var citations = assessment.Findings.SelectMany(f => f.Citations)
            .Concat(assessment.Plan.Supplements.SelectMany(s => s.Citations))
            .Concat(assessment.Plan.Withheld.SelectMany(w => w.Citations))
            .Concat(assessment.Recommendations.SelectMany(r => r.Citations))
            .Concat(assessment.FractureRisk.Thresholds.Select(t => t.Citation))
            .Concat(assessment.Densitometry!.Latest.Citations)
            .Distinct();
        foreach (var citation in citations)
        {
            Assert.True(Regex.Count(list, $@"\d+\. {Regex.Escape(citation.ToString())}") == 1, $"Not listed once: {citation}\n{list}");
        }
    }

    [Fact]
    public void Charts_of_the_assessor_output_are_well_formed()
    {
        var assessment = WarfarinUserWithMk7AndTwoScans();
        Charts.SvgAssertions.Parse(RiskChart.Svg(RiskChartData.From(assessment.FractureRisk)));
        var trend = BmdTrendData.From(assessment.Densitometry!);
        Assert.Single(trend.Changes);
        Charts.SvgAssertions.Parse(BmdTrendChart.Svg(trend));
        Charts.SvgAssertions.Parse(IntakeChart.Svg(IntakeChartData.From(assessment.Intake!)));
    }
}
