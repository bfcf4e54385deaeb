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

    [Fact]
    public void Information_used_lists_the_medicines_conditions_supplements_labs_scans_and_diary_and_the_time_is_local()
    {
        var input = new AssessmentInput(GuidanceFixtures.Woman(67))
        {
            Medications =
            [
                GuidanceFixtures.Med("warfarin", mgPerDay: 5, months: 24),
                Core.People.Medication.Create("alendronate", status: Core.People.MedicationStatus.Stopped, durationMonths: 60, stoppedMonthsAgo: 14),
            ],
            Conditions = [Core.People.Condition.Create("atrial fibrillation", snomedCode: "49436004")],
            Supplements = [GuidanceFixtures.Supplement(SupplementForm.VitaminD3, 1000, DoseUnit.InternationalUnit)],
            Labs = LabResults.Create(vitaminD25OhNgPerMl: 18, inr: 2.4, egfr: 52),
            Diary = GuidanceFixtures.DiaryOfTestFood(300),
        };
        var assessment = GuidanceFixtures.Assess(input);
        using var output = new MemoryStream();
        var paris = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");
        ClinicianReport.Write(output, assessment, new ReportOptions(new DateTimeOffset(2026, 12, 7, 16, 5, 0, TimeSpan.Zero)) { Input = input, TimeZone = paris });
        var text = PdfText.Body(output.ToArray());
        var lines = PdfText.Pages(output.ToArray()).SelectMany(p => p).ToList();

        Assert.Contains("Generated 2026-12-07 17:05 Europe/Paris (UTC+01:00)", text, StringComparison.Ordinal);
        Assert.True(lines.IndexOf("Information used") < lines.IndexOf("Safety findings"));
        Assert.Contains("Medicines taken now: warfarin (5 mg a day, for 24 months).", text, StringComparison.Ordinal);
        Assert.Contains("Medicines stopped: alendronate (for 60 months, last dose 14 months ago).", text, StringComparison.Ordinal);
        Assert.Contains("Conditions: atrial fibrillation (SNOMED CT 49436004).", text, StringComparison.Ordinal);
        Assert.Contains("Supplements taken every day: vitamin D3 1,000 IU.", text, StringComparison.Ordinal);
        // 18 ng/mL × 2.496 = 44.9 nmol/L (the IOM conversion, 1 ng/mL = 2.496 nmol/L).
        Assert.Contains("Laboratory values: 25-OH vitamin D 18 ng/mL (45 nmol/L); INR 2.4; eGFR 52 mL/min/1.73 m².", text, StringComparison.Ordinal);
        Assert.Contains("DXA: none given.", text, StringComparison.Ordinal);
        Assert.Contains("Food diary: 3 logged days.", text, StringComparison.Ordinal);

        // Without the input the section is left out, and without a time zone the time is UTC.
        using var plain = new MemoryStream();
        ClinicianReport.Write(plain, assessment, new ReportOptions(new DateTimeOffset(2026, 12, 7, 16, 5, 0, TimeSpan.Zero)));
        var plainText = PdfText.Body(plain.ToArray());
        Assert.DoesNotContain("Information used", plainText, StringComparison.Ordinal);
        Assert.Contains("Generated 2026-12-07 16:05 UTC", plainText, StringComparison.Ordinal);
        Assert.Equal("2026-12-07 16:05 UTC", InformationUsed.Time(new DateTimeOffset(2026, 12, 7, 16, 5, 0, TimeSpan.Zero), TimeZoneInfo.Utc));
        Assert.Equal("2026-12-07 08:05 America/Los_Angeles (UTC−08:00)",
            InformationUsed.Time(new DateTimeOffset(2026, 12, 7, 16, 5, 0, TimeSpan.Zero), TimeZoneInfo.FindSystemTimeZoneById("America/Los_Angeles")));
    }

    [Fact]
    public void The_header_names_the_person_with_the_birth_date_or_else_the_age_only_when_the_input_gives_them()
    {
        var at = new DateTimeOffset(2026, 12, 7, 16, 5, 0, TimeSpan.Zero);
        var input = new AssessmentInput(GuidanceFixtures.Woman(67)) { PersonName = "Ada Lovelace", BirthDate = new DateOnly(1959, 3, 2) };
        var assessment = GuidanceFixtures.Assess(input);

        string[] Lines(AssessmentInput? given)
        {
            using var output = new MemoryStream();
            ClinicianReport.Write(output, assessment, new ReportOptions(at) { Input = given });
            return [.. PdfText.Pages(output.ToArray())[0]];
        }

        var both = Lines(input);
        var identity = Array.IndexOf(both, "Name: Ada Lovelace · Date of birth: 1959-03-02 (67 years)");
        Assert.True(identity > Array.IndexOf(both, "Generated 2026-12-07 16:05 UTC"), string.Join("\n", both));
        Assert.True(identity < Array.IndexOf(both, "Information used"));

        Assert.Contains("Name: Ada Lovelace · Age: 67 years", Lines(input with { BirthDate = null }));
        Assert.Contains("Date of birth: 1959-03-02 (67 years)", Lines(input with { PersonName = null }));

        // Letters beyond ASCII are printed as given (the embedded DejaVu fonts); a script the fonts lack still writes a report.
        Assert.Contains("Name: Zoë Łukasiewicz-Ó Briain · Age: 67 years", Lines(input with { PersonName = "Zoë Łukasiewicz-Ó Briain", BirthDate = null }));
        Assert.NotEmpty(Lines(input with { PersonName = "山田 花子" }));

        // Neither given, or no input passed: no identity line, and the name is nowhere.
        Assert.DoesNotContain(Lines(input with { PersonName = null, BirthDate = null }), l => l.StartsWith("Age:", StringComparison.Ordinal) || l.StartsWith("Name:", StringComparison.Ordinal));
        Assert.DoesNotContain(Lines(null), l => l.Contains("Lovelace", StringComparison.Ordinal) || l.Contains("1959", StringComparison.Ordinal));
    }
}
