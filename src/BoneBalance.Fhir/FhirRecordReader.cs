using BoneBalance.Core.Validation;
using Hl7.Fhir.Model;

namespace BoneBalance.Fhir;

/// <summary>
/// Reads one patient's FHIR R4 record — a Bundle (collection, transaction, searchset, <c>$everything</c> output) or the
/// resources of several searchset Bundles (CDS Hooks prefetch) — into a <see cref="FhirReading"/>: the profile contract
/// document (Patient, Observations of weight, height, BMI, smoking, DXA, 25-OH vitamin D, calcium, INR and eGFR,
/// Conditions, MedicationRequests and MedicationStatements), which resource gave each input, and what was not used and
/// why. The code lists are the data files of <c>data/fhir/</c>; README "FHIR" gives the mapping tables.
/// </summary>
/// <remarks>
/// The most recent value of each kind wins, and one older than the kind's documented age is reported as stale, not
/// used; anything dated after <c>asOf</c> is left out (the record as it stood that day). A deceased patient, one under
/// 18 at <c>asOf</c>, one without a birth date or without a sex QFracture can use, and a record with no or several
/// patients are refused (<see cref="FhirReading.Refusal"/>) rather than assessed.
/// </remarks>
public static class FhirRecordReader
{
    /// <summary>Reads a patient's Bundle (its entries' resources; nested Bundles are read too).</summary>
    /// <param name="bundle">A collection, transaction, searchset or <c>$everything</c> Bundle of one patient.</param>
    /// <param name="asOf">The date of the assessment: ages, staleness and what had happened by then.</param>
    public static FhirReading Read(Bundle bundle, DateOnly asOf) => Read(bundle, asOf, FhirReadOptions.Default);

    /// <summary>Reads a patient's Bundle with options (<see cref="FhirReadOptions"/>).</summary>
    public static FhirReading Read(Bundle bundle, DateOnly asOf, FhirReadOptions options)
    {
        ArgumentNullException.ThrowIfNull(bundle);
        return Read([bundle], asOf, options);
    }

    /// <summary>Reads resources of one patient, such as the CDS Hooks prefetch (a Patient and searchset Bundles, whose
    /// entries are read).</summary>
    public static FhirReading Read(IEnumerable<Resource> resources, DateOnly asOf) => Read(resources, asOf, FhirReadOptions.Default);

    /// <summary>Reads resources of one patient with options (<see cref="FhirReadOptions"/>).</summary>
    public static FhirReading Read(IEnumerable<Resource> resources, DateOnly asOf, FhirReadOptions options)
    {
        ArgumentNullException.ThrowIfNull(resources);
        ArgumentNullException.ThrowIfNull(options);
        var entries = new List<FhirEntry>();
        foreach (var resource in resources)
        {
            Flatten(resource, null, entries);
        }

        return new FhirRecord(entries, asOf, options).Read();
    }

    /// <summary>
    /// Parses a FHIR R4 Bundle from UTF-8 JSON with Firely's System.Text.Json deserializer (lenient where real EHR data is
    /// sloppy and the SDK keeps the value; a resource that then cannot be read is ignored with its reason).
    /// </summary>
    /// <exception cref="InvalidInputException">Field <c>bundle</c>: malformed JSON (with its line and byte), not a
    /// Bundle, or not FHIR R4 (an element or resource type R4 does not have, with its path and position).</exception>
    public static Bundle Parse(ReadOnlySpan<byte> utf8Json) => FhirBundleParser.Parse(utf8Json);

    /// <summary>Parses a FHIR R4 Bundle from a stream of UTF-8 JSON; see <see cref="Parse(ReadOnlySpan{byte})"/>.</summary>
    /// <exception cref="InvalidInputException">See <see cref="Parse(ReadOnlySpan{byte})"/>.</exception>
    public static Bundle Parse(Stream utf8Json) => FhirBundleParser.Parse(utf8Json);

    /// <summary>Parses and reads a Bundle given as UTF-8 JSON.</summary>
    /// <exception cref="InvalidInputException">See <see cref="Parse(ReadOnlySpan{byte})"/>.</exception>
    public static FhirReading Read(ReadOnlySpan<byte> utf8Json, DateOnly asOf) => Read(Parse(utf8Json), asOf);

    private static void Flatten(Resource resource, string? fullUrl, List<FhirEntry> entries)
    {
        if (resource is not Bundle bundle)
        {
            entries.Add(new(resource, fullUrl));
            return;
        }

        foreach (var entry in bundle.Entry)
        {
            // A searchset's OperationOutcome ("outcome" entries) says how the search went; it is not part of the record.
            if (entry.Resource is null || entry.Search?.Mode == Bundle.SearchEntryMode.Outcome)
            {
                continue;
            }

            Flatten(entry.Resource, entry.FullUrl, entries);
        }
    }
}

/// <summary>How <see cref="FhirRecordReader"/> reads a record.</summary>
public sealed record FhirReadOptions
{
    /// <summary>The defaults: draft orders are not taken.</summary>
    public static FhirReadOptions Default { get; } = new();

    /// <summary>
    /// Read MedicationRequests with status <c>draft</c> as current (a CDS Hooks <c>order-sign</c> service asks what the
    /// patient would take once the draft orders are signed). Off by default: a draft is not a prescription.
    /// </summary>
    public bool DraftOrdersAsCurrent { get; init; }
}
