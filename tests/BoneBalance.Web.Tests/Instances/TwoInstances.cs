using System.Net;
using BoneBalance.Web.Tests.CdsHooks;
using BoneBalance.Web.Tests.TestSupport;

namespace BoneBalance.Web.Tests.Instances;

/// <summary>
/// Two app processes on one PostgreSQL database, deployed as the README says: one <c>migrate</c> step, then both
/// instances with <c>Database:MigrateAtStartup=false</c>, the same CDS Hooks client and public base URL. Each process
/// has its own home directory, so nothing they share can come from a file the two happen to see on this machine.
/// </summary>
public sealed class TwoInstances : IAsyncLifetime
{
    private readonly List<string> _homes = [];
    private TestPostgresDatabase? _database;

    /// <summary>Allowed sign-in posts per address and minute (<c>Accounts:SignInAttemptsPerMinute</c>).</summary>
    public int SignInAttemptsPerMinute { get; init; } = 1000;

    public AppProcess A { get; private set; } = null!;

    public AppProcess B { get; private set; } = null!;

    public TestClientKeys Keys { get; } = new();

    /// <summary>What <c>migrate</c> printed.</summary>
    public string MigrateOutput { get; private set; } = string.Empty;

    /// <summary>The database both instances use.</summary>
    public TestPostgresDatabase Database => _database!;

    /// <summary>A browser whose cookie jar both instances see: <c>a</c> talks to A, <c>b</c> to B.</summary>
    public (Browser A, Browser B) OneBrowser()
    {
        var cookies = new CookieContainer();
        return (A.Browser(cookies), B.Browser(cookies));
    }

    public async Task InitializeAsync()
    {
        if (TestPostgres.OptedOut)
        {
            return;
        }

        _database = TestPostgres.CreateDatabase();
        var (exit, output) = await AppProcess.MigrateOnPostgresAsync(_database.ConnectionString, Settings());
        MigrateOutput = output;
        Assert.True(exit == 0, $"migrate exited {exit}:\n{output}");
        A = await AppProcess.StartOnPostgresAsync(_database.ConnectionString, Settings());
        B = await AppProcess.StartOnPostgresAsync(_database.ConnectionString, Settings());
    }

    public Task DisposeAsync()
    {
        A?.Dispose();
        B?.Dispose();
        _database?.Dispose();
        Keys.Dispose();
        foreach (var home in _homes)
        {
            Directory.Delete(home, recursive: true);
        }

        return Task.CompletedTask;
    }

    private Dictionary<string, string> Settings()
    {
        var home = Path.Combine(Path.GetTempPath(), "bonebalance-web-tests", "home-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(home);
        _homes.Add(home);
        return new Dictionary<string, string>
        {
            ["HOME"] = home,
            ["Database__MigrateAtStartup"] = "false",
            ["Accounts__SignInAttemptsPerMinute"] = SignInAttemptsPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["CdsHooks__PublicBaseUrl"] = CdsHooksFactory.BaseUrl,
            ["CdsHooks__Clients__0__Issuer"] = TestClientKeys.Issuer,
            ["CdsHooks__Clients__0__JwksFile"] = Keys.JwksFile,
        };
    }
}
