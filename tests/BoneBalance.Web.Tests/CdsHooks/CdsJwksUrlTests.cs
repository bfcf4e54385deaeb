using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Headers;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;

namespace BoneBalance.Web.Tests.CdsHooks;

/// <summary>A client whose JWK Set is a URL (a real Kestrel server in the test): fetched once, then cached.</summary>
public sealed class CdsJwksUrlTests : IAsyncLifetime, IDisposable
{
    private readonly ConcurrentQueue<string> _requests = new();
    private WebApplication? _server;
    private UrlFactory? _factory;

    private sealed class UrlFactory(string jwksUrl) : CdsHooksFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("CdsHooks:Clients:0:JwksFile", string.Empty);
            builder.UseSetting("CdsHooks:Clients:0:JwksUrl", jwksUrl);
        }
    }

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        _server = builder.Build();
        string? jwks = null;
        _server.MapGet("/jwks.json", () =>
        {
            _requests.Enqueue("/jwks.json");
            return Results.Text(jwks!, "application/json");
        });
        await _server.StartAsync();
        _factory = new UrlFactory(_server.Urls.Single() + "/jwks.json");
        jwks = await File.ReadAllTextAsync(_factory.Keys.JwksFile);
    }

    public void Dispose() => _factory?.Dispose();

    public async Task DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.StopAsync();
            await _server.DisposeAsync();
        }
    }

    [Fact]
    public async Task Tokens_verify_against_a_key_set_fetched_once_and_cached()
    {
        using var client = _factory!.CreateClient();
        for (var i = 0; i < 3; i++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "/cds-services");
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", _factory.Keys.Token(CdsHooksFactory.Audience("/cds-services"), i % 2 == 0 ? "ES384" : "RS384"));
            using var response = await client.SendAsync(request);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        Assert.Single(_requests);
    }
}
