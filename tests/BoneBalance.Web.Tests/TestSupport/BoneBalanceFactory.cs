using BoneBalance.Data;
using BoneBalance.Data.Persistence;
using BoneBalance.Data.Persistence.Postgres;
using BoneBalance.Data.Persistence.Sqlite;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;

namespace BoneBalance.Web.Tests.TestSupport;

/// <summary>
/// The web app in memory with its own database (one per test class: a SQLite file, or a PostgreSQL database when the run's
/// engine is PostgreSQL (<see cref="TestDatabase"/>) or with <see cref="PostgresBoneBalanceFactory"/>), the shared food
/// catalogue and captured logs.
/// </summary>
public class BoneBalanceFactory : WebApplicationFactory<Program>
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "bonebalance-web-tests", Guid.NewGuid().ToString("N"));
    private readonly TestPostgresDatabase? _postgres;

    /// <summary>An app on this run's engine (<see cref="TestDatabase.Provider"/>).</summary>
    public BoneBalanceFactory()
        : this(TestDatabase.Provider)
    {
    }

    /// <summary>An app on <paramref name="provider"/>; PostgreSQL gets a new database on <see cref="TestPostgres"/>'s server.</summary>
    protected BoneBalanceFactory(DatabaseProvider provider)
    {
        Provider = provider;
        Directory.CreateDirectory(_directory);
        DatabasePath = Path.Combine(_directory, "bonebalance.db");
        if (provider == DatabaseProvider.Postgres && !TestPostgres.OptedOut)
        {
            _postgres = TestPostgres.CreateDatabase();
        }
    }

    /// <summary>The database engine the app runs on.</summary>
    public DatabaseProvider Provider { get; }

    /// <summary>The SQLite file (unused on PostgreSQL).</summary>
    public string DatabasePath { get; }

    /// <summary>The app's connection string.</summary>
    public string ConnectionString => Provider == DatabaseProvider.Postgres
        ? (_postgres ?? throw new InvalidOperationException($"{TestPostgres.OptOutVariable}=1: no PostgreSQL database")).ConnectionString
        : BoneBalanceDatabase.SqliteConnectionString(DatabasePath);

    /// <summary>Everything the app logged.</summary>
    public CapturedLogs Logs { get; } = new();

    /// <summary>Sign-in attempts per minute per address (high, so tests are not throttled; the rate-limit test lowers it).</summary>
    protected virtual int SignInAttemptsPerMinute => 10_000;

    /// <summary>A browser-like client: cookies kept, redirects not followed.</summary>
    public Browser Browser() => new(CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true }));

    /// <summary>A context over the test database that sees <paramref name="owner"/>'s rows.</summary>
    public BoneBalanceDbContext Database(string? owner)
    {
        if (Provider == DatabaseProvider.Postgres)
        {
            var postgres = new DbContextOptionsBuilder<PostgresBoneBalanceDbContext>();
            BoneBalanceDatabase.UsePostgres(postgres, ConnectionString);
            return new PostgresBoneBalanceDbContext(postgres.Options, new DataOwner(owner));
        }

        var options = new DbContextOptionsBuilder<SqliteBoneBalanceDbContext>();
        BoneBalanceDatabase.UseSqlite(options, BoneBalanceDatabase.SqliteConnectionString(DatabasePath));
        return new SqliteBoneBalanceDbContext(options.Options, new DataOwner(owner));
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Database:Provider", Provider == DatabaseProvider.Postgres ? "postgres" : "sqlite");
        builder.UseSetting("ConnectionStrings:BoneBalance", ConnectionString);
        builder.UseSetting("Accounts:SignInAttemptsPerMinute", SignInAttemptsPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.ConfigureLogging(logging => logging.AddProvider(Logs));
        builder.ConfigureServices(services =>
        {
            services.RemoveAll<FoodCatalogue>();
            services.AddSingleton(SharedCatalogue.Instance);
        });
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            _postgres?.Dispose();
            try
            {
                Directory.Delete(_directory, recursive: true);
            }
            catch (IOException)
            {
                // A file still open on some platform: the temp folder is cleaned up eventually.
            }
        }
    }
}
