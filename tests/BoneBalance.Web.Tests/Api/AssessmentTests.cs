using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using BoneBalance.Web.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace BoneBalance.Web.Tests.Api;

/// <summary>POST /api/assessments runs the Assessor on the saved profile and the web diary and keeps the result.</summary>
public sealed class AssessmentTests(BoneBalanceFactory factory) : IClassFixture<BoneBalanceFactory>
{
    [Fact]
    public async Task Without_a_profile_the_assessment_asks_for_one()
    {
        using var browser = factory.Browser();
        await browser.RegisterAsync(TestAccounts.NewEmail());
        var (status, problem) = await browser.JsonAsync(HttpMethod.Post, "/api/assessments");
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.True(problem.GetProperty("errors").TryGetProperty("profile", out _));
    }

    /// <summary>
    /// The shipped warfarin example (examples/woman-74-warfarin-af.json, which takes MK-7 100 µg) must give the
    /// finding VKA_VITAMIN_K and a plan with no vitamin K supplement. The diary's natto is part of the saved input.
    /// </summary>
    [Fact]
    public async Task A_warfarin_profile_gets_the_vka_finding_and_no_vitamin_k_in_the_plan_and_the_assessment_is_kept()
    {
        using var browser = factory.Browser();
        await browser.RegisterAsync(TestAccounts.NewEmail("warfarin"));
        var profile = await File.ReadAllTextAsync(Path.Combine(Repository.Root, "examples", "woman-74-warfarin-af.json"));
        using (var put = await browser.Client.PutAsync("/api/profile", new StringContent(profile, Encoding.UTF8, "application/json")))
        {
            Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        }

        var today = DateOnly.FromDateTime(DateTime.UtcNow).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        await browser.JsonAsync(HttpMethod.Post, "/api/diary/foods", new { date = today, foodId = "usda:16113", grams = 50 });

        var (status, assessment) = await browser.JsonAsync(HttpMethod.Post, "/api/assessments");
        Assert.Equal(HttpStatusCode.Created, status);
        Assert.Contains(assessment.GetProperty("findings").EnumerateArray(), f => f.GetProperty("code").GetString() == "VKA_VITAMIN_K");
        Assert.DoesNotContain(assessment.GetProperty("plan").GetProperty("supplements").EnumerateArray(),
            s => s.GetProperty("form").GetString()!.StartsWith('k'));

        var (_, list) = await browser.JsonAsync(HttpMethod.Get, "/api/assessments");
        var id = Assert.Single(list.EnumerateArray()).GetProperty("id").GetInt64();
        var (_, saved) = await browser.JsonAsync(HttpMethod.Get, $"/api/assessments/{id}");
        Assert.Equal(2, saved.GetProperty("format").GetInt32());
        Assert.Equal(today, saved.GetProperty("today").GetString());
        Assert.Equal(74, saved.GetProperty("profile").GetProperty("person").GetProperty("age").GetInt32());
        // The web diary's week is kept in the profile contract's own diary rows, so the profile replays as it was assessed.
        var food = Assert.Single(saved.GetProperty("profile").GetProperty("diary").EnumerateArray());
        Assert.Equal("usda:16113", food.GetProperty("food").GetString());
        Assert.Equal(50, food.GetProperty("grams").GetDouble());
        Assert.Equal(today, food.GetProperty("date").GetString());
        Assert.Equal(assessment.GetProperty("findings").GetRawText(), saved.GetProperty("result").GetProperty("findings").GetRawText());
    }

    /// <summary>
    /// A saved assessment is what was kept, not the account as it is now: after the profile changes and the diary row
    /// is deleted, the saved one still gives its own profile (with the diary week it assessed), its date and its result,
    /// and its PDF is still made from that profile.
    /// </summary>
    [Fact]
    public async Task A_saved_assessment_keeps_its_profile_diary_and_result_when_the_account_changes()
    {
        using var browser = factory.Browser();
        await browser.RegisterAsync(TestAccounts.NewEmail("kept"));
        using (var put = await browser.Client.PutAsync("/api/profile", new StringContent(Reports.DashboardTests.KnownPerson, Encoding.UTF8, "application/json")))
        {
            Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        }

        var today = DateOnly.FromDateTime(DateTime.UtcNow).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var (_, row) = await browser.JsonAsync(HttpMethod.Post, "/api/diary/foods", new { date = today, foodId = "usda:01009", grams = 40 });
        var (status, assessment) = await browser.JsonAsync(HttpMethod.Post, "/api/assessments");
        Assert.Equal(HttpStatusCode.Created, status);
        var (_, list) = await browser.JsonAsync(HttpMethod.Get, "/api/assessments");
        var id = Assert.Single(list.EnumerateArray()).GetProperty("id").GetInt64();

        await browser.JsonAsync(HttpMethod.Put, "/api/profile", new { person = new { sex = "male", age = 50 } });
        await browser.JsonAsync(HttpMethod.Delete, $"/api/diary/foods/{row.GetProperty("id").GetInt64()}");

        var (_, saved) = await browser.JsonAsync(HttpMethod.Get, $"/api/assessments/{id}");
        Assert.Equal("female", saved.GetProperty("profile").GetProperty("person").GetProperty("sex").GetString());
        Assert.Equal(67, saved.GetProperty("profile").GetProperty("person").GetProperty("age").GetInt32());
        var food = Assert.Single(saved.GetProperty("profile").GetProperty("diary").EnumerateArray());
        Assert.Equal("usda:01009", food.GetProperty("food").GetString());
        Assert.Equal(40, food.GetProperty("grams").GetDouble());
        Assert.Equal(assessment.GetRawText(), saved.GetProperty("result").GetRawText());
        Assert.Equal(67, saved.GetProperty("result").GetProperty("person").GetProperty("age").GetInt32());

        var (_, now) = await browser.JsonAsync(HttpMethod.Post, "/api/assessments?save=false");
        Assert.Equal(50, now.GetProperty("person").GetProperty("age").GetInt32()); // the account did change

        using var pdf = await browser.Client.GetAsync($"/api/assessments/{id}/pdf");
        Assert.Equal(HttpStatusCode.OK, pdf.StatusCode);
        var text = PdfText.All(await pdf.Content.ReadAsByteArrayAsync());
        Assert.Contains("This report shows the results saved on", text, StringComparison.Ordinal);
        Assert.Contains("gives the same results today", text, StringComparison.Ordinal);
        Assert.DoesNotContain("DIFFERENT", text, StringComparison.Ordinal);
    }

    /// <summary>
    /// A new account whose known person is assessed and saved through <c>POST /api/assessments</c>: its browser, a context
    /// of its data (the row tracked, to be changed as damage or an older form would leave it) and the row read.
    /// </summary>
    private async Task<SavedRow> SavedRowAsync(string who)
    {
        var browser = factory.Browser();
        await browser.RegisterAsync(TestAccounts.NewEmail(who));
        var owner = await ApiTests.OwnerIdAsync(browser);
        using (var put = await browser.Client.PutAsync("/api/profile", new StringContent(Reports.DashboardTests.KnownPerson, Encoding.UTF8, "application/json")))
        {
            Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        }

        var (status, _) = await browser.JsonAsync(HttpMethod.Post, "/api/assessments");
        Assert.Equal(HttpStatusCode.Created, status);
        var db = factory.Database(owner);
        var row = await db.Assessments.SingleAsync();
        return new SavedRow(browser, db, row, Data.Contracts.StoredAssessment.FromRow(row.InputJson, row.ResultJson, row.CreatedUtc));
    }

    private sealed record SavedRow(Browser Browser, Data.Persistence.BoneBalanceDbContext Db, Data.Persistence.SavedAssessment Row, Data.Contracts.StoredAssessment Stored) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            await Db.DisposeAsync();
            Browser.Dispose();
        }
    }

    /// <summary>
    /// The PDF of a saved assessment is laid out from the document saved, not from its inputs assessed again: a row whose
    /// stored result says another hip-fracture risk and another finding (edited in the database and compressed as the
    /// writer does, as a change of rules or food data would leave it) gets a PDF with the saved risk and finding, none of
    /// today's, and a notice that says plainly that today's BoneBalance gives different results.
    /// </summary>
    [Fact]
    public async Task The_pdf_of_a_saved_assessment_shows_the_saved_results_and_says_when_today_s_differ()
    {
        await using var saved = await SavedRowAsync("replay");
        var (browser, db, row, stored) = (saved.Browser, saved.Db, saved.Row, saved.Stored);
        var document = JsonNode.Parse(stored.Result.Span)!;
        var todaysHip = document["fractureRisk"]!["qfracture"]!["hipPercent"]!.GetValue<double>();
        var todaysFindings = document["findings"]!.AsArray().Select(f => f!["code"]!.GetValue<string>()).ToList();
        document["fractureRisk"]!["qfracture"]!["hipPercent"] = 42.7;
        document["findings"] = new JsonArray(new JsonObject
        {
            ["code"] = "SAVED_ONLY_FINDING",
            ["severity"] = "warning",
            ["message"] = "A finding that only the saved result holds.",
            ["advice"] = "Read it from the saved result.",
            ["reason"] = "It was saved",
            ["citations"] = new JsonArray(),
        });
        row.ResultJson = (stored with { Result = Encoding.UTF8.GetBytes(document.ToJsonString()) }).CompressedResult();
        await db.SaveChangesAsync();

        using var pdf = await browser.Client.GetAsync($"/api/assessments/{row.Id}/pdf");
        Assert.Equal(HttpStatusCode.OK, pdf.StatusCode);
        var text = PdfText.All(await pdf.Content.ReadAsByteArrayAsync());
        Assert.Contains("hip fracture 42.7 %", text, StringComparison.Ordinal);
        Assert.DoesNotContain($"hip fracture {todaysHip.ToString("0.0", CultureInfo.InvariantCulture)} %", text, StringComparison.Ordinal);
        Assert.Contains("WARNING — SAVED_ONLY_FINDING", text, StringComparison.Ordinal);
        Assert.Contains("A finding that only the saved result holds.", text, StringComparison.Ordinal);
        Assert.All(todaysFindings, code => Assert.DoesNotContain($"— {code}", text, StringComparison.Ordinal));
        var day = stored.Today.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);
        Assert.Contains($"This report shows the results saved on {day}.", text, StringComparison.Ordinal);
        Assert.Contains("gives DIFFERENT results today from the same saved inputs", text, StringComparison.Ordinal);
        Assert.DoesNotContain("gives the same results today", text, StringComparison.Ordinal);
    }

    /// <summary>A row kept in the older form (format 1: no <c>format</c>, the web diary beside the profile, the result
    /// uncompressed) still gets its PDF, from its saved result.</summary>
    [Fact]
    public async Task The_pdf_of_a_row_kept_in_the_older_form_shows_its_saved_results()
    {
        await using var saved = await SavedRowAsync("format1");
        var (browser, db, row, stored) = (saved.Browser, saved.Db, saved.Row, saved.Stored);
        var today = stored.Today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        row.InputJson = $$"""{"profile":{{Reports.DashboardTests.KnownPerson}},"today":"{{today}}"}""";
        var document = JsonNode.Parse(stored.Result.Span)!;
        var mof = document["fractureRisk"]!["qfracture"]!["majorOsteoporoticPercent"]!.GetValue<double>();
        row.ResultJson = stored.Result.ToArray();
        await db.SaveChangesAsync();

        using var pdf = await browser.Client.GetAsync($"/api/assessments/{row.Id}/pdf");
        Assert.Equal(HttpStatusCode.OK, pdf.StatusCode);
        var text = PdfText.All(await pdf.Content.ReadAsByteArrayAsync());
        Assert.Contains($"major osteoporotic fracture {mof.ToString("0.0", CultureInfo.InvariantCulture)} %", text, StringComparison.Ordinal);
        Assert.Contains("This report shows the results saved on", text, StringComparison.Ordinal);
        Assert.Contains("gives the same results today", text, StringComparison.Ordinal);
    }

    /// <summary>A row whose stored result cannot be read (damaged compression, or a document missing a field the report
    /// needs) gets a 409 problem that says so and names what is wrong, never a server error.</summary>
    [Theory]
    [InlineData("compression")]
    [InlineData("document")]
    [InlineData("json")]
    public async Task A_damaged_saved_result_gets_a_problem_not_a_server_error(string damage)
    {
        await using var saved = await SavedRowAsync("damaged");
        var (browser, db, row, stored) = (saved.Browser, saved.Db, saved.Row, saved.Stored);
        if (damage == "compression")
        {
            row.ResultJson = [.. row.ResultJson.Take(row.ResultJson.Length / 2)];
        }
        else if (damage == "json")
        {
            row.ResultJson = (stored with { Result = Encoding.UTF8.GetBytes("{\"fractureRisk\": {") }).CompressedResult();
        }
        else
        {
            var document = JsonNode.Parse(stored.Result.Span)!;
            document["fractureRisk"]!.AsObject().Remove("thresholds");
            row.ResultJson = (stored with { Result = Encoding.UTF8.GetBytes(document.ToJsonString()) }).CompressedResult();
        }

        await db.SaveChangesAsync();

        var (pdfStatus, problem) = await browser.JsonAsync(HttpMethod.Get, $"/api/assessments/{row.Id}/pdf");
        Assert.Equal(HttpStatusCode.Conflict, pdfStatus);
        Assert.Equal("This saved assessment cannot be read", problem.GetProperty("title").GetString());
        Assert.Contains(damage == "document" ? "fractureRisk.thresholds" : "result", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);

        // Its JSON and its FHIR bundle: the same 409 (a document missing a field is still well-formed JSON, shown as kept).
        var (jsonStatus, jsonProblem) = await browser.JsonAsync(HttpMethod.Get, $"/api/assessments/{row.Id}");
        var (fhirStatus, fhirProblem) = await browser.JsonAsync(HttpMethod.Get, $"/api/assessments/{row.Id}/fhir");
        if (damage == "document")
        {
            Assert.Equal(HttpStatusCode.OK, jsonStatus);
        }
        else
        {
            Assert.Equal((HttpStatusCode.Conflict, HttpStatusCode.Conflict), (jsonStatus, fhirStatus));
            Assert.Equal("This saved assessment cannot be read", jsonProblem.GetProperty("title").GetString());
            Assert.StartsWith($"Saved assessment {row.Id} is damaged, so no FHIR bundle can be made from it: result", fhirProblem.GetProperty("detail").GetString(), StringComparison.Ordinal);

            // The account export still holds everything, the damaged row saying so.
            using var export = await browser.Client.GetAsync("/MyData?handler=Export");
            Assert.Equal(HttpStatusCode.OK, export.StatusCode);
            using var all = System.Text.Json.JsonDocument.Parse(await export.Content.ReadAsByteArrayAsync());
            var kept = all.RootElement.GetProperty("assessments").EnumerateArray().Single();
            Assert.StartsWith("result", kept.GetProperty("damaged").GetString(), StringComparison.Ordinal);
        }
    }

    /// <summary>
    /// VKA_VITAMIN_K_FOOD through the API: a warfarin user (no supplement) whose web diary has natto on one day of the
    /// week is warned, naming the day; the same diary for an apixaban user gives no VKA finding; a steady diary keeps
    /// VKA_KEEP_VITAMIN_K_STEADY.
    /// </summary>
    [Theory]
    [InlineData("warfarin", "usda:16113", 45, "VKA_VITAMIN_K_FOOD")]
    [InlineData("apixaban", "usda:16113", 45, "DOAC_NO_VITAMIN_K_INTERACTION")]
    [InlineData("warfarin", "usda:01123", 50, "VKA_KEEP_VITAMIN_K_STEADY")]
    public async Task The_diary_week_decides_the_vitamin_K_antagonist_food_finding(string medication, string secondDayFood, double grams, string expected)
    {
        using var browser = factory.Browser();
        await browser.RegisterAsync(TestAccounts.NewEmail("vkafood"));
        var (put, _) = await browser.JsonAsync(HttpMethod.Put, "/api/profile",
            new { person = new { sex = "female", age = 74 }, medications = new[] { new { name = medication } } });
        Assert.Equal(HttpStatusCode.OK, put);
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var yesterday = today.AddDays(-1);
        // An egg both days (0.15 µg vitamin K); on the day before today also the food under test.
        foreach (var day in new[] { yesterday, today })
        {
            await browser.JsonAsync(HttpMethod.Post, "/api/diary/foods", new { date = Iso(day), foodId = "usda:01123", grams = 50 });
        }

        await browser.JsonAsync(HttpMethod.Post, "/api/diary/foods", new { date = Iso(yesterday), foodId = secondDayFood, grams });

        var (status, assessment) = await browser.JsonAsync(HttpMethod.Post, "/api/assessments");
        Assert.Equal(HttpStatusCode.Created, status);
        var findings = assessment.GetProperty("findings").EnumerateArray().ToList();
        var finding = Assert.Single(findings, f => f.GetProperty("code").GetString() == expected);
        var vka = findings.Select(f => f.GetProperty("code").GetString()!).Where(c => c.StartsWith("VKA_", StringComparison.Ordinal)).ToList();
        if (expected == "VKA_VITAMIN_K_FOOD")
        {
            Assert.Equal("warning", finding.GetProperty("severity").GetString());
            var date = yesterday.ToString("d MMM", System.Globalization.CultureInfo.InvariantCulture);
            Assert.Contains($"natto on {date}", finding.GetProperty("message").GetString(), StringComparison.Ordinal);
            Assert.Equal(["VKA_VITAMIN_K_FOOD"], vka);
        }
        else if (medication == "apixaban")
        {
            Assert.Empty(vka);
        }
        else
        {
            Assert.Equal(["VKA_KEEP_VITAMIN_K_STEADY"], vka);
        }
    }

    private static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>
    /// The API's assessment JSON for a warfarin user whose diary is low in vitamin K: the vitamin K gap has no foods and
    /// carries the note; no gap of any nutrient lists a vitamin K food.
    /// </summary>
    [Fact]
    public async Task A_warfarin_users_assessment_json_suggests_no_vitamin_k_food_and_carries_the_note()
    {
        using var browser = factory.Browser();
        await browser.RegisterAsync(TestAccounts.NewEmail("warfarin-api"));
        var profile = await File.ReadAllTextAsync(Path.Combine(Repository.Root, "examples", "man-77-warfarin-no-k-supplement.json"));
        using (var put = await browser.Client.PutAsync("/api/profile", new StringContent(profile, Encoding.UTF8, "application/json")))
        {
            Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        }

        var today = DateOnly.FromDateTime(DateTime.UtcNow).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        await browser.JsonAsync(HttpMethod.Post, "/api/diary/foods", new { date = today, foodId = "usda:01123", grams = 50 });

        var (status, assessment) = await browser.JsonAsync(HttpMethod.Post, "/api/assessments?save=false");
        Assert.Equal(HttpStatusCode.OK, status);
        var nutrients = assessment.GetProperty("intake").GetProperty("nutrients").EnumerateArray().ToList();
        var k = nutrients.Single(n => n.GetProperty("nutrient").GetString() == "vitamin_k_total").GetProperty("gap");
        Assert.Equal(0, k.GetProperty("foods").GetArrayLength());
        Assert.Equal(Reports.DashboardTests.VkaNote, k.GetProperty("note").GetString());
        var suggested = nutrients.Where(n => n.GetProperty("gap").ValueKind == System.Text.Json.JsonValueKind.Object)
            .SelectMany(n => n.GetProperty("gap").GetProperty("foods").EnumerateArray().Select(f => f.GetProperty("foodId").GetString())).ToList();
        Assert.NotEmpty(suggested); // calcium and vitamin D foods are still offered
        Assert.DoesNotContain(suggested, id => id is "usda:16113" or "usda:11234" or "usda:11162" or "usda:11458" or "usda:01009" or "usda:05679");
    }
}
