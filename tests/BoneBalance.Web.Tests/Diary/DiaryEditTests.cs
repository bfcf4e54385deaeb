using System.Globalization;
using System.Net;
using BoneBalance.Web.Tests.TestSupport;

namespace BoneBalance.Web.Tests.Diary;

/// <summary>
/// A diary row can be changed, not only deleted (page and API, with the checks of adding); the diary counts the daily
/// supplements of the profile on every logged day, as the assessment does, so the two show the same intake; the
/// diary says how many days the average is based on and whether the diet-based advice is waiting for more.
/// </summary>
public sealed class DiaryEditTests(BoneBalanceFactory factory) : IClassFixture<BoneBalanceFactory>
{
    private const string Day = "2026-11-20";
    private const string Cheddar = "usda:01009";

    private async Task<Browser> SignedInAsync()
    {
        var browser = factory.Browser();
        await browser.RegisterAsync(TestAccounts.NewEmail("diary-edit"));
        var (status, _) = await browser.JsonAsync(HttpMethod.Put, "/api/profile", new { person = new { sex = "female", age = 67 } });
        Assert.Equal(HttpStatusCode.OK, status);
        return browser;
    }

    [Fact]
    public async Task A_food_row_is_changed_on_the_page_from_grams_to_a_measure_and_a_bad_amount_names_the_field()
    {
        using var browser = await SignedInAsync();
        var (_, added) = await browser.JsonAsync(HttpMethod.Post, "/api/diary/foods", new { date = Day, foodId = Cheddar, grams = 30 });
        var id = added.GetProperty("id").GetInt64();

        var page = await browser.GetPageAsync($"/Diary?date={Day}");
        Assert.Contains($"href=\"/Diary?date={Day}&amp;edit=food-{id}\"", page, StringComparison.Ordinal);
        var form = await browser.GetPageAsync($"/Diary?date={Day}&edit=food-{id}");
        Assert.Contains("id=\"edit-amount\"", form, StringComparison.Ordinal);
        Assert.Contains("value=\"30\"", form, StringComparison.Ordinal);

        using (var bad = await browser.PostFormAsync($"/Diary?date={Day}&edit=food-{id}", "/Diary?handler=EditFood",
            ("date", Day), ("id", id.ToString(CultureInfo.InvariantCulture)), ("amount", "-5"), ("measure", "g")))
        {
            var html = WebUtility.HtmlDecode(await bad.Content.ReadAsStringAsync());
            Assert.Equal(HttpStatusCode.OK, bad.StatusCode);
            Assert.Matches("id=\"edit-amount-error\"[^>]*>grams '-5'", html);
        }

        var (_, unchanged) = await browser.JsonAsync(HttpMethod.Get, $"/api/diary/foods/{id}");
        Assert.Equal(30, unchanged.GetProperty("grams").GetDouble());

        using (var ok = await browser.PostFormAsync($"/Diary?date={Day}&edit=food-{id}", "/Diary?handler=EditFood",
            ("date", Day), ("id", id.ToString(CultureInfo.InvariantCulture)), ("amount", "2"), ("measure", "1 oz")))
        {
            Assert.Equal(HttpStatusCode.Redirect, ok.StatusCode);
        }

        // 2 × 1 oz of cheddar: SR28 gives 28.35 g for "1 oz".
        var (_, changed) = await browser.JsonAsync(HttpMethod.Get, $"/api/diary/foods/{id}");
        Assert.Equal(56.7, changed.GetProperty("grams").GetDouble(), 6);
        Assert.Equal(2, changed.GetProperty("quantity").GetDouble());
        Assert.Equal("1 oz", changed.GetProperty("measure").GetString());
        Assert.Equal(Day, changed.GetProperty("date").GetString());
    }

    [Fact]
    public async Task Rows_are_changed_through_the_API_with_the_checks_of_adding_and_only_by_their_owner()
    {
        using var browser = await SignedInAsync();
        var (_, food) = await browser.JsonAsync(HttpMethod.Post, "/api/diary/foods", new { date = Day, foodId = Cheddar, grams = 30 });
        var (_, supplement) = await browser.JsonAsync(HttpMethod.Post, "/api/diary/supplements", new { date = Day, form = "d3", dose = 400, unit = "iu" });
        var foodId = food.GetProperty("id").GetInt64();
        var supplementId = supplement.GetProperty("id").GetInt64();

        var (status, moved) = await browser.JsonAsync(HttpMethod.Put, $"/api/diary/foods/{foodId}", new { date = "2026-11-19", grams = 45 });
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(45, moved.GetProperty("grams").GetDouble());
        Assert.Equal("2026-11-19", moved.GetProperty("date").GetString());

        var (refused, problem) = await browser.JsonAsync(HttpMethod.Put, $"/api/diary/foods/{foodId}", new { grams = 45, quantity = 1 });
        Assert.Equal(HttpStatusCode.BadRequest, refused);
        Assert.Contains("quantity", problem.GetRawText(), StringComparison.Ordinal);

        var (unknownKey, _) = await browser.JsonAsync(HttpMethod.Put, $"/api/diary/foods/{foodId}", new { grams = 45, foodId = "usda:16113" });
        Assert.Equal(HttpStatusCode.BadRequest, unknownKey); // the food itself is not changed: delete and add for that

        var (supplementStatus, changed) = await browser.JsonAsync(HttpMethod.Put, $"/api/diary/supplements/{supplementId}", new { form = "d3", dose = 25, unit = "ug" });
        Assert.Equal(HttpStatusCode.OK, supplementStatus);
        Assert.Equal(25, changed.GetProperty("dose").GetDouble());
        Assert.Equal("ug", changed.GetProperty("unit").GetString());
        Assert.Equal(Day, changed.GetProperty("date").GetString());

        var (badUnit, _) = await browser.JsonAsync(HttpMethod.Put, $"/api/diary/supplements/{supplementId}", new { form = "calcium", dose = 25, unit = "iu" });
        Assert.Equal(HttpStatusCode.BadRequest, badUnit);

        using var stranger = await SignedInAsync();
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.JsonAsync(HttpMethod.Put, $"/api/diary/foods/{foodId}", new { grams = 1 })).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.JsonAsync(HttpMethod.Put, $"/api/diary/supplements/{supplementId}", new { form = "d3", dose = 1, unit = "ug" })).Status);
        var (_, still) = await browser.JsonAsync(HttpMethod.Get, $"/api/diary/foods/{foodId}");
        Assert.Equal(45, still.GetProperty("grams").GetDouble());
    }

    /// <summary>
    /// The reported disagreement: with vitamin D3 25 µg a day in the profile, the diary showed the diary's own rows
    /// (11.3 µg) and the dashboard 36.35 µg. Both now count the daily supplement on each logged day.
    /// </summary>
    [Fact]
    public async Task The_diary_and_the_assessment_show_the_same_intake_with_the_daily_supplements()
    {
        using var browser = factory.Browser();
        await browser.RegisterAsync(TestAccounts.NewEmail("agree"));
        var (put, _) = await browser.JsonAsync(HttpMethod.Put, "/api/profile", new
        {
            person = new { sex = "female", age = 67 },
            supplements = new[] { new { form = "d3", dose = 25, unit = "ug" }, new { form = "calcium-carbonate", dose = 1250, unit = "mg" } },
        });
        Assert.Equal(HttpStatusCode.OK, put);
        var yesterday = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var twoDaysAgo = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-2).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        await browser.JsonAsync(HttpMethod.Post, "/api/diary/foods", new { date = yesterday, foodId = Cheddar, grams = 40 });
        await browser.JsonAsync(HttpMethod.Post, "/api/diary/foods", new { date = twoDaysAgo, foodId = "usda:15076", grams = 100 }); // salmon, vitamin D
        await browser.JsonAsync(HttpMethod.Post, "/api/diary/supplements", new { date = yesterday, form = "d3", dose = 10, unit = "ug" });

        var (_, intake) = await browser.JsonAsync(HttpMethod.Get, "/api/intake");
        var diaryRows = intake.GetProperty("intake").GetProperty("nutrients").EnumerateArray().ToDictionary(r => r.GetProperty("nutrient").GetString()!);
        var (status, assessment) = await browser.JsonAsync(HttpMethod.Post, "/api/assessments?save=false");
        Assert.Equal(HttpStatusCode.OK, status);
        var assessed = assessment.GetProperty("intake").GetProperty("nutrients").EnumerateArray().ToDictionary(n => n.GetProperty("nutrient").GetString()!);

        // Vitamin D supplements a day: 25 µg every logged day + 10 µg on one of the 2 days = 30 µg.
        Assert.Equal(30, diaryRows["vitamin_d"].GetProperty("supplements").GetDouble(), 9);
        Assert.Equal(diaryRows["vitamin_d"].GetProperty("average").GetDouble(), assessed["vitamin_d"].GetProperty("average").GetDouble());
        Assert.Equal(diaryRows["calcium"].GetProperty("average").GetDouble(), assessed["calcium"].GetProperty("average").GetDouble());
        Assert.Equal(500, diaryRows["calcium"].GetProperty("supplements").GetDouble(), 9); // 1,250 mg carbonate × 40 %
        Assert.Equal(2, intake.GetProperty("intake").GetProperty("foodDays").GetInt32());

        // The API's intake is the assessment's intake section, written by the same code.
        Assert.Equal(assessment.GetProperty("intake").GetRawText(), intake.GetProperty("intake").GetRawText());

        var page = WebUtility.HtmlDecode(await browser.GetPageAsync("/Diary"));
        Assert.Contains("Taken every day, as you said in your assessment, and counted on every logged day:", page, StringComparison.Ordinal);
        Assert.Contains("2 of 7 days logged", page, StringComparison.Ordinal);
        Assert.Contains("waits until food is logged on at least 3 of the 7 days", page, StringComparison.Ordinal);
        var dashboard = WebUtility.HtmlDecode(await browser.GetPageAsync("/Dashboard"));
        Assert.Contains("Food is logged on 2 of them: the supplement plan does not size calcium and vitamin D to your diet until food is logged on at least 3 of the 7 days.", dashboard, StringComparison.Ordinal);
    }

    [Fact]
    public async Task With_three_days_of_food_the_diary_says_the_advice_uses_them()
    {
        using var browser = await SignedInAsync();
        foreach (var date in new[] { "2026-11-18", "2026-11-19", "2026-11-20" })
        {
            await browser.JsonAsync(HttpMethod.Post, "/api/diary/foods", new { date, foodId = Cheddar, grams = 30 });
        }

        var page = WebUtility.HtmlDecode(await browser.GetPageAsync($"/Diary?date={Day}"));
        Assert.Contains("3 of 7 days logged", page, StringComparison.Ordinal);
        Assert.Contains("Your assessment sizes its food-based advice to this average.", page, StringComparison.Ordinal);
        Assert.DoesNotContain("waits until food is logged", page, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("cheddar", "usda-01009", "1 oz (28.35 g)", "1")]         // not "1 cup, diced", the catalogue's first measure
    [InlineData("natto", "usda-16113", "1 cup (175 g)", "1")]
    public async Task The_add_form_offers_one_serving_first(string query, string slug, string selected, string amount)
    {
        using var browser = await SignedInAsync();
        var html = WebUtility.HtmlDecode(await browser.GetPageAsync($"/Diary?date={Day}&q={Uri.EscapeDataString(query)}"));
        var select = System.Text.RegularExpressions.Regex.Match(html, $"<select id=\"measure-{slug}\".*?</select>", System.Text.RegularExpressions.RegexOptions.Singleline).Value;
        Assert.Matches($"<option value=\"[^\"]*\" selected=\"selected\">{System.Text.RegularExpressions.Regex.Escape(selected)}</option>", select);
        Assert.Contains($"id=\"amount-{slug}\" name=\"amount\" type=\"text\" inputmode=\"decimal\" size=\"5\" value=\"{amount}\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_row_for_a_day_still_to_come_is_refused_naming_the_date_and_today()
    {
        using var browser = await SignedInAsync();
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var tomorrow = today.AddDays(1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var (added, problem) = await browser.JsonAsync(HttpMethod.Post, "/api/diary/foods", new { date = tomorrow, foodId = Cheddar, grams = 30 });
        Assert.Equal(HttpStatusCode.BadRequest, added);
        Assert.Contains($"date '{tomorrow}' is in the future; valid: a date YYYY-MM-DD from 1900-01-01 to today ({today:yyyy-MM-dd})", problem.GetRawText(), StringComparison.Ordinal);

        var (_, food) = await browser.JsonAsync(HttpMethod.Post, "/api/diary/foods", new { date = Day, foodId = Cheddar, grams = 30 });
        var (moved, _) = await browser.JsonAsync(HttpMethod.Put, $"/api/diary/foods/{food.GetProperty("id").GetInt64()}", new { date = "2030-01-01", grams = 5 });
        Assert.Equal(HttpStatusCode.BadRequest, moved);
        var (supplement, _) = await browser.JsonAsync(HttpMethod.Post, "/api/diary/supplements", new { date = tomorrow, form = "d3", dose = 10, unit = "ug" });
        Assert.Equal(HttpStatusCode.BadRequest, supplement);

        // The page still shows a later day, and refuses to copy into it with the reason next to the date.
        using var copy = await browser.PostFormAsync($"/Diary?date={tomorrow}", "/Diary?handler=CopyYesterday", ("date", tomorrow));
        Assert.Equal(HttpStatusCode.OK, copy.StatusCode);
        Assert.Contains("is in the future", WebUtility.HtmlDecode(await copy.Content.ReadAsStringAsync()), StringComparison.Ordinal);
    }
}
