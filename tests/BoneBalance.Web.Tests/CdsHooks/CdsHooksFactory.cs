using BoneBalance.Web.Tests.TestSupport;
using Microsoft.AspNetCore.Hosting;

namespace BoneBalance.Web.Tests.CdsHooks;

/// <summary>The app with one allowed CDS client (keys from <see cref="TestClientKeys"/>), a public base URL, a launch URL
/// and the public CDS Hooks sandbox as the allowed browser origin.</summary>
public class CdsHooksFactory : BoneBalanceFactory
{
    public const string BaseUrl = "https://cds.test";
    public const string LaunchUrl = "https://bonebalance.test/launch";
    public const string SandboxOrigin = "https://sandbox.cds-hooks.org";

    public TestClientKeys Keys { get; } = new();

    /// <summary>The URL a token's aud must name for <paramref name="path"/>.</summary>
    public static string Audience(string path) => BaseUrl + path;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("CdsHooks:PublicBaseUrl", BaseUrl);
        builder.UseSetting("CdsHooks:LaunchUrl", LaunchUrl);
        builder.UseSetting("CdsHooks:AllowedOrigins:0", SandboxOrigin);
        builder.UseSetting("CdsHooks:Clients:0:Issuer", TestClientKeys.Issuer);
        builder.UseSetting("CdsHooks:Clients:0:JwksFile", Keys.JwksFile);
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            Keys.Dispose();
        }
    }
}
