using System.Text.Json;

namespace BoneBalance.Cli.Tests.Commands;

/// <summary>
/// <c>bonebalance assess --fhir BUNDLE.json</c> on the vendored Synthea bundles: the same assessment as from the derived
/// profile, the FHIR section, refusals with exit code 2 and one line, and the options' rules.
/// </summary>
public sealed class AssessFhirCommandTests(AssessCatalogueFixture catalogue) : IClassFixture<AssessCatalogueFixture>
{
    private static string Bundle(string start) =>
        Directory.GetFiles(Repository.File("data", "sources", "fhir", "synthea"), start + "*.json").Single();

    private (int Exit, string Out, string Err) Run(params string[] args) => CliRunner.Run([.. args, "--database", catalogue.Database]);

    [Fact]
    public void The_assessment_equals_that_of_the_derived_profile_and_the_fhir_section_names_the_sources()
    {
        var profile = Path.Combine(catalogue.Directory, "kathe.json");
        var (exit, output, error) = Run("assess", "--fhir", Bundle("Kathe_Zieme"), "--as-of", "2021-06-01", "--json", "--profile-out", profile);
        Assert.True(exit == 0, error);
        using var fromFhir = JsonDocument.Parse(output);
        var fhir = fromFhir.RootElement.GetProperty("fhir");
        Assert.Equal("1299e4b5-bed9-4574-9233-ddfeb48d5c42", fhir.GetProperty("patientId").GetString());
        Assert.Equal("2021-06-01", fhir.GetProperty("asOf").GetString());
        Assert.Contains(fhir.GetProperty("sources").EnumerateArray(), s => s.GetProperty("input").GetString() == "priorHipOrVertebralFracture"
            && s.GetProperty("resource").GetString() == "Condition/8ae0507f-ed08-4d59-8ef2-c7091237f342");

        // The written profile, assessed as any profile on the same day, gives the same document without the fhir section.
        var (again, plain, _) = Run("assess", profile, "--as-of", "2021-06-01", "--json");
        Assert.Equal(0, again);
        using var fromProfile = JsonDocument.Parse(plain);
        var withoutFhir = fromFhir.RootElement.EnumerateObject().Where(p => p.Name != "fhir").Select(p => p.Name + "=" + p.Value.GetRawText());
        Assert.Equal(fromProfile.RootElement.EnumerateObject().Select(p => p.Name + "=" + p.Value.GetRawText()), withoutFhir);
    }

    [Fact]
    public void The_text_report_ends_with_what_came_from_the_record_and_what_did_not()
    {
        var (exit, output, error) = Run("assess", "--fhir", Bundle("Rufus_Kihn"), "--as-of", "2021-06-01");
        Assert.True(exit == 0, error);
        Assert.Contains("FROM THE FHIR RECORD — patient 98ab6aa3-882b-4206-8a91-e9a8dfa69008, read as of 2021-06-01", output, StringComparison.Ordinal);
        Assert.Contains("Hydrocortisone 10 MG/ML Topical Cream", output, StringComparison.Ordinal);
        Assert.Contains("dose form 'Topical Cream' acts where it is applied", output, StringComparison.Ordinal);
        Assert.Contains("superseded by the newer ones above", output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_deceased_patient_is_refused_with_exit_code_2_and_one_line()
    {
        var (exit, output, error) = Run("assess", "--fhir", Bundle("Keira_Huel"), "--as-of", "2021-06-01");
        Assert.Equal(2, exit);
        Assert.Empty(output);
        var line = Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("the patient died on 2003-07-03", line, StringComparison.Ordinal);
        Assert.EndsWith("(deceased).", line.TrimEnd(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_child_on_the_as_of_date_is_refused()
    {
        var (exit, _, error) = Run("assess", "--fhir", Bundle("Tyrell_Towne"), "--as-of", "2021-06-01", "--json");
        Assert.Equal(2, exit);
        Assert.Contains("(under-18)", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(true, true)]
    [InlineData(false, false)]
    public void A_profile_and_fhir_are_exclusive_and_one_is_needed(bool profile, bool fhir)
    {
        string[] args = ["assess", .. profile ? [Path.Combine(Repository.Root, "examples", "woman-74-warfarin-af.json")] : Array.Empty<string>(), .. fhir ? ["--fhir", Bundle("Max_Dicki")] : Array.Empty<string>()];
        var (exit, _, error) = Run(args);
        Assert.Equal(2, exit);
        Assert.Contains(profile ? "conflicts with --fhir" : "no profile given", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Profile_out_needs_fhir_and_a_bad_as_of_is_refused()
    {
        var (exit, _, error) = Run("assess", Path.Combine(Repository.Root, "examples", "woman-74-warfarin-af.json"), "--profile-out", Path.Combine(catalogue.Directory, "x.json"));
        Assert.Equal(2, exit);
        Assert.Contains("--profile-out needs --fhir", error, StringComparison.Ordinal);

        (exit, _, error) = Run("assess", "--fhir", Bundle("Max_Dicki"), "--as-of", "2021-13-01");
        Assert.Equal(2, exit);
        Assert.Contains("--as-of '2021-13-01' is not a date", error, StringComparison.Ordinal);

        var tomorrow = DateOnly.FromDateTime(DateTime.Now).AddDays(1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        (exit, _, error) = Run("assess", "--fhir", Bundle("Max_Dicki"), "--as-of", tomorrow);
        Assert.Equal(2, exit);
        Assert.Contains($"--as-of '{tomorrow}' is after today", error, StringComparison.Ordinal);
        (exit, _, error) = Run("assess", Path.Combine(Repository.Root, "examples", "woman-74-warfarin-af.json"), "--as-of", tomorrow);
        Assert.Equal(2, exit);
        Assert.Contains($"--as-of '{tomorrow}' is after today", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_that_is_not_a_Bundle_exits_2_naming_the_bundle()
    {
        var (exit, _, error) = Run("assess", "--fhir", Path.Combine(Repository.Root, "examples", "woman-74-warfarin-af.json"));
        Assert.Equal(2, exit);
        Assert.Contains("bundle '(no resourceType)' is not a FHIR resource", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_Synthea_bundle_is_assessed_or_refused_with_a_reason()
    {
        foreach (var file in Directory.GetFiles(Repository.File("data", "sources", "fhir", "synthea"), "*.json"))
        {
            var (exit, output, error) = Run("assess", "--fhir", file, "--as-of", "2026-12-07", "--json");
            Assert.True(exit is 0 or 2, $"{file}: {error}");
            if (exit == 2)
            {
                Assert.StartsWith("refused: ", error, StringComparison.Ordinal);
                continue;
            }

            using var json = JsonDocument.Parse(output);
            Assert.NotEmpty(json.RootElement.GetProperty("fhir").GetProperty("ignored").EnumerateArray());
        }
    }
}
