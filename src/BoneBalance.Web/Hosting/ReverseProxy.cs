using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace BoneBalance.Web.Hosting;

/// <summary>
/// Behind a reverse proxy (TLS termination, a load balancer) every request arrives from the proxy's address, so the
/// per-address sign-in limit would put all clients into one bucket. Configuring the proxies that may be believed
/// (<c>ReverseProxy:KnownProxies</c>, a list of IP addresses; <c>ReverseProxy:KnownNetworks</c>, a list of CIDR
/// ranges such as <c>10.0.0.0/8</c>) makes the client address and scheme come from their <c>X-Forwarded-For</c> and
/// <c>X-Forwarded-Proto</c> headers. Nothing configured: the headers are ignored, because any client can send them.
/// </summary>
internal static class ReverseProxy
{
    /// <summary>Reads the trusted proxies; throws naming the setting and the value when one is not an address or range.</summary>
    public static void AddReverseProxy(this WebApplicationBuilder builder)
    {
        var proxies = builder.Configuration.GetSection("ReverseProxy:KnownProxies").Get<string[]>() ?? [];
        var networks = builder.Configuration.GetSection("ReverseProxy:KnownNetworks").Get<string[]>() ?? [];
        builder.Services.Configure<ForwardedHeadersOptions>(options =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            options.KnownProxies.Clear();
            options.KnownIPNetworks.Clear();
            for (var i = 0; i < proxies.Length; i++)
            {
                options.KnownProxies.Add(IPAddress.TryParse(proxies[i], out var address)
                    ? address
                    : throw new InvalidOperationException($"ReverseProxy:KnownProxies:{i} '{proxies[i]}' is not an IP address (e.g. 10.0.0.5 or ::1)."));
            }

            for (var i = 0; i < networks.Length; i++)
            {
                options.KnownIPNetworks.Add(System.Net.IPNetwork.TryParse(networks[i], out var network)
                    ? network
                    : throw new InvalidOperationException($"ReverseProxy:KnownNetworks:{i} '{networks[i]}' is not a CIDR range (e.g. 10.0.0.0/8)."));
            }
        });
    }

    /// <summary>Takes the client address and scheme from trusted proxies' headers (first in the pipeline); nothing when none is trusted.</summary>
    public static void UseReverseProxy(this WebApplication app)
    {
        var options = app.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<ForwardedHeadersOptions>>().Value;
        if (options.KnownProxies.Count + options.KnownIPNetworks.Count > 0)
        {
            app.UseForwardedHeaders();
        }
    }
}
