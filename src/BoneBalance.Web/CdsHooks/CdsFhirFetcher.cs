using System.Net.Http.Headers;
using System.Text.Json;
using BoneBalance.Fhir.CdsHooks;
using Hl7.Fhir.Model;

namespace BoneBalance.Web.CdsHooks;

/// <summary>
/// Fetches a prefetch template the client did not fill from its FHIR server (<c>fhirServer</c>), with the
/// <c>fhirAuthorization</c> access token as a bearer token. A searchset is followed through its <c>next</c> links up to
/// <see cref="MaxPages"/> pages, and only on the FHIR server's own origin: the access token is never sent anywhere else.
/// The token is used for these requests only, never stored or logged.
/// </summary>
internal sealed class CdsFhirFetcher(IHttpClientFactory http)
{
    /// <summary>The named HttpClient.</summary>
    public const string HttpClientName = "cds-hooks-fhir";

    /// <summary>The most pages of one search followed (with the usual page sizes of 50 to 100, some thousands of
    /// resources; observations are asked for newest first, so a record cut here loses only its oldest values).</summary>
    public const int MaxPages = 20;

    /// <summary>The largest response read, bytes (as a hook request body: <see cref="CdsHooksRegistration.MaxBodyBytes"/>).</summary>
    public const long MaxResponseBytes = CdsHooksRegistration.MaxBodyBytes;

    /// <summary>The resources of one template: the resource read, or every page (a Bundle each) of the search.</summary>
    /// <exception cref="CdsFetchException">The server could not be reached or answered with an error or non-FHIR.</exception>
    public async Task<IReadOnlyList<Resource>> FetchAsync(Uri fhirServer, CdsFhirAuthorization? authorization, string key, string query, CancellationToken cancellation)
    {
        var client = http.CreateClient(HttpClientName);
        var baseUri = new Uri(fhirServer.AbsoluteUri.EndsWith('/') ? fhirServer.AbsoluteUri : fhirServer.AbsoluteUri + "/");
        var next = new Uri(baseUri, query);
        var resources = new List<Resource>();
        for (var page = 0; next is not null && page < MaxPages; page++)
        {
            var resource = await GetAsync(client, next, authorization, key, cancellation).ConfigureAwait(false);
            if (resource is not Bundle bundle)
            {
                resources.Add(resource);
                break;
            }

            resources.Add(bundle);
            next = bundle.Link.FirstOrDefault(l => l.Relation == "next")?.Url is { } url && Uri.TryCreate(baseUri, url, out var u) && SameOrigin(u, baseUri) ? u : null;
        }

        return resources;
    }

    private static async Task<Resource> GetAsync(HttpClient client, Uri uri, CdsFhirAuthorization? authorization, string key, CancellationToken cancellation)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, uri);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/fhir+json"));
        if (authorization is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", authorization.AccessToken);
        }

        HttpResponseMessage response;
        try
        {
            // Buffered: the client's MaxResponseContentBufferSize (MaxResponseBytes, CdsHooksRegistration) bounds what is read.
            response = await client.SendAsync(request, cancellation).ConfigureAwait(false);
        }
        catch (HttpRequestException e)
        {
            throw new CdsFetchException(key, $"the FHIR server could not be reached or its answer exceeded {MaxResponseBytes:N0} bytes ({e.HttpRequestError})");
        }

        using (response)
        {
            if (!response.IsSuccessStatusCode)
            {
                throw new CdsFetchException(key, $"the FHIR server answered {(int)response.StatusCode}");
            }

            var stream = await response.Content.ReadAsStreamAsync(cancellation).ConfigureAwait(false);
            await using (stream.ConfigureAwait(false))
            {
                try
                {
                    using var json = await JsonDocument.ParseAsync(stream, default, cancellation).ConfigureAwait(false);
                    return CdsResources.Read(json.RootElement, key);
                }
                catch (Exception e) when (e is JsonException or BoneBalance.Core.Validation.InvalidInputException)
                {
                    throw new CdsFetchException(key, "the FHIR server's answer is not a FHIR R4 resource");
                }
            }
        }
    }

    private static bool SameOrigin(Uri a, Uri b) =>
        a.Scheme == b.Scheme && string.Equals(a.Host, b.Host, StringComparison.OrdinalIgnoreCase) && a.Port == b.Port;
}

/// <summary>A prefetch template could not be fetched from the client's FHIR server.</summary>
/// <param name="key">The template's key.</param>
/// <param name="reason">Why, without the token or any resource content.</param>
internal sealed class CdsFetchException(string key, string reason) : Exception($"prefetch '{key}': {reason}")
{
    /// <summary>The template's key.</summary>
    public string Key { get; } = key;
}
