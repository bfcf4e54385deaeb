using System.Text.Json;
using Hl7.Fhir.Model;
using Hl7.Fhir.Serialization;

namespace BoneBalance.Cli.Tests.Commands;

/// <summary><c>bonebalance assess PROFILE.json --fhir-out OUT.json</c>: the FHIR R4 Bundle beside the usual output,
/// written whole or not at all; a bad output path is bad input (exit 2).</summary>
public sealed class AssessFhirOutTests(AssessCatalogueFixture catalogue) : IClassFixture<AssessCatalogueFixture>
{
    private static readonly string Warfarin = Path.Combine(Repository.Root, "examples", "woman-74-warfarin-af.json");

    [Fact]
    public void The_bundle_is_written_and_carries_the_json_outputs_risks()
    {
        using var folder = new TempDirectory();
        var path = folder.File("bundle.json");
        File.WriteAllText(path, "old content");
        var (exit, output, error) = Run(Warfarin, "--json", "--fhir-out", path);
        Assert.True(exit == 0, error);

        var bundle = new FhirJsonDeserializer().Deserialize<Bundle>(File.ReadAllText(path));
        var risk = bundle.Entry.Select(e => e.Resource).OfType<RiskAssessment>().Single();
        using var document = JsonDocument.Parse(output);
        var percent = document.RootElement.GetProperty("fractureRisk").GetProperty("qfracture").GetProperty("majorOsteoporoticPercent").GetDouble();
        Assert.InRange((double)((FhirDecimal)risk.Prediction[0].Probability!).Value!.Value * 100 - percent, -0.05, 0.05);
        Assert.Equal(DetectedIssue.DetectedIssueSeverity.High, bundle.Entry.Select(e => e.Resource).OfType<DetectedIssue>().Single().Severity);
        Assert.Equal(["bundle.json"], Directory.GetFiles(folder.Path).Select(Path.GetFileName)); // no temporary file left
    }

    [Fact]
    public void A_directory_or_a_missing_folder_is_bad_input_and_nothing_is_written()
    {
        using var folder = new TempDirectory();
        var (exit, _, error) = Run(Warfarin, "--fhir-out", folder.Path);
        Assert.Equal(2, exit);
        Assert.Contains($"--fhir-out '{folder.Path}' is a directory; valid: a file path, not a directory.", error, StringComparison.Ordinal);

        var missing = Path.Combine(folder.Path, "no-such-folder", "bundle.json");
        (exit, _, error) = Run(Warfarin, "--fhir-out", missing);
        Assert.Equal(2, exit);
        Assert.Contains("is in a directory that does not exist", error, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFileSystemEntries(folder.Path));
    }

    private (int Exit, string Output, string Error) Run(params string[] args) =>
        CliRunner.Run(["assess", .. args, "--database", catalogue.Database]);
}
