using System.Collections.Concurrent;
using Microsoft.IdentityModel.Tokens;

namespace BoneBalance.Web.CdsHooks;

/// <summary>
/// The public keys of each allowed client, from its JWK Set file or URL, cached for <see cref="CacheFor"/>. A token whose
/// <c>kid</c> is not in the cached set refreshes it, at most once per <see cref="RefreshAtMostEvery"/>, so a client's key
/// rotation is picked up without letting unknown kids trigger a fetch per request. Only RSA and EC keys are kept: a
/// symmetric (<c>oct</c>) key in a set is never a CDS Hooks signing key.
/// </summary>
internal sealed partial class CdsClientKeys(IHttpClientFactory http, TimeProvider time, ILogger<CdsClientKeys> log)
{
    /// <summary>The named HttpClient used for JWK Set URLs.</summary>
    public const string HttpClientName = "cds-hooks-jwks";

    /// <summary>How long a fetched or read key set is used.</summary>
    public static readonly TimeSpan CacheFor = TimeSpan.FromMinutes(10);

    /// <summary>The shortest time between two refreshes of one set for an unknown <c>kid</c>.</summary>
    public static readonly TimeSpan RefreshAtMostEvery = TimeSpan.FromSeconds(30);

    private readonly ConcurrentDictionary<string, (DateTimeOffset Read, IReadOnlyList<JsonWebKey> Keys)> _cache = new(StringComparer.Ordinal);

    /// <summary>The client's keys; those matching <paramref name="kid"/> when it names one.</summary>
    public async Task<IReadOnlyList<SecurityKey>> ForAsync(CdsClientOptions client, string? kid, CancellationToken cancellation)
    {
        var source = Source(client) ?? throw new InvalidOperationException($"CdsHooks client '{client.Issuer}' has neither JwksFile nor JwksUrl.");
        var now = time.GetUtcNow();
        var cached = _cache.TryGetValue(source, out var entry) && now - entry.Read < CacheFor;
        if (!cached || (kid is not null && !entry.Keys.Any(k => k.Kid == kid) && now - entry.Read >= RefreshAtMostEvery))
        {
            entry = (now, await ReadAsync(client, cancellation).ConfigureAwait(false));
            _cache[source] = entry;
        }

        return [.. entry.Keys.Where(k => kid is null || k.Kid == kid)];
    }

    private async Task<IReadOnlyList<JsonWebKey>> ReadAsync(CdsClientOptions client, CancellationToken cancellation)
    {
        string json;
        try
        {
            json = client.JwksFile is { Length: > 0 } file
                ? await File.ReadAllTextAsync(file, cancellation).ConfigureAwait(false)
                : await http.CreateClient(HttpClientName).GetStringAsync(new Uri(client.JwksUrl!), cancellation).ConfigureAwait(false);
        }
        catch (Exception e) when (e is IOException or HttpRequestException or UnauthorizedAccessException or TaskCanceledException)
        {
            KeysUnreadable(log, client.Issuer, Source(client), e.Message);
            return [];
        }

        try
        {
            return [.. new JsonWebKeySet(json).Keys.Where(k => k.Kty is JsonWebAlgorithmsKeyTypes.EllipticCurve or JsonWebAlgorithmsKeyTypes.RSA)];
        }
        catch (ArgumentException e)
        {
            KeysUnreadable(log, client.Issuer, Source(client), e.Message);
            return [];
        }
    }

    // The file when one is configured, else the URL.
    private static string? Source(CdsClientOptions client) => client.JwksFile is { Length: > 0 } file ? file : client.JwksUrl is { Length: > 0 } url ? url : null;

    // The issuer and where its keys live are configuration, not health data.
    [LoggerMessage(Level = LogLevel.Warning, Message = "CDS Hooks: the key set of client {Issuer} could not be read from {Source}: {Error}")]
    private static partial void KeysUnreadable(ILogger logger, string? issuer, string? source, string error);
}
