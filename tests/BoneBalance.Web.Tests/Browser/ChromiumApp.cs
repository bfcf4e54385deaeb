using BoneBalance.Web.Tests.TestSupport;
using Microsoft.Playwright;

// The namespace is not "...Tests.Browser": that would hide TestSupport.Browser (the HTTP client) from every other test.
namespace BoneBalance.Web.Tests.RealBrowser;

/// <summary>
/// One real app process (its own SQLite file, or PostgreSQL database in the PostgreSQL pass (<see cref="TestDatabase"/>); a
/// free loopback port; <see cref="AppProcess"/>) and one headless Debian
/// Chromium per test class. Tests open their own browser context, so cookies and users never leak between tests.
/// Browsers are never downloaded: Chromium must be the system's <c>/usr/bin/chromium</c> (Debian package
/// <c>chromium</c>, installed by test.sh). Without it the tests fail, unless <see cref="OptOutVariable"/> is 1.
/// </summary>
public sealed class ChromiumApp : IAsyncLifetime
{
    /// <summary>Debian's Chromium.</summary>
    public const string ChromiumPath = "/usr/bin/chromium";

    /// <summary>Set to 1 to skip the browser tests on a machine without Chromium (they are reported as skipped).</summary>
    public const string OptOutVariable = "BONEBALANCE_SKIP_BROWSER_TESTS";

    private AppProcess? _app;
    private TestPostgresDatabase? _postgres;
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    /// <summary>True when the browser tests were switched off with <see cref="OptOutVariable"/>.</summary>
    public static bool OptedOut => Environment.GetEnvironmentVariable(OptOutVariable) == "1";

    /// <summary>The app's base address.</summary>
    public Uri Address => (_app ?? throw new InvalidOperationException("not started")).Address;

    /// <summary>Where screenshots go: tests/BoneBalance.Web.Tests/TestResults/screenshots (git-ignored).</summary>
    public static string ScreenshotDirectory => Path.Combine(Repository.Root, "tests", "BoneBalance.Web.Tests", "TestResults", "screenshots");

    public async Task InitializeAsync()
    {
        if (OptedOut)
        {
            return;
        }

        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException(
                $"{ChromiumPath} is missing: install the Debian package 'chromium' (./test.sh installs it), " +
                $"or set {OptOutVariable}=1 to skip the browser tests. Browsers are never downloaded.");
        }

        var directory = Path.Combine(Path.GetTempPath(), "bonebalance-web-tests", "browser-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        Directory.CreateDirectory(ScreenshotDirectory);
        if (TestDatabase.Provider == BoneBalance.Data.Persistence.DatabaseProvider.Postgres)
        {
            _postgres = TestPostgres.CreateDatabase();
            _app = await AppProcess.StartOnPostgresAsync(_postgres.ConnectionString);
        }
        else
        {
            _app = await AppProcess.StartAsync(Path.Combine(directory, "bonebalance.db"));
        }

        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            // Chromium refuses to start its sandbox as root (CI containers); an ordinary user keeps the sandbox.
            Args = Environment.UserName == "root" ? ["--no-sandbox"] : [],
        });
    }

    /// <summary>A fresh context (no cookies) and page; desktop size unless a viewport is given.</summary>
    public async Task<IPage> NewPageAsync(int width = 1280, int height = 900, ColorScheme colorScheme = ColorScheme.Light)
    {
        var browser = _browser ?? throw new InvalidOperationException("Chromium did not start");
        var context = await browser.NewContextAsync(new()
        {
            BaseURL = Address.ToString(),
            ViewportSize = new() { Width = width, Height = height },
            AcceptDownloads = true,
            Locale = "en-GB",
            ColorScheme = colorScheme,
        });
        // 30 s: the browser tests share two cores with the rest of the suite (the crash test's app processes and
        // writers among them); a registration once took over 15 s under that load. A real failure still fails.
        context.SetDefaultTimeout(30_000);
        return await context.NewPageAsync();
    }

    /// <summary>A new page signed in as a new person, registered through the form.</summary>
    public async Task<IPage> RegisteredAsync(string who, int width = 1280, int height = 900, ColorScheme colorScheme = ColorScheme.Light)
    {
        var page = await NewPageAsync(width, height, colorScheme);
        await page.GotoAsync("/Accounts/Register");
        await page.GetByLabel("Email").FillAsync(TestAccounts.NewEmail(who));
        await page.Locator("#password").FillAsync(TestAccounts.Password);
        await page.Locator("#confirm").FillAsync(TestAccounts.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Create account" }).ClickAsync();
        try
        {
            // The first registration of an app process is its slowest (Identity's hashing, EF and Razor compiled on first
            // use) and shares two cores with the crash tests' app processes: it gets twice the default wait.
            await page.WaitForURLAsync("**/Diary", new() { Timeout = 60_000 });
        }
        catch (TimeoutException e)
        {
            var heading = await page.Locator("h1").First.TextContentAsync(new() { Timeout = 5_000 }).ConfigureAwait(false);
            var errors = string.Join(" | ", await page.Locator(".field-error, [role=alert]").AllTextContentsAsync().ConfigureAwait(false));
            throw new TimeoutException($"registration did not reach /Diary: at {page.Url}, heading '{heading}', errors '{errors}'\n{AppOutput}", e);
        }

        return page;
    }

    /// <summary>What the app printed (for failure messages).</summary>
    public string AppOutput => _app?.Output ?? string.Empty;

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
        _app?.Dispose();
        _postgres?.Dispose();
    }
}
