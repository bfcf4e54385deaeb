using BoneBalance.Data.Persistence;
using Microsoft.AspNetCore.DataProtection;

namespace BoneBalance.Web.Hosting;

/// <summary>
/// ASP.NET Core data protection — what encrypts and signs the session and device cookies, antiforgery tokens and the
/// emailed account links — with its key ring in the accounts database (<see cref="BoneBalanceDbContext.DataProtectionKeys"/>)
/// under one application name, so that every instance of the app reads what any other wrote and a restart or a new
/// machine keeps everyone signed in. Without this the key ring was a folder in the home directory of whoever ran the
/// app, isolated by the app's install path: two machines (or two install folders) could not read each other's cookies.
/// </summary>
internal static class SharedDataProtection
{
    /// <summary>The application name every instance shares (data protection isolates key use by it).</summary>
    public const string ApplicationName = "BoneBalance";

    /// <summary>Registers data protection with its keys in the accounts database.</summary>
    public static void AddSharedDataProtection(this WebApplicationBuilder builder) =>
        builder.Services.AddDataProtection().SetApplicationName(ApplicationName).PersistKeysToDbContext<BoneBalanceDbContext>();

    /// <summary>
    /// Makes sure the key ring has a key, creating the first one when it is empty. Run by <c>migrate</c> and at start-up,
    /// so that instances started together find one key rather than each creating its own on its first request.
    /// </summary>
    public static void EnsureDataProtectionKey(this WebApplication app) =>
        app.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("BoneBalance.KeyRing.Check").Protect([0]);
}
