using System.Text.Json;

namespace BoneBalance.Fhir.Tests;

/// <summary>The <c>fhir</c> section a saved assessment keeps: written by <see cref="FhirReadingDocument.Write"/> and read
/// back by <see cref="FhirReadingDocument.Read"/> into the same patient, date, sources and ignored resources.</summary>
public class FhirReadingDocumentTests
{
    [Theory]
    [InlineData("Max_Dicki", "2021-06-01")]
    [InlineData("Kathe_Zieme", "2026-12-07")]
    public void A_written_section_reads_back_as_the_same_reading(string patient, string asOf)
    {
        var bundle = File.ReadAllBytes(Directory.GetFiles(Repository.File("data", "sources", "fhir", "synthea"), patient + "*.json").Single());
        var reading = FhirRecordReader.Read(bundle, DateOnly.Parse(asOf, System.Globalization.CultureInfo.InvariantCulture));
        Assert.NotEmpty(reading.Sources);
        Assert.NotEmpty(reading.Ignored);

        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(buffer))
        {
            FhirReadingDocument.Write(json, reading);
        }

        using var document = JsonDocument.Parse(buffer.WrittenMemory);
        var back = FhirReadingDocument.Read(document.RootElement)!;
        Assert.Equal(reading.PatientId, back.PatientId);
        Assert.Equal(reading.AsOf, back.AsOf);
        Assert.Equal(reading.Sources, back.Sources);
        Assert.Equal(reading.Ignored, back.Ignored);
        Assert.Null(back.Profile);
    }

    [Theory]
    [InlineData("[]")]
    [InlineData("""{"patientId": "p", "asOf": "2021-06-01", "sources": []}""")]
    [InlineData("""{"patientId": "p", "asOf": "not a date", "sources": [], "ignored": []}""")]
    [InlineData("""{"patientId": "p", "asOf": "2021-06-01", "sources": [{"input": "person.sex"}], "ignored": []}""")]
    public void Anything_else_is_not_a_reading(string json)
    {
        using var document = JsonDocument.Parse(json);
        Assert.Null(FhirReadingDocument.Read(document.RootElement));
    }
}
