using System.Net;
using System.Text.Json;
using BoneBalance.Data.Persistence;
using BoneBalance.Web.Tests.TestSupport;

namespace BoneBalance.Web.Tests.Api;

/// <summary>
/// Person B can never read, change or delete person A's rows: every id of A's is 404 for B (never 403, which would
/// confirm it exists), B's lists and export hold none of A's data, and A's rows survive B's attempts.
/// </summary>
public sealed class IsolationTests(BoneBalanceFactory factory) : IClassFixture<BoneBalanceFactory>, IAsyncLifetime
{
    private readonly Browser _a = factory.Browser();
    private readonly Browser _b = factory.Browser();
    private readonly Browser _bByToken = factory.Browser();
    private string _ownerA = string.Empty;
    private long _food;
    private long _supplement;
    private long _token;
    private long _assessment;

    public async Task InitializeAsync()
    {
        await _a.RegisterAsync(TestAccounts.NewEmail("a"));
        await _b.RegisterAsync(TestAccounts.NewEmail("b"));
        _bByToken.UseBearer(await _b.CreateTokenAsync("b's program"));
        _ownerA = await ApiTests.OwnerIdAsync(_a);
        await _a.JsonAsync(HttpMethod.Put, "/api/profile", new { person = new { sex = "female", age = 81 } });
        _food = (await _a.JsonAsync(HttpMethod.Post, "/api/diary/foods", new { date = "2026-11-20", foodId = "usda:16113", grams = 123.25 })).Body.GetProperty("id").GetInt64();
        _supplement = (await _a.JsonAsync(HttpMethod.Post, "/api/diary/supplements", new { date = "2026-11-20", form = "k2-mk4", dose = 45, unit = "mg" })).Body.GetProperty("id").GetInt64();
        _token = (await _a.JsonAsync(HttpMethod.Post, "/api/tokens", new { name = "a's token" })).Body.GetProperty("id").GetInt64();
        await using var db = factory.Database(_ownerA);
        var row = new SavedAssessment { InputJson = """{"profile":{"a":true}}""", ResultJson = """{"secret":"a-only"}"""u8.ToArray() };
        db.Assessments.Add(row);
        await db.SaveChangesAsync();
        _assessment = row.Id;
    }

    public Task DisposeAsync()
    {
        _a.Dispose();
        _b.Dispose();
        _bByToken.Dispose();
        return Task.CompletedTask;
    }

    private IEnumerable<(string Method, string Path)> RequestsForAsResources() =>
    [
        ("GET", $"/api/diary/foods/{_food}"), ("DELETE", $"/api/diary/foods/{_food}"),
        ("GET", $"/api/diary/supplements/{_supplement}"), ("DELETE", $"/api/diary/supplements/{_supplement}"),
        ("DELETE", $"/api/tokens/{_token}"),
        ("GET", $"/api/assessments/{_assessment}"), ("DELETE", $"/api/assessments/{_assessment}"),
    ];

    [Fact]
    public async Task Every_one_of_As_resources_is_404_for_B_by_cookie_and_by_token()
    {
        foreach (var b in new[] { _b, _bByToken })
        {
            foreach (var (method, path) in RequestsForAsResources())
            {
                var (status, _) = await b.JsonAsync(new HttpMethod(method), path);
                Assert.True(status == HttpStatusCode.NotFound, $"{method} {path} gave {(int)status}");
            }
        }

        // A still has everything.
        foreach (var path in new[] { $"/api/diary/foods/{_food}", $"/api/diary/supplements/{_supplement}", $"/api/assessments/{_assessment}" })
        {
            Assert.Equal(HttpStatusCode.OK, (await _a.JsonAsync(HttpMethod.Get, path)).Status);
        }

        var (_, tokens) = await _a.JsonAsync(HttpMethod.Get, "/api/tokens");
        Assert.Contains(tokens.EnumerateArray(), t => t.GetProperty("id").GetInt64() == _token);
    }

    [Fact]
    public async Task B_never_sees_As_rows_in_lists_intake_profile_or_export()
    {
        foreach (var b in new[] { _b, _bByToken })
        {
            Assert.Equal(0, (await b.JsonAsync(HttpMethod.Get, "/api/diary/foods?from=2026-11-01&to=2026-11-30")).Body.GetArrayLength());
            Assert.Equal(0, (await b.JsonAsync(HttpMethod.Get, "/api/diary/supplements?from=2026-11-01&to=2026-11-30")).Body.GetArrayLength());
            Assert.Equal(0, (await b.JsonAsync(HttpMethod.Get, "/api/assessments")).Body.GetArrayLength());
            var (_, tokens) = await b.JsonAsync(HttpMethod.Get, "/api/tokens");
            Assert.DoesNotContain(tokens.EnumerateArray(), t => t.GetProperty("id").GetInt64() == _token);
            Assert.Equal(HttpStatusCode.NotFound, (await b.JsonAsync(HttpMethod.Get, "/api/profile")).Status);
            var (_, intake) = await b.JsonAsync(HttpMethod.Get, "/api/intake?from=2026-11-14&to=2026-11-20&age=50&sex=male");
            Assert.Equal(JsonValueKind.Null, intake.GetProperty("intake").ValueKind);

            var (_, export) = await b.JsonAsync(HttpMethod.Get, "/api/export");
            var text = export.GetRawText();
            Assert.DoesNotContain(_ownerA, text, StringComparison.Ordinal);
            Assert.DoesNotContain("123.25", text, StringComparison.Ordinal);
            Assert.DoesNotContain("a-only", text, StringComparison.Ordinal);
            Assert.DoesNotContain("a's token", text, StringComparison.Ordinal);
            Assert.Equal(JsonValueKind.Null, export.GetProperty("profile").ValueKind);
        }
    }

    [Fact]
    public async Task B_cannot_reach_As_rows_through_the_diary_page_either()
    {
        using var delete = await _b.PostFormAsync("/Diary", "/Diary?handler=DeleteFood", ("date", "2026-11-20"), ("id", _food.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal(HttpStatusCode.NotFound, delete.StatusCode);
        using var deleteSupplement = await _b.PostFormAsync("/Diary", "/Diary?handler=DeleteSupplement", ("date", "2026-11-20"), ("id", _supplement.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal(HttpStatusCode.NotFound, deleteSupplement.StatusCode);
        var page = await _b.GetPageAsync("/Diary?date=2026-11-20");
        Assert.Contains("Nothing logged for this day yet.", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await _a.JsonAsync(HttpMethod.Get, $"/api/diary/foods/{_food}")).Status);
    }

    [Fact]
    public async Task A_context_for_B_cannot_change_or_delete_As_row_even_when_handed_it()
    {
        DiaryFood row;
        await using (var asContext = factory.Database(_ownerA))
        {
            row = asContext.DiaryFoods.Single(f => f.Id == _food);
        }

        var bId = await ApiTests.OwnerIdAsync(_b);
        await using var bsContext = factory.Database(bId);
        bsContext.DiaryFoods.Attach(row);
        row.Grams = 1;
        await Assert.ThrowsAsync<InvalidOperationException>(() => bsContext.SaveChangesAsync());
        bsContext.ChangeTracker.Clear();
        bsContext.DiaryFoods.Remove(row);
        await Assert.ThrowsAsync<InvalidOperationException>(() => bsContext.SaveChangesAsync());
        bsContext.ChangeTracker.Clear();
        bsContext.DiaryFoods.Add(new DiaryFood { OwnerId = _ownerA, Date = new DateOnly(2026, 11, 20), FoodId = "usda:16113", Grams = 1 });
        await Assert.ThrowsAsync<InvalidOperationException>(() => bsContext.SaveChangesAsync());
    }
}
