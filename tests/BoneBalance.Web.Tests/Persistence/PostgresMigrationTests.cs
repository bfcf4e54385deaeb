using BoneBalance.Data.Persistence;
using BoneBalance.Data.Persistence.Postgres;
using BoneBalance.Web.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace BoneBalance.Web.Tests.Persistence;

/// <summary>The PostgreSQL migrations run on a real server (<see cref="TestPostgres"/>), each test on its own database.</summary>
[Trait("Database", TestDatabase.PostgresOnly)]
public sealed class PostgresMigrationTests
{
    [PostgresFact]
    public async Task The_migrations_build_every_table_of_the_model_on_an_empty_database()
    {
        using var database = TestPostgres.CreateDatabase();
        await using var db = Context(database, null);
        await db.Database.MigrateAsync();
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        Assert.Equal(db.Database.GetMigrations(), await db.Database.GetAppliedMigrationsAsync());

        var expected = db.Model.GetEntityTypes().Select(t => t.GetTableName()!).Distinct().Order(StringComparer.Ordinal).ToList();
        var actual = await db.Database.SqlQueryRaw<string>(
                "SELECT table_name AS \"Value\" FROM information_schema.tables WHERE table_schema = 'public' AND table_name <> '__EFMigrationsHistory'")
            .ToListAsync();
        Assert.Equal(expected, actual.Order(StringComparer.Ordinal));
    }

    [PostgresFact]
    public async Task Upgrading_keeps_an_assessment_stored_as_text_as_the_same_utf8_bytes()
    {
        using var database = TestPostgres.CreateDatabase();
        const string result = """{"disclaimer":"10-year risk ≥ 20 % — µg, é"}""";
        await using (var old = Context(database, null))
        {
            // The schema of the first release, with one assessment whose result is text.
            await old.GetService<IMigrator>().MigrateAsync(old.Database.GetMigrations().First());
            await old.Database.ExecuteSqlRawAsync(
                "INSERT INTO \"AspNetUsers\" (\"Id\", \"AccessFailedCount\", \"EmailConfirmed\", \"LockoutEnabled\", \"PhoneNumberConfirmed\", \"TwoFactorEnabled\", \"CreatedUtc\") VALUES ('u1', 0, FALSE, FALSE, FALSE, FALSE, '2026-11-25 00:00:00Z')");
            await old.Database.ExecuteSqlRawAsync(
                "INSERT INTO \"Assessments\" (\"OwnerId\", \"InputJson\", \"ResultJson\", \"CreatedUtc\") VALUES ('u1', {0}, {1}, '2026-11-25 00:00:00Z')", "{}", result);
        }

        await using var upgraded = Context(database, "u1");
        await upgraded.Database.MigrateAsync();
        var row = await upgraded.Assessments.AsNoTracking().SingleAsync();
        Assert.Equal(System.Text.Encoding.UTF8.GetBytes(result), row.ResultJson);
        var storage = await upgraded.Database.SqlQueryRaw<string>("SELECT pg_typeof(\"ResultJson\")::text AS \"Value\" FROM \"Assessments\"").SingleAsync();
        Assert.Equal("bytea", storage);
        var confirmed = await upgraded.Database.SqlQueryRaw<bool>("SELECT \"EmailConfirmed\" AS \"Value\" FROM \"AspNetUsers\"").SingleAsync();
        Assert.True(confirmed);
    }

    private static PostgresBoneBalanceDbContext Context(TestPostgresDatabase database, string? owner)
    {
        var options = new DbContextOptionsBuilder<PostgresBoneBalanceDbContext>();
        BoneBalanceDatabase.UsePostgres(options, database.ConnectionString);
        return new PostgresBoneBalanceDbContext(options.Options, new DataOwner(owner));
    }
}
