using System.Runtime.InteropServices;
using System.Text.Json;
using BoneBalance.Core.Validation;
using Hl7.Fhir.Model;
using Hl7.Fhir.Serialization;
using Hl7.Fhir.Utility;

namespace BoneBalance.Fhir.CdsHooks;

/// <summary>
/// Reads the FHIR R4 resources a hook request carries (prefetch values, <c>context.draftOrders</c>) or a FHIR server
/// returns, with Firely's deserializer straight from the parsed JSON's bytes (no second copy of the text). The policy is
/// the FHIR reader's (<c>FhirBundleParser</c>): what the R4 model has no place for — an unknown element or resource type,
/// a single value where R4 has a list, a JSON object where R4 has a primitive or the reverse, as in STU3's
/// <c>"clinicalStatus": "active"</c> or DSTU2/STU3's <c>Dosage.doseQuantity</c> — is another FHIR version and is refused,
/// naming where it was; a value that only breaks a rule (a missing required element, a code outside its value set) is
/// kept, as real EHR data needs.
/// </summary>
public static class CdsResources
{
    // Strict, so that every issue is reported; the partial result is used unless an issue below says "not R4".
    private static readonly FhirJsonDeserializer Deserializer = new(new DeserializerSettings().UsingMode(DeserializationMode.Strict));

    // Firely's codes: PVAL127 a single value where R4 has a collection, PVAL128 an unknown element, PVAL130 an unknown
    // resource type; every JSONnnn code is a JSON structure the R4 model cannot take (an object for a primitive…) except
    // JSON121, an empty array ("entry": [] of an empty searchset), which breaks a rule of FHIR JSON but means nothing else.
    private static readonly string[] NotR4Codes = ["PVAL127", "PVAL128", "PVAL130"];
    private const string EmptyArray = "JSON121";

    /// <summary>Reads one resource.</summary>
    /// <param name="json">A JSON object with <c>resourceType</c>.</param>
    /// <param name="field">Where it was, for the error (<c>prefetch.conditions</c>).</param>
    /// <exception cref="InvalidInputException">It is not an R4 resource; the error names <paramref name="field"/> and
    /// Firely's complaint (element path, line, position).</exception>
    public static Resource Read(JsonElement json, string field)
    {
        ArgumentNullException.ThrowIfNull(field);
        if (json.ValueKind != JsonValueKind.Object)
        {
            throw new InvalidInputException(new FieldError(field, CdsHookRequest.Kind(json), "a FHIR R4 resource (a JSON object)", "is not an object"));
        }

        var reader = new Utf8JsonReader(JsonMarshal.GetRawUtf8Value(json));
        Resource? resource;
        IEnumerable<CodedException> issues;
        try
        {
            Deserializer.TryDeserializeResource(ref reader, out resource, out issues);
        }
        catch (Exception e) when (e is JsonException or FormatException)
        {
            throw NotR4(field, e.Message);
        }

        if (issues.FirstOrDefault(i => NotR4Codes.Contains(i.ErrorCode) || (i.ErrorCode.StartsWith("JSON", StringComparison.Ordinal) && i.ErrorCode != EmptyArray)) is { } issue)
        {
            throw NotR4(field, issue.Message);
        }

        return resource ?? throw NotR4(field, "no resource could be read");
    }

    private static InvalidInputException NotR4(string field, string message) =>
        new(new FieldError(field, "(not FHIR R4)", "a FHIR R4 resource as JSON; " + Shorten(message.TrimEnd('.')), "is not FHIR R4"));

    // Firely's messages can quote whole values; a few hundred characters are enough to find the fault.
    private static string Shorten(string message) => message.Length <= 300 ? message : message[..300] + "…";
}
