using BoneBalance.Data.Persistence;
using BoneBalance.Web.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace BoneBalance.Web.Tests.Persistence;

public sealed class OwnershipTests(BoneBalanceFactory factory) : IClassFixture<BoneBalanceFactory>
{
    [Fact]
    public async Task Every_owned_table_has_the_owner_query_filter()
    {
        using var browser = factory.Browser();
        await browser.GetPageAsync("/"); // starts the app, which migrates the database
        await using var db = factory.Database(null);
        var owned = db.Model.GetEntityTypes().Where(t => typeof(OwnedRow).IsAssignableFrom(t.ClrType)).ToList();
        Assert.Equal(5, owned.Count);
        Assert.All(owned, t => Assert.NotEmpty(t.GetDeclaredQueryFilters()));
    }

    [Fact]
    public async Task Without_an_owner_nothing_is_read_and_nothing_can_be_written()
    {
        using var browser = factory.Browser();
        await browser.RegisterAsync(TestAccounts.NewEmail());
        await browser.JsonAsync(HttpMethod.Post, "/api/diary/foods", new { date = "2026-11-20", foodId = "usda:16113", grams = 10 });
        await using var db = factory.Database(null);
        Assert.Equal(0, await db.DiaryFoods.CountAsync());
        Assert.True(await db.DiaryFoods.IgnoreQueryFilters().AnyAsync());
        db.DiaryFoods.Add(new DiaryFood { Date = new DateOnly(2026, 11, 20), FoodId = "usda:16113", Grams = 1 });
        await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync());
    }

    [Fact]
    [Trait("Database", TestDatabase.SqliteOnly)]
    public async Task Sensitive_data_logging_is_off_and_the_database_is_in_wal_mode_with_full_sync()
    {
        using var browser = factory.Browser();
        await browser.GetPageAsync("/");
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<BoneBalanceDbContext>();
        var core = db.GetService<Microsoft.EntityFrameworkCore.Infrastructure.IDbContextOptions>()
            .FindExtension<Microsoft.EntityFrameworkCore.Infrastructure.CoreOptionsExtension>();
        Assert.False(core?.IsSensitiveDataLoggingEnabled ?? false);

        await db.Database.OpenConnectionAsync();
        try
        {
            var connection = db.Database.GetDbConnection();
            await using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA journal_mode";
            Assert.Equal("wal", (string?)await command.ExecuteScalarAsync());
            command.CommandText = "PRAGMA synchronous";
            Assert.Equal(2L, (long)(await command.ExecuteScalarAsync())!); // 2 = FULL
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    [Fact]
    [Trait("Database", TestDatabase.SqliteOnly)]
    public async Task Every_open_of_a_pooled_or_new_connection_has_the_durability_pragmas()
    {
        // The pragmas run once per physical connection; a pooled connection must keep them and a new one get them.
        for (var round = 0; round < 3; round++)
        {
            if (round == 2)
            {
                Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            }

            await using var db = factory.Database(null);
            await db.Database.OpenConnectionAsync();
            await using var command = db.Database.GetDbConnection().CreateCommand();
            foreach (var (pragma, expected) in new[] { ("synchronous", 2L), ("foreign_keys", 1L), ("busy_timeout", 5000L) })
            {
                command.CommandText = "PRAGMA " + pragma;
                Assert.Equal(expected, (long)(await command.ExecuteScalarAsync())!);
            }

            await db.Database.CloseConnectionAsync();
        }
    }
}
