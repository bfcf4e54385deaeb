using System.Globalization;
using System.Text;

namespace BoneBalance.Cli.Tests.Commands;

public sealed class ScreenCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("bonebalance-screen-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void Every_reference_vector_up_to_10_years_comes_out_as_the_original_c_code_computed_it()
    {
        var rows = ReferenceVectors.Rows.Where(r => int.Parse(r["surv"], CultureInfo.InvariantCulture) <= 10).ToList();
        var input = new StringBuilder("ID,Sex,age,bmi,ethnicity,smoking,alcohol,years," + string.Join(",", ReferenceVectors.FlagTokens) + "\n");
        foreach (var r in rows)
        {
            input.Append(CultureInfo.InvariantCulture, $"{r["row_id"]},{r["sex"]},{r["age"]},{r["bmi"]},{r.Ethnicity()},{r.Smoking()},{r.Alcohol()},{r["surv"]},");
            input.AppendJoin(",", ReferenceVectors.CFlagColumns.Select(c => r[c])).Append('\n');
        }

        var (inPath, outPath) = (Write("people.csv", input.ToString()), Path.Combine(_dir, "out.csv"));
        var (exit, _, err) = CliRunner.Run("screen", inPath, "-o", outPath);

        Assert.Equal(0, exit);
        Assert.Contains($"Screened {rows.Count:N0} people", err, StringComparison.Ordinal);
        var output = File.ReadAllLines(outPath);
        Assert.Equal("id,qfracture_mof_percent,qfracture_hip_percent,ost,orai,score,osiris,error", output[0]);
        Assert.Equal(rows.Count + 1, output.Length);
        var mismatches = new List<string>();
        foreach (var (r, line) in rows.Zip(output.Skip(1)))
        {
            var f = line.Split(',');
            if (f[0] != r["row_id"])
            {
                mismatches.Add($"row {r["row_id"]}: out of order, got id {f[0]}");
            }
            else if (r["valid"] == "1")
            {
                var mof = double.Parse(f[1], CultureInfo.InvariantCulture);
                var hip = double.Parse(f[2], CultureInfo.InvariantCulture);
                if (Math.Abs(mof - r.D("mof_percent_r17")) > 1e-9 || Math.Abs(hip - r.D("hip_percent_r17")) > 1e-9 || f[^1].Length != 0)
                {
                    mismatches.Add($"row {r["row_id"]}: {line}");
                }
            }
            else
            {
                var expected = r["oracle_error_fields"].Split(';');
                var error = line[(line.IndexOf(",,,,,,,", StringComparison.Ordinal) + 7)..];
                if (f[1].Length != 0 || !expected.All(field => error.Contains($"{field} '", StringComparison.Ordinal)))
                {
                    mismatches.Add($"row {r["row_id"]}: expected error on {r["oracle_error_fields"]}: {line}");
                }
            }
        }

        Assert.Empty(mismatches);
    }

    [Fact]
    public void Height_and_weight_give_bmi_and_feed_the_screening_tools()
    {
        // 55 kg, 160 cm: BMI 21.484375. OST = 0.2 x (55 - 67) = -2.4 (Geusens 2002 formula).
        var inPath = Write("p.csv", "id,sex,age,height_cm,weight_kg\nw1,female,67,160,55\n");
        var outPath = Path.Combine(_dir, "o.csv");
        Assert.Equal(0, CliRunner.Run("screen", inPath, "-o", outPath).Exit);
        var f = File.ReadAllLines(outPath)[1].Split(',');
        Assert.Equal("w1", f[0]);
        Assert.Equal(-2.4, double.Parse(f[3], CultureInfo.InvariantCulture), 12);
        var viaRisk = CliRunner.Run("risk", "--sex", "female", "--age", "67", "--bmi", "21.484375", "--json");
        Assert.Contains($"\"major_osteoporotic_fracture_percent\": {f[1]}", viaRisk.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bad_row_gets_an_error_naming_field_and_valid_values_and_the_run_goes_on()
    {
        var inPath = Write("p.csv", "id,sex,age,bmi,smoking,falls\na,female,70,25,sometimes,1\nb,male,25,25,never,maybe\nc,male,70,25,,\n");
        var outPath = Path.Combine(_dir, "o.csv");
        Assert.Equal(0, CliRunner.Run("screen", inPath, "-o", outPath).Exit);
        var lines = File.ReadAllLines(outPath);
        Assert.Equal(4, lines.Length);
        Assert.StartsWith("a,,,,,,,", lines[1], StringComparison.Ordinal);
        Assert.Contains("smoking 'sometimes' is out of range; valid: never|former|light|moderate|heavy.", lines[1], StringComparison.Ordinal);
        Assert.Contains("age '25' is out of range; valid: 30 to 100", lines[2], StringComparison.Ordinal);
        Assert.Contains("falls 'maybe'", lines[2], StringComparison.Ordinal);
        Assert.Matches("^c,[0-9.]+,[0-9.]+,", lines[3]);
        Assert.EndsWith(",", lines[3], StringComparison.Ordinal);
    }

    [Fact]
    public void Ids_with_commas_and_quotes_survive()
    {
        var inPath = Write("p.csv", "id,sex,age,bmi\n\"Smith, \"\"Jo\"\"\",female,70,25\n");
        var outPath = Path.Combine(_dir, "o.csv");
        Assert.Equal(0, CliRunner.Run("screen", inPath, "-o", outPath).Exit);
        Assert.StartsWith("\"Smith, \"\"Jo\"\"\",", File.ReadAllLines(outPath)[1], StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_column_is_refused_unless_allowed()
    {
        var inPath = Write("p.csv", "id,sex,age,bmi,corticosteriods\na,female,70,25,1\n");
        var outPath = Path.Combine(_dir, "o.csv");
        var (exit, _, err) = CliRunner.Run("screen", inPath, "-o", outPath);
        Assert.Equal(2, exit);
        Assert.Contains("column 'corticosteriods'", err, StringComparison.Ordinal);
        Assert.False(File.Exists(outPath));
        Assert.Equal(0, CliRunner.Run("screen", inPath, "-o", outPath, "--ignore-unknown-columns").Exit);
    }

    [Fact]
    public void A_missing_required_column_names_it()
    {
        var (exit, _, err) = CliRunner.Run("screen", Write("p.csv", "id,sex,bmi\na,female,25\n"), "-o", Path.Combine(_dir, "o.csv"));
        Assert.Equal(2, exit);
        Assert.Equal("error: age is required; valid: a column named 'age' in the header.", err.Trim());
    }

    [Fact]
    public void A_broken_file_leaves_no_output_and_keeps_an_existing_one()
    {
        var outPath = Path.Combine(_dir, "o.csv");
        File.WriteAllText(outPath, "previous results\n");
        var inPath = Write("p.csv", "id,sex,age,bmi\na,female,70,25\n\"b,female,70,25\n");
        var (exit, _, err) = CliRunner.Run("screen", inPath, "-o", outPath);
        Assert.Equal(2, exit);
        Assert.Contains("line 3", err, StringComparison.Ordinal);
        Assert.Equal("previous results\n", File.ReadAllText(outPath));
        Assert.Single(Directory.GetFiles(_dir, "*o.csv*"));
    }

    [Fact]
    public void A_missing_input_file_is_bad_input()
    {
        var (exit, _, err) = CliRunner.Run("screen", Path.Combine(_dir, "nope.csv"), "-o", Path.Combine(_dir, "o.csv"));
        Assert.Equal(2, exit);
        Assert.StartsWith("error: INPUT", err, StringComparison.Ordinal);
    }

    private string Write(string name, string content)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllText(path, content);
        return path;
    }
}
