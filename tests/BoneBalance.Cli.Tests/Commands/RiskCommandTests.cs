using System.Globalization;
using System.Text.Json;
using BoneBalance.Cli.Commands;

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
        var q = JsonDocument.Parse(output).RootElement.GetProperty("fractureRisk").GetProperty("qfracture");
        Assert.Equal(Written(r.D("mof_percent_r17")), q.GetProperty("majorOsteoporoticPercent").GetDouble(), 9);
        Assert.Equal(Written(r.D("hip_percent_r17")), q.GetProperty("hipPercent").GetDouble(), 9);
        Assert.Equal(10, q.GetProperty("years").GetInt32());
    }

    // The document writes a risk to 0.1 % (as the table shows it), and a risk under 0.05 % to two significant digits
    // (0.048, 0.025): the C code's risk, rounded so.
    private static double Written(double percent) =>
        percent is > 0 and < 0.05
            ? Math.Round(percent, 1 - (int)Math.Floor(Math.Log10(percent)), MidpointRounding.AwayFromZero)
            : Math.Round(percent, 1, MidpointRounding.AwayFromZero);

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

    [Theory]
    [InlineData("female", "19.99", 20.0, "probably an underestimate")]
    [InlineData("female", "17.8", 20.0, "probably an underestimate")]
    [InlineData("female", "40.01", 40.0, "probably an overestimate")]
    [InlineData("male", "45", 40.0, "the hip risk probably an overestimate, the major-fracture risk possibly an underestimate")]
    public void A_bmi_outside_20_to_40_is_computed_at_the_bound_and_labelled(string sex, string bmi, double bound, string estimate)
    {
        var outside = CliRunner.Run("risk", "--sex", sex, "--age", "70", "--bmi", bmi, "--json");
        var atBound = CliRunner.Run("risk", "--sex", sex, "--age", "70", "--bmi", bound.ToString(CultureInfo.InvariantCulture), "--json");
        Assert.Equal(0, outside.Exit);
        var q = JsonDocument.Parse(outside.Out).RootElement.GetProperty("fractureRisk").GetProperty("qfracture");
        var b = JsonDocument.Parse(atBound.Out).RootElement.GetProperty("fractureRisk").GetProperty("qfracture");
        Assert.Equal(b.GetProperty("majorOsteoporoticPercent").GetDouble(), q.GetProperty("majorOsteoporoticPercent").GetDouble());
        Assert.Equal(b.GetProperty("hipPercent").GetDouble(), q.GetProperty("hipPercent").GetDouble());
        var clamp = q.GetProperty("bmiOutsideRange");
        Assert.Equal(double.Parse(bmi, CultureInfo.InvariantCulture), clamp.GetProperty("givenBmi").GetDouble());
        Assert.Equal(bound, clamp.GetProperty("computedAtBmi").GetDouble());
        Assert.Equal(estimate, clamp.GetProperty("estimate").GetString());
        Assert.Contains(JsonDocument.Parse(outside.Out).RootElement.GetProperty("fractureRisk").GetProperty("notes").EnumerateArray(), n => n.GetString() == clamp.GetProperty("note").GetString());
        Assert.Equal(JsonValueKind.Null, b.GetProperty("bmiOutsideRange").ValueKind);

        var text = CliRunner.Run("risk", "--sex", sex, "--age", "70", "--bmi", bmi);
        Assert.Contains($"BMI {bmi} is {(double.Parse(bmi, CultureInfo.InvariantCulture) < 20 ? "below" : "above")} the model's range (20–40); risk computed at BMI {bound}", text.Out.ReplaceLineEndings(" ").Replace("  ", " ", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("20")]
    [InlineData("40")]
    public void A_bmi_at_the_bounds_carries_no_label(string bmi)
    {
        var risk = JsonDocument.Parse(CliRunner.Run("risk", "--sex", "female", "--age", "70", "--bmi", bmi, "--json").Out).RootElement.GetProperty("fractureRisk");
        Assert.Equal(JsonValueKind.Null, risk.GetProperty("qfracture").GetProperty("bmiOutsideRange").ValueKind);
        Assert.DoesNotContain(risk.GetProperty("notes").EnumerateArray(), n => n.GetString()!.Contains("model's range", StringComparison.Ordinal));
    }

    [Fact]
    public void The_hip_note_follows_the_numbers()
    {
        // Reference vector row 805 (ClinRisk's C code): woman, 100, BMI 20, Pakistani (ethrisk 3), cancer, prior fracture, RA/SLE:
        // hip 39.46 % above major 21.64 %. A woman of 70 with nothing else: hip well below major.
        var risk = JsonDocument.Parse(CliRunner.Run("risk", "--sex", "female", "--age", "100", "--bmi", "20", "--ethnicity", "pakistani",
            "--factor", "cancer,prior_fracture,ra_or_sle", "--json").Out).RootElement.GetProperty("fractureRisk");
        var crossed = risk.GetProperty("qfracture");
        Assert.Equal(39.5, crossed.GetProperty("hipPercent").GetDouble(), 9);
        Assert.True(crossed.GetProperty("hipAtLeastMajor").GetBoolean());
        Assert.Contains(risk.GetProperty("notes").EnumerateArray(), n => n.GetString()!.StartsWith("The hip-fracture risk (39.5 %) is not below", StringComparison.Ordinal));

        var plainRisk = JsonDocument.Parse(CliRunner.Run("risk", "--sex", "female", "--age", "70", "--bmi", "25", "--json").Out).RootElement.GetProperty("fractureRisk");
        Assert.False(plainRisk.GetProperty("qfracture").GetProperty("hipAtLeastMajor").GetBoolean());
        Assert.DoesNotContain(plainRisk.GetProperty("notes").EnumerateArray(), n => n.GetString()!.StartsWith("The hip-fracture risk", StringComparison.Ordinal));
    }

    [Fact]
    public void Us_units_give_the_same_risk_as_metric()
    {
        var metric = CliRunner.Run("risk", "--sex", "male", "--age", "72", "--height-cm", "175.26", "--weight-kg", "79.37866475", "--json");
        var us = CliRunner.Run("risk", "--sex", "male", "--age", "72", "--height-in", "69", "--weight-lb", "175", "--json");
        double Mof(string json) => JsonDocument.Parse(json).RootElement.GetProperty("fractureRisk").GetProperty("qfracture").GetProperty("majorOsteoporoticPercent").GetDouble();
        Assert.Equal(Mof(metric.Out), Mof(us.Out), 9);
    }

    [Theory]
    [InlineData("--age", "25", "error: age '25' is out of range; valid: 30 to 100")]
    [InlineData("--bmi", "NaN", "error: bmi 'NaN' is not a number")]
    [InlineData("--years", "11", "error: years '11' is out of range; valid: 1 to 10")]
    [InlineData("--smoking", "sometimes", "error: smoking 'sometimes' is not one of the valid values; valid: never|former|light|moderate|heavy.")]
    [InlineData("--age", "abc", "error: --age 'abc' is not a whole number; valid: a whole number (e.g. 67); see 'bonebalance risk --help'.")]
    [InlineData("--age", "67.5", "error: --age '67.5' is not a whole number; valid:")]
    [InlineData("--bmi", "25,5", "error: --bmi '25,5' is not a number; valid: a finite decimal number with '.' for decimals")]
    // 1e400 overflows to infinity: the error shows the text as typed, not "Infinity".
    [InlineData("--bmi", "1e400", "error: --bmi '1e400' is not a number; valid: a finite decimal number")]
    [InlineData("--sex", "", "error: sex is required; valid: female|male.")]
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
        Assert.DoesNotMatch(@"\.\s+[A-Z]", err.Trim()); // one sentence
    }

    [Fact]
    public void An_age_from_the_birth_date_out_of_range_shows_the_birth_date()
    {
        // Born 1 January of the year 20 years ago: 19 or 20 years old today, below QFracture's 30.
        var born = new DateOnly(DateTime.Now.Year - 20, 1, 1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var (exit, _, err) = CliRunner.Run("risk", "--sex", "female", "--birth-date", born, "--bmi", "25");
        Assert.Equal(2, exit);
        Assert.Matches($@"^error: age '(19|20) \(from birth_date {born}\)' is out of range; valid: 30 to 100 years\.$", err.Trim());

        var (dxaExit, _, dxaErr) = CliRunner.Run("dxa", "--sex", "female", "--birth-date", "1890-01-01", "--spine-t", "-1");
        Assert.Equal(2, dxaExit);
        Assert.Matches(@"^error: age '1\d\d \(from birth_date 1890-01-01\)' is out of range; valid: 18 to 120 years\.$", dxaErr.Trim());
    }

    [Theory]
    [InlineData(0.0449, 10, "< 0.1 %", "fewer than 1 in 1,000 people like you would have this fracture within 10 years")]
    [InlineData(0.05, 1, "0.1 %", "about 1 in 1,000 people like you would have this fracture within 1 year")]
    [InlineData(9.64, 10, "9.6 %", "about 96 in 1,000 people like you would have this fracture within 10 years")]
    [InlineData(99.96, 10, "> 99.9 %", "more than 999 in 1,000 people like you would have this fracture within 10 years")]
    public void A_tiny_or_near_certain_risk_is_never_shown_as_0_or_100_percent(double percent, int years, string shown, string meaning)
    {
        Assert.Equal(shown, RiskCommand.Percent(percent));
        Assert.Equal(meaning, RiskCommand.OutOf(percent, years));
    }

    [Theory]
    [InlineData(-0.02, "0")] // OST 0.2 x (66.9 - 67): was shown "-0"
    [InlineData(-2.4, "-2.4")]
    [InlineData(11.874576, "11.9")]
    [InlineData(20, "20")]
    public void Screening_scores_in_the_table_have_one_decimal_and_no_negative_zero(double score, string shown)
    {
        Assert.Equal(shown, RiskCommand.ScoreText(score));
    }

    [Fact]
    public void A_one_year_horizon_reads_one_year()
    {
        var (exit, output, _) = CliRunner.Run("risk", "--sex", "male", "--age", "30", "--bmi", "25", "--years", "1");
        Assert.Equal(0, exit);
        Assert.Contains("risk of fracture within 1 year", output, StringComparison.Ordinal);
        Assert.DoesNotContain("1 years", output, StringComparison.Ordinal);
        Assert.DoesNotContain("0.0 %", output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_sex_names_the_valid_values()
    {
        var (exit, output, err) = CliRunner.Run("risk", "--age", "70", "--bmi", "25");
        Assert.Equal(2, exit);
        Assert.Empty(output);
        Assert.Equal("error: sex is required; valid: female|male.", err.Trim());
    }

    [Fact]
    public void A_parser_error_is_one_sentence_pointing_to_help()
    {
        var (exit, _, err) = CliRunner.Run("risk", "--sex", "female", "--age", "70", "--bmi", "25", "extra");
        Assert.Equal(2, exit);
        Assert.Equal("error: Unrecognized command or argument 'extra'; see 'bonebalance risk --help'.", err.Trim());
    }

    [Fact]
    public void A_whole_age_written_as_a_decimal_is_read_as_screen_reads_it()
    {
        var decimalAge = CliRunner.Run("risk", "--sex", "female", "--age", "67.0", "--bmi", "25", "--json");
        var wholeAge = CliRunner.Run("risk", "--sex", "female", "--age", "67", "--bmi", "25", "--json");
        Assert.Equal(0, decimalAge.Exit);
        Assert.Equal(wholeAge.Out, decimalAge.Out);
    }

    [Fact]
    public void An_unexpected_failure_is_one_line_with_exit_code_1_not_a_stack_trace()
    {
        using var stderr = new StringWriter();
        var exit = Program.Run(["risk", "--sex", "female", "--age", "70", "--bmi", "25", "--json"], new FailingWriter(), stderr);
        Assert.Equal(1, exit);
        Assert.StartsWith("error: unexpected failure (InvalidOperationException): ", stderr.ToString(), StringComparison.Ordinal);
        Assert.Single(stderr.ToString().Trim().Split('\n'));
    }

    /// <summary>A standard output that fails on every write (a stand-in for any failure the commands do not expect).</summary>
    private sealed class FailingWriter : StringWriter
    {
        public override void Write(char value) => throw new InvalidOperationException("the writer failed");

        public override void Write(string? value) => throw new InvalidOperationException("the writer failed");

        public override void WriteLine(string? value) => throw new InvalidOperationException("the writer failed");
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
        var notes = JsonDocument.Parse(output).RootElement.GetProperty("fractureRisk").GetProperty("notes");
        Assert.Contains(notes.EnumerateArray(), n => n.GetString()!.Contains("'hrt'", StringComparison.Ordinal));
    }

    [Fact]
    public void Horizon_can_be_shorter_and_risk_is_smaller()
    {
        double Hip(string years) => JsonDocument.Parse(CliRunner.Run("risk", "--sex", "female", "--age", "80", "--bmi", "22", "--years", years, "--json").Out)
            .RootElement.GetProperty("fractureRisk").GetProperty("qfracture").GetProperty("hipPercent").GetDouble();
        Assert.True(Hip("1") < Hip("5"));
        Assert.True(Hip("5") < Hip("10"));
    }

    [Theory]
    [InlineData("female", "_2_0.c", "_2_1.c")]
    [InlineData("male", "_2_1.c", "_2_0.c")]
    public void Sources_list_only_the_qfracture_files_of_the_person_s_sex(string sex, string used, string notUsed)
    {
        // ClinRisk's files: Q74_qfracture4_2012_2_0.c / Q74_qnof_2012_2_0.c hold the women's equations, _2_1 the men's.
        var (exit, output, err) = CliRunner.Run("risk", "--sex", sex, "--age", "70", "--bmi", "25");
        Assert.True(exit == 0, err);
        var sources = output[output.IndexOf("Sources", StringComparison.Ordinal)..];
        Assert.Contains("Q74_qfracture4_2012" + used, sources, StringComparison.Ordinal);
        Assert.Contains("Q74_qnof_2012" + used, sources, StringComparison.Ordinal);
        Assert.DoesNotContain(notUsed, sources, StringComparison.Ordinal);
        Assert.Contains("Hippisley-Cox J, Coupland C", sources, StringComparison.Ordinal);

        var json = CliRunner.Run("risk", "--sex", sex, "--age", "70", "--bmi", "25", "--json").Out;
        Assert.Contains("Q74_qnof_2012" + used, json, StringComparison.Ordinal);
        Assert.DoesNotContain(notUsed, json, StringComparison.Ordinal);
    }

    [Fact]
    public void Factors_may_be_separated_by_commas_as_well_as_repeated()
    {
        var repeated = CliRunner.Run("risk", "--sex", "female", "--age", "70", "--bmi", "25", "--factor", "falls", "--factor", "hrt", "--json");
        var commas = CliRunner.Run("risk", "--sex", "female", "--age", "70", "--bmi", "25", "--factor", "falls, hrt", "--json");
        Assert.Equal(0, commas.Exit);
        Assert.Equal(repeated.Out, commas.Out);
        Assert.Contains("\"falls\"", commas.Out, StringComparison.Ordinal);

        var (exit, _, err) = CliRunner.Run("risk", "--sex", "female", "--age", "70", "--bmi", "25", "--factor", "falls,sometimes");
        Assert.Equal(2, exit);
        Assert.StartsWith("error: factor 'sometimes' is not one of the valid values;", err, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bmi_that_disagrees_with_height_and_weight_is_refused()
    {
        // 63 in = 160.02 cm, 121 lb = 54.88467677 kg: BMI 21.43; 30 is far from it.
        var (exit, _, err) = CliRunner.Run("risk", "--sex", "female", "--age", "67", "--height-in", "63", "--weight-lb", "121", "--bmi", "30");
        Assert.Equal(2, exit);
        Assert.Equal(
            "error: bmi '30 (computed 21.4 from weight 54.9 kg and height 160 cm)' conflicts with height and weight; valid: agree with height and weight within 0.5 kg/m², or give only one of them.",
            err.Trim());
    }
}
