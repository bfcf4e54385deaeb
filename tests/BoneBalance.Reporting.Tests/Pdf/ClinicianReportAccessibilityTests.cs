using BoneBalance.Core.FractureRisk;
using BoneBalance.Core.Guidance;
using BoneBalance.Reporting.Charts;
using BoneBalance.Reporting.Pdf;
using BoneBalance.Reporting.Tests.Fixtures;
using PdfSharp.Pdf.Content;
using PdfSharp.Pdf.Content.Objects;
using PdfSharp.Pdf.IO;

namespace BoneBalance.Reporting.Tests.Pdf;

/// <summary>
/// The clinician report as a screen reader gets it: a tagged PDF (marked, with a structure tree) whose headings, lists and
/// charts are elements in reading order, with the page furniture left out as artifacts.
/// </summary>
public sealed class ClinicianReportAccessibilityTests
{
    private static readonly ReportOptions Options = new(new DateTimeOffset(2026, 11, 25, 21, 30, 0, TimeSpan.FromHours(1)))
    {
        Frax = new FraxResult(22, 3.4),
    };

    // The sections in the order ClinicianReport.Write draws them, each with a section heading.
    private static readonly string[] Sections =
        ["Safety findings", "Fracture risk", "Bone density (DXA)", "Intake against targets", "Supplement plan", "Recommendations", "References"];

    private static byte[] Render(Assessment assessment, ReportOptions options)
    {
        using var output = new MemoryStream();
        ClinicianReport.Write(output, assessment, options);
        return output.ToArray();
    }

    private static List<StructureElement> Elements(byte[] pdf) => [.. PdfStructure.Tree(pdf).SelectMany(e => e.All())];

    [Fact]
    public void The_catalog_marks_the_document_tagged_in_english_with_its_title_shown()
    {
        var pdf = Render(SampleAssessments.WarfarinWithK2(), Options);
        using var document = PdfReader.Open(new MemoryStream(pdf), PdfDocumentOpenMode.Import);
        var catalog = document.Internals.Catalog.Elements;
        Assert.NotNull(catalog.GetDictionary("/StructTreeRoot"));
        Assert.True(catalog.GetDictionary("/MarkInfo")!.Elements.GetBoolean("/Marked"));
        Assert.Equal("en", catalog.GetString("/Lang"));
        Assert.True(catalog.GetDictionary("/ViewerPreferences")!.Elements.GetBoolean("/DisplayDocTitle"));
        Assert.Equal("BoneBalance clinician report", document.Info.Title);

        // One Document element at the top, holding everything else.
        var top = Assert.Single(PdfStructure.Tree(pdf));
        Assert.Equal("Document", top.Tag);
    }

    [Fact]
    public void The_title_is_the_one_h1_and_every_section_heading_an_h2_in_reading_order()
    {
        var elements = Elements(Render(SampleAssessments.WarfarinWithK2(), Options));
        var h1 = Assert.Single(elements, e => e.Tag == "H1");
        Assert.Equal("BoneBalance — clinician report", h1.Text);
        Assert.Equal(Sections, elements.Where(e => e.Tag == "H2").Select(e => e.Text));

        // Sub-headings: the three chart titles and the three sub-sections of the fracture-risk section.
        Assert.Equal(
            ["10-year fracture risk", "Screening tools", "USPSTF 2025 screening", "Guideline treatment thresholds"],
            elements.Where(e => e.Tag == "H3").Select(e => e.Text).Take(4));
        Assert.Equal(6, elements.Count(e => e.Tag == "H3"));
    }

    [Fact]
    public void Running_text_is_in_paragraphs()
    {
        var assessment = SampleAssessments.WarfarinWithK2();
        var elements = Elements(Render(assessment, Options));
        var paragraphs = elements.Where(e => e.Tag == "P").Select(e => e.Text).ToList();
        Assert.Contains(assessment.Disclaimer, paragraphs);
        Assert.Contains(SampleAssessments.VkaFinding().Message, paragraphs);
        Assert.Contains("CONTRAINDICATED WITHOUT SUPERVISION — VKA_VITAMIN_K", paragraphs);

        // Each finding prints four paragraphs (severity and code, message, what to do, why): 60 findings add 59 × 4.
        var one = elements.Count(e => e.Tag == "P");
        var finding = SampleAssessments.VkaFinding();
        var many = Elements(Render(assessment with { Findings = [.. Enumerable.Range(1, 60).Select(i => finding with { Code = $"RULE_{i:00}" })] }, Options));
        Assert.Equal(one + 59 * 4, many.Count(e => e.Tag == "P"));
    }

    [Fact]
    public void The_references_are_a_list_with_one_numbered_item_per_reference()
    {
        var assessment = SampleAssessments.WarfarinWithK2();
        var elements = Elements(Render(assessment, Options));
        var references = ClinicianReportTests.UsedCitations(assessment).Distinct().ToList();
        var list = elements.Last(e => e.Tag == "L");
        var items = list.Children;
        Assert.Equal(references.Count, items.Count);
        Assert.All(items, i => Assert.Equal("LI", i.Tag));
        for (var n = 0; n < items.Count; n++)
        {
            Assert.Equal(["Lbl", "LBody"], items[n].Children.Select(c => c.Tag));
            Assert.Equal($"{n + 1}.", items[n].Children[0].Text);
        }

        // Every citation is the body of exactly one item.
        Assert.All(references, c => Assert.Single(items, i => i.Children[1].Text == c.ToString()));
    }

    [Fact]
    public void Rows_of_screening_tools_dxa_sites_and_intake_are_list_items()
    {
        var assessment = SampleAssessments.WarfarinWithK2();
        var elements = Elements(Render(assessment, Options));
        var lists = elements.Where(e => e.Tag == "L").ToList();
        var intakeRows = IntakeChart.Table(IntakeChartData.From(assessment.Intake!)).Rows.Count;
        int[] expected = [assessment.FractureRisk.Screening.Count, assessment.Densitometry!.Latest.Sites.Count, intakeRows, ClinicianReportTests.UsedCitations(assessment).Distinct().Count()];
        Assert.Equal(expected, lists.Select(l => l.Children.Count));
        Assert.All(lists.Take(3).SelectMany(l => l.Children), item => Assert.Equal("LBody", Assert.Single(item.Children).Tag));
        Assert.Contains(lists[1].Children, i => i.Text.StartsWith("Lumbar spine: BMD 0.850 g/cm²; T-score -2.2", StringComparison.Ordinal));
        Assert.Contains(lists[2].Children, i => i.Text.StartsWith("Calcium: 379.1 mg/day — RDA 1200; UL 2000.", StringComparison.Ordinal));
    }

    [Fact]
    public void Every_chart_is_a_figure_whose_alternate_text_gives_its_numbers()
    {
        var figures = Elements(Render(SampleAssessments.WarfarinWithK2(), Options)).Where(e => e.Tag == "Figure").ToList();
        Assert.Equal(3, figures.Count);
        Assert.All(figures, f => Assert.False(string.IsNullOrWhiteSpace(f.Alt)));

        // Risk: QFracture 9.6 % and 3.2 % (README sample 9.6234 %, 3.2180 %), FRAX as entered (22.0 %, 3.4 %), and the
        // BHOF 2022 thresholds (FRAX MOF ≥ 20 %, hip ≥ 3 %).
        var risk = figures[0].Alt!;
        Assert.StartsWith("10-year fracture risk.", risk, StringComparison.Ordinal);
        foreach (var number in new[] { "9.6 %", "3.2 %", "22.0 %", "3.4 %", "BHOF 2022 ≥ 20 %", "BHOF 2022 ≥ 3 %" })
        {
            Assert.Contains(number, risk, StringComparison.Ordinal);
        }

        // DXA trend: lumbar spine 0.900 → 0.850, femoral neck 0.700 → 0.690 g/cm² (SampleAssessments).
        foreach (var number in new[] { "0.900", "0.850", "0.700", "0.690" })
        {
            Assert.Contains(number, figures[1].Alt!, StringComparison.Ordinal);
        }

        // Intake: calcium 379.1 mg/day against the RDA 1200 and UL 2000 (see IntakeChartTests).
        Assert.Contains("Calcium: 379.1 mg (RDA 1200; UL 2000)", figures[2].Alt!, StringComparison.Ordinal);

        // The figure owns the chart's drawn labels, so they are not read out a second time as text.
        Assert.Contains("9.6 %", figures[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_dxa_and_diary_the_one_figure_says_why_there_is_no_risk()
    {
        var figure = Assert.Single(Elements(Render(SampleAssessments.Minimal(), new ReportOptions(Options.GeneratedAt))), e => e.Tag == "Figure");
        Assert.Contains("not computed: bmi 45", figure.Alt!, StringComparison.Ordinal);
        Assert.Contains("not entered", figure.Alt!, StringComparison.Ordinal);
    }

    [Fact]
    public void Page_header_and_numbers_are_artifacts_and_all_other_text_is_tagged_content()
    {
        var pdf = Render(SampleAssessments.WarfarinWithK2(), Options);
        var pages = PdfText.MarkedPages(pdf);
        var header = "BoneBalance clinician report · generated 2026-11-25 20:30 UTC · informs, does not diagnose";
        for (var i = 0; i < pages.Count; i++)
        {
            var furniture = pages[i].Where(l => l.Text == header || l.Text == $"Page {i + 1} of {pages.Count}").ToList();
            Assert.Equal(2, furniture.Count);
            Assert.All(furniture, l => Assert.Equal(("Artifact", (int?)null), (l.Tag, l.Mcid)));
            Assert.All(pages[i].Except(furniture), l => Assert.NotNull(l.Mcid));
        }

        // No element of the structure tree holds the header or a page number.
        var texts = Elements(pdf).Select(e => e.Text).ToList();
        Assert.DoesNotContain(texts, t => t.Contains(header, StringComparison.Ordinal) || t.Contains(" of " + pages.Count, StringComparison.Ordinal) && t.Contains("Page ", StringComparison.Ordinal));

        // Every marked-content sequence with text is owned by exactly one element of the tree: none is lost or shared.
        var drawn = pages.SelectMany((p, i) => p.Where(l => l.Mcid is not null).Select(l => (Page: i, Mcid: l.Mcid!.Value))).Distinct().Order().ToList();
        var owned = Elements(pdf).SelectMany(e => e.Marks).ToList();
        Assert.Equal(owned.Count, owned.Distinct().Count());
        Assert.Equal(drawn, owned.Intersect(drawn).Order());
    }

    [Fact]
    public void Marked_content_and_text_objects_nest_on_every_page()
    {
        // ISO 32000-1, 14.6 (PDF Reference 1.7, 10.5): BMC/BDC…EMC and BT…ET pairs must be properly (separately) nested —
        // "BMC BT ET EMC" and "BT BMC EMC ET" are valid, "BMC BT EMC ET" is not. A long report adds page breaks inside
        // elements and many bars.
        var finding = SampleAssessments.VkaFinding();
        var assessment = SampleAssessments.WarfarinWithK2();
        foreach (var pdf in new[] { Render(assessment, Options), Render(assessment with { Findings = [.. Enumerable.Range(1, 60).Select(i => finding with { Code = $"RULE_{i:00}" })] }, Options) })
        {
            using var document = PdfReader.Open(new MemoryStream(pdf), PdfDocumentOpenMode.Import);
            var marked = 0;
            foreach (var page in document.Pages)
            {
                var open = new Stack<string>();
                foreach (var op in ContentReader.ReadContent(page).OfType<COperator>())
                {
                    switch (op.OpCode.Name)
                    {
                        case "BT":
                            open.Push("BT");
                            break;
                        case "BMC" or "BDC":
                            open.Push("MC");
                            marked++;
                            break;
                        case "ET":
                            Assert.Equal("BT", open.Pop());
                            break;
                        case "EMC":
                            Assert.Equal("MC", open.Pop());
                            break;
                    }
                }

                Assert.Empty(open);
            }

            Assert.True(marked > 2 * document.PageCount);
        }
    }
}
