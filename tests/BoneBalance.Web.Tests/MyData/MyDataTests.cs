using System.Net;
using System.Text.Json;
using BoneBalance.Data.Persistence;
using BoneBalance.Web.Tests.Api;
using BoneBalance.Web.Tests.TestSupport;

namespace BoneBalance.Web.Tests.MyData;

public sealed class MyDataTests(BoneBalanceFactory factory) : IClassFixture<BoneBalanceFactory>
{
    private static readonly JsonSerializerOptions Strict = new(JsonSerializerDefaults.Web)
    {
        UnmappedMemberHandling = System.Text.Json.Serialization.JsonUnmappedMemberHandling.Disallow,
    };

    [Fact]
    public async Task The_download_is_a_json_file_with_the_accounts_data()
    {
        using var browser = factory.Browser();
        await browser.RegisterAsync(TestAccounts.NewEmail("export"));
        await browser.JsonAsync(HttpMethod.Post, "/api/diary/foods", new { date = "2026-11-20", foodId = "usda:16113", grams = 77 });
        using var response = await browser.Client.GetAsync("/MyData?handler=Export");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("bonebalance-export-", response.Content.Headers.ContentDisposition?.FileName, StringComparison.Ordinal);
        var export = JsonSerializer.Deserialize<JsonElement>(await response.Content.ReadAsStringAsync());
        Assert.Equal(77, Assert.Single(export.GetProperty("diaryFoods").EnumerateArray()).GetProperty("grams").GetDouble());
    }

    /// <summary>The streamed export reads back into the documented record with nothing unknown or missing, every row there
    /// once, the stored documents copied as they are.</summary>
    [Fact]
    public async Task The_streamed_export_reads_back_into_the_documented_shape_with_every_row()
    {
        using var browser = factory.Browser();
        await browser.RegisterAsync(TestAccounts.NewEmail("stream"));
        Assert.Equal(HttpStatusCode.OK, (await browser.JsonAsync(HttpMethod.Put, "/api/profile", new { person = new { sex = "female", age = 70 } })).Status);
        for (var i = 0; i < 30; i++)
        {
            await browser.JsonAsync(HttpMethod.Post, "/api/diary/foods", new { date = "2026-11-20", foodId = "usda:16113", grams = 10 + i });
        }

        await browser.JsonAsync(HttpMethod.Post, "/api/diary/supplements", new { date = "2026-11-20", form = "d3", dose = 20, unit = "ug" });
        Assert.Equal(HttpStatusCode.Created, (await browser.JsonAsync(HttpMethod.Post, "/api/assessments", new { person = new { sex = "female", age = 70 } })).Status);
        await browser.CreateTokenAsync("streamed");

        using var response = await browser.Client.GetAsync("/api/export");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
        var text = await response.Content.ReadAsStringAsync();
        var export = JsonSerializer.Deserialize<Web.MyData.AccountExport>(text, Strict)!;
        Assert.Equal(Enumerable.Range(10, 30).Select(g => (double)g), export.DiaryFoods.Select(f => f.Grams));
        Assert.Equal(30, export.DiaryFoods.Select(f => f.Id).Distinct().Count());
        Assert.Equal(20, Assert.Single(export.DiarySupplements).Dose);
        var assessment = Assert.Single(export.Assessments);
        Assert.Contains("\"female\"", assessment.Profile.GetRawText(), StringComparison.Ordinal);
        Assert.True(assessment.Result.TryGetProperty("fractureRisk", out _));
        Assert.Equal("streamed", Assert.Single(export.ApiTokens).Name);
        Assert.Equal(70, export.Profile!.Value.GetProperty("person").GetProperty("age").GetInt32());
        Assert.DoesNotContain("hash", text, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_token_issued_on_the_page_is_shown_once_works_and_can_be_revoked_only_by_its_owner()
    {
        using var browser = factory.Browser();
        await browser.RegisterAsync(TestAccounts.NewEmail("tokens"));
        using var refused = await browser.PostFormAsync("/MyData", "/MyData?handler=IssueToken", ("name", ""));
        Assert.Contains("id=\"name-error\"", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        using var issued = await browser.PostFormAsync("/MyData", "/MyData?handler=IssueToken", ("name", "my script"));
        var html = await issued.Content.ReadAsStringAsync();
        var token = System.Text.RegularExpressions.Regex.Match(html, "<code class=\"token\">(bb_[A-Za-z0-9_-]+)</code>").Groups[1].Value;
        Assert.NotEmpty(token);
        Assert.DoesNotContain(token, await browser.GetPageAsync("/MyData"), StringComparison.Ordinal);

        using var program = factory.Browser();
        program.UseBearer(token);
        Assert.Equal(HttpStatusCode.OK, (await program.JsonAsync(HttpMethod.Get, "/api/echo")).Status);

        var (_, tokens) = await browser.JsonAsync(HttpMethod.Get, "/api/tokens");
        var id = Assert.Single(tokens.EnumerateArray()).GetProperty("id").GetInt64().ToString(System.Globalization.CultureInfo.InvariantCulture);
        using var stranger = factory.Browser();
        await stranger.RegisterAsync(TestAccounts.NewEmail("stranger"));
        using var notTheirs = await stranger.PostFormAsync("/MyData", "/MyData?handler=RevokeToken", ("id", id));
        Assert.Equal(HttpStatusCode.NotFound, notTheirs.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await program.JsonAsync(HttpMethod.Get, "/api/echo")).Status);

        using var revoked = await browser.PostFormAsync("/MyData", "/MyData?handler=RevokeToken", ("id", id));
        Assert.Equal(HttpStatusCode.Redirect, revoked.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await program.JsonAsync(HttpMethod.Get, "/api/echo")).Status);
    }

    [Fact]
    public async Task Deleting_needs_the_phrase_and_then_removes_every_row_of_the_account_and_only_that_account()
    {
        using var other = factory.Browser();
        await other.RegisterAsync(TestAccounts.NewEmail("bystander"));
        await other.JsonAsync(HttpMethod.Post, "/api/diary/foods", new { date = "2026-11-20", foodId = "usda:16113", grams = 10 });
        var otherId = await ApiTests.OwnerIdAsync(other);
        var otherRows = await RowCounts.OfAsync(factory, otherId);

        var email = TestAccounts.NewEmail("leaver");
        using var browser = factory.Browser();
        await browser.RegisterAsync(email);
        var owner = await ApiTests.OwnerIdAsync(browser);
        await browser.JsonAsync(HttpMethod.Put, "/api/profile", new { person = new { sex = "female", age = 60 } });
        await browser.JsonAsync(HttpMethod.Post, "/api/diary/foods", new { date = "2026-11-20", foodId = "usda:16113", grams = 10 });
        await browser.JsonAsync(HttpMethod.Post, "/api/diary/supplements", new { date = "2026-11-20", form = "d3", dose = 10, unit = "ug" });
        await browser.CreateTokenAsync();
        await using (var db = factory.Database(owner))
        {
            db.Assessments.Add(new SavedAssessment());
            await db.SaveChangesAsync();
        }

        Assert.Equal(6, await RowCounts.OfAsync(factory, owner)); // user, profile, food, supplement, token, assessment

        using var refused = await browser.PostFormAsync("/MyData", "/MyData?handler=Delete", ("confirm", "yes"));
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("id=\"confirm-error\"", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(6, await RowCounts.OfAsync(factory, owner));

        using var deleted = await browser.PostFormAsync("/MyData", "/MyData?handler=Delete", ("confirm", "delete my account"));
        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.Equal("/?deleted=1", deleted.Headers.Location?.OriginalString);
        Assert.Equal(0, await RowCounts.OfAsync(factory, owner));
        Assert.Equal(otherRows, await RowCounts.OfAsync(factory, otherId));
        await browser.GetPageAsync("/Diary", HttpStatusCode.Redirect);
        using var signIn = await browser.SignInAsync(email, TestAccounts.Password);
        Assert.Contains("The email or password is not right.", await signIn.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
