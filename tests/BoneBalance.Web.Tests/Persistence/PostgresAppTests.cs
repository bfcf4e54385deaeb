using System.Net;
using BoneBalance.Data.Persistence;
using BoneBalance.Web.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace BoneBalance.Web.Tests.Persistence;

/// <summary>
/// The web app on PostgreSQL (<see cref="PostgresBoneBalanceFactory"/>, one database for the class): ownership filters,
/// and accounts, diary rows, tokens and assessments written through the app and read back with their values.
/// </summary>
[Trait("Database", TestDatabase.PostgresOnly)]
public sealed class PostgresAppTests(PostgresBoneBalanceFactory factory) : IClassFixture<PostgresBoneBalanceFactory>
{
    [PostgresFact]
    public async Task Every_owned_table_has_the_owner_query_filter()
    {
        using var browser = factory.Browser();
        await browser.GetPageAsync("/"); // starts the app, which migrates the database
        await using var db = factory.Database(null);
        Assert.IsType<Data.Persistence.Postgres.PostgresBoneBalanceDbContext>(db);
        var owned = db.Model.GetEntityTypes().Where(t => typeof(OwnedRow).IsAssignableFrom(t.ClrType)).ToList();
        Assert.Equal(5, owned.Count);
        Assert.All(owned, t => Assert.NotEmpty(t.GetDeclaredQueryFilters()));
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
    }

    [PostgresFact]
    public async Task Without_an_owner_nothing_is_read_and_nothing_can_be_written()
    {
        using var browser = factory.Browser();
        await browser.RegisterAsync(TestAccounts.NewEmail());
        var (status, _) = await browser.JsonAsync(HttpMethod.Post, "/api/diary/foods", new { date = "2026-11-20", foodId = "usda:16113", grams = 10 });
        Assert.Equal(HttpStatusCode.Created, status);
        await using var db = factory.Database(null);
        Assert.Equal(0, await db.DiaryFoods.CountAsync());
        Assert.True(await db.DiaryFoods.IgnoreQueryFilters().AnyAsync());
        db.DiaryFoods.Add(new DiaryFood { Date = new DateOnly(2026, 11, 20), FoodId = "usda:16113", Grams = 1 });
        await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync());
    }

    [PostgresFact]
    public async Task A_diary_row_reads_back_with_its_date_grams_and_measure_and_only_for_its_owner()
    {
        using var browser = factory.Browser();
        var email = TestAccounts.NewEmail();
        await browser.RegisterAsync(email);
        var (created, row) = await browser.JsonAsync(HttpMethod.Post, "/api/diary/foods", new { date = "2026-02-28", foodId = "usda:16113", grams = 123.456 });
        Assert.Equal(HttpStatusCode.Created, created);
        var id = row.GetProperty("id").GetInt64();

        var (status, rows) = await browser.JsonAsync(HttpMethod.Get, "/api/diary/foods?from=2026-02-28&to=2026-02-28");
        Assert.Equal(HttpStatusCode.OK, status);
        var stored = Assert.Single(rows.EnumerateArray());
        Assert.Equal(id, stored.GetProperty("id").GetInt64());
        Assert.Equal("2026-02-28", stored.GetProperty("date").GetString());
        Assert.Equal(123.456, stored.GetProperty("grams").GetDouble());

        // Straight from the table: the date column is a date, the creation time a UTC instant of today.
        await using var db = factory.Database(null);
        var raw = await db.DiaryFoods.IgnoreQueryFilters().AsNoTracking().SingleAsync(f => f.Id == id);
        Assert.Equal(new DateOnly(2026, 2, 28), raw.Date);
        Assert.InRange(raw.CreatedUtc, DateTime.UtcNow.AddMinutes(-5), DateTime.UtcNow.AddMinutes(1));

        using var other = factory.Browser();
        await other.RegisterAsync(TestAccounts.NewEmail());
        var (_, theirs) = await other.JsonAsync(HttpMethod.Get, "/api/diary/foods?from=2026-02-28&to=2026-02-28");
        Assert.Empty(theirs.EnumerateArray());
    }

    [PostgresFact]
    public async Task Signing_in_finds_the_account_whatever_the_case_of_the_address()
    {
        var email = TestAccounts.NewEmail();
        using (var browser = factory.Browser())
        {
            await browser.RegisterAsync(email);
        }

        using var again = factory.Browser();
        using var response = await again.SignInAsync(email.ToUpperInvariant(), TestAccounts.Password);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.DoesNotContain("SignIn", response.Headers.Location?.OriginalString ?? "SignIn", StringComparison.Ordinal);

        using var duplicate = factory.Browser();
        using var refused = await duplicate.PostFormAsync(
            "/Accounts/Register", "/Accounts/Register", ("email", email.ToUpperInvariant()), ("password", TestAccounts.Password), ("confirm", TestAccounts.Password));
        Assert.NotEqual(HttpStatusCode.Redirect, refused.StatusCode);
    }

    [PostgresFact]
    public async Task An_api_token_works_and_records_when_it_was_last_used()
    {
        using var browser = factory.Browser();
        await browser.RegisterAsync(TestAccounts.NewEmail());
        var token = await browser.CreateTokenAsync("postgres");
        using var bearer = factory.Browser();
        bearer.UseBearer(token);
        var (status, _) = await bearer.JsonAsync(HttpMethod.Get, "/api/diary/foods?from=2026-11-20&to=2026-11-20");
        Assert.True(status == HttpStatusCode.OK, $"{status}:\n{string.Join('\n', factory.Logs.Lines.TakeLast(20))}");

        await using var db = factory.Database(null);
        var stored = await db.ApiTokens.IgnoreQueryFilters().AsNoTracking().SingleAsync(t => t.Name == "postgres");
        Assert.NotNull(stored.LastUsedUtc);
        Assert.InRange(stored.LastUsedUtc!.Value, DateTime.UtcNow.AddMinutes(-5), DateTime.UtcNow.AddMinutes(1));
    }
}
