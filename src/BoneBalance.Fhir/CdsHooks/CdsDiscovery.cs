using System.Text.Json.Serialization;

namespace BoneBalance.Fhir.CdsHooks;

/// <summary>The discovery document, the answer to <c>GET {baseUrl}/cds-services</c> (CDS Hooks 2.0, "Discovery").</summary>
/// <param name="Services">The services offered.</param>
public sealed record CdsDiscovery(IReadOnlyList<CdsService> Services);

/// <summary>One service of the discovery document.</summary>
/// <param name="Hook">The hook it answers (<c>patient-view</c>, <c>order-sign</c>).</param>
/// <param name="Title">A human-friendly name.</param>
/// <param name="Description">What it does.</param>
/// <param name="Id">The last segment of its URL: <c>{baseUrl}/cds-services/{id}</c>.</param>
/// <param name="Prefetch">Prefetch templates by key: a FHIR read or search with <c>{{context.…}}</c> tokens.</param>
/// <param name="UsageRequirements">What a client must do or know before using it.</param>
public sealed record CdsService(
    string Hook,
    string? Title,
    string Description,
    string Id,
    IReadOnlyDictionary<string, string>? Prefetch = null,
    string? UsageRequirements = null)
{
    /// <summary>Extensions (<c>extension</c>), kept as read.</summary>
    [JsonPropertyName("extension")]
    public System.Text.Json.Nodes.JsonObject? Extension { get; init; }
}
