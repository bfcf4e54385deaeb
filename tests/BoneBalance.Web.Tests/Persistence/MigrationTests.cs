using BoneBalance.Data.Persistence.Postgres;
using BoneBalance.Data.Persistence.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace BoneBalance.Web.Tests.Persistence;

/// <summary>Both providers' migrations match the model, so a model change without regenerated migrations fails here.</summary>
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
}
