using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text.Json;
using BoneBalance.Web.CdsHooks;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace BoneBalance.Web.Tests.CdsHooks;

/// <summary>
/// The client JWT on every CDS Hooks call (discovery here): what the specification requires is accepted, every way of
/// breaking it is a 401 with <c>WWW-Authenticate</c> and a one-line reason.
/// </summary>
public sealed class CdsJwtTests(CdsHooksFactory factory) : IClassFixture<CdsHooksFactory>
{
    private static readonly string DiscoveryAudience = CdsHooksFactory.Audience("/cds-services");

    private async Task<(HttpStatusCode Status, string? Challenge, string Body)> DiscoveryAsync(string? token)
    {
        using var client = factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/cds-services");
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        using var response = await client.SendAsync(request);
        return (response.StatusCode, response.Headers.WwwAuthenticate.ToString(), await response.Content.ReadAsStringAsync());
    }

    private async Task AssertRefusedAsync(string? token, string reason)
    {
        var (status, challenge, body) = await DiscoveryAsync(token);
        Assert.Equal(HttpStatusCode.Unauthorized, status);
        Assert.StartsWith("Bearer", challenge, StringComparison.Ordinal);
        var detail = JsonDocument.Parse(body).RootElement.GetProperty("detail").GetString();
        Assert.Contains(reason, detail, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_valid_ES384_token_is_accepted() =>
        Assert.Equal(HttpStatusCode.OK, (await DiscoveryAsync(factory.Keys.Token(DiscoveryAudience, "ES384"))).Status);

    [Fact]
    public async Task A_valid_RS384_token_is_accepted() =>
        Assert.Equal(HttpStatusCode.OK, (await DiscoveryAsync(factory.Keys.Token(DiscoveryAudience, "RS384"))).Status);

    [Fact]
    public async Task A_missing_token_is_refused_with_a_challenge() => await AssertRefusedAsync(null, "no bearer token");

    [Fact]
    public async Task A_token_of_an_issuer_not_allowed_is_refused() =>
        await AssertRefusedAsync(factory.Keys.Token(DiscoveryAudience, issuer: "https://other-ehr.test/"), "iss 'https://other-ehr.test/' is not an allowed client");

    [Fact]
    public async Task A_token_for_another_endpoint_is_refused() =>
        await AssertRefusedAsync(factory.Keys.Token(CdsHooksFactory.Audience("/cds-services/bonebalance-patient-view")), "aud is not this endpoint's URL; valid: https://cds.test/cds-services");

    [Fact]
    public async Task An_expired_token_is_refused() =>
        await AssertRefusedAsync(factory.Keys.Token(DiscoveryAudience, expires: DateTimeOffset.UtcNow.AddMinutes(-5), issued: DateTimeOffset.UtcNow.AddMinutes(-10)), "expired");

    [Fact]
    public async Task A_token_issued_in_the_future_is_refused() =>
        await AssertRefusedAsync(factory.Keys.Token(DiscoveryAudience, issued: DateTimeOffset.UtcNow.AddMinutes(3)), "iat is in the future");

    [Fact]
    public async Task A_token_without_jti_is_refused() => await AssertRefusedAsync(factory.Keys.Token(DiscoveryAudience, jti: null), "jti is missing");

    [Fact]
    public async Task A_replayed_token_is_refused_the_second_time()
    {
        var token = factory.Keys.Token(DiscoveryAudience);
        Assert.Equal(HttpStatusCode.OK, (await DiscoveryAsync(token)).Status);
        await AssertRefusedAsync(token, "replayed");
    }

    [Fact]
    public async Task A_token_signed_by_another_key_is_refused()
    {
        using var other = ECDsa.Create(ECCurve.NamedCurves.nistP384);
        await AssertRefusedAsync(factory.Keys.Token(DiscoveryAudience, otherEcKey: other), "signature");
    }

    [Fact]
    public async Task An_unsigned_token_alg_none_is_refused() => await AssertRefusedAsync(factory.Keys.Token(DiscoveryAudience, "none"), "alg 'none' is not accepted");

    [Fact]
    public async Task An_HS256_token_is_refused_even_with_the_secret_in_the_key_set() =>
        await AssertRefusedAsync(factory.Keys.Token(DiscoveryAudience, "HS256"), "alg 'HS256' is not accepted");

    [Fact]
    public async Task A_token_whose_typ_is_not_JWT_is_refused() => await AssertRefusedAsync(factory.Keys.Token(DiscoveryAudience, typ: "at+jwt"), "typ");

    [Fact]
    public async Task A_token_naming_an_unknown_key_is_refused() => await AssertRefusedAsync(factory.Keys.Token(DiscoveryAudience, kid: "nobody"), "kid 'nobody'");

    [Fact]
    public async Task The_specifications_example_token_has_a_valid_signature_and_has_expired()
    {
        // CDS Hooks 2.0.1's example: ES384, kid example-kid, iss https://fhir-ehr.example.com/, exp 2015-01-29. Expiry is
        // checked after the signature, so "expired" means the signature verified against the published JWK Set.
        var folder = Repository.File("data", "sources", "cds-hooks", "spec-2.0.1");
        var token = File.ReadAllText(Path.Combine(folder, "jwt-example-token.txt")).Trim();
        var payload = TestClientKeys.Payload(token);
        Assert.Equal(1422568860, payload.GetProperty("exp").GetInt64());
        var verifier = Verifier("https://fhir-ehr.example.com/", Path.Combine(folder, "jwks-public.json"));
        const string Audience = "https://cds.example.org/cds-services/some-service";

        Assert.Equal("the token has expired (exp)", await verifier.RefuseAsync("Bearer " + token, Audience, default));

        // The same token with one character of its signature changed no longer verifies.
        var parts = token.Split('.');
        var tampered = $"{parts[0]}.{parts[1]}.{(parts[2][0] == 'A' ? 'B' : 'A')}{parts[2][1..]}";
        Assert.Equal("the signature does not verify with the client's keys", await verifier.RefuseAsync("Bearer " + tampered, Audience, default));
    }

    private static CdsJwtVerifier Verifier(string issuer, string jwksFile)
    {
        var options = new CdsHooksOptions();
        options.Clients.Add(new CdsClientOptions { Issuer = issuer, JwksFile = jwksFile });
        return new CdsJwtVerifier(
            Options.Create(options),
            new CdsClientKeys(new NoHttp(), TimeProvider.System, NullLogger<CdsClientKeys>.Instance),
            // The specification's token is refused before its jti is looked at: no database behind the counters.
            new JtiReplayGuard(new BoneBalance.Web.Security.SharedCounters(new ServiceCollection().BuildServiceProvider().GetRequiredService<IServiceScopeFactory>(), TimeProvider.System)),
            TimeProvider.System);
    }

    private sealed class NoHttp : IHttpClientFactory
    {
        public HttpClient CreateClient(string name) => throw new InvalidOperationException("The key set is a file: no HTTP.");
    }
}
