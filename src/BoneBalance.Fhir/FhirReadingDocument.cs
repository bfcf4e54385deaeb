using System.Text.Json;

namespace BoneBalance.Fhir;

/// <summary>
/// The <c>fhir</c> section of <c>bonebalance assess --fhir --json</c> (docs/JSON.md, <c>fhirReading</c>): the patient,
/// the as-of date, which resource gave each input and what was not used and why.
/// </summary>
public static class FhirReadingDocument
{
    /// <summary>Writes <c>"fhir": {patientId, asOf, sources[], ignored[]}</c> as a property of the open object.</summary>
    public static void WriteProperty(Utf8JsonWriter json, FhirReading reading)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(reading);
        json.WritePropertyName("fhir"u8);
        Write(json, reading);
    }

    /// <summary>Writes the reading as one object.</summary>
    public static void Write(Utf8JsonWriter json, FhirReading reading)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(reading);
        json.WriteStartObject();
        json.WriteString("patientId"u8, reading.PatientId);
        json.WriteString("asOf"u8, FhirDates.Show(reading.AsOf));
        json.WriteStartArray("sources"u8);
        foreach (var source in reading.Sources)
        {
            json.WriteStartObject();
            json.WriteString("input"u8, source.Input);
            json.WriteString("resource"u8, source.Resource);
            json.WriteString("value"u8, source.Value);
            if (source.Date is { } date)
            {
                json.WriteString("date"u8, FhirDates.Show(date));
            }
            else
            {
                json.WriteNull("date"u8);
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("ignored"u8);
        foreach (var ignored in reading.Ignored)
        {
            json.WriteStartObject();
            json.WriteString("resource"u8, ignored.Resource);
            json.WriteString("what"u8, ignored.What);
            json.WriteString("reason"u8, ignored.Reason);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    /// <summary>
    /// Reads back a <c>fhir</c> section written by <see cref="Write"/> (kept with a saved assessment's result): the
    /// patient id, the as-of date, the sources and what was ignored; <see cref="FhirReading.Profile"/> is null.
    /// </summary>
    /// <returns>The reading, or null when <paramref name="section"/> is not such a section.</returns>
    public static FhirReading? Read(JsonElement section)
    {
        if (section.ValueKind != JsonValueKind.Object
            || !section.TryGetProperty("patientId"u8, out var patientId) || patientId.ValueKind != JsonValueKind.String
            || !section.TryGetProperty("asOf"u8, out var asOf) || FhirDates.Of(asOf.GetString()) is not { } day
            || !section.TryGetProperty("sources"u8, out var sources) || sources.ValueKind != JsonValueKind.Array
            || !section.TryGetProperty("ignored"u8, out var ignored) || ignored.ValueKind != JsonValueKind.Array)
        {
            return null;
        }

        var read = new List<FhirSource>();
        foreach (var source in sources.EnumerateArray())
        {
            if (Text(source, "input") is not { } input || Text(source, "resource") is not { } resource || Text(source, "value") is not { } value)
            {
                return null;
            }

            read.Add(new FhirSource(input, resource, value, FhirDates.Of(Text(source, "date"))));
        }

        var left = new List<FhirIgnored>();
        foreach (var entry in ignored.EnumerateArray())
        {
            if (Text(entry, "resource") is not { } resource || Text(entry, "what") is not { } what || Text(entry, "reason") is not { } reason)
            {
                return null;
            }

            left.Add(new FhirIgnored(resource, what, reason));
        }

        return new FhirReading { PatientId = patientId.GetString()!, AsOf = day, Sources = read, Ignored = left };

        static string? Text(JsonElement element, string name) =>
            element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
    }
}
