using BoneBalance.Core.Guidance;
using BoneBalance.Data;
using BoneBalance.Data.Safety;
using BoneBalance.Fhir.Bulk;

namespace BoneBalance.Fhir.Tests.Bulk;

/// <summary>
/// Built once for the bulk tests: the shipped catalogues' <see cref="Assessor"/> (as the CLI builds it) and the
/// committed bulk sample regenerated with its options, so each sample patient is known by its source and date shift.
/// </summary>
public sealed class BulkFixture : IDisposable
{
    private readonly TempDirectory _temp = new();

    public BulkFixture()
    {
        var database = _temp.File("foods.db");
        FoodDatabase.EnsureCreated(database);
        using var catalogue = FoodCatalogue.Load(database);
        Assessor = new Assessor(ShippedSafetyCatalogue.Load(), DietaryReferenceIntakeFile.LoadShipped(), catalogue.CommonFoods);
        Regenerated = Path.Combine(_temp.Path, "regenerated");
        SamplePatients = BulkExportGenerator.Write(Sources, Regenerated, SampleOptions);
    }

    /// <summary>The options the committed sample was written with (tools/generate-bulk-export.cs, data/SOURCES.md).</summary>
    public static BulkExportOptions SampleOptions { get; } = new()
    {
        Seed = 1,
        Patients = 20,
        Compressed = new HashSet<string>(["Observation", "Claim", "ExplanationOfBenefit", "Encounter", "DiagnosticReport"], StringComparer.Ordinal),
    };

    /// <summary>The 20 Synthea bundles, in file-name order (the generator's source order).</summary>
    public static IReadOnlyList<byte[]> Sources { get; } = [.. RawBundle.Files().Select(File.ReadAllBytes)];

    /// <summary>The committed sample's folder.</summary>
    public static string Sample { get; } = Repository.File("data", "sources", "fhir", "bulk-sample");

    /// <summary>The Synthea bundles' folder.</summary>
    public static string Bundles { get; } = Repository.File("data", "sources", "fhir", "synthea");

    public Assessor Assessor { get; }

    /// <summary>Who the sample holds: copy i of source i, moved back some years.</summary>
    public IReadOnlyList<GeneratedPatient> SamplePatients { get; }

    /// <summary>The sample written again by the generator in a temporary folder.</summary>
    public string Regenerated { get; }

    /// <summary>A new temporary folder, deleted with the fixture.</summary>
    public string Folder(string name)
    {
        var path = Path.Combine(_temp.Path, name);
        Directory.CreateDirectory(path);
        return path;
    }

    /// <summary>Screens <paramref name="directory"/> on <paramref name="asOf"/>: the rows by patient id, and the summary.</summary>
    public (Dictionary<string, Dictionary<string, string>> Rows, BulkScreenSummary Summary, byte[] Csv) Screen(string directory, DateOnly asOf)
    {
        using var output = new MemoryStream();
        var summary = BulkScreen.Run(directory, asOf, Assessor, output);
        var csv = output.ToArray();
        return (CsvText.Rows(csv).ToDictionary(r => r["id"], StringComparer.Ordinal), summary, csv);
    }

    public void Dispose() => _temp.Dispose();
}
