using System.Text.Json;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using BoneBalance.Cli.Commands;

namespace BoneBalance.Cli.Tests.Commands;

public sealed class ScreenCommandTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

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

        var (inPath, outPath) = (Write("people.csv", input.ToString()), Path.Combine(_temp.Path, "out.csv"));
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
        var outPath = Path.Combine(_temp.Path, "o.csv");
        Assert.Equal(0, CliRunner.Run("screen", inPath, "-o", outPath).Exit);
        var f = File.ReadAllLines(outPath)[1].Split(',');
        Assert.Equal("w1", f[0]);
        Assert.Equal(-2.4, double.Parse(f[3], CultureInfo.InvariantCulture), 12);
        var viaRisk = CliRunner.Run("risk", "--sex", "female", "--age", "67", "--bmi", "21.484375", "--json");
        var mof = JsonDocument.Parse(viaRisk.Out).RootElement.GetProperty("fractureRisk").GetProperty("qfracture").GetProperty("majorOsteoporoticPercent").GetDouble();
        Assert.Equal(Math.Round(double.Parse(f[1], CultureInfo.InvariantCulture), 1, MidpointRounding.AwayFromZero), mof, 9);
    }

    [Fact]
    public void A_bad_row_gets_an_error_naming_field_and_valid_values_and_the_run_goes_on()
    {
        var inPath = Write("p.csv", "id,sex,age,bmi,smoking,falls\na,female,70,25,sometimes,1\nb,male,25,25,never,maybe\nc,male,70,25,,\n");
        var outPath = Path.Combine(_temp.Path, "o.csv");
        Assert.Equal(0, CliRunner.Run("screen", inPath, "-o", outPath).Exit);
        var lines = File.ReadAllLines(outPath);
        Assert.Equal(4, lines.Length);
        Assert.StartsWith("a,,,,,,,", lines[1], StringComparison.Ordinal);
        Assert.Contains("smoking 'sometimes' is not one of the valid values; valid: never|former|light|moderate|heavy.", lines[1], StringComparison.Ordinal);
        Assert.Contains("age '25' is out of range; valid: 30 to 100", lines[2], StringComparison.Ordinal);
        Assert.Contains("falls 'maybe'", lines[2], StringComparison.Ordinal);
        Assert.Matches("^c,[0-9.]+,[0-9.]+,", lines[3]);
        Assert.EndsWith(",", lines[3], StringComparison.Ordinal);
    }

    [Fact]
    public void Ids_with_commas_and_quotes_survive()
    {
        var inPath = Write("p.csv", "id,sex,age,bmi\n\"Smith, \"\"Jo\"\"\",female,70,25\n");
        var outPath = Path.Combine(_temp.Path, "o.csv");
        Assert.Equal(0, CliRunner.Run("screen", inPath, "-o", outPath).Exit);
        Assert.StartsWith("\"Smith, \"\"Jo\"\"\",", File.ReadAllLines(outPath)[1], StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_column_is_refused_unless_allowed()
    {
        var inPath = Write("p.csv", "id,sex,age,bmi,corticosteriods\na,female,70,25,1\n");
        var outPath = Path.Combine(_temp.Path, "o.csv");
        var (exit, _, err) = CliRunner.Run("screen", inPath, "-o", outPath);
        Assert.Equal(2, exit);
        Assert.Contains("column 'corticosteriods'", err, StringComparison.Ordinal);
        Assert.False(File.Exists(outPath));
        Assert.Equal(0, CliRunner.Run("screen", inPath, "-o", outPath, "--ignore-unknown-columns").Exit);
    }

    [Fact]
    public void Several_unknown_columns_are_named_in_one_error_and_a_nameless_column_by_position()
    {
        var (exit, _, err) = CliRunner.Run("screen", Write("p.csv", "id,sex,age,bmi,foo,,bar\na,female,70,25,1,,2\n"), "-o", Path.Combine(_temp.Path, "o.csv"));
        Assert.Equal(2, exit);
        Assert.StartsWith("error: columns 'foo', '(no name, column 6)', 'bar' are not known columns; valid: one of id, sex, age, bmi,", err, StringComparison.Ordinal);
        Assert.Single(err.Trim().Split('\n'));
        Assert.Equal(2, err.Split("valid:").Length); // the known columns are listed once
    }

    [Fact]
    public void Header_names_are_trimmed_quoted_and_case_insensitive_in_any_order()
    {
        var lines = Screen("\uFEFF\"BMI\", Age ,\" Sex \",ID\r\n25,70,female,a\r\n\r\n");
        var reference = Screen("id,sex,age,bmi\na,female,70,25\n");
        Assert.Equal(reference, lines);
    }

    [Theory]
    [InlineData("id;sex;age;bmi\na;female;70;25\n", "semicolons")]
    [InlineData("id\tsex\tage\tbmi\na\tfemale\t70\t25\n", "tabs")]
    public void A_file_not_separated_by_commas_is_refused_saying_so(string content, string separator)
    {
        var (exit, _, err) = CliRunner.Run("screen", Write("p.csv", content), "-o", Path.Combine(_temp.Path, "o.csv"));
        Assert.Equal(2, exit);
        Assert.Equal($"error: line 1: the header's fields are separated by {separator}; save the file as comma-separated CSV.", err.Trim());
    }

    [Theory]
    [InlineData(new byte[] { (byte)'P', (byte)'K', 3, 4, 20, 0, 6, 0, (byte)'\n', (byte)'x' })] // a zip (.xlsx) file
    [InlineData(new byte[] { (byte)'i', (byte)'d', (byte)',', (byte)'s', 0xE9, (byte)'x', (byte)'\n' })] // Latin-1 'é'
    public void A_header_that_is_not_utf8_text_is_refused_saying_so(byte[] content)
    {
        var inPath = Path.Combine(_temp.Path, "p.csv");
        File.WriteAllBytes(inPath, content);
        var (exit, _, err) = CliRunner.Run("screen", inPath, "-o", Path.Combine(_temp.Path, "o.csv"));
        Assert.Equal(2, exit);
        Assert.Equal("error: line 1: the header is not UTF-8 text (is it a spreadsheet workbook or another binary file?); save the file as CSV UTF-8.", err.Trim());
    }

    [Fact]
    public void A_very_long_unknown_column_name_is_cut_in_the_error()
    {
        var (exit, _, err) = CliRunner.Run("screen", Write("p.csv", "id,sex,age,bmi," + new string('x', 5000) + "\n"), "-o", Path.Combine(_temp.Path, "o.csv"));
        Assert.Equal(2, exit);
        Assert.StartsWith($"error: column '{new string('x', 40)}…' is not a known column;", err, StringComparison.Ordinal);
    }

    [Fact]
    public void Carriage_return_only_line_endings_are_refused_with_a_clear_message()
    {
        var (exit, _, err) = CliRunner.Run("screen", Write("p.csv", "id,sex,age,bmi\ra,female,70,25\r"), "-o", Path.Combine(_temp.Path, "o.csv"));
        Assert.Equal(2, exit);
        Assert.Equal("error: line 1: lines end with a carriage return (CR) only; save the file with LF or CRLF line endings.", err.Trim());
    }

    [Fact]
    public void A_missing_required_column_names_it()
    {
        var (exit, _, err) = CliRunner.Run("screen", Write("p.csv", "id,sex,bmi\na,female,25\n"), "-o", Path.Combine(_temp.Path, "o.csv"));
        Assert.Equal(2, exit);
        Assert.Equal("error: age is required; valid: a column named 'age' in the header.", err.Trim());
    }

    [Fact]
    public void A_broken_file_leaves_no_output_and_keeps_an_existing_one()
    {
        var outPath = Path.Combine(_temp.Path, "o.csv");
        File.WriteAllText(outPath, "previous results\n");
        var inPath = Write("p.csv", "id,sex,age,bmi\na,female,70,25\n\"b,female,70,25\n");
        var (exit, _, err) = CliRunner.Run("screen", inPath, "-o", outPath);
        Assert.Equal(2, exit);
        Assert.Contains("line 3", err, StringComparison.Ordinal);
        Assert.Equal("previous results\n", File.ReadAllText(outPath));
        Assert.Single(Directory.GetFiles(_temp.Path, "*o.csv*"));
    }

    [Fact]
    public void A_missing_input_file_is_bad_input()
    {
        var (exit, _, err) = CliRunner.Run("screen", Path.Combine(_temp.Path, "nope.csv"), "-o", Path.Combine(_temp.Path, "o.csv"));
        Assert.Equal(2, exit);
        Assert.StartsWith("error: INPUT", err, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bad_height_or_weight_is_an_error_even_when_bmi_is_given()
    {
        var lines = Screen("id,sex,age,bmi,height_cm,weight_kg\na,female,70,25,abc,60\nb,female,70,25,0,60\nc,female,70,25,160,-3\nd,female,70,25,,\n");
        Assert.Equal("a,,,,,,,height_cm 'abc' is not a number; valid: a number of centimetres greater than 0.", lines[1]);
        Assert.Equal("b,,,,,,,height_cm '0' is out of range; valid: a finite number greater than 0 cm.", lines[2]);
        Assert.Equal("c,,,,,,,weight_kg '-3' is out of range; valid: a finite number greater than 0 kg.", lines[3]);
        Assert.Matches("^d,[0-9.]+,[0-9.]+,,,,,$", lines[4]);
    }

    [Fact]
    public void Bmi_takes_precedence_over_height_and_weight_which_still_feed_the_screening_tools()
    {
        // 160 cm, 90 kg would be BMI 35.15625; the bmi column (35, within 0.5) is used for QFracture. OST = 0.2 x (90 - 70) = 4.
        var f = Screen("id,sex,age,bmi,height_cm,weight_kg\na,female,70,35,160,90\n")[1].Split(',');
        var viaRisk = CliRunner.Run("risk", "--sex", "female", "--age", "70", "--bmi", "35", "--json");
        var mof = JsonDocument.Parse(viaRisk.Out).RootElement.GetProperty("fractureRisk").GetProperty("qfracture").GetProperty("majorOsteoporoticPercent").GetDouble();
        Assert.Equal(Math.Round(double.Parse(f[1], CultureInfo.InvariantCulture), 1, MidpointRounding.AwayFromZero), mof, 9);
        Assert.Equal("4", f[3]);
    }

    [Fact]
    public void A_bmi_that_disagrees_with_height_and_weight_is_an_error()
    {
        // 160 cm, 90 kg: 35.15625 kg/m². 34.6 is 0.55625 away (refused); 35.6 is 0.44375 away (accepted).
        var lines = Screen("id,sex,age,bmi,height_cm,weight_kg\na,female,70,34.6,160,90\nb,female,70,35.6,160,90\n");
        Assert.Equal("a,,,,,,,\"bmi '34.6 (computed 35.2 from height_cm 160 and weight_kg 90)' conflicts with height and weight; valid: agree with height and weight within 0.5 kg/m², or give only one of them.\"", lines[1]);
        Assert.Matches("^b,[0-9.]+,[0-9.]+,4,", lines[2]);
    }

    [Fact]
    public void A_bmi_out_of_range_from_height_and_weight_says_where_it_came_from()
    {
        // 55 kg / (3.00 m)^2 = 6.111111111111111 kg/m², outside QFracture's 20 to 40.
        var lines = Screen("id,sex,age,height_cm,weight_kg\na,female,70,300,55\n");
        Assert.Equal("a,,,,,,,bmi '6.111111111111111 (from height_cm 300 and weight_kg 55)' is out of range; valid: 20 to 40 kg/m².", lines[1]);
    }

    [Fact]
    public void An_overflowing_number_is_refused_as_written()
    {
        var lines = Screen("id,sex,age,bmi\na,female,70,1e400\n");
        Assert.Equal("a,,,,,,,bmi '1e400' is not a number; valid: a number of kg/m² (QFracture: 20 to 40).", lines[1]);
    }

    [Fact]
    public void Flags_written_as_decimals_are_read_like_ages_written_as_decimals()
    {
        var lines = Screen("id,sex,age,bmi,falls\na,female,70.0,25,1.0\nb,female,70,25,1\nc,female,70,25,0.0\nd,female,70,25,\ne,female,70,25,0.5\n");
        Assert.Equal(lines[2][1..], lines[1][1..]);
        Assert.Equal(lines[4][1..], lines[3][1..]);
        Assert.Equal("e,,,,,,,falls '0.5' is not one of the valid values; valid: 0|1|true|false|yes|no (empty means no).", lines[5]);
    }

    [Fact]
    public void A_missing_bmi_is_reported_with_the_row_s_other_errors()
    {
        var lines = Screen("id,sex,age,bmi\na,x,70,\n");
        Assert.Equal("a,,,,,,,\"sex 'x' is not one of the valid values; valid: female|male. bmi is required; valid: a value in 'bmi', or both 'height_cm' and 'weight_kg'.\"", lines[1]);
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    public void An_empty_output_path_is_bad_input_not_a_crash(string output)
    {
        var (exit, _, err) = CliRunner.Run("screen", Write("p.csv", "id,sex,age,bmi\na,female,70,25\n"), "-o", output);
        Assert.Equal(2, exit);
        Assert.Equal("error: output is required; valid: a file path, or - for standard output.", err.Trim());
    }

    [Fact]
    public void An_output_that_is_a_directory_is_bad_input_naming_it()
    {
        var (exit, _, err) = CliRunner.Run("screen", Write("p.csv", "id,sex,age,bmi\na,female,70,25\n"), "-o", _temp.Path);
        Assert.Equal(2, exit);
        Assert.Equal($"error: output '{_temp.Path}' is a directory; valid: a file path, not a directory.", err.Trim());
    }

    [Fact]
    public void An_output_that_cannot_be_written_is_a_failure_naming_the_output_not_the_temporary_file()
    {
        // The temporary file's name is taken (by a directory), so it cannot be created: an I/O failure, exit code 1.
        var outPath = Path.Combine(_temp.Path, "o.csv");
        Directory.CreateDirectory(Path.Combine(_temp.Path, $".o.csv.{Environment.ProcessId}.partial"));
        var (exit, _, err) = CliRunner.Run("screen", Write("p.csv", "id,sex,age,bmi\na,female,70,25\n"), "-o", outPath);
        Assert.Equal(1, exit);
        Assert.StartsWith($"error: cannot write output '{outPath}': ", err, StringComparison.Ordinal);
        Assert.False(File.Exists(outPath));
    }

    [Fact]
    public void Without_a_terminal_no_progress_is_drawn_only_the_summary_line()
    {
        // On a terminal the progress bar is drawn on standard error (checked by hand under script(1): a live bar,
        // not Spectre.Console's "Screening: 12%" fallback lines); redirected, standard error holds the summary alone.
        var (exit, output, err) = CliRunner.Run("screen", Write("p.csv", "id,sex,age,bmi\na,female,70,25\nb,male,70,25\n"), "-o", Path.Combine(_temp.Path, "o.csv"));
        Assert.Equal(0, exit);
        Assert.Empty(output);
        Assert.Equal("Screened 2 people; 0 rows with errors (see the error column).", err.Trim());
    }

    [Fact]
    public void A_run_ended_by_a_signal_leaves_no_temporary_file()
    {
        if (OperatingSystem.IsWindows())
        {
            return; // POSIX signals
        }

        // The built command reads standard input, so it waits, its temporary file open, until it is terminated.
        var outPath = Path.Combine(_temp.Path, "o.csv");
        var start = new ProcessStartInfo(Path.Combine(AppContext.BaseDirectory, "bonebalance"), ["screen", "-", "-o", outPath])
        {
            RedirectStandardInput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        process.StandardInput.Write("id,sex,age,bmi\na,female,70,25\n");
        process.StandardInput.Flush();
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (Directory.GetFiles(_temp.Path, ".o.csv.*.partial").Length == 0 && DateTime.UtcNow < deadline)
        {
            Thread.Sleep(20);
        }

        Assert.Single(Directory.GetFiles(_temp.Path, ".o.csv.*.partial"));
        using (var kill = Process.Start("kill", ["-TERM", process.Id.ToString(CultureInfo.InvariantCulture)]))
        {
            kill.WaitForExit();
        }

        Assert.True(process.WaitForExit(30_000));
        Assert.Empty(Directory.GetFiles(_temp.Path));
    }

    [Theory]
    [InlineData("/dev/null", true)]
    [InlineData("/dev/stdout", true)]
    [InlineData("/proc/self/fd/1", true)]
    [InlineData("/tmp/out.csv", false)]
    [InlineData("/home/dev/out.csv", false)]
    public void Devices_are_written_in_place_never_replaced_by_a_renamed_file(string path, bool device)
    {
        // Renaming the finished temporary file onto /dev/null replaced the device with a regular file when run as
        // root (found with -o /dev/full). Checked on the path, so this test never exercises the dangerous rename.
        Assert.Equal(device && !OperatingSystem.IsWindows(), ScreenOutput.IsDevice(path));
    }

    [Fact]
    public void A_symbolic_link_as_output_is_followed_and_kept()
    {
        var real = Path.Combine(_temp.Path, "real.csv");
        File.WriteAllText(real, "old\n");
        var link = Path.Combine(_temp.Path, "link.csv");
        File.CreateSymbolicLink(link, real);
        var (exit, _, err) = CliRunner.Run("screen", Write("p.csv", "id,sex,age,bmi\na,female,70,25\n"), "-o", link);
        Assert.True(exit == 0, err);
        Assert.Equal(real, new FileInfo(link).LinkTarget);
        Assert.StartsWith("id,qfracture_mof_percent,", File.ReadAllText(real), StringComparison.Ordinal);
    }

    [Fact]
    public void The_input_file_can_be_its_own_output()
    {
        var path = Write("p.csv", "id,sex,age,bmi\na,female,70,25\n");
        var (exit, _, err) = CliRunner.Run("screen", path, "-o", path);
        Assert.Equal(0, exit);
        Assert.Equal("Screened 1 person; 0 rows with errors (see the error column).", err.Trim());
        Assert.StartsWith("id,qfracture_mof_percent,", File.ReadAllText(path), StringComparison.Ordinal);
        Assert.Single(Directory.GetFiles(_temp.Path));
    }

    [Fact]
    public void Rows_whose_cells_are_all_empty_are_skipped_like_blank_lines()
    {
        var lines = Screen("id,sex,age,bmi\na,female,70,25\n,,,\n , ,\"\",\nb,female,70,25\n,,,\n");
        Assert.Equal(3, lines.Length);
        Assert.StartsWith("a,", lines[1], StringComparison.Ordinal);
        Assert.StartsWith("b,", lines[2], StringComparison.Ordinal);
    }

    [Fact]
    public void An_id_that_is_not_utf8_makes_an_error_row_and_is_copied_byte_for_byte()
    {
        // "Mül" saved as Latin-1: 0xFC alone is not UTF-8.
        byte[] latin1Id = [0x4D, 0xFC, 0x6C];
        var path = Path.Combine(_temp.Path, "latin1.csv");
        File.WriteAllBytes(path, [.. "id,sex,age,bmi\n"u8, .. latin1Id, .. ",female,70,25\nb,female,70,25\n"u8]);
        var outPath = Path.Combine(_temp.Path, "o.csv");
        var (exit, _, err) = CliRunner.Run("screen", path, "-o", outPath);
        Assert.True(exit == 0, err);
        var output = File.ReadAllBytes(outPath);
        var secondRow = output.AsSpan(output.AsSpan().IndexOf((byte)'\n') + 1);
        Assert.True(secondRow.StartsWith([.. latin1Id, .. ",,,,,,,"u8]));
        var lines = File.ReadAllLines(outPath);
        Assert.EndsWith(",,,,,,,\"id 'M\uFFFDl' is not valid UTF-8; valid: UTF-8 text (save the file as \"\"CSV UTF-8\"\").\"", lines[1], StringComparison.Ordinal);
        Assert.Matches("^b,[0-9.]+,[0-9.]+,", lines[2]);
    }

    [Fact]
    public void An_id_that_looks_like_a_formula_is_copied_as_is()
    {
        var lines = Screen("id,sex,age,bmi\n=1+1,female,70,25\n@SUM(A1),female,70,25\n");
        Assert.StartsWith("=1+1,", lines[1], StringComparison.Ordinal);
        Assert.StartsWith("@SUM(A1),", lines[2], StringComparison.Ordinal);
    }

    [Fact]
    public void Cells_with_the_typographic_minus_sign_are_read_as_negative_numbers()
    {
        // Read as numbers (-70, -25), then refused by range, not as text that is not a number.
        var lines = Screen("id,sex,age,bmi\na,female,\u221270,25\nb,female,70,\u221225\n");
        Assert.Equal("a,,,,,,,age '-70' is out of range; valid: 30 to 100 years.", lines[1]);
        Assert.StartsWith("b,,,,,,,bmi '-25' is out of range;", lines[2], StringComparison.Ordinal);
    }

    [Fact]
    public void By_default_a_bmi_outside_20_to_40_is_an_error_as_in_clinrisks_code()
    {
        var lines = Screen("id,sex,age,bmi\nlow,female,70,19.99\nhigh,female,70,40.01\n");
        Assert.Equal("id,qfracture_mof_percent,qfracture_hip_percent,ost,orai,score,osiris,error", lines[0]);
        Assert.StartsWith("low,,,,,,,bmi '19.99' is out of range", lines[1], StringComparison.Ordinal);
        Assert.StartsWith("high,,,,,,,bmi '40.01' is out of range", lines[2], StringComparison.Ordinal);
    }

    [Fact]
    public void Clamp_bmi_scores_at_the_bound_and_says_so_in_its_own_column()
    {
        var outPath = Path.Combine(_temp.Path, "clamped.csv");
        var (exit, _, err) = CliRunner.Run(
            "screen", Write("clamp.csv", "id,sex,age,bmi\nlow,female,70,19.99\nat20,female,70,20\nat40,male,70,40\nhigh,male,70,40.01\nmid,female,70,25\n"), "-o", outPath, "--clamp-bmi");
        Assert.True(exit == 0, err);
        var lines = File.ReadAllLines(outPath);
        Assert.Equal("id,qfracture_mof_percent,qfracture_hip_percent,ost,orai,score,osiris,qfracture_bmi_note,error", lines[0]);

        // The rows at the bounds and inside have an empty note and no error; 19.99 gets exactly the risks of 20 and
        // 40.01 those of 40, with the note (quoted: it holds a comma).
        string Scores(string line) => string.Join(",", line.Split(',')[1..7]);
        Assert.Matches("^at20,[0-9.]+,[0-9.]+,,,,,,$", lines[2]);
        Assert.Matches("^at40,[0-9.]+,[0-9.]+,,,,,,$", lines[3]);
        Assert.Matches("^mid,[0-9.]+,[0-9.]+,,,,,,$", lines[5]);
        Assert.Equal($"low,{Scores(lines[2])},\"BMI 19.99 is below the model's range (20–40); risk computed at BMI 20, probably an underestimate.\",", lines[1]);
        Assert.Equal(
            $"high,{Scores(lines[3])},\"BMI 40.01 is above the model's range (20–40); risk computed at BMI 40, the hip risk probably an overestimate, the major-fracture risk possibly an underestimate.\",",
            lines[4]);
    }

    private string[] Screen(string input)
    {
        var outPath = Path.Combine(_temp.Path, "screened.csv");
        var (exit, _, err) = CliRunner.Run("screen", Write("screen-input.csv", input), "-o", outPath);
        Assert.True(exit == 0, err);
        return File.ReadAllLines(outPath);
    }

    private string Write(string name, string content)
    {
        var path = Path.Combine(_temp.Path, name);
        File.WriteAllText(path, content);
        return path;
    }
}
