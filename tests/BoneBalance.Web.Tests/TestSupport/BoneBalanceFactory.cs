using BoneBalance.Data;
using BoneBalance.Data.Persistence;
using BoneBalance.Data.Persistence.Sqlite;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;

namespace BoneBalance.Web.Tests.TestSupport;

/// <summary>
/// The web app in memory with its own SQLite file (one per test class), the shared food catalogue and captured logs.
/// </summary>
public class BoneBalanceFactory : WebApplicationFactory<Program>
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "bonebalance-web-tests", Guid.NewGuid().ToString("N"));

    public BoneBalanceFactory()
    {
        Directory.CreateDirectory(_directory);
        DatabasePath = Path.Combine(_directory, "bonebalance.db");
    }

    /// <summary>The SQLite file.</summary>
    public string DatabasePath { get; }

    /// <summary>Everything the app logged.</summary>
    public CapturedLogs Logs { get; } = new();

    /// <summary>Sign-in attempts per minute per address (high, so tests are not throttled; the rate-limit test lowers it).</summary>
    protected virtual int SignInAttemptsPerMinute => 10_000;

    /// <summary>A browser-like client: cookies kept, redirects not followed.</summary>
    public Browser Browser() => new(CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true }));

    /// <summary>A context over the test database that sees <paramref name="owner"/>'s rows.</summary>
    public BoneBalanceDbContext Database(string? owner)
    {
        var options = new DbContextOptionsBuilder<SqliteBoneBalanceDbContext>();
        BoneBalanceDatabase.UseSqlite(options, BoneBalanceDatabase.SqliteConnectionString(DatabasePath));
        return new SqliteBoneBalanceDbContext(options.Options, new DataOwner(owner));
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("ConnectionStrings:BoneBalance", BoneBalanceDatabase.SqliteConnectionString(DatabasePath));
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
