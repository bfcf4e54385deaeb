using BoneBalance.Data.Persistence.Postgres;
using BoneBalance.Data.Persistence.Sqlite;
using BoneBalance.Data.Persistence;
using BoneBalance.Web.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace BoneBalance.Web.Tests.Persistence;

/// <summary>Both providers' migrations match the model, so a model change without regenerated migrations fails here.</summary>
[Trait("Database", TestDatabase.SqliteOnly)]
public sealed class MigrationTests
{
    [Fact]
    public void The_sqlite_migrations_match_the_model()
    {
        using var db = new SqliteDesignTimeFactory().CreateDbContext([]);
        Assert.NotEmpty(db.Database.GetMigrations());
        Assert.False(db.Database.HasPendingModelChanges(), "run dotnet ef migrations add for SqliteBoneBalanceDbContext (README, Database)");
    }

    [Fact]
    public void The_postgres_migrations_match_the_model()
    {
        using var db = new PostgresDesignTimeFactory().CreateDbContext([]);
        Assert.NotEmpty(db.Database.GetMigrations());
        Assert.False(db.Database.HasPendingModelChanges(), "run dotnet ef migrations add for PostgresBoneBalanceDbContext (README, Database)");
    }

    [Fact]
    public async Task Upgrading_sqlite_keeps_an_assessment_stored_as_text_as_the_same_utf8_bytes()
    {
        var directory = Directory.CreateTempSubdirectory("bonebalance-migration-");
        try
        {
            var path = Path.Combine(directory.FullName, "old.db");
            var options = new DbContextOptionsBuilder<SqliteBoneBalanceDbContext>();
            BoneBalanceDatabase.UseSqlite(options, BoneBalanceDatabase.SqliteConnectionString(path));
            const string result = """{"disclaimer":"10-year risk ≥ 20 % — µg, é"}""";
            await using (var old = new SqliteBoneBalanceDbContext(options.Options, DataOwner.Nobody))
            {
                // The schema of the first release, with one assessment whose result is TEXT.
                await old.GetService<IMigrator>().MigrateAsync("20261125210214_Initial");
                await old.Database.ExecuteSqlRawAsync(
                    "INSERT INTO AspNetUsers (Id, AccessFailedCount, EmailConfirmed, LockoutEnabled, PhoneNumberConfirmed, TwoFactorEnabled, CreatedUtc) VALUES ('u1', 0, 0, 0, 0, 0, '2026-11-25 00:00:00')");
                await old.Database.ExecuteSqlRawAsync(
                    "INSERT INTO Assessments (OwnerId, InputJson, ResultJson, CreatedUtc) VALUES ('u1', {0}, {1}, '2026-11-25 00:00:00')", "{}", result);
            }

            await using (var upgraded = new SqliteBoneBalanceDbContext(options.Options, new DataOwner("u1")))
            {
                await upgraded.Database.MigrateAsync();
                var row = await upgraded.Assessments.AsNoTracking().SingleAsync();
                Assert.Equal(System.Text.Encoding.UTF8.GetBytes(result), row.ResultJson);
                var storage = await upgraded.Database.SqlQueryRaw<string>("SELECT typeof(ResultJson) AS Value FROM Assessments").SingleAsync();
                Assert.Equal("blob", storage);
            }
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            directory.Delete(recursive: true);
        }
    }
}
