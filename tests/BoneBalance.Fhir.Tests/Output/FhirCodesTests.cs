using System.Text.Json;
using BoneBalance.Fhir.Output;

namespace BoneBalance.Fhir.Tests.Output;

/// <summary>Every LOINC, SNOMED CT and UCUM code the bundles carry is a row of data/sources/reference/codes.csv that is
/// not marked <c>unverified</c>, read from the file, not from the writer.</summary>
[Collection(OutputGroup.Name)]
public sealed class FhirCodesTests(OutputFixture fixture)
{
    private static readonly Dictionary<string, string> Systems = new(StringComparer.Ordinal)
    {
        ["http://loinc.org"] = "LOINC",
        ["http://snomed.info/sct"] = "SNOMED CT",
        ["http://unitsofmeasure.org"] = "UCUM",
    };

    // UCUM units that codes.csv does not list (it was compiled for reading FHIR): UCUM's case-sensitive codes for the
    // dose units (microgram, milligram, international unit) and the year of whenRange (as the R4 RiskAssessment example
    // "cardiac" writes it).
    private static readonly HashSet<string> UcumBeyondCodesCsv = ["ug", "mg", "[IU]", "a"];

    [Fact]
    public void Every_code_written_for_the_examples_is_a_verified_row_of_codes_csv()
    {
        var verified = VerifiedCodes();
        var written = new HashSet<(string, string)>();
        foreach (var example in Directory.GetFiles(Repository.File("examples"), "*.json").Select(Path.GetFileName))
        {
            var (input, assessment) = fixture.AssessExample(example!);
            using var json = JsonDocument.Parse(FhirAssessmentWriter.ToUtf8(FhirAssessmentWriter.Write(assessment, input, OutputFixture.AsOf)));
            Collect(json.RootElement, written);
        }

        Assert.NotEmpty(written);
        var missing = written.Where(c => !verified.Contains(c) && !(c.Item1 == "UCUM" && UcumBeyondCodesCsv.Contains(c.Item2))).ToList();
        Assert.True(missing.Count == 0, "not verified in codes.csv: " + string.Join(", ", missing));
    }

    // Every object with a system this test knows and a code: Codings and Quantities alike.
    private static void Collect(JsonElement element, HashSet<(string, string)> codes)
    {
        if (element.ValueKind == JsonValueKind.Object)
        {
            if (element.TryGetProperty("system", out var system) && Systems.TryGetValue(system.GetString()!, out var name) && element.TryGetProperty("code", out var code))
            {
                codes.Add((name, code.GetString()!));
            }

            foreach (var property in element.EnumerateObject())
            {
                Collect(property.Value, codes);
            }
        }
        else if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray())
            {
                Collect(item, codes);
            }
        }
    }

    private static HashSet<(string, string)> VerifiedCodes()
    {
        var codes = new HashSet<(string, string)>();
        foreach (var fields in CsvText.Records(File.ReadAllText(Repository.File("data", "sources", "reference", "codes.csv"))).Skip(1))
        {
            if (fields.Count >= 5 && fields[4] != "unverified")
            {
                codes.Add((fields[0], fields[1]));
            }
        }

        return codes;
    }
}
