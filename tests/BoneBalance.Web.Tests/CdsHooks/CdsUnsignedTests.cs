using System.Net;
using Microsoft.AspNetCore.Hosting;

namespace BoneBalance.Web.Tests.CdsHooks;

/// <summary><c>CdsHooks:AllowUnsignedRequests</c> lets a call without a token through in Development only.</summary>
public sealed class CdsUnsignedTests
{
    private sealed class UnsignedFactory(string environment) : CdsHooksFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseEnvironment(environment);
            builder.UseSetting("CdsHooks:AllowUnsignedRequests", "true");
        }
    }

    [Fact]
    public async Task Unsigned_calls_are_allowed_in_Development_when_configured()
    {
        using var factory = new UnsignedFactory("Development");
        using var client = factory.CreateClient();
        using var response = await client.GetAsync(new Uri("/cds-services", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Unsigned_calls_are_refused_elsewhere_with_a_startup_warning()
    {
        using var factory = new UnsignedFactory("Production");
        using var client = factory.CreateClient();
        using var response = await client.GetAsync(new Uri("/cds-services", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains(factory.Logs.Lines, l => l.StartsWith("Warning", StringComparison.Ordinal) && l.Contains("AllowUnsignedRequests is ignored", StringComparison.Ordinal));
    }
}
