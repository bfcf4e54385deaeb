using System.Net;
using System.Text.Json;
using BoneBalance.Web.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace BoneBalance.Web.Tests.Api;

/// <summary>
/// Every endpoint's happy path and its validation problems. Expected numbers come from the shipped data: natto
/// (SR28 16113) has K1 23.1 µg and calcium 217 mg per 100 g (SR28) and MK-7 939 µg per 100 g (Kamao 2007, mapped in
/// data/nutrition/menaquinone_mapping.csv); its one household measure is 1 cup = 175 g (SR28 WEIGHT).
/// </summary>
public sealed class ApiTests(BoneBalanceFactory factory) : IClassFixture<BoneBalanceFactory>
{
    private const string Natto = "usda:16113";

    private async Task<Browser> SignedInAsync()
    {
        var browser = factory.Browser();
        await browser.RegisterAsync(TestAccounts.NewEmail("api"));
        return browser;
    }

    private static JsonElement FieldError(JsonElement problem, string field)
    {
        Assert.Equal(400, problem.GetProperty("status").GetInt32());
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), $"errors has no '{field}': {problem}");
        return problem.GetProperty("fieldErrors").EnumerateArray().Single(e => e.GetProperty("field").GetString() == field);
    }

    // One intake nutrient of a food document, by its token.
    private static JsonElement Nutrient(JsonElement food, string token) =>
        food.GetProperty("nutrients").EnumerateArray().Single(n => n.GetProperty("nutrient").GetString() == token);

    [Fact]
    public async Task Food_search_ranks_natto_first()
    {
        using var browser = factory.Browser();
        var (status, body) = await browser.JsonAsync(HttpMethod.Get, "/api/foods?q=natto&limit=5");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("natto", body.GetProperty("query").GetString());
        var results = body.GetProperty("results");
        Assert.Equal(Natto, results[0].GetProperty("id").GetString());
        Assert.True(results.GetArrayLength() <= 5);
    }

    [Fact]
    public async Task Food_search_shows_K2_and_where_it_comes_from()
    {
        // CIQUAL 2025 22002 egg yolk, raw: K2 23,8 µg/100 g (a total, no MK split) on SR28 01125.
        using var browser = factory.Browser();
        var (status, body) = await browser.JsonAsync(HttpMethod.Get, "/api/foods?q=egg%20yolk&limit=3");
        Assert.Equal(HttpStatusCode.OK, status);
        var results = body.GetProperty("results");
        var yolk = results[0];
        Assert.Equal("usda:01125", yolk.GetProperty("id").GetString());
        var k2 = Nutrient(yolk, "k2_total");
        Assert.Equal(23.8, k2.GetProperty("amount").GetDouble(), 9);
        Assert.True(k2.GetProperty("complete").GetBoolean());
        var source = Assert.Single(k2.GetProperty("sources").EnumerateArray());
        Assert.Equal("CIQUAL 2025 22002", $"{source.GetProperty("dataset").GetString()} {source.GetProperty("code").GetString()}");

        // Dried yolk has no K2 value: not analysed is a null amount, never 0.
        var dried = Nutrient(results[1], "k2_total");
        Assert.Equal(JsonValueKind.Null, dried.GetProperty("amount").ValueKind);
        Assert.False(dried.GetProperty("complete").GetBoolean());

        var (_, food) = await browser.JsonAsync(HttpMethod.Get, "/api/foods/usda:01125");
        var total = Nutrient(food, "k2_total");
        Assert.Equal(23.8, total.GetProperty("amount").GetDouble(), 9);
        Assert.Equal("22002", Assert.Single(total.GetProperty("sources").EnumerateArray()).GetProperty("code").GetString());
        var mk4 = Nutrient(food, "mk4");
        Assert.Equal(JsonValueKind.Null, mk4.GetProperty("amount").ValueKind);
        Assert.False(mk4.GetProperty("complete").GetBoolean());
    }

    [Theory]
    [InlineData("/api/foods?q=natto&limit=0", "limit", "0", "1 to 50")]
    [InlineData("/api/foods?q=natto&limit=51", "limit", "51", "1 to 50")]
    [InlineData("/api/foods?q=", "q", "", "a food name or id, e.g. natto")]
    public async Task Food_search_refuses_bad_parameters_naming_them(string path, string field, string value, string validRange)
    {
        using var browser = factory.Browser();
        var (status, body) = await browser.JsonAsync(HttpMethod.Get, path);
        Assert.Equal(HttpStatusCode.BadRequest, status);
        var error = FieldError(body, field);
        Assert.Equal(value, error.GetProperty("value").GetString());
        Assert.Equal(validRange, error.GetProperty("validRange").GetString());
    }

    [Fact]
    public async Task A_food_shows_its_source_values_per_100_g_and_its_measures()
    {
        using var browser = factory.Browser();
        var (status, food) = await browser.JsonAsync(HttpMethod.Get, "/api/foods/" + Natto);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("Natto", food.GetProperty("name").GetString());
        Assert.Equal(23.1, Nutrient(food, "vitamin_k1").GetProperty("amount").GetDouble(), 9);
        Assert.Equal(939, Nutrient(food, "mk7plus").GetProperty("amount").GetDouble(), 9);
        Assert.Equal(217, Nutrient(food, "calcium").GetProperty("amount").GetDouble(), 9);
        var cup = Assert.Single(food.GetProperty("measures").EnumerateArray());
        Assert.Equal("cup", cup.GetProperty("description").GetString());
        Assert.Equal(175, cup.GetProperty("grams").GetDouble());
    }

    [Fact]
    public async Task The_api_writes_the_food_document_the_cli_writes()
    {
        using var browser = factory.Browser();
        using var response = await browser.Client.GetAsync("/api/foods/" + Natto);
        var api = await response.Content.ReadAsStringAsync();
        var catalogue = factory.Services.GetRequiredService<BoneBalance.Data.FoodCatalogue>();
        var cli = System.Text.Encoding.UTF8.GetString(BoneBalance.Data.Contracts.FoodDocument.ToUtf8(catalogue.Find(Natto)!, indented: false));
        Assert.Equal(cli, api);
    }

    [Fact]
    public async Task An_unknown_food_is_404_problem_details()
    {
        using var browser = factory.Browser();
        using var response = await browser.Client.GetAsync("/api/foods/usda:99999");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Faq_has_twelve_cited_answers_and_the_claims_have_verdicts()
    {
        using var browser = factory.Browser();
        var (_, faq) = await browser.JsonAsync(HttpMethod.Get, "/api/faq");
        var questions = faq.GetProperty("questions");
        Assert.Equal(12, questions.GetArrayLength());
        Assert.All(questions.EnumerateArray(), e => Assert.True(e.GetProperty("citations").GetArrayLength() > 0));
        var (_, third) = await browser.JsonAsync(HttpMethod.Get, "/api/faq/3");
        Assert.Equal("Should I take D3 and K2 at the same time?", third.GetProperty("question").GetString());
        Assert.Equal("D", third.GetProperty("evidenceGrade").GetString());
        Assert.True(third.GetProperty("citations")[0].GetProperty("year").GetInt32() > 1900);
        var (missing, _) = await browser.JsonAsync(HttpMethod.Get, "/api/faq/13");
        Assert.Equal(HttpStatusCode.NotFound, missing);
        var (_, claims) = await browser.JsonAsync(HttpMethod.Get, "/api/claims");
        Assert.Equal("not_supported", claims.GetProperty("claims").EnumerateArray().Single(c => c.GetProperty("id").GetString() == "d2-synthetic").GetProperty("verdict").GetString());
    }

    [Fact]
    public async Task The_api_writes_the_faq_document_the_cli_writes()
    {
        using var browser = factory.Browser();
        using var response = await browser.Client.GetAsync("/api/faq/3");
        var api = await response.Content.ReadAsStringAsync();
        var cli = System.Text.Encoding.UTF8.GetString(BoneBalance.Data.Contracts.AssessmentDocument.ToUtf8(
            json => BoneBalance.Data.Contracts.KnowledgeDocument.WriteQuestion(json, BoneBalance.Core.Evidence.KnowledgeBase.Entry(3)), indented: false));
        Assert.Equal(cli, api);
    }

    [Fact]
    public async Task Profile_is_404_until_saved_then_round_trips()
    {
        using var browser = await SignedInAsync();
        var (before, _) = await browser.JsonAsync(HttpMethod.Get, "/api/profile");
        Assert.Equal(HttpStatusCode.NotFound, before);
        var profile = new { person = new { sex = "female", age = 67, heightCm = 160, weightKg = 55, postmenopausal = true }, riskFactors = new[] { "falls" } };
        var (saved, body) = await browser.JsonAsync(HttpMethod.Put, "/api/profile", profile);
        Assert.Equal(HttpStatusCode.OK, saved);
        Assert.Equal(67, body.GetProperty("person").GetProperty("age").GetInt32());
        var (_, read) = await browser.JsonAsync(HttpMethod.Get, "/api/profile");
        Assert.Equal("falls", read.GetProperty("riskFactors")[0].GetString());
        Assert.Equal(160, read.GetProperty("person").GetProperty("heightCm").GetInt32());
    }

    [Fact]
    public async Task Simultaneous_first_saves_of_a_profile_all_succeed_and_leave_one_profile()
    {
        using var browser = await SignedInAsync();
        var owner = await OwnerIdAsync(browser);
        var saves = Enumerable.Range(70, 8).Select(age => browser.JsonAsync(HttpMethod.Put, "/api/profile", new { person = new { sex = "female", age } }));
        Assert.All(await Task.WhenAll(saves), r => Assert.Equal(HttpStatusCode.OK, r.Status));
        await using var db = factory.Database(owner);
        Assert.Equal(1, await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.CountAsync(db.Profiles));
    }

    [Theory]
    [InlineData("""{"person":{"age":12,"sex":"female"}}""", "person.age", "12", "18 to 120 years")]
    [InlineData("""{"person":{"age":67,"sex":"x"}}""", "person.sex", "x", "female|male")]
    [InlineData("""{"person":{"age":67,"sex":"female"},"favouriteColour":"blue"}""", "favouriteColour", "blue", "one of person, riskFactors, medications")]
    [InlineData("""[1,2]""", "profile", "[1,2]", "a JSON object with person (required)")]
    [InlineData("""{"person":{"age":67,"sex":"female"},"dxa":[{"date":"2025-01-10","site":"elbow","bmd":0.62}]}""", "dxa[0].site", "elbow", "")]
    public async Task Profile_refuses_bad_documents_naming_the_field(string json, string field, string value, string validRangeStart)
    {
        using var browser = await SignedInAsync();
        using var response = await browser.Client.PutAsync("/api/profile", new StringContent(json, System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = FieldError(JsonSerializer.Deserialize<JsonElement>(await response.Content.ReadAsStringAsync()), field);
        Assert.Equal(value, error.GetProperty("value").GetString());
        Assert.StartsWith(validRangeStart, error.GetProperty("validRange").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Diary_foods_add_by_measure_and_by_grams_read_list_and_delete()
    {
        using var browser = await SignedInAsync();
        var (created, half) = await browser.JsonAsync(HttpMethod.Post, "/api/diary/foods", new { date = "2026-11-20", foodId = Natto, quantity = 0.5, measure = "cup" });
        Assert.Equal(HttpStatusCode.Created, created);
        Assert.Equal(87.5, half.GetProperty("grams").GetDouble(), 9); // 0.5 × 175 g
        // SR28 WEIGHT 01117 "0.5 container (4 oz)" = 113 g: one of it is 113 g (the code that divided by the amount gave 226 g).
        var (_, yogurt) = await browser.JsonAsync(HttpMethod.Post, "/api/diary/foods", new { date = "2026-11-19", foodId = "usda:01117", quantity = 1, measure = "0.5 container (4 oz)" });
        Assert.Equal(113, yogurt.GetProperty("grams").GetDouble(), 9);
        Assert.Equal("0.5 container (4 oz)", yogurt.GetProperty("measure").GetString());
        var (_, grams) = await browser.JsonAsync(HttpMethod.Post, "/api/diary/foods", new { date = "2026-11-20", foodId = Natto, grams = 40 });
        var id = half.GetProperty("id").GetInt64();

        var (_, list) = await browser.JsonAsync(HttpMethod.Get, "/api/diary/foods?from=2026-11-20&to=2026-11-20");
        Assert.Equal([id, grams.GetProperty("id").GetInt64()], list.EnumerateArray().Select(r => r.GetProperty("id").GetInt64()));
        var (found, one) = await browser.JsonAsync(HttpMethod.Get, $"/api/diary/foods/{id}");
        Assert.Equal(HttpStatusCode.OK, found);
        Assert.Equal("1 cup", one.GetProperty("measure").GetString()); // stored as the canonical label

        var (deleted, _) = await browser.JsonAsync(HttpMethod.Delete, $"/api/diary/foods/{id}");
        Assert.Equal(HttpStatusCode.NoContent, deleted);
        var (gone, _) = await browser.JsonAsync(HttpMethod.Get, $"/api/diary/foods/{id}");
        Assert.Equal(HttpStatusCode.NotFound, gone);
        var (again, _) = await browser.JsonAsync(HttpMethod.Delete, $"/api/diary/foods/{id}");
        Assert.Equal(HttpStatusCode.NotFound, again);
    }

    public static TheoryData<string, string, string> BadFoods => new()
    {
        { """{"date":"2026-11-20","foodId":"usda:16113","grams":6000}""", "grams", "0 to 5000 g" },
        { """{"date":"2026-11-20","foodId":"usda:16113","grams":-1}""", "grams", "0 to 5000 g" },
        { """{"date":"2026-11-20","foodId":"usda:00000","grams":10}""", "foodId", "the id of a catalogue food (see GET /api/foods?q=…)" },
        { """{"date":"2026-11-20","foodId":"usda:16113","quantity":1,"measure":"bucket"}""", "measure", "1 cup" },
        // Salmon (15076) has "3 oz" and "0.5 fillet": a bare "oz" could mean ounces or 3-oz portions.
        { """{"date":"2026-11-20","foodId":"usda:15076","quantity":2,"measure":"oz"}""", "measure", "3 oz|0.5 fillet" },
        { """{"date":"2026-13-01","foodId":"usda:16113","grams":10}""", "date", "a date YYYY-MM-DD from 1900-01-01 to 2100-12-31" },
        { """{"date":"2026-11-20","foodId":"usda:16113"}""", "grams", "0 to 5000 g, or a quantity and a measure" },
        { """{"date":"2026-11-20","foodId":"usda:16113","grams":10,"quantity":1}""", "quantity", "empty when grams are given (grams or quantity + measure, not both)" },
        { """{"date":"2026-11-20","foodId":"usda:16113","quantity":1}""", "grams", "0 to 5000 g, or a quantity and a measure" },
    };

    [Theory]
    [MemberData(nameof(BadFoods))]
    public async Task Diary_foods_refuse_bad_rows_naming_the_field(string json, string field, string validRange)
    {
        using var browser = await SignedInAsync();
        using var response = await browser.Client.PostAsync("/api/diary/foods", new StringContent(json, System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = FieldError(JsonSerializer.Deserialize<JsonElement>(await response.Content.ReadAsStringAsync()), field);
        Assert.Equal(validRange, error.GetProperty("validRange").GetString());
    }

    [Theory]
    [InlineData("""{"date":"2026-11-20","foodId":"usda:16113","grams":"abc"}""", "grams")]
    [InlineData("""{"date":"2026-11-20","foodId":"usda:16113","grams":12.5""", "grams")] // cut short: named where reading stopped
    [InlineData("""not json""", "body")]
    public async Task Unreadable_json_is_a_validation_problem_naming_the_field(string json, string field)
    {
        using var browser = await SignedInAsync();
        using var response = await browser.Client.PostAsync("/api/diary/foods", new StringContent(json, System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        FieldError(JsonSerializer.Deserialize<JsonElement>(await response.Content.ReadAsStringAsync()), field);
        // The values sent are not logged. (Account ids are GUIDs, whose hex digits may spell "abc": look for the value as
        // a value, quoted or after a colon, not for the three letters anywhere.)
        Assert.DoesNotContain(factory.Logs.Lines, l => l.Contains("\"abc\"", StringComparison.Ordinal) || l.Contains("'abc'", StringComparison.Ordinal)
            || l.Contains(":abc", StringComparison.Ordinal) || l.Contains("12.5", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Diary_supplements_add_read_list_and_delete()
    {
        using var browser = await SignedInAsync();
        var (created, d3) = await browser.JsonAsync(HttpMethod.Post, "/api/diary/supplements", new { date = "2026-11-20", form = "d3", dose = 1000, unit = "IU" });
        Assert.Equal(HttpStatusCode.Created, created);
        Assert.Equal("iu", d3.GetProperty("unit").GetString());
        var id = d3.GetProperty("id").GetInt64();
        var (_, list) = await browser.JsonAsync(HttpMethod.Get, "/api/diary/supplements?from=2026-11-14&to=2026-11-20");
        Assert.Equal(id, Assert.Single(list.EnumerateArray()).GetProperty("id").GetInt64());
        var (found, _) = await browser.JsonAsync(HttpMethod.Get, $"/api/diary/supplements/{id}");
        Assert.Equal(HttpStatusCode.OK, found);
        var (deleted, _) = await browser.JsonAsync(HttpMethod.Delete, $"/api/diary/supplements/{id}");
        Assert.Equal(HttpStatusCode.NoContent, deleted);
        var (gone, _) = await browser.JsonAsync(HttpMethod.Get, $"/api/diary/supplements/{id}");
        Assert.Equal(HttpStatusCode.NotFound, gone);
    }

    public static TheoryData<string, string> BadSupplements => new()
    {
        { """{"date":"2026-11-20","form":"k3","dose":100,"unit":"ug"}""", "form" },
        { """{"date":"2026-11-20","form":"k2-mk7","dose":100,"unit":"iu"}""", "unit" },
        { """{"date":"2026-11-20","form":"k2-mk7","dose":-1,"unit":"ug"}""", "dose" },
        { """{"date":"2026-11-20","form":"d3","dose":60000,"unit":"iu"}""", "dose" },
        { """{"date":"2026-11-20","form":"d3","unit":"iu"}""", "dose" },
    };

    [Theory]
    [MemberData(nameof(BadSupplements))]
    public async Task Diary_supplements_refuse_bad_rows_naming_the_field(string json, string field)
    {
        using var browser = await SignedInAsync();
        using var response = await browser.Client.PostAsync("/api/diary/supplements", new StringContent(json, System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        FieldError(JsonSerializer.Deserialize<JsonElement>(await response.Content.ReadAsStringAsync()), field);
    }

    /// <summary>
    /// Hand computation: 0.5 cup natto = 87.5 g → K1 23.1 × 0.875 = 20.2125 µg, MK-7+ 939 × 0.875 = 821.625 µg, calcium
    /// 217 × 0.875 = 189.875 mg; D3 1000 IU = 25 µg (1 µg = 40 IU); calcium carbonate 1250 mg × 40 % elemental (NIH ODS)
    /// = 500 mg. A 67-year-old woman: calcium RDA 1200 mg, UL 2000 mg; vitamin D RDA 15 µg, UL 100 µg (IOM 2011).
    /// </summary>
    [Fact]
    public async Task Intake_adds_foods_and_supplements_and_compares_with_the_reference_intakes()
    {
        using var browser = await SignedInAsync();
        await browser.JsonAsync(HttpMethod.Put, "/api/profile", new { person = new { sex = "female", age = 67 } });
        await browser.JsonAsync(HttpMethod.Post, "/api/diary/foods", new { date = "2026-11-20", foodId = Natto, quantity = 0.5, measure = "cup" });
        await browser.JsonAsync(HttpMethod.Post, "/api/diary/supplements", new { date = "2026-11-20", form = "d3", dose = 1000, unit = "iu" });
        await browser.JsonAsync(HttpMethod.Post, "/api/diary/supplements", new { date = "2026-11-20", form = "calcium-carbonate", dose = 1250, unit = "mg" });

        var (status, document) = await browser.JsonAsync(HttpMethod.Get, "/api/intake?from=2026-11-14&to=2026-11-20");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(67, document.GetProperty("person").GetProperty("age").GetInt32());
        Assert.Equal(0, document.GetProperty("skippedRows").GetInt32());
        var intake = document.GetProperty("intake");
        var day = Assert.Single(intake.GetProperty("days").EnumerateArray());
        var rows = day.GetProperty("nutrients").EnumerateArray().ToDictionary(r => r.GetProperty("nutrient").GetString()!);
        // Natto ½ cup = 87.5 g: K1 23.1 × 0.875 = 20.2125 µg, MK-7 939 × 0.875 = 821.625 µg, Ca 217 × 0.875 = 189.875 mg
        // (+ 500 mg from 1250 mg carbonate); D 1000 IU = 25 µg. Amounts to 0.1.
        Assert.Equal(20.2, rows["vitamin_k1"].GetProperty("total").GetDouble(), 9);
        Assert.Equal(821.6, rows["mk7plus"].GetProperty("food").GetDouble(), 9);
        Assert.Equal(25, rows["vitamin_d"].GetProperty("supplements").GetDouble(), 9);
        Assert.Equal(189.9, rows["calcium"].GetProperty("food").GetDouble(), 9);
        Assert.Equal(500, rows["calcium"].GetProperty("supplements").GetDouble(), 9);
        Assert.Equal(689.9, rows["calcium"].GetProperty("total").GetDouble(), 9);
        Assert.Equal(1, intake.GetProperty("daysLogged").GetInt32());
        var nutrients = intake.GetProperty("nutrients").EnumerateArray().ToDictionary(t => t.GetProperty("nutrient").GetString()!);
        Assert.Equal(1200, nutrients["calcium"].GetProperty("target").GetDouble());
        Assert.Equal(2000, nutrients["calcium"].GetProperty("upperLimit").GetDouble());
        Assert.Equal(15, nutrients["vitamin_d"].GetProperty("target").GetDouble());
        Assert.Equal(JsonValueKind.Null, nutrients["vitamin_k_total"].GetProperty("upperLimit").ValueKind);
        Assert.Contains(document.GetProperty("sources").EnumerateArray(), c => c.GetProperty("title").GetString()!.Contains("Calcium", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Intake_without_a_profile_asks_for_age_and_sex_or_takes_them_as_parameters()
    {
        using var browser = await SignedInAsync();
        var (status, problem) = await browser.JsonAsync(HttpMethod.Get, "/api/intake");
        Assert.Equal(HttpStatusCode.BadRequest, status);
        FieldError(problem, "age");
        FieldError(problem, "sex");
        var (ok, intake) = await browser.JsonAsync(HttpMethod.Get, "/api/intake?age=67&sex=female");
        Assert.Equal(HttpStatusCode.OK, ok);
        Assert.Equal(JsonValueKind.Null, intake.GetProperty("intake").ValueKind); // nothing logged
        Assert.Equal("female", intake.GetProperty("person").GetProperty("sex").GetString());
        var (bad, ageProblem) = await browser.JsonAsync(HttpMethod.Get, "/api/intake?age=abc&sex=female");
        Assert.Equal(HttpStatusCode.BadRequest, bad);
        Assert.Equal("is not a whole number", FieldError(ageProblem, "age").GetProperty("problem").GetString());
        var (span, spanProblem) = await browser.JsonAsync(HttpMethod.Get, "/api/intake?age=67&sex=female&from=2026-11-21&to=2026-11-20");
        Assert.Equal(HttpStatusCode.BadRequest, span);
        FieldError(spanProblem, "from");
    }

    [Fact]
    public async Task A_bearer_token_works_until_it_is_revoked_and_its_text_is_never_listed()
    {
        using var browser = await SignedInAsync();
        var token = await browser.CreateTokenAsync("spreadsheet");
        Assert.StartsWith("bb_", token, StringComparison.Ordinal);
        var (_, tokens) = await browser.JsonAsync(HttpMethod.Get, "/api/tokens");
        var listed = Assert.Single(tokens.EnumerateArray());
        Assert.Equal("spreadsheet", listed.GetProperty("name").GetString());
        Assert.DoesNotContain(token, tokens.ToString(), StringComparison.Ordinal);

        using var program = factory.Browser();
        program.UseBearer(token);
        var (ok, _) = await program.JsonAsync(HttpMethod.Get, "/api/diary/foods");
        Assert.Equal(HttpStatusCode.OK, ok);
        var (_, used) = await browser.JsonAsync(HttpMethod.Get, "/api/tokens");
        Assert.NotEqual(JsonValueKind.Null, used[0].GetProperty("lastUsedUtc").ValueKind);

        var (revoked, _) = await browser.JsonAsync(HttpMethod.Delete, $"/api/tokens/{listed.GetProperty("id").GetInt64()}");
        Assert.Equal(HttpStatusCode.NoContent, revoked);
        var (refused, _) = await program.JsonAsync(HttpMethod.Get, "/api/diary/foods");
        Assert.Equal(HttpStatusCode.Unauthorized, refused);
    }

    [Theory]
    [InlineData("bb_notarealtoken")]
    [InlineData("something-else")]
    public async Task A_wrong_bearer_token_is_401(string token)
    {
        using var program = factory.Browser();
        program.UseBearer(token);
        var (status, _) = await program.JsonAsync(HttpMethod.Get, "/api/diary/foods");
        Assert.Equal(HttpStatusCode.Unauthorized, status);
    }

    [Fact]
    public async Task A_token_needs_a_name()
    {
        using var browser = await SignedInAsync();
        var (status, problem) = await browser.JsonAsync(HttpMethod.Post, "/api/tokens", new { name = " " });
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("1 to 100 characters", FieldError(problem, "name").GetProperty("validRange").GetString());
    }

    [Fact]
    public async Task Echo_returns_what_it_is_given()
    {
        using var browser = await SignedInAsync();
        var (_, get) = await browser.JsonAsync(HttpMethod.Get, "/api/echo");
        Assert.Equal("ok", get.GetProperty("message").GetString());
        var (_, post) = await browser.JsonAsync(HttpMethod.Post, "/api/echo", new { a = 1, b = new[] { "x" } });
        Assert.Equal("""{"a":1,"b":["x"]}""", post.GetRawText());
    }

    [Fact]
    public async Task Saved_assessments_list_read_and_delete()
    {
        using var browser = await SignedInAsync();
        var owner = await OwnerIdAsync(browser);
        long id;
        await using (var db = factory.Database(owner))
        {
            // A row in the form kept before the stored-assessment format: input and plain result documents.
            var row = new Data.Persistence.SavedAssessment
            {
                InputJson = """{"profile":{"person":{"sex":"female","age":67}},"today":"2026-11-24"}""", ResultJson = """{"risk":1}"""u8.ToArray(),
            };
            db.Assessments.Add(row);
            await db.SaveChangesAsync();
            id = row.Id;
        }

        var (_, list) = await browser.JsonAsync(HttpMethod.Get, "/api/assessments");
        Assert.Equal(id, Assert.Single(list.EnumerateArray()).GetProperty("id").GetInt64());
        var (_, one) = await browser.JsonAsync(HttpMethod.Get, $"/api/assessments/{id}");
        Assert.Equal(2, one.GetProperty("format").GetInt32());
        Assert.Equal("2026-11-24", one.GetProperty("today").GetString());
        Assert.Equal(67, one.GetProperty("profile").GetProperty("person").GetProperty("age").GetInt32());
        Assert.Equal(1, one.GetProperty("result").GetProperty("risk").GetInt32());
        var (deleted, _) = await browser.JsonAsync(HttpMethod.Delete, $"/api/assessments/{id}");
        Assert.Equal(HttpStatusCode.NoContent, deleted);
        var (gone, _) = await browser.JsonAsync(HttpMethod.Get, $"/api/assessments/{id}");
        Assert.Equal(HttpStatusCode.NotFound, gone);
    }

    [Fact]
    public async Task Export_holds_the_accounts_data_and_delete_removes_every_row()
    {
        using var browser = await SignedInAsync();
        var owner = await OwnerIdAsync(browser);
        await browser.JsonAsync(HttpMethod.Put, "/api/profile", new { person = new { sex = "male", age = 70 } });
        await browser.JsonAsync(HttpMethod.Post, "/api/diary/foods", new { date = "2026-11-20", foodId = Natto, grams = 30 });
        await browser.JsonAsync(HttpMethod.Post, "/api/diary/supplements", new { date = "2026-11-20", form = "k2-mk7", dose = 180, unit = "ug" });
        await browser.CreateTokenAsync("export test");

        var (status, export) = await browser.JsonAsync(HttpMethod.Get, "/api/export");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(owner, export.GetProperty("account").GetProperty("id").GetString());
        Assert.Equal(70, export.GetProperty("profile").GetProperty("person").GetProperty("age").GetInt32());
        Assert.Equal(30, Assert.Single(export.GetProperty("diaryFoods").EnumerateArray()).GetProperty("grams").GetDouble());
        Assert.Equal(180, Assert.Single(export.GetProperty("diarySupplements").EnumerateArray()).GetProperty("dose").GetDouble());
        Assert.Equal("export test", Assert.Single(export.GetProperty("apiTokens").EnumerateArray()).GetProperty("name").GetString());

        var (deleted, _) = await browser.JsonAsync(HttpMethod.Delete, "/api/account");
        Assert.Equal(HttpStatusCode.NoContent, deleted);
        var (after, _) = await browser.JsonAsync(HttpMethod.Get, "/api/export");
        Assert.Equal(HttpStatusCode.Unauthorized, after);
        Assert.Equal(0, await RowCounts.OfAsync(factory, owner));
    }

    public static TheoryData<string, string> PersonalEndpoints => new()
    {
        { "GET", "/api/profile" }, { "PUT", "/api/profile" },
        { "GET", "/api/diary/foods" }, { "POST", "/api/diary/foods" }, { "GET", "/api/diary/foods/1" }, { "DELETE", "/api/diary/foods/1" },
        { "GET", "/api/diary/supplements" }, { "POST", "/api/diary/supplements" }, { "GET", "/api/diary/supplements/1" }, { "DELETE", "/api/diary/supplements/1" },
        { "GET", "/api/intake" }, { "GET", "/api/assessments" }, { "POST", "/api/assessments" }, { "GET", "/api/assessments/1" }, { "DELETE", "/api/assessments/1" },
        { "GET", "/api/tokens" }, { "POST", "/api/tokens" }, { "DELETE", "/api/tokens/1" },
        { "GET", "/api/echo" }, { "POST", "/api/echo" }, { "GET", "/api/export" }, { "DELETE", "/api/account" },
    };

    [Theory]
    [MemberData(nameof(PersonalEndpoints))]
    public async Task Personal_endpoints_are_401_problem_details_without_a_session_or_token(string method, string path)
    {
        using var browser = factory.Browser();
        using var request = new HttpRequestMessage(new HttpMethod(method), path);
        if (method is "POST" or "PUT")
        {
            request.Content = new StringContent("{}", System.Text.Encoding.UTF8, "application/json");
        }

        using var response = await browser.Client.SendAsync(request);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task The_openapi_document_lists_the_api()
    {
        using var browser = factory.Browser();
        var (status, document) = await browser.JsonAsync(HttpMethod.Get, "/openapi/v1.json");
        Assert.Equal(HttpStatusCode.OK, status);
        var paths = document.GetProperty("paths");
        foreach (var path in new[] { "/api/foods", "/api/foods/{id}", "/api/faq", "/api/claims", "/api/profile", "/api/diary/foods", "/api/intake", "/api/tokens", "/api/export", "/api/account" })
        {
            Assert.True(paths.TryGetProperty(path, out _) || paths.TryGetProperty(path + "/", out _), path);
        }

        Assert.Equal("bearer", document.GetProperty("components").GetProperty("securitySchemes").GetProperty("bearer").GetProperty("scheme").GetString());
        Assert.Equal("BoneBalance API", document.GetProperty("info").GetProperty("title").GetString());
        using var docs = await browser.Client.GetAsync("/docs/");
        Assert.Equal(HttpStatusCode.OK, docs.StatusCode);
    }

    internal static async Task<string> OwnerIdAsync(Browser browser)
    {
        var (_, export) = await browser.JsonAsync(HttpMethod.Get, "/api/export");
        return export.GetProperty("account").GetProperty("id").GetString()!;
    }

    /// <summary>An account keeps at most 20 API tokens: the 21st is a problem document naming the limit; revoking one frees room.</summary>
    [Fact]
    public async Task The_21st_api_token_is_refused_naming_the_limit()
    {
        using var browser = await SignedInAsync();
        var (_, existing) = await browser.JsonAsync(HttpMethod.Get, "/api/tokens");
        for (var i = existing.GetArrayLength(); i < 20; i++)
        {
            var (created, _) = await browser.JsonAsync(HttpMethod.Post, "/api/tokens", new { name = $"t{i}" });
            Assert.Equal(HttpStatusCode.Created, created);
        }

        var (refused, problem) = await browser.JsonAsync(HttpMethod.Post, "/api/tokens", new { name = "one too many" });
        Assert.Equal(HttpStatusCode.BadRequest, refused);
        var error = FieldError(problem, "tokens");
        Assert.Equal("20 API tokens kept", error.GetProperty("value").GetString());
        Assert.StartsWith("at most 20 API tokens per account", error.GetProperty("validRange").GetString(), StringComparison.Ordinal);

        var (_, list) = await browser.JsonAsync(HttpMethod.Get, "/api/tokens");
        Assert.Equal(20, list.GetArrayLength());
        var (revoked, _) = await browser.JsonAsync(HttpMethod.Delete, $"/api/tokens/{list[0].GetProperty("id").GetInt64()}");
        Assert.Equal(HttpStatusCode.NoContent, revoked);
        var (again, _) = await browser.JsonAsync(HttpMethod.Post, "/api/tokens", new { name = "room again" });
        Assert.Equal(HttpStatusCode.Created, again);
    }

    /// <summary>Diary bodies are read as strictly as a profile: an unknown field, a field given twice, a number as a string.</summary>
    [Theory]
    [InlineData("/api/diary/foods", """{"date":"2026-11-20","foodId":"usda:01123","grams":50,"colour":"red"}""", "colour", "is not a known field")]
    [InlineData("/api/diary/foods", """{"date":"2026-11-20","foodId":"usda:01123","grams":50,"grams":70}""", "grams", "is given more than once")]
    [InlineData("/api/diary/foods", """{"date":"2026-11-20","foodId":"usda:01123","grams":"50"}""", "grams", "is not of the documented type")]
    [InlineData("/api/diary/supplements", """{"date":"2026-11-20","form":"d3","dose":"25","unit":"ug"}""", "dose", "is not of the documented type")]
    public async Task A_diary_body_with_an_unknown_repeated_or_stringly_field_is_refused_and_nothing_is_kept(string path, string json, string field, string problem)
    {
        using var browser = await SignedInAsync();
        using var response = await browser.Client.PostAsync(path, new StringContent(json, System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = FieldError(JsonSerializer.Deserialize<JsonElement>(await response.Content.ReadAsStringAsync()), field);
        Assert.Equal(problem, error.GetProperty("problem").GetString());
        var (_, rows) = await browser.JsonAsync(HttpMethod.Get, $"{path}?from=2026-11-20&to=2026-11-20");
        Assert.Equal(0, rows.GetArrayLength());
    }
}
