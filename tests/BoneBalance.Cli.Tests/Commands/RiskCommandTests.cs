using System.Text.Json;

namespace BoneBalance.Cli.Tests.Commands;

public class RiskCommandTests
{
    public static TheoryData<string> ValidTenYearRows() =>
        [.. ReferenceVectors.Rows.Where(r => r["valid"] == "1" && r["surv"] == "10").Take(40).Select(r => r["row_id"])];

    [Theory]
    [MemberData(nameof(ValidTenYearRows))]
    public void Json_risks_equal_the_original_c_code(string rowId)
    {
        var r = ReferenceVectors.Rows.Single(x => x["row_id"] == rowId);
        var args = new List<string>
        {
            "risk", "--sex", r["sex"], "--age", r["age"], "--bmi", r["bmi"], "--ethnicity", r.Ethnicity(),
            "--smoking", r.Smoking(), "--alcohol", r.Alcohol(), "--json",
        };
        for (var i = 0; i < ReferenceVectors.CFlagColumns.Length; i++)
        {
            if (r[ReferenceVectors.CFlagColumns[i]] == "1")
            {
                args.AddRange(["--factor", ReferenceVectors.FlagTokens[i]]);
            }
        }

        var (exit, output, err) = CliRunner.Run([.. args]);
        Assert.True(exit == 0, err);
        var q = JsonDocument.Parse(output).RootElement.GetProperty("qfracture");
        Assert.Equal(r.D("mof_percent_r17"), q.GetProperty("major_osteoporotic_fracture_percent").GetDouble(), 9);
        Assert.Equal(r.D("hip_percent_r17"), q.GetProperty("hip_fracture_percent").GetDouble(), 9);
        Assert.Equal(10, q.GetProperty("years").GetInt32());
    }

    [Fact]
    public void Table_shows_risks_to_one_decimal_with_sources_and_disclaimer()
    {
        var (exit, output, _) = CliRunner.Run("risk", "--sex", "female", "--age", "67", "--height-cm", "160", "--weight-kg", "55", "--factor", "falls");
        Assert.Equal(0, exit);
        Assert.Matches(@"Hip fracture\s*│\s*\d+\.\d %", output);
        Assert.Contains("not a FRAX probability", output, StringComparison.Ordinal);
        Assert.Contains("Hippisley-Cox", output, StringComparison.Ordinal);
        Assert.Contains("OST", output, StringComparison.Ordinal);
        Assert.Contains("USPSTF 2025 screening advice", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Us_units_give_the_same_risk_as_metric()
    {
        var metric = CliRunner.Run("risk", "--sex", "male", "--age", "72", "--height-cm", "175.26", "--weight-kg", "79.37866475", "--json");
        var us = CliRunner.Run("risk", "--sex", "male", "--age", "72", "--height-in", "69", "--weight-lb", "175", "--json");
        double Mof(string json) => JsonDocument.Parse(json).RootElement.GetProperty("qfracture").GetProperty("major_osteoporotic_fracture_percent").GetDouble();
        Assert.Equal(Mof(metric.Out), Mof(us.Out), 9);
    }

    [Theory]
    [InlineData("--age", "25", "error: age '25' is out of range; valid: 30 to 100")]
    [InlineData("--bmi", "45", "error: bmi '45' is out of range; valid: 20 to 40")]
    [InlineData("--bmi", "NaN", "error: bmi 'NaN' is out of range")]
    [InlineData("--years", "11", "error: years '11' is out of range; valid: 1 to 10")]
    [InlineData("--smoking", "sometimes", "error: smoking 'sometimes' is out of range; valid: never|former|light|moderate|heavy.")]
    [InlineData("--age", "abc", "error: --age 'abc' is not a whole number.")]
    public void Bad_input_is_one_sentence_on_stderr_with_exit_code_2(string option, string value, string expectedStart)
    {
        var args = new List<string> { "risk", "--sex", "female", "--age", "70", "--bmi", "25" };
        var at = args.IndexOf(option);
        if (at >= 0)
        {
            args[at + 1] = value;
        }
        else
        {
            args.AddRange([option, value]);
        }

        var (exit, output, err) = CliRunner.Run([.. args]);
        Assert.Equal(2, exit);
        Assert.Empty(output);
        Assert.StartsWith(expectedStart, err, StringComparison.Ordinal);
        Assert.Single(err.Trim().Split('\n'));
    }

    [Fact]
    public void Missing_body_size_is_refused_naming_bmi()
    {
        var (exit, _, err) = CliRunner.Run("risk", "--sex", "female", "--age", "70");
        Assert.Equal(2, exit);
        Assert.Contains("bmi", err, StringComparison.Ordinal);
    }

    [Fact]
    public void Sex_specific_factors_of_the_other_sex_are_reported_as_unused()
    {
        var (exit, output, _) = CliRunner.Run("risk", "--sex", "male", "--age", "70", "--bmi", "25", "--factor", "hrt", "--json");
        Assert.Equal(0, exit);
        var notes = JsonDocument.Parse(output).RootElement.GetProperty("qfracture").GetProperty("notes");
        Assert.Contains(notes.EnumerateArray(), n => n.GetString()!.Contains("'hrt'", StringComparison.Ordinal));
    }

    [Fact]
    public void Horizon_can_be_shorter_and_risk_is_smaller()
    {
        double Hip(string years) => JsonDocument.Parse(CliRunner.Run("risk", "--sex", "female", "--age", "80", "--bmi", "22", "--years", years, "--json").Out)
            .RootElement.GetProperty("qfracture").GetProperty("hip_fracture_percent").GetDouble();
        Assert.True(Hip("1") < Hip("5"));
        Assert.True(Hip("5") < Hip("10"));
    }
}
