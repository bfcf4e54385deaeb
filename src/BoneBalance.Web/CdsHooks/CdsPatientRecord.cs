using BoneBalance.Fhir.CdsHooks;
using Hl7.Fhir.Model;

namespace BoneBalance.Web.CdsHooks;

/// <summary>
/// The patient's record for one hook call: each prefetch template's data from the request, or, for a key the client
/// left out, from its FHIR server. Without either, the service cannot assess and the call is a 412.
/// </summary>
internal sealed class CdsPatientRecord(CdsFhirFetcher fetcher)
{
    /// <summary>Every resource of the four templates (a searchset's entries, not the Bundle; search outcomes left out).</summary>
    /// <exception cref="CdsPreconditionException">A key is missing and there is no FHIR server, or fetching it failed.</exception>
    /// <exception cref="BoneBalance.Core.Validation.InvalidInputException">A prefetch value is not an R4 resource.</exception>
    public async Task<List<Resource>> ResourcesAsync(CdsHookRequest request, CancellationToken cancellation)
    {
        var missing = CdsServices.Prefetch.Keys.Where(k => !request.Prefetch.ContainsKey(k)).ToList();
        if (missing.Count > 0 && request.FhirServer is null)
        {
            throw new CdsPreconditionException(
                $"prefetch {string.Join(", ", missing)} missing and no fhirServer to fetch from; valid: every template of the discovery document prefilled, or fhirServer (with fhirAuthorization)");
        }

        var resources = new List<Resource>();
        foreach (var (key, template) in CdsServices.Prefetch)
        {
            if (request.Prefetch.TryGetValue(key, out var json))
            {
                resources.AddRange(Entries(CdsResources.Read(json, $"prefetch.{key}")));
                continue;
            }

            var query = template.Replace("{{context.patientId}}", Uri.EscapeDataString(request.PatientId), StringComparison.Ordinal);
            try
            {
                resources.AddRange(Entries(await fetcher.FetchAsync(request.FhirServer!, request.FhirAuthorization, key, query, cancellation).ConfigureAwait(false)));
            }
            catch (CdsFetchException e)
            {
                throw new CdsPreconditionException(e.Message);
            }
        }

        return resources;
    }

    private static IEnumerable<Resource> Entries(Resource resource) => Entries([resource]);

    private static IEnumerable<Resource> Entries(IEnumerable<Resource> resources) =>
        resources.SelectMany(r => r is Bundle b
            ? b.Entry.Where(e => e.Resource is not null && e.Search?.Mode != Bundle.SearchEntryMode.Outcome).Select(e => e.Resource!)
            : [r]);
}

/// <summary>The data the service needs is neither in the request nor fetchable: 412 (CDS Hooks 2.0, "Prefetch").</summary>
/// <param name="reason">What is missing, for the client.</param>
internal sealed class CdsPreconditionException(string reason) : Exception(reason);
