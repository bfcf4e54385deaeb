using System.Net;
using BoneBalance.Web.Tests.TestSupport;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace BoneBalance.Web.Tests.Security;

/// <summary>
/// The sign-in limit is per client address. Behind a trusted proxy the address is the one the proxy forwards; from
/// anyone else <c>X-Forwarded-For</c> is ignored (a client could otherwise dodge the limit by inventing addresses).
/// </summary>
public sealed class ReverseProxyTests
{
    /// <summary>Requests come from 127.0.0.1 (the test server gives none), the limit is 3 a minute.</summary>
    public class Factory : BoneBalanceFactory
    {
        protected override int SignInAttemptsPerMinute => 3;

        protected virtual string[] KnownProxies => [];

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            for (var i = 0; i < KnownProxies.Length; i++)
            {
                builder.UseSetting($"ReverseProxy:KnownProxies:{i}", KnownProxies[i]);
            }

            builder.ConfigureServices(services => services.AddTransient<IStartupFilter, FromLoopback>());
        }

        private sealed class FromLoopback : IStartupFilter
        {
            public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
            {
                app.Use((context, then) =>
                {
                    context.Connection.RemoteIpAddress ??= IPAddress.Loopback;
                    return then(context);
                });
                next(app);
            };
        }
    }

    public sealed class BehindTrustedProxy : Factory
    {
        protected override string[] KnownProxies => ["127.0.0.1"];
    }

    public sealed class BadProxySetting : Factory
    {
        protected override string[] KnownProxies => ["proxy.example.org"];
    }

    private static async Task<HttpStatusCode[]> AttemptsAsync(BoneBalanceFactory factory, string forwardedFor, int count)
    {
        using var browser = factory.Browser();
        browser.Client.DefaultRequestHeaders.Add("X-Forwarded-For", forwardedFor);
        var statuses = new HttpStatusCode[count];
        for (var i = 0; i < count; i++)
        {
            using var response = await browser.SignInAsync("nobody@example.org", "whatever password");
            statuses[i] = response.StatusCode;
        }

        return statuses;
    }

    [Fact]
    public async Task Behind_a_trusted_proxy_each_forwarded_client_has_its_own_limit()
    {
        using var factory = new BehindTrustedProxy();
        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], await AttemptsAsync(factory, "203.0.113.5", 4));
        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], await AttemptsAsync(factory, "203.0.113.6", 4));
    }

    [Fact]
    public async Task Without_a_trusted_proxy_an_invented_forwarded_address_does_not_escape_the_limit()
    {
        using var factory = new Factory();
        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK], await AttemptsAsync(factory, "203.0.113.5", 3));
        Assert.Equal([HttpStatusCode.TooManyRequests], await AttemptsAsync(factory, "198.51.100.7", 1));
    }

    [Fact]
    public void A_proxy_that_is_not_an_address_stops_the_start_naming_the_setting()
    {
        using var factory = new BadProxySetting();
        var e = Assert.ThrowsAny<Exception>(() => factory.CreateClient());
        Assert.Contains("ReverseProxy:KnownProxies:0 'proxy.example.org' is not an IP address", e.ToString(), StringComparison.Ordinal);
    }
}
