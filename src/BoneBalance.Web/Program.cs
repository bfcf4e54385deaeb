using System.Text.Encodings.Web;
using System.Text.Unicode;
using BoneBalance.Web.Accounts;
using BoneBalance.Web.Api;
using BoneBalance.Web.CdsHooks;
using BoneBalance.Web.Hosting;
using BoneBalance.Web.Reports;
using BoneBalance.Web.Security;

// The composition root: each capability registers itself; nothing here decides anything about bones.
// The content root is the application's own folder, so appsettings.json (with its log levels) and wwwroot are found
// whatever the current directory is (`dotnet run`, `dotnet BoneBalance.Web.dll`, a service manager).
// `dotnet BoneBalance.Web.dll migrate` (same configuration as the app) migrates the database, makes sure the shared
// data-protection key ring has a key, and exits: the one step of a deployment before its instances start.
var migrateOnly = args is ["migrate", ..];
var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = migrateOnly ? args[1..] : args, ContentRootPath = AppContext.BaseDirectory });

builder.AddPrivateLogging();

builder.AddBoneBalanceDatabase();
builder.AddSharedDataProtection();
builder.AddFoodCatalogue();
builder.AddAccounts();
builder.AddRequestLimits();
builder.AddReverseProxy();
builder.AddApi();
builder.AddCdsHooks();
builder.Services.AddRazorPages(options => options.RootDirectory = "/");
// Pages are UTF-8: µg, ×, ≥ and accented names are written as characters, not as numeric entities.
builder.Services.AddWebEncoders(options => options.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));

var app = builder.Build();

if (migrateOnly)
{
    await app.MigrateDatabaseAsync().ConfigureAwait(false);
    app.EnsureDataProtectionKey();
    Console.WriteLine("Migrated; the data-protection key ring has a key.");
    return 0;
}

if (await app.PrepareDatabaseAsync().ConfigureAwait(false) is { } notMigrated)
{
    // An instance started before the deployment's migrate step: one line and exit code 1, nothing served.
    await Console.Error.WriteLineAsync("error: " + notMigrated).ConfigureAwait(false);
    return 1;
}

app.EnsureDataProtectionKey();
app.LoadFoodCatalogue();

app.UseReverseProxy();
app.UseErrorPages();
if (!app.Environment.IsDevelopment())
{
    // Sends Strict-Transport-Security only over HTTPS and never for localhost, so the default http://localhost:5000
    // is unaffected; behind a TLS-terminating proxy it takes effect.
    app.UseHsts();
}

app.UseSecurityHeaders();
app.UseRequestLimits();
app.UseStaticFiles();
app.UseRouting();
app.UseCors();
app.UseAuthentication();
app.UseSignInRateLimit();
app.UseAuthorization();
app.UseAntiforgery();

app.MapRazorPages();
app.MapApi();
app.MapCdsHooks();
app.MapReportPdf();

try
{
    await app.RunAsync().ConfigureAwait(false);
}
catch (IOException e) when (e.InnerException is Microsoft.AspNetCore.Connections.AddressInUseException)
{
    // A busy port is an everyday mistake (a second copy still running): one line and exit code 1, not a stack trace.
    // Hosting's own failure log is switched off for this category in appsettings.json for the same reason.
    await Console.Error.WriteLineAsync($"error: {e.Message.TrimEnd('.')}; valid: a free port, e.g. --urls http://localhost:5001").ConfigureAwait(false);
    return 1;
}

return 0;

/// <summary>The web application (public so that integration tests can host it).</summary>
public partial class Program;
