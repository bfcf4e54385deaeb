using System.Globalization;

namespace BoneBalance.Cli.Tests.Commands;

/// <summary>
/// <c>bonebalance screen --fhir DIR -o OUT.csv</c>: the committed bulk sample, the summary, malformed lines named by
/// file and line, bad input (exit 2 naming the field, the value and what is valid) and an output that appears only
/// when the run is complete.
/// </summary>
public sealed class ScreenFhirCommandTests(AssessCatalogueFixture catalogue) : IClassFixture<AssessCatalogueFixture>, IDisposable
{
    private static readonly string Sample = Repository.File("data", "sources", "fhir", "bulk-sample");

    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    private (int Exit, string Out, string Err) Run(params string[] args) => CliRunner.Run([.. args, "--database", catalogue.Database]);

    [Fact]
    public void The_bulk_sample_gives_one_row_per_patient_and_a_summary_that_adds_up()
    {
        var output = _temp.File("out.csv");
        var (exit, _, error) = Run("screen", "--fhir", Sample, "-o", output, "--as-of", "2021-06-01");
        Assert.True(exit == 0, error);
        var lines = File.ReadAllLines(output);
        Assert.Equal("id,age,sex,qfracture_mof_percent,qfracture_hip_percent,ost,orai,score,osiris,findings,notes,error", lines[0]);
        Assert.Equal(21, lines.Length);
        var patients = File.ReadAllLines(Path.Combine(Sample, "Patient.000.ndjson")).Select(l => System.Text.Json.JsonDocument.Parse(l).RootElement.GetProperty("id").GetString()).ToList();
        Assert.Equal(patients, lines.Skip(1).Select(l => l.Split(',')[0]));

        // One deceased patient (the sample's copy of Keira Huel); the others assessed.
        var refused = lines.Skip(1).Count(l => l.Contains(",\"deceased: ", StringComparison.Ordinal));
        Assert.Equal(1, refused);
        Assert.Contains("Screened 20 patients as of 2021-06-01 from 4 files", error, StringComparison.Ordinal);
        Assert.Contains("19 assessed, 1 refused (deceased 1).", error, StringComparison.Ordinal);
        Assert.Contains("take a vitamin K antagonist", error, StringComparison.Ordinal);
        Assert.Contains("Not read (12 files", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_malformed_line_is_named_by_file_and_line_and_skipped()
    {
        var folder = Directory.CreateDirectory(_temp.File("export")).FullName;
        var patients = File.ReadAllLines(Path.Combine(Sample, "Patient.000.ndjson")).ToList();
        patients.Insert(1, "{not json");
        File.WriteAllLines(Path.Combine(folder, "Patient.000.ndjson"), patients);
        var output = _temp.File("out.csv");
        var (exit, _, error) = Run("screen", "--fhir", folder, "-o", output, "--as-of", "2021-06-01");
        Assert.True(exit == 0, error);
        Assert.Contains("Skipped 1 malformed line:", error, StringComparison.Ordinal);
        Assert.Contains("  Patient.000.ndjson:2: not valid JSON", error, StringComparison.Ordinal);
        Assert.Equal(21, File.ReadAllLines(output).Length);
    }

    [Fact]
    public void A_missing_folder_is_bad_input_naming_it()
    {
        var missing = _temp.File("nowhere");
        var (exit, _, error) = Run("screen", "--fhir", missing, "-o", _temp.File("out.csv"));
        Assert.Equal(2, exit);
        Assert.Contains($"--fhir '{missing}' is not an existing folder; valid: a FHIR Bulk Data export folder", error, StringComparison.Ordinal);
        Assert.False(File.Exists(_temp.File("out.csv")));
    }

    [Fact]
    public void A_folder_without_a_patient_file_is_bad_input()
    {
        var folder = Directory.CreateDirectory(_temp.File("no-patients")).FullName;
        File.Copy(Path.Combine(Sample, "Condition.000.ndjson"), Path.Combine(folder, "Condition.000.ndjson"));
        var (exit, _, error) = Run("screen", "--fhir", folder, "-o", _temp.File("out.csv"));
        Assert.Equal(2, exit);
        Assert.Contains("holds no Patient file and no Bundle", error, StringComparison.Ordinal);
        Assert.Contains("valid: a folder holding Patient NDJSON", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bad_as_of_date_is_bad_input()
    {
        var (exit, _, error) = Run("screen", "--fhir", Sample, "-o", _temp.File("out.csv"), "--as-of", "2021-13-01");
        Assert.Equal(2, exit);
        Assert.Contains("--as-of '2021-13-01' is not a date; valid: a date YYYY-MM-DD on or before today (", error, StringComparison.Ordinal);
    }

    [Fact]
    public void An_as_of_date_after_today_is_refused_and_today_itself_is_accepted()
    {
        var today = DateOnly.FromDateTime(DateTime.Now);
        var output = _temp.File("out.csv");
        var tomorrow = today.AddDays(1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var (exit, _, error) = Run("screen", "--fhir", Sample, "-o", output, "--as-of", tomorrow);
        Assert.Equal(2, exit);
        Assert.Contains($"--as-of '{tomorrow}' is after today; valid: a date YYYY-MM-DD on or before today ({today:yyyy-MM-dd})", error, StringComparison.Ordinal);
        Assert.False(File.Exists(output));

        var (todayExit, _, todayError) = Run("screen", "--fhir", Sample, "-o", output, "--as-of", today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Assert.True(todayExit == 0, todayError);
        Assert.Equal(21, File.ReadAllLines(output).Length); // the header and the sample's 20 patients
    }

    [Fact]
    public void A_csv_input_and_fhir_together_are_refused_and_as_of_needs_fhir()
    {
        var csv = _temp.File("people.csv");
        File.WriteAllText(csv, "id,sex,age,bmi\n1,female,70,24\n");
        var (both, _, bothError) = Run("screen", csv, "--fhir", Sample, "-o", _temp.File("out.csv"));
        Assert.Equal(2, both);
        Assert.Contains("conflicts with --fhir", bothError, StringComparison.Ordinal);

        var (asOf, _, asOfError) = Run("screen", csv, "-o", _temp.File("out.csv"), "--as-of", "2021-06-01");
        Assert.Equal(2, asOf);
        Assert.Contains("--as-of needs --fhir", asOfError, StringComparison.Ordinal);
    }

    [Fact]
    public void A_run_that_fails_midway_leaves_no_output_and_no_partial_file()
    {
        var folder = Directory.CreateDirectory(_temp.File("broken")).FullName;
        foreach (var file in Directory.GetFiles(Sample))
        {
            File.Copy(file, Path.Combine(folder, Path.GetFileName(file)));
        }

        // Read after the Patients and Conditions: the run has started writing nothing yet, but is well under way.
        File.WriteAllText(Path.Combine(folder, "Observation.001.ndjson.gz"), "this is not gzip");
        var outputFolder = Directory.CreateDirectory(_temp.File("out")).FullName;
        var output = Path.Combine(outputFolder, "screen.csv");
        File.WriteAllText(output, "the previous run's file\n");
        var (exit, _, error) = Run("screen", "--fhir", folder, "-o", output);
        Assert.Equal(2, exit);
        Assert.Contains("Observation.001.ndjson.gz: not a readable gzip file", error, StringComparison.Ordinal);
        Assert.Equal("the previous run's file\n", File.ReadAllText(output));
        Assert.Equal([output], Directory.GetFiles(outputFolder));
    }
}
