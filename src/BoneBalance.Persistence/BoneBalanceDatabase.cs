using BoneBalance.Data.Persistence.Postgres;
using BoneBalance.Data.Persistence.Sqlite;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace BoneBalance.Data.Persistence;

/// <summary>
/// Where the accounts database lives and how a context is configured for each <see cref="DatabaseProvider"/>.
/// </summary>
public static class BoneBalanceDatabase
{
    /// <summary>The usual SQLite file: beside the food database in the user's local application data folder.</summary>
    public static string DefaultSqlitePath =>
        Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData), "BoneBalance", "bonebalance.db");

    /// <summary>A SQLite connection string for the file at <paramref name="path"/> (created if missing).</summary>
    public static string SqliteConnectionString(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        return new SqliteConnectionStringBuilder { DataSource = Path.GetFullPath(path), Mode = SqliteOpenMode.ReadWriteCreate }.ToString();
    }

    /// <summary>The SQLite file a connection string points at, for printing at start-up.</summary>
    public static string SqlitePath(string connectionString) =>
        Path.GetFullPath(new SqliteConnectionStringBuilder(connectionString).DataSource);

    /// <summary>Parses <c>sqlite</c> or <c>postgres</c> (case-insensitive; <c>postgresql</c>, <c>npgsql</c> too).</summary>
    /// <exception cref="ArgumentException">Any other name.</exception>
    public static DatabaseProvider ParseProvider(string? name) => name?.Trim().ToLowerInvariant() switch
    {
        null or "" or "sqlite" => DatabaseProvider.Sqlite,
        "postgres" or "postgresql" or "npgsql" => DatabaseProvider.Postgres,
        _ => throw new ArgumentException($"Database:Provider '{name}' is not sqlite|postgres.", nameof(name)),
    };

    /// <summary>Configures SQLite with the durability pragmas (<see cref="SqliteDurability"/>).</summary>
    public static void UseSqlite(DbContextOptionsBuilder options, string connectionString)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.UseSqlite(connectionString, sqlite => sqlite.MigrationsAssembly(typeof(SqliteBoneBalanceDbContext).Assembly.GetName().Name))
            .AddInterceptors(new SqliteDurability());
    }

    /// <summary>Configures PostgreSQL.</summary>
    public static void UsePostgres(DbContextOptionsBuilder options, string connectionString)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.UseNpgsql(connectionString, npgsql => npgsql.MigrationsAssembly(typeof(PostgresBoneBalanceDbContext).Assembly.GetName().Name));
    }
}
