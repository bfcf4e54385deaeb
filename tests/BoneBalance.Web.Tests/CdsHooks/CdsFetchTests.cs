using System.Net;
using System.Text.Json;
using BoneBalance.Web.CdsHooks;

namespace BoneBalance.Web.Tests.CdsHooks;

/// <summary>
/// Prefetch left out: the service fetches from the client's FHIR server (<see cref="StubFhirServer"/>, real HTTP) with
/// the <c>fhirAuthorization</c> token, follows next links on the server's own origin up to the page cap, and answers 412
/// when the server refuses.
/// </summary>
public sealed class CdsFetchTests(CdsHooksFactory factory) : IClassFixture<CdsHooksFactory>
{
    private const string AccessToken = "stub-access-token";

    [Fact]
    public async Task Missing_prefetch_is_fetched_with_the_bearer_token_and_every_page_is_read()
    {
        await using var fhir = await StubFhirServer.StartAsync(HookRequests.MaxDicki, AccessToken, pageSize: 40);
        var (id, _, byType) = HookRequests.Record(HookRequests.MaxDicki);
        var body = HookRequests.Request("patient-view", id, prefetch: null, fhirServer: fhir.BaseUrl, accessToken: AccessToken);
        using var response = await HookRequests.PostAsync(factory, "bonebalance-patient-view", body);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{(int)response.StatusCode}: {text}");

        var requests = fhir.Requests.ToList();
        Assert.All(requests, r => Assert.Equal($"Bearer {AccessToken}", r.Authorization));
        Assert.Contains(requests, r => r.Url == $"/fhir/Patient/{id}");
        Assert.Contains(requests, r => r.Url.StartsWith($"/fhir/MedicationRequest?patient={id}&status=active,on-hold,stopped,completed", StringComparison.Ordinal));
        var pages = (byType["Observation"].Count + 39) / 40;
        Assert.True(pages > 1, "the record's observations fill more than one page");
        Assert.Equal(Math.Min(pages, CdsFhirFetcher.MaxPages), requests.Count(r => r.Url.StartsWith("/fhir/Observation", StringComparison.Ordinal)));

        // Max Dicki takes warfarin (MANIFEST.csv): the fetched record gives the same VKA card as a prefetched one.
        var cards = JsonDocument.Parse(text).RootElement.GetProperty("cards");
        Assert.Contains(cards.EnumerateArray(), c => c.GetProperty("detail").GetString()!.Contains("`VKA_", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Searches_stop_at_the_page_cap()
    {
        await using var fhir = await StubFhirServer.StartAsync(HookRequests.MaxDicki, AccessToken, pageSize: 2);
        var (id, _, byType) = HookRequests.Record(HookRequests.MaxDicki);
        Assert.True(byType["Observation"].Count > 2 * CdsFhirFetcher.MaxPages);
        var body = HookRequests.Request("patient-view", id, prefetch: null, fhirServer: fhir.BaseUrl, accessToken: AccessToken);
        using var response = await HookRequests.PostAsync(factory, "bonebalance-patient-view", body);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(CdsFhirFetcher.MaxPages, fhir.Requests.Count(r => r.Url.StartsWith("/fhir/Observation", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task A_next_link_to_another_origin_is_not_followed()
    {
        // localhost is the same machine but not the FHIR server's origin (127.0.0.1): the token must not go there.
        await using var fhir = await StubFhirServer.StartAsync(HookRequests.MaxDicki, AccessToken, pageSize: 40, nextHost: "localhost");
        var (id, _, _) = HookRequests.Record(HookRequests.MaxDicki);
        var body = HookRequests.Request("patient-view", id, prefetch: null, fhirServer: fhir.BaseUrl, accessToken: AccessToken);
        using var response = await HookRequests.PostAsync(factory, "bonebalance-patient-view", body);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(1, fhir.Requests.Count(r => r.Url.StartsWith("/fhir/Observation", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Only_the_missing_keys_are_fetched()
    {
        await using var fhir = await StubFhirServer.StartAsync(HookRequests.MaxDicki, AccessToken);
        var (id, prefetch) = HookRequests.Prefetch(HookRequests.MaxDicki);
        prefetch.Remove("medications");
        var body = HookRequests.Request("patient-view", id, prefetch, fhirServer: fhir.BaseUrl, accessToken: AccessToken);
        using var response = await HookRequests.PostAsync(factory, "bonebalance-patient-view", body);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("/fhir/MedicationRequest", Assert.Single(fhir.Requests).Url.Split('?')[0]);
    }

    [Fact]
    public async Task A_FHIR_server_that_refuses_the_token_is_a_412()
    {
        await using var fhir = await StubFhirServer.StartAsync(HookRequests.MaxDicki, AccessToken);
        var (id, _, _) = HookRequests.Record(HookRequests.MaxDicki);
        var body = HookRequests.Request("patient-view", id, prefetch: null, fhirServer: fhir.BaseUrl, accessToken: "a-wrong-token");
        using var response = await HookRequests.PostAsync(factory, "bonebalance-patient-view", body);
        Assert.Equal(HttpStatusCode.PreconditionFailed, response.StatusCode);
        var detail = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("detail").GetString();
        Assert.Equal("prefetch 'patient': the FHIR server answered 401", detail);
        Assert.DoesNotContain("a-wrong-token", string.Join("\n", factory.Logs.Lines), StringComparison.Ordinal);
    }
}
