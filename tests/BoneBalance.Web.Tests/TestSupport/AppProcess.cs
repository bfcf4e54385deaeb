using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace BoneBalance.Web.Tests.TestSupport;

/// <summary>
/// The real web app as a child process (<c>dotnet BoneBalance.Web.dll</c>) on a free loopback port with its own
/// SQLite file or PostgreSQL database, for tests that must kill it as an operating system would.
/// </summary>
public sealed class AppProcess : IDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private AppProcess(Process process, Uri address)
    {
        _process = process;
        Address = address;
    }

    /// <summary>The app's base address.</summary>
    public Uri Address { get; }

    /// <summary>What the app wrote to stdout and stderr so far.</summary>
    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    /// <summary>Starts the app on <paramref name="databasePath"/> and waits until it answers.</summary>
    public static async Task<AppProcess> StartAsync(string databasePath)
    {
        var dll = Dll();
        var port = FreePort();
        return await StartAsync(StartInfo(dll, port, databasePath), port);
    }

    /// <summary>
    /// Starts the app on the PostgreSQL database <paramref name="connectionString"/> and waits until it answers;
    /// <paramref name="environment"/> adds or overrides environment variables (settings as <c>Section__Key</c>).
    /// </summary>
    public static async Task<AppProcess> StartOnPostgresAsync(string connectionString, IReadOnlyDictionary<string, string>? environment = null)
    {
        var dll = Dll();
        var port = FreePort();
        var start = PostgresStartInfo(dll, port, connectionString, environment);
        return await StartAsync(start, port);
    }

    /// <summary>
    /// Runs <c>dotnet BoneBalance.Web.dll migrate</c> on the PostgreSQL database <paramref name="connectionString"/> (the
    /// deployment step before instances start) and returns its exit code and output.
    /// </summary>
    public static Task<(int ExitCode, string Output)> MigrateOnPostgresAsync(string connectionString, IReadOnlyDictionary<string, string>? environment = null)
    {
        var start = PostgresStartInfo(Dll(), FreePort(), connectionString, environment);
        start.ArgumentList.Clear();
        start.ArgumentList.Add(Dll());
        start.ArgumentList.Add("migrate");
        return RunToExitAsync(start);
    }

    /// <summary>
    /// Starts the app on the PostgreSQL database <paramref name="connectionString"/> for a test that expects it to refuse
    /// to start, and returns its exit code and output once it has exited (within 120 s).
    /// </summary>
    public static Task<(int ExitCode, string Output)> RunOnPostgresUntilExitAsync(string connectionString, IReadOnlyDictionary<string, string>? environment = null) =>
        RunToExitAsync(PostgresStartInfo(Dll(), FreePort(), connectionString, environment));

    private static async Task<(int ExitCode, string Output)> RunToExitAsync(ProcessStartInfo start)
    {
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(120));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output + await error);
    }

    private static ProcessStartInfo PostgresStartInfo(string dll, int port, string connectionString, IReadOnlyDictionary<string, string>? environment)
    {
        var start = StartInfo(dll, port, "unused.db");
        start.Environment["Database__Provider"] = "postgres";
        start.Environment["ConnectionStrings__BoneBalance"] = connectionString;
        start.Environment["Accounts__SignInAttemptsPerMinute"] = "1000";
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        return start;
    }

    private static async Task<AppProcess> StartAsync(ProcessStartInfo start, int port)
    {
        start.Environment.TryAdd("Accounts__SignInAttemptsPerMinute", "1000");
        var process = Process.Start(start)!;
        var app = new AppProcess(process, new Uri($"http://127.0.0.1:{port}/"));
        process.OutputDataReceived += (_, e) => app.Append(e.Data);
        process.ErrorDataReceived += (_, e) => app.Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        await app.WaitUntilReadyAsync();
        return app;
    }

    /// <summary>
    /// How the app is started as a child process: <paramref name="dll"/> on loopback port <paramref name="port"/>, with its
    /// own SQLite file and the tests' shared food catalogue, output redirected.
    /// </summary>
    public static ProcessStartInfo StartInfo(string dll, int port, string databasePath)
    {
        _ = SharedCatalogue.Instance; // builds the food database file the child reads
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { dll, "--urls", $"http://127.0.0.1:{port}" },
            WorkingDirectory = Path.GetTempPath(),
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["ConnectionStrings__BoneBalance"] = $"Data Source={databasePath}";
        start.Environment["FoodDatabase__Path"] = SharedCatalogue.DatabasePath;
        return start;
    }

    /// <summary>A browser-like client for the app (cookies kept, redirects not followed).</summary>
    public Browser Browser() => Browser(new CookieContainer());

    /// <summary>A browser-like client for the app keeping its cookies in <paramref name="cookies"/>: two apps on one host
    /// given the same container see one browser (cookies are not told apart by port), as behind a load balancer.</summary>
    public Browser Browser(CookieContainer cookies) =>
        new(new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = true, CookieContainer = cookies }) { BaseAddress = Address });

    /// <summary>SIGKILL: no shutdown code runs, nothing is flushed by the app.</summary>
    public void KillHard()
    {
        _process.Kill(entireProcessTree: true);
        _process.WaitForExit();
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            KillHard();
        }

        _process.Dispose();
    }

    private void Append(string? line)
    {
        if (line is not null)
        {
            lock (_output)
            {
                _output.AppendLine(line);
            }
        }
    }

    private async Task WaitUntilReadyAsync()
    {
        using var client = new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(5) };
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < TimeSpan.FromSeconds(90))
        {
            Assert.False(_process.HasExited, "the app exited:\n" + Output);
            try
            {
                using var response = await client.GetAsync("api/faq/1");
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(200);
        }

        Assert.Fail("the app did not start within 90 s:\n" + Output);
    }

    private static string Dll()
    {
        var dll = Path.Combine(Repository.Root, "src", "BoneBalance.Web", "bin", Configuration(), "net10.0", "BoneBalance.Web.dll");
        Assert.True(File.Exists(dll), $"{dll} is missing: build src/BoneBalance.Web first");
        return dll;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static string Configuration() =>
        AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Debug{Path.DirectorySeparatorChar}", StringComparison.Ordinal) ? "Debug" : "Release";
}
