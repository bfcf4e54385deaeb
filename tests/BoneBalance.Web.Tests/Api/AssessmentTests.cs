using System.Net;
using System.Text;
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
        Assert.Contains("the results are the ones saved then", text, StringComparison.Ordinal);
        Assert.DoesNotContain("differ from the ones saved then", text, StringComparison.Ordinal);
    }

    /// <summary>
    /// A saved assessment whose inputs, assessed again today, no longer give the saved result (here: a saved result edited
    /// in the database, as a change of rules or food data would leave it) gets a PDF that says so loudly, naming where the
    /// saved result is.
    /// </summary>
    [Fact]
    public async Task The_pdf_of_a_saved_assessment_says_when_today_s_rules_no_longer_give_the_saved_result()
    {
        using var browser = factory.Browser();
        await browser.RegisterAsync(TestAccounts.NewEmail("replay"));
        var owner = await ApiTests.OwnerIdAsync(browser);
        using (var put = await browser.Client.PutAsync("/api/profile", new StringContent(Reports.DashboardTests.KnownPerson, Encoding.UTF8, "application/json")))
        {
            Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        }

        var (status, _) = await browser.JsonAsync(HttpMethod.Post, "/api/assessments");
        Assert.Equal(HttpStatusCode.Created, status);
        await using (var db = factory.Database(owner))
        {
            var row = await db.Assessments.SingleAsync();
            var stored = Data.Contracts.StoredAssessment.FromRow(row.InputJson, row.ResultJson, row.CreatedUtc);
            var result = Encoding.UTF8.GetString(stored.Result.Span);
            Assert.Contains("\"majorOsteoporoticPercent\":", result, StringComparison.Ordinal);
            var edited = System.Text.RegularExpressions.Regex.Replace(result, "\"majorOsteoporoticPercent\":[0-9.]+", "\"majorOsteoporoticPercent\":99.9");
            row.ResultJson = (stored with { Result = Encoding.UTF8.GetBytes(edited) }).CompressedResult();
            await db.SaveChangesAsync();
            using var pdf = await browser.Client.GetAsync($"/api/assessments/{row.Id}/pdf");
            Assert.Equal(HttpStatusCode.OK, pdf.StatusCode);
            var text = PdfText.All(await pdf.Content.ReadAsByteArrayAsync());
            Assert.Contains("differ from the ones saved then", text, StringComparison.Ordinal);
            Assert.Contains($"GET /api/assessments/{row.Id})", text, StringComparison.Ordinal);
            Assert.DoesNotContain("the results are the ones saved then", text, StringComparison.Ordinal);
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
