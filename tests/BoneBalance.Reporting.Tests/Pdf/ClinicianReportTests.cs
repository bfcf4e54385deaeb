using System.Text.RegularExpressions;
using BoneBalance.Core.Evidence;
using BoneBalance.Core.Guidance;
using BoneBalance.Core.Safety;
using BoneBalance.Reporting.Pdf;
using BoneBalance.Reporting.Tests.Fixtures;

namespace BoneBalance.Reporting.Tests.Pdf;

public sealed partial class ClinicianReportTests
{
    private static readonly ReportOptions Options = new(new DateTimeOffset(2026, 11, 25, 21, 30, 0, TimeSpan.FromHours(1)));

    private static byte[] Render(Assessment assessment, ReportOptions? options = null)
    {
        using var output = new MemoryStream();
        ClinicianReport.Write(output, assessment, options ?? Options);
        return output.ToArray();
    }

    /// <summary>A report whose request has ended is not made: a cancelled token throws before anything is written (the
    /// token is checked before every paragraph of both layout passes and before saving).</summary>
    [Fact]
    public void A_cancelled_report_stops_and_writes_nothing()
    {
        using var output = new MemoryStream();
        Assert.Throws<OperationCanceledException>(() => ClinicianReport.Write(output, SampleAssessments.WarfarinWithK2(), Options, new CancellationToken(canceled: true)));
        Assert.Equal(0, output.Length);
    }

    [Fact]
    public void Is_a_pdf_of_a_few_a4_pages_with_header_and_page_numbers_on_each()
    {
        var pdf = Render(SampleAssessments.WarfarinWithK2());
        Assert.Equal("%PDF-"u8.ToArray(), pdf[..5]);
        var pages = PdfText.Pages(pdf);
        Assert.InRange(pages.Count, 3, 6);
        using (var document = PdfSharp.Pdf.IO.PdfReader.Open(new MemoryStream(pdf), PdfSharp.Pdf.IO.PdfDocumentOpenMode.Import))
        {
            // A4: 210 × 297 mm = 595.3 × 841.9 pt.
            Assert.All(document.Pages.Cast<PdfSharp.Pdf.PdfPage>(), p => Assert.Equal((595, 842), ((int)Math.Round(p.Width.Point), (int)Math.Round(p.Height.Point))));
        }

        for (var i = 0; i < pages.Count; i++)
        {
            // 21:30 at UTC+1 is 20:30 UTC: the report prints the time passed in, in UTC, and reads no clock.
            Assert.Contains("BoneBalance clinician report · generated 2026-11-25 20:30 UTC · informs, does not diagnose", pages[i]);
            Assert.Contains($"Page {i + 1} of {pages.Count}", pages[i]);
        }
    }

    [Fact]
    public void Safety_findings_come_first_with_severity_code_message_and_advice()
    {
        var pdf = Render(SampleAssessments.WarfarinWithK2());
        var text = PdfText.All(pdf);
        var lines = PdfText.Pages(pdf).SelectMany(p => p).ToList();
        var finding = SampleAssessments.VkaFinding();
        var heading = lines.IndexOf("CONTRAINDICATED WITHOUT SUPERVISION — VKA_VITAMIN_K");
        Assert.True(heading > lines.IndexOf("Safety findings"));
        Assert.True(heading < lines.IndexOf("Fracture risk"));
        Assert.Contains(finding.Message, text);
        Assert.Contains($"What to do: {finding.Advice}", text);
        Assert.Contains($"Why: {finding.Reason}.", text);
    }

    [Theory]
    [InlineData(SafetySeverity.ContraindicatedWithoutSupervision, true)]
    [InlineData(SafetySeverity.Warning, true)]
    [InlineData(SafetySeverity.Caution, false)]
    [InlineData(SafetySeverity.Info, false)]
    public void Contraindications_and_warnings_get_the_loud_red_bar(SafetySeverity severity, bool loud)
    {
        // Nothing else on page 1 of this assessment is filled dark red (#9b1c1c = 155, 28, 28): no withheld supplement,
        // no recommendation, no guideline criterion met; threshold lines are strokes, not fills.
        var quiet = SampleAssessments.Minimal() with { Plan = SampleAssessments.Plan() with { Withheld = [] } };
        var pdf = Render(quiet with { Findings = [SampleAssessments.VkaFinding() with { Severity = severity }] });
        Assert.Equal(loud, PdfText.FillColours(pdf, 0).Contains((155, 28, 28)));
        Assert.Contains(ClinicianReport.SeverityName(severity) + " — VKA_VITAMIN_K", PdfText.Pages(pdf)[0]);
    }

    [Fact]
    public void A_missing_finding_is_missing_from_the_report()
    {
        var text = PdfText.All(Render(SampleAssessments.WarfarinWithK2() with { Findings = [] }));
        Assert.DoesNotContain("CONTRAINDICATED WITHOUT SUPERVISION", text);
        Assert.Contains("No safety findings", text);
    }

    [Fact]
    public void Key_facts_of_every_section_are_printed()
    {
        var assessment = SampleAssessments.WarfarinWithK2();
        var text = PdfText.All(Render(assessment, Options with { PersonLabel = "A.B.", Frax = new Core.FractureRisk.FraxResult(22, 3.4) }));

        Assert.Contains("Person: A.B.", text);
        Assert.Contains("Woman, 67 years, menopausal status postmenopausal; height 160 cm; weight 55 kg; BMI 21.5 kg/m²", text);
        Assert.Contains(assessment.Disclaimer, text);

        // QFracture (README sample 9.6234 %, 3.2180 %), FRAX as entered, the threshold findings with their status.
        Assert.Contains("major osteoporotic fracture 9.6 %, hip fracture 3.2 %", text);
        Assert.Contains("FRAX (entered): major osteoporotic 22.0 %, hip 3.4 %.", text);
        Assert.Contains("BHOF 2022 — T-score ≤ -2.5 at femoral neck, total hip or lumbar spine: not met", text);
        Assert.Contains("Lowest T-score -2.2 > -2.5.", text);
        Assert.Contains("Osteoporosis Self-assessment Tool (OST): score", text);
        // The sample has DXA scans: the USPSTF paragraph says a scan has been done, not to get one.
        Assert.Contains("A DXA scan has already been done", text);
        Assert.DoesNotContain("Screen for osteoporosis (DXA) (grade B).", text);

        // DXA: the interpretation and the change against the LSC (0.850 − 0.900 = −0.050; LSC 2.77 × 0.010).
        Assert.Contains(assessment.Densitometry!.Latest.Summary, text);
        Assert.Contains("Lumbar spine: BMD 0.850 g/cm²; T-score -2.2 (from the report)", text);
        Assert.Contains("LSC 0.0277 g/cm² — a significant decrease", text);

        // Intake (see IntakeChartTests), plan and recommendations.
        Assert.Contains("Calcium: 379.1 mg/day — RDA 1200; UL 2000.", text);
        Assert.Contains("MK-4: at least 1.6 µg/day", text);
        Assert.Contains("d3 15 µg/day — evidence grade B", text);
        Assert.Contains("When: with a meal that contains fat", text);
        Assert.Contains("Not suggested — MK-7+: You take warfarin: vitamin K changes your INR. (safety finding VKA_VITAMIN_K)", text);
        Assert.Contains("HIGH priority — Talk to your anticoagulation clinic (SEE_ANTICOAGULATION_CLINIC, safety)", text);
        Assert.Contains("MEDIUM priority — Prevent falls (FALLS_PREVENTION, lifestyle)", text);
        Assert.True(text.IndexOf("HIGH priority", StringComparison.Ordinal) < text.IndexOf("MEDIUM priority", StringComparison.Ordinal));
    }

    [Fact]
    public void The_fracture_risk_notes_are_printed()
    {
        var full = SampleAssessments.WarfarinWithK2();
        var note = "BMI 17.8 is below the model's range (20–40); risk computed at BMI 20, probably an underestimate.";
        var text = PdfText.All(Render(full with { FractureRisk = full.FractureRisk with { Notes = [note] } }));
        Assert.Contains("BMI 17.8 is below the model's range", text);
        Assert.DoesNotContain("BMI 17.8 is below", PdfText.All(Render(full)));
    }

    [Fact]
    public void Nothing_about_the_person_is_printed_that_was_not_given()
    {
        var text = PdfText.All(Render(SampleAssessments.Minimal()));
        Assert.DoesNotContain("Person:", text);
        Assert.Contains("QFracture-2012 not computed: bmi 45 (valid: 20 to 40 kg/m²)", text);
        Assert.Contains("No DXA results were given.", text);
        Assert.Contains("No food diary was given: dietary intake is unknown (not zero).", text);
    }

    [Fact]
    public void Every_citation_is_listed_once_and_cited_by_number()
    {
        var assessment = SampleAssessments.WarfarinWithK2();
        var text = PdfText.Body(Render(assessment));
        var split = text.LastIndexOf("References", StringComparison.Ordinal);
        var body = text[..split];
        var list = text[split..];

        var used = UsedCitations(assessment).Distinct().ToList();
        var numbers = new List<int>();
        foreach (var citation in used)
        {
            var match = Regex.Match(list, $@"(\d+)\. {Regex.Escape(citation.ToString())}");
            Assert.True(match.Success, $"Not in the references: {citation}");
            Assert.Single(Regex.Matches(list, Regex.Escape(citation.ToString())));
            numbers.Add(int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture));
        }

        // Numbered 1…N without gaps, as every report of the assessment numbers them, and every number is cited in the
        // text above the list.
        Assert.Equal(Enumerable.Range(1, used.Count), numbers.Order());
        var shared = AssessmentCitations.Numbered(assessment);
        Assert.Equal(used.Select(shared.NumberOf), numbers);
        var cited = Marker().Matches(body).SelectMany(m => m.Groups[1].Value.Split(", ")).Select(int.Parse).ToHashSet();
        Assert.Subset(cited, numbers.ToHashSet());
    }

    [Fact]
    public void A_long_report_paginates()
    {
        var finding = SampleAssessments.VkaFinding();
        var findings = Enumerable.Range(1, 60).Select(i => finding with { Code = $"RULE_{i:00}", Severity = SafetySeverity.Caution }).ToList();
        var pdf = Render(SampleAssessments.WarfarinWithK2() with { Findings = findings });
        var pages = PdfText.Pages(pdf);
        Assert.InRange(pages.Count, 7, 30);
        var text = string.Join(" ", pages.SelectMany(p => p));
        Assert.Contains("Caution — RULE_60", text);
        Assert.Contains($"Page {pages.Count} of {pages.Count}", pages[^1]);
        Assert.True(text.IndexOf("Caution — RULE_01", StringComparison.Ordinal) < text.IndexOf("Caution — RULE_60", StringComparison.Ordinal));
    }

    [Fact]
    public void The_same_assessment_gives_the_same_text()
    {
        Assert.Equal(PdfText.Pages(Render(SampleAssessments.WarfarinWithK2())), PdfText.Pages(Render(SampleAssessments.WarfarinWithK2())));
    }

    internal static IEnumerable<Citation> UsedCitations(Assessment a)
    {
        var risk = a.FractureRisk;
        var intake = a.Intake!;
        return a.Findings.SelectMany(f => f.Citations)
            .Concat(risk.Citations)
            .Concat(risk.Screening.SelectMany(s => s.Citations))
            .Concat(risk.ScreeningAdvice.Citations)
            .Concat(risk.Thresholds.Select(t => t.Citation))
            .Concat(a.Densitometry!.Latest.Citations)
            .Concat(intake.References.Values.Select(r => r.Source))
            .Concat(a.Plan.Supplements.SelectMany(s => s.Citations))
            .Concat(a.Plan.Withheld.SelectMany(s => s.Citations))
            .Concat(a.Recommendations.SelectMany(r => r.Citations));
    }

    [GeneratedRegex(@"\[(\d+(?:, \d+)*)\]")]
    private static partial Regex Marker();
}
