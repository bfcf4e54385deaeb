using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using BoneBalance.Web.Tests.Reports;
using BoneBalance.Web.Tests.TestSupport;

namespace BoneBalance.Web.Tests.History;

/// <summary>
/// The history page: the person's saved assessments with the numbers of their saved results, the trend tables, one
/// saved assessment, comparing two, deleting, and each person seeing only their own.
/// </summary>
public sealed partial class HistoryTests(BoneBalanceFactory factory) : IClassFixture<BoneBalanceFactory>
{
    private static readonly string Yesterday = DateTime.UtcNow.AddDays(-1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>An example profile with natto logged yesterday (UTC), so its result has an intake.</summary>
    private static string WithNatto(string example, double grams)
    {
        var profile = JsonNode.Parse(File.ReadAllText(Path.Combine(Repository.Root, "examples", example)))!.AsObject();
        profile["diary"] = new JsonArray(new JsonObject { ["date"] = Yesterday, ["food"] = "usda:16113", ["grams"] = grams });
        return profile.ToJsonString();
    }

    private async Task<Browser> SignedInAsync(string who)
    {
        var browser = factory.Browser();
        await browser.RegisterAsync(TestAccounts.NewEmail(who));
        return browser;
    }

    /// <summary>Saves <paramref name="profile"/> through <c>POST /api/assessments</c>, on the day of <paramref name="zone"/>; returns the saved envelope.</summary>
    private static async Task<(long Id, JsonElement Saved)> SaveAsync(Browser browser, string profile, string zone = "UTC")
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/assessments") { Content = new StringContent(profile, Encoding.UTF8, "application/json") };
        request.Headers.Add("X-Time-Zone", zone);
        using var response = await browser.Client.SendAsync(request);
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        var location = response.Headers.Location!.OriginalString;
        var (status, saved) = await browser.JsonAsync(HttpMethod.Get, location);
        Assert.Equal(HttpStatusCode.OK, status);
        return (long.Parse(location[(location.LastIndexOf('/') + 1)..], CultureInfo.InvariantCulture), saved);
    }

    /// <summary>Three profiles: osteopenia with two scans and natto (the day of Pago Pago, UTC−11), the known person without a
    /// scan or diary (UTC), and warfarin with natto (the day of Kiritimati, UTC+14).</summary>
    private async Task<(Browser Browser, (long Id, JsonElement Saved)[] Saved)> ThreeSavedAsync(string who)
    {
        var browser = await SignedInAsync(who);
        var saved = new[]
        {
            await SaveAsync(browser, WithNatto("woman-55-osteopenia-omeprazole-levothyroxine.json", 100), "Pacific/Pago_Pago"),
            await SaveAsync(browser, DashboardTests.KnownPerson),
            await SaveAsync(browser, WithNatto("woman-74-warfarin-af.json", 30), "Pacific/Kiritimati"),
        };
        return (browser, saved);
    }

    private static string F(double value, string format) => value.ToString(format, CultureInfo.InvariantCulture);

    private static string Today(JsonElement saved) => saved.GetProperty("today").GetString()!;

    private static JsonElement Result(JsonElement saved) => saved.GetProperty("result");

    private static JsonElement QFracture(JsonElement saved) => Result(saved).GetProperty("fractureRisk").GetProperty("qfracture");

    private static double Average(JsonElement saved, string nutrient) =>
        Result(saved).GetProperty("intake").GetProperty("nutrients").EnumerateArray().Single(n => n.GetProperty("nutrient").GetString() == nutrient).GetProperty("average").GetDouble();

    /// <summary>The rows of the table under the chart marked <paramref name="testId"/>: label and value with its unit.</summary>
    private static List<(string Label, string Value)> TrendRows(string html, string testId)
    {
        var start = html.IndexOf($"data-testid=\"{testId}\"", StringComparison.Ordinal);
        Assert.True(start >= 0, $"no chart {testId}");
        var figure = html[start..html.IndexOf("</figure>", start, StringComparison.Ordinal)];
        return [.. TableRow().Matches(figure).Select(m => (WebUtility.HtmlDecode(m.Groups[1].Value), WebUtility.HtmlDecode(m.Groups[2].Value).Trim()))];
    }

    private static string ListCell(string html, long id, string field)
    {
        var row = html[html.IndexOf($"data-assessment=\"{id}\"", StringComparison.Ordinal)..];
        var match = Regex.Match(row, $"data-field=\"{field}\">(.*?)</td>", RegexOptions.Singleline);
        Assert.True(match.Success, $"no {field} cell for {id}");
        return Regex.Replace(WebUtility.HtmlDecode(match.Groups[1].Value), @"\s+", " ").Trim();
    }

    /// <summary>The page's words, tags removed (attributes such as data-finding-code are not read by anyone).</summary>
    private static string Words(string html) => WebUtility.HtmlDecode(Regex.Replace(html, "<[^>]*>", " "));

    [Fact]
    public async Task The_list_shows_each_saved_assessment_newest_first_with_its_saved_numbers()
    {
        var (browser, saved) = await ThreeSavedAsync("history-list");
        using var _ = browser;
        var html = await browser.GetPageAsync("/History");

        var order = AssessmentRow().Matches(html).Select(m => long.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(saved.Select(s => s.Id).Reverse(), order);
        foreach (var (id, s) in saved)
        {
            var q = QFracture(s);
            Assert.Equal(F(q.GetProperty("majorOsteoporoticPercent").GetDouble(), "0.0") + " %", ListCell(html, id, "mof"));
            Assert.Equal(F(q.GetProperty("hipPercent").GetDouble(), "0.0") + " %", ListCell(html, id, "hip"));
            Assert.Equal(F(Result(s).GetProperty("findings").GetArrayLength(), "0"), ListCell(html, id, "findings"));
            Assert.Contains($"href=\"/History/{id}\"", html, StringComparison.Ordinal);
            Assert.Contains($"href=\"/api/assessments/{id}/pdf\"", html, StringComparison.Ordinal);
        }

        // The osteopenia result: its category and lowest T-score (−1.516667, shown −1.52); the known person has no scan.
        Assert.Equal("Low bone mass (osteopenia); lowest T-score -1.52", ListCell(html, saved[0].Id, "dxa"));
        Assert.Equal("no scan entered", ListCell(html, saved[1].Id, "dxa"));
        Assert.True(Result(saved[2].Saved).GetProperty("findings").GetArrayLength() > 0, "the warfarin profile has safety findings");
        Assert.DoesNotContain("VKA_", Words(html), StringComparison.Ordinal);
        Assert.Contains("<a href=\"/History\" aria-current=\"page\">History</a>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_trend_tables_hold_the_saved_results_numbers()
    {
        var (browser, saved) = await ThreeSavedAsync("history-trends");
        using var _ = browser;
        var html = await browser.GetPageAsync("/History");

        var risk = TrendRows(html, "bb-history-risk");
        Assert.Equal(6, risk.Count);
        var calcium = TrendRows(html, "bb-history-calcium");
        var vitaminD = TrendRows(html, "bb-history-vitamin-d");
        var vitaminK = TrendRows(html, "bb-history-vitamin-k");
        // The known person logged nothing: no intake, no point.
        Assert.Equal((2, 2, 2), (calcium.Count, vitaminD.Count, vitaminK.Count));
        foreach (var (_, s) in saved)
        {
            var q = QFracture(s);
            Assert.Contains(($"Major osteoporotic fracture, {Today(s)}", F(q.GetProperty("majorOsteoporoticPercent").GetDouble(), "0.0") + " %"), risk);
            Assert.Contains(($"Hip fracture, {Today(s)}", F(q.GetProperty("hipPercent").GetDouble(), "0.0") + " %"), risk);
            if (Result(s).GetProperty("intake").ValueKind == JsonValueKind.Object)
            {
                Assert.Contains(($"Calcium, {Today(s)}", F(Average(s, "calcium"), "0") + " mg/day"), calcium);
                Assert.Contains(($"Vitamin D, {Today(s)}", F(Average(s, "vitamin_d"), "0.0") + " µg/day"), vitaminD);
                Assert.Contains(($"Vitamin K (K1 and K2), {Today(s)}", F(Average(s, "vitamin_k_total"), "0.0") + " µg/day"), vitaminK);
            }
        }

        // BMD by scan date: the osteopenia profile's two scans of two sites, as its saved history has them.
        var history = Result(saved[0].Saved).GetProperty("densitometry").GetProperty("history").EnumerateArray()
            .Select(m => ($"{(m.GetProperty("site").GetString() == "spine" ? "Lumbar spine" : "Femoral neck")}, {m.GetProperty("date").GetString()}", F(m.GetProperty("bmd").GetDouble(), "0.000") + " g/cm²"))
            .ToList();
        Assert.Equal(4, history.Count);
        Assert.Equal(history.OrderBy(h => h.Item1, StringComparer.Ordinal), TrendRows(html, "bb-history-bones").OrderBy(h => h.Label, StringComparer.Ordinal));
        Assert.Contains(("Lumbar spine, 2024-03-02", "0.905 g/cm²"), history);

        // Each chart is an SVG image with its title, inside a focusable scroll region.
        Assert.Equal(5, ChartRegion().Count(html));
    }

    [Fact]
    public async Task Opening_a_saved_assessment_shows_its_saved_numbers_and_links_its_pdf()
    {
        var (browser, saved) = await ThreeSavedAsync("history-open");
        using var _ = browser;
        var (id, s) = saved[2];
        var html = await browser.GetPageAsync($"/History/{id}");
        var q = QFracture(s);
        Assert.Contains($"data-testid=\"saved-mof\">{F(q.GetProperty("majorOsteoporoticPercent").GetDouble(), "0.0")} %<", html, StringComparison.Ordinal);
        Assert.Contains($"data-testid=\"saved-hip\">{F(q.GetProperty("hipPercent").GetDouble(), "0.0")} %<", html, StringComparison.Ordinal);
        Assert.Contains($"data-testid=\"saved-calcium\">{F(Average(s, "calcium"), "0.##")} mg<", html, StringComparison.Ordinal);
        Assert.Contains("data-finding-code=\"VKA_VITAMIN_K_FOOD\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("VKA_", Words(html), StringComparison.Ordinal);
        Assert.Contains($"href=\"/api/assessments/{id}/pdf\"", html, StringComparison.Ordinal);
        using var pdf = await browser.Client.GetAsync($"/api/assessments/{id}/pdf");
        Assert.Equal(HttpStatusCode.OK, pdf.StatusCode);
        Assert.Equal("%PDF-"u8.ToArray(), (await pdf.Content.ReadAsByteArrayAsync())[..5]);

        var scanned = await browser.GetPageAsync($"/History/{saved[0].Id}");
        Assert.Contains("data-testid=\"saved-dxa\">Low bone mass (osteopenia)<", scanned, StringComparison.Ordinal);
        Assert.Contains("<th scope=\"row\">Lumbar spine</th><td class=\"num\">0.871 g/cm²</td>", scanned, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Comparing_two_shows_both_sets_of_numbers_their_differences_and_the_findings_added_and_removed()
    {
        using var browser = await SignedInAsync("history-compare");
        var known = await SaveAsync(browser, DashboardTests.KnownPerson);
        var warfarin = await SaveAsync(browser, WithNatto("woman-74-warfarin-af.json", 30));

        // Either order: the earlier assessment is the first.
        var html = await browser.GetPageAsync($"/History/Compare?a={warfarin.Id}&b={known.Id}");
        var rows = CompareRow().Matches(html).ToDictionary(m => WebUtility.HtmlDecode(m.Groups[1].Value), m => (First: WebUtility.HtmlDecode(m.Groups[2].Value), Second: WebUtility.HtmlDecode(m.Groups[3].Value), Change: WebUtility.HtmlDecode(m.Groups[4].Value)));
        var (a, b) = (QFracture(known.Saved).GetProperty("majorOsteoporoticPercent").GetDouble(), QFracture(warfarin.Saved).GetProperty("majorOsteoporoticPercent").GetDouble());
        var mof = rows["Risk of a major osteoporotic fracture in 10 years"];
        Assert.Equal((F(a, "0.0") + " %", F(b, "0.0") + " %"), (mof.First, mof.Second));
        Assert.Equal((b > a ? "+" : string.Empty) + F(Math.Round(b - a, 6), "0.0") + " %", mof.Change);
        Assert.Equal(("unknown", F(Average(warfarin.Saved, "calcium"), "0.#") + " mg", "—"), rows["Calcium a day (average)"]);
        var findings = Result(warfarin.Saved).GetProperty("findings").GetArrayLength() - Result(known.Saved).GetProperty("findings").GetArrayLength();
        Assert.Equal("+" + F(findings, "0"), rows["Safety findings"].Change);

        // Warfarin with natto brings the vitamin K food warning, in words.
        var added = html[html.IndexOf("data-testid=\"findings-added\"", StringComparison.Ordinal)..];
        Assert.Contains("data-finding-code=\"VKA_VITAMIN_K_FOOD\"", added, StringComparison.Ordinal);
        Assert.DoesNotContain("VKA_", Words(html), StringComparison.Ordinal);

        // The other way round, the same pair: the findings of the warfarin profile are the ones no longer found only when it came first.
        var third = await SaveAsync(browser, DashboardTests.KnownPerson);
        var back = await browser.GetPageAsync($"/History/Compare?a={warfarin.Id}&b={third.Id}");
        Assert.Contains("data-testid=\"findings-removed\"", back, StringComparison.Ordinal);
        Assert.Contains("data-finding-code=\"VKA_VITAMIN_K_FOOD\"", back[back.IndexOf("data-testid=\"findings-removed\"", StringComparison.Ordinal)..], StringComparison.Ordinal);

        var same = await browser.GetPageAsync($"/History/Compare?a={known.Id}&b={known.Id}", HttpStatusCode.BadRequest);
        Assert.Contains("Choose two different saved assessments to compare.", same, StringComparison.Ordinal);
    }

    /// <summary>A row damaged after it was saved — its compressed result cut short, or whole but not JSON — is left out
    /// of the list and said plainly on its own page and in a comparison (409), never a server error.</summary>
    [Theory]
    [InlineData("compression")]
    [InlineData("json")]
    public async Task A_damaged_saved_assessment_is_said_plainly_on_the_list_its_page_and_compare(string damage)
    {
        using var browser = await SignedInAsync("history-damaged-" + damage);
        var good = await SaveAsync(browser, DashboardTests.KnownPerson);
        var bad = await SaveAsync(browser, DashboardTests.KnownPerson);
        var owner = await Api.ApiTests.OwnerIdAsync(browser);
        await using (var db = factory.Database(owner))
        {
            var row = await db.Assessments.FindAsync(bad.Id);
            var stored = Data.Contracts.StoredAssessment.FromRow(row!.InputJson, row.ResultJson, row.CreatedUtc);
            row.ResultJson = damage == "compression"
                ? [.. row.ResultJson.Take(row.ResultJson.Length / 2)]
                : (stored with { Result = Encoding.UTF8.GetBytes("{\"fractureRisk\": ") }).CompressedResult();
            await db.SaveChangesAsync();
        }

        var list = await browser.GetPageAsync("/History");
        Assert.Contains($"1 saved assessment could not be read and is left out: number {bad.Id}", Regex.Replace(Words(list), @"\s+", " "), StringComparison.Ordinal);
        Assert.Contains($"<a href=\"/History/{bad.Id}\">", list, StringComparison.Ordinal);
        Assert.Contains($"/History/{good.Id}\"", list, StringComparison.Ordinal);

        var page = await browser.GetPageAsync($"/History/{bad.Id}", HttpStatusCode.Conflict);
        Assert.Contains($"Saved assessment number {bad.Id} was damaged after it was saved, so its numbers cannot be shown.", Words(page), StringComparison.Ordinal);

        var compare = await browser.GetPageAsync($"/History/Compare?a={good.Id}&b={bad.Id}", HttpStatusCode.Conflict);
        Assert.Contains("One of these saved assessments was damaged after it was saved and cannot be read", Words(compare), StringComparison.Ordinal);
        await browser.GetPageAsync($"/History/{good.Id}");

        // Its page deletes it (the form posts to the list's Delete, with the page's antiforgery token).
        var token = Regex.Match(page, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;
        using var delete = await browser.Client.PostAsync("/History?handler=Delete", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["id"] = bad.Id.ToString(CultureInfo.InvariantCulture),
        }));
        Assert.Equal(HttpStatusCode.Redirect, delete.StatusCode);
        Assert.DoesNotContain("could not be read", Words(await browser.GetPageAsync("/History")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Deleting_removes_only_ones_own_assessment_and_another_persons_id_is_404_everywhere()
    {
        using var owner = await SignedInAsync("history-owner");
        var (kept, _) = await SaveAsync(owner, DashboardTests.KnownPerson);
        var (gone, _) = await SaveAsync(owner, DashboardTests.KnownPerson);
        using var other = await SignedInAsync("history-other");
        var (theirs, _) = await SaveAsync(other, DashboardTests.KnownPerson);

        // Another person's id: not shown, not opened, not compared, not deleted.
        var list = await other.GetPageAsync("/History");
        Assert.DoesNotContain($"data-assessment=\"{kept}\"", list, StringComparison.Ordinal);
        await other.GetPageAsync($"/History/{kept}", HttpStatusCode.NotFound);
        await other.GetPageAsync($"/History/Compare?a={theirs}&b={kept}", HttpStatusCode.NotFound);
        using (var refused = await other.PostFormAsync("/History", "/History?handler=Delete", ("id", F(kept, "0"))))
        {
            Assert.Equal(HttpStatusCode.NotFound, refused.StatusCode);
        }

        using (var deleted = await owner.PostFormAsync("/History", "/History?handler=Delete", ("id", F(gone, "0"))))
        {
            Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
            Assert.Equal("/History?deleted=true", deleted.Headers.Location!.OriginalString);
        }

        var after = await owner.GetPageAsync("/History?deleted=true");
        Assert.Contains("The assessment was deleted.", after, StringComparison.Ordinal);
        Assert.Equal([kept], AssessmentRow().Matches(after).Select(m => long.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)));
        await owner.GetPageAsync($"/History/{gone}", HttpStatusCode.NotFound);
        var (status, _) = await owner.JsonAsync(HttpMethod.Get, $"/api/assessments/{gone}");
        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Equal([theirs], AssessmentRow().Matches(await other.GetPageAsync("/History")).Select(m => long.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)));

        // Without the antiforgery token the delete is refused.
        using var forged = await owner.Client.PostAsync("/History?handler=Delete", new FormUrlEncodedContent([new("id", F(kept, "0"))]));
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
    }

    [Fact]
    public async Task A_person_without_saved_assessments_is_told_how_to_save_one_and_the_page_needs_signing_in()
    {
        using var browser = await SignedInAsync("history-empty");
        var html = await browser.GetPageAsync("/History");
        Assert.Contains("data-testid=\"no-history\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<svg", html, StringComparison.Ordinal);

        using var anonymous = factory.Browser();
        using var response = await anonymous.Client.GetAsync("/History");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/Accounts/SignIn", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    [GeneratedRegex("data-assessment=\"(\\d+)\"")]
    private static partial Regex AssessmentRow();

    [GeneratedRegex("<tr><th scope=\"row\">(.*?)</th><td class=\"num\">(.*?)</td>")]
    private static partial Regex TableRow();

    [GeneratedRegex("<tr><th scope=\"row\">(.*?)</th><td class=\"num\">(.*?)</td><td class=\"num\">(.*?)</td><td class=\"num\">(.*?)</td></tr>")]
    private static partial Regex CompareRow();

    [GeneratedRegex("<div class=\"chart-scroll\" tabindex=\"0\" role=\"region\" aria-label=\"[^\"]+\">\\s*<svg [^>]*role=\"img\"")]
    private static partial Regex ChartRegion();
}
