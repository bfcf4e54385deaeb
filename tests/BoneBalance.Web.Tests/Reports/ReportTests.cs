using System.Globalization;
using System.Net;
using BoneBalance.Web.Tests.TestSupport;

namespace BoneBalance.Web.Tests.Reports;

/// <summary>The printable report and its PDF.</summary>
public sealed class ReportTests(BoneBalanceFactory factory) : IClassFixture<BoneBalanceFactory>
{
    [Fact]
    public async Task The_report_page_has_the_assessment_and_the_pdf_link_and_the_print_stylesheet()
    {
        using var browser = await DashboardTests.WarfarinAsync(factory);
        var html = await browser.GetPageAsync("/Report");
        Assert.Contains("data-finding-code=\"VKA_VITAMIN_K\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/Report/Pdf\" data-testid=\"report-pdf\"", html, StringComparison.Ordinal);
        Assert.Contains("media=\"print\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_pdf_downloads_as_an_attachment_named_by_the_date()
    {
        using var browser = await DashboardTests.WarfarinAsync(factory);
        using var response = await browser.Client.GetAsync("/Report/Pdf");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition!.DispositionType);
        var today = DateTime.UtcNow.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        Assert.Equal($"bonebalance-report-{today}.pdf", response.Content.Headers.ContentDisposition.FileName);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal("%PDF-"u8.ToArray(), bytes[..5]);
    }

    private const string Named = """
        {"person":{"sex":"female","birthDate":"1950-03-02","name":"  Ada Lovelace  ","heightCm":158,"weightKg":61,"postmenopausal":true},
         "riskFactors":["cardiovascular_disease"],
         "medications":[{"name":"warfarin","rxnorm":"11289","atc":"B01AA03","dosePerDay":5,"unit":"mg","durationMonths":48},
                        {"name":"alendronate","status":"stopped","durationMonths":60,"stoppedMonthsAgo":14}],
         "conditions":[{"name":"atrial fibrillation","icd10":"I48"}],
         "supplements":[{"form":"d3","dose":1000,"unit":"iu"}],
         "labs":{"inr":2.6,"vitaminD25ohNgPerMl":24},
         "dxa":[{"date":"2024-05-01","site":"femoral_neck","tScore":-2.1},{"date":"2024-05-01","site":"spine","tScore":-1.9}]}
        """;

    private static async Task<string> PageInTokyoAsync(Browser browser, string path)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Add("X-Time-Zone", "Asia/Tokyo");
        using var response = await browser.Client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return System.Net.WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
    }

    private static async Task<string> PdfInTokyoAsync(Browser browser, string path)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Add("X-Time-Zone", "Asia/Tokyo");
        using var response = await browser.Client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return PdfText.Body(await response.Content.ReadAsByteArrayAsync());
    }

    private static int Age(DateOnly born)
    {
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("Asia/Tokyo")).DateTime);
        return today.Year - born.Year - (today < born.AddYears(today.Year - born.Year) ? 1 : 0);
    }

    /// <summary>
    /// The page shows the name and date of birth, the time in the person's zone and "Information used" as the PDF lists
    /// it, in words without the medicine and condition codes.
    /// </summary>
    [Fact]
    public async Task The_report_page_names_the_person_and_lists_the_information_used_without_codes_at_the_persons_time()
    {
        using var browser = await DashboardTests.WithProfileAsync(factory, Named, "named");
        var html = await PageInTokyoAsync(browser, "/Report");

        Assert.Matches(@"data-testid=""report-generated"">\d{4}-\d{2}-\d{2} \d{2}:\d{2} Asia/Tokyo \(UTC\+09:00\)</span>", html);
        Assert.Matches($@"<dt>Name</dt>\s*<dd>Ada Lovelace</dd>\s*<dt>Date of birth</dt>\s*<dd>1950-03-02 \({Age(new(1950, 3, 2))} years\)</dd>", html);
        var used = html[html.IndexOf("id=\"information-used\"", StringComparison.Ordinal)..];
        used = used[..used.IndexOf("</section>", StringComparison.Ordinal)];
        Assert.Matches(@"<dt>Medicines taken now</dt>\s*<dd>warfarin \(5 mg a day, for 48 months\)</dd>", used);
        Assert.Matches(@"<dt>Medicines stopped</dt>\s*<dd>alendronate \(for 60 months, last dose 14 months ago\)</dd>", used);
        Assert.Matches(@"<dt>Conditions</dt>\s*<dd>atrial fibrillation</dd>", used);
        Assert.Matches(@"<dt>Supplements taken every day</dt>\s*<dd>vitamin D3 1,000 IU</dd>", used);
        Assert.Matches(@"<dt>Blood test results</dt>\s*<dd>25-OH vitamin D 24 ng/mL \(60 nmol/L\); INR 2.6</dd>", used);
        Assert.Matches(@"<dt>Bone density \(DXA\) scans</dt>\s*<dd>2 site measurements from 1 scan, latest 2024-05-01</dd>", used);
        Assert.Matches(@"<dt>Food diary</dt>\s*<dd>none</dd>", used);
        foreach (var code in new[] { "11289", "B01AA03", "I48", "RxNorm", "ATC", "ICD-10" })
        {
            Assert.DoesNotContain(code, used, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Without_a_name_or_birth_date_the_page_shows_no_identity_lines()
    {
        using var browser = await DashboardTests.WarfarinAsync(factory);
        var html = await browser.GetPageAsync("/Report");
        Assert.DoesNotContain("data-testid=\"report-person\"", html, StringComparison.Ordinal);
        Assert.Contains("id=\"information-used\"", html, StringComparison.Ordinal);
        var at = html.IndexOf("report-generated", StringComparison.Ordinal);
        Assert.True(at > 0, html);
        Assert.Matches(@"data-testid=""report-generated"">\d{4}-\d{2}-\d{2} \d{2}:\d{2} UTC</span>", html[(at - 20)..(at + 80)]);
    }

    /// <summary>Both web PDFs (the current assessment's and a saved one's) have the name, the birth date, "Information
    /// used" with the codes, and the time in the person's zone.</summary>
    [Fact]
    public async Task Both_pdfs_name_the_person_list_the_information_used_and_give_the_time_in_the_persons_zone()
    {
        using var browser = await DashboardTests.WithProfileAsync(factory, Named, "named-pdf");
        var (status, _) = await browser.JsonAsync(HttpMethod.Post, "/api/assessments");
        Assert.Equal(HttpStatusCode.Created, status);
        var (_, list) = await browser.JsonAsync(HttpMethod.Get, "/api/assessments");
        var id = list.EnumerateArray().First().GetProperty("id").GetInt64();

        foreach (var path in new[] { "/Report/Pdf", $"/api/assessments/{id}/pdf" })
        {
            var text = await PdfInTokyoAsync(browser, path);
            Assert.Matches(@"Generated \d{4}-\d{2}-\d{2} \d{2}:\d{2} Asia/Tokyo \(UTC\+09:00\)", text);
            Assert.Contains($"Name: Ada Lovelace · Date of birth: 1950-03-02 ({Age(new(1950, 3, 2))} years)", text, StringComparison.Ordinal);
            Assert.Contains("Information used", text, StringComparison.Ordinal);
            Assert.Contains("Medicines taken now: warfarin (RxNorm 11289, ATC B01AA03, 5 mg a day, for 48 months).", text, StringComparison.Ordinal);
            Assert.Contains("Medicines stopped: alendronate (for 60 months, last dose 14 months ago).", text, StringComparison.Ordinal);
            Assert.Contains("Conditions: atrial fibrillation (ICD-10 I48).", text, StringComparison.Ordinal);
            Assert.Contains("DXA: 2 site measurements from 1 scan, latest 2024-05-01.", text, StringComparison.Ordinal);
        }
    }
}
