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
}
