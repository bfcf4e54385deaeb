using System.Text.Json;

namespace BoneBalance.Cli.Tests.Commands;

public class DxaCommandTests
{
    // NHANES III femoral neck, non-Hispanic white women 20-29 (Looker 1998, as ISCD prescribes): mean 0.858, SD 0.120 g/cm².
    private const double FemoralNeckMean = 0.858;
    private const double FemoralNeckSd = 0.120;

    private static JsonElement Json(params string[] args)
    {
        var (exit, output, err) = CliRunner.Run(["dxa", .. args, "--json"]);
        Assert.True(exit == 0, err);
        return JsonDocument.Parse(output).RootElement;
    }

    private static JsonElement Site(JsonElement root, string site) =>
        root.GetProperty("densitometry").GetProperty("sites").EnumerateArray().Single(s => s.GetProperty("site").GetString() == site);

    private static JsonElement Finding(JsonElement root, string guideline, string criterionStart) =>
        root.GetProperty("thresholds").EnumerateArray().Single(f =>
            f.GetProperty("guideline").GetString() == guideline
            && f.GetProperty("criterion").GetString()!.StartsWith(criterionStart, StringComparison.Ordinal));

    [Fact]
    public void Issue_example_femoral_neck_bmd_gives_the_nhanes_t_score_and_low_bone_mass()
    {
        var root = Json("--sex", "female", "--age", "67", "--femoral-neck-bmd", "0.62");
        var neck = Site(root, "femoral_neck");
        var expected = (0.62 - FemoralNeckMean) / FemoralNeckSd; // −1.98333…
        Assert.Equal(expected, neck.GetProperty("tScore").GetDouble(), 6);
        Assert.Equal(-1.983333, neck.GetProperty("tScore").GetDouble(), 6);
        Assert.Equal("computed_from_bmd", neck.GetProperty("tScoreOrigin").GetString());
        Assert.Equal(0.62, neck.GetProperty("bmd").GetDouble());
        Assert.Equal(FemoralNeckMean, neck.GetProperty("reference").GetProperty("meanBmd").GetDouble());
        Assert.Equal(FemoralNeckSd, neck.GetProperty("reference").GetProperty("sdBmd").GetDouble());
        Assert.Equal(JsonValueKind.Null, neck.GetProperty("zScore").ValueKind);
        Assert.Equal("femoral_neck", root.GetProperty("densitometry").GetProperty("diagnosticSite").GetString());

        var c = root.GetProperty("densitometry");
        Assert.Equal("t_score", c.GetProperty("basis").GetString());
        Assert.Equal("low_bone_mass", c.GetProperty("whoCategory").GetString());
        Assert.Equal("femoral_neck", c.GetProperty("diagnosticSite").GetString());
        Assert.Equal(JsonValueKind.Null, c.GetProperty("zScoreCategory").ValueKind);
        Assert.Equal(expected, c.GetProperty("lowestCentralTScore").GetDouble(), 6);
        Assert.Contains(c.GetProperty("notes").EnumerateArray().Select(n => n.GetString()), n => n!.Contains("lowest T-score", StringComparison.Ordinal));
        Assert.Contains(neck.GetProperty("notes").EnumerateArray().Select(n => n.GetString()), n => n!.Contains("manufacturer not stated", StringComparison.Ordinal));
        Assert.Equal("unknown", neck.GetProperty("manufacturer").GetString());
        Assert.StartsWith("BoneBalance informs; it does not diagnose", root.GetProperty("disclaimer").GetString(), StringComparison.Ordinal);
        Assert.Contains(root.GetProperty("sources").EnumerateArray().Select(x => x.GetProperty("authors").GetString()), x => x!.StartsWith("Looker AC", StringComparison.Ordinal));
        Assert.StartsWith("Looker AC", neck.GetProperty("reference").GetProperty("citations")[0].GetProperty("authors").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Issue_example_with_spine_t_makes_the_spine_the_lowest_site_and_osteoporosis()
    {
        var root = Json("--sex", "female", "--age", "67", "--femoral-neck-bmd", "0.62", "--spine-t", "-2.7");
        var c = root.GetProperty("densitometry");
        Assert.Equal("osteoporosis", c.GetProperty("whoCategory").GetString());
        Assert.Equal("spine", c.GetProperty("diagnosticSite").GetString());
        Assert.Equal(-2.7, c.GetProperty("lowestCentralTScore").GetDouble());
        var spine = Site(root, "spine");
        Assert.Equal("from_report", spine.GetProperty("tScoreOrigin").GetString());
        Assert.Equal(JsonValueKind.Null, spine.GetProperty("bmd").ValueKind);
        Assert.Equal(JsonValueKind.Null, spine.GetProperty("reference").ValueKind);
        Assert.Equal("spine", root.GetProperty("densitometry").GetProperty("diagnosticSite").GetString());

        // Sites come in a fixed order: spine, total hip, femoral neck, radius.
        Assert.Equal(["spine", "femoral_neck"], root.GetProperty("densitometry").GetProperty("sites").EnumerateArray().Select(s => s.GetProperty("site").GetString()!));
    }

    [Fact]
    public void A_fragility_fracture_with_osteoporosis_is_severe_osteoporosis()
    {
        var root = Json("--sex", "female", "--age", "67", "--spine-t", "-2.7", "--fragility-fracture");
        Assert.Equal("severe_osteoporosis", root.GetProperty("densitometry").GetProperty("whoCategory").GetString());
        Assert.Equal("met", Finding(root, "NOGG 2022", "Prior fragility fracture").GetProperty("status").GetString());
    }

    [Fact]
    public void Table_shows_the_sites_the_category_findings_sources_and_disclaimer()
    {
        var (exit, output, err) = CliRunner.Run("dxa", "--sex", "female", "--age", "67", "--femoral-neck-bmd", "0.62", "--spine-t", "-2.7");
        Assert.True(exit == 0, err);
        Assert.Matches(@"Femoral neck\s*│\s*0\.620\s*│\s*-1\.98\s*│\s*computed\s*│", output);
        Assert.Matches(@"Lumbar spine\s*│\s*—\s*│\s*-2\.7\s*│\s*reported\s*│\s*—\s*│\s*◀ diagnostic", output);
        Assert.Contains("Osteoporosis (WHO category, by T-score)", output, StringComparison.Ordinal);
        Assert.Contains("Computed T-score = (BMD − 0.858) / 0.120", output, StringComparison.Ordinal);
        Assert.Contains("Guideline treatment thresholds", output, StringComparison.Ordinal);
        Assert.Contains("BHOF 2022", output, StringComparison.Ordinal);
        Assert.Contains("[S]", output, StringComparison.Ordinal);
        Assert.Contains("Looker AC", output, StringComparison.Ordinal);
        Assert.Contains("BoneBalance informs; it does not diagnose", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Findings_are_a_list_without_table_rules_with_each_reason_indented_under_its_finding()
    {
        var (exit, output, err) = CliRunner.Run("dxa", "--sex", "female", "--age", "67", "--femoral-neck-bmd", "0.62", "--spine-t", "-2.7");
        Assert.True(exit == 0, err);
        var lines = output.Split('\n');
        var start = Array.FindIndex(lines, l => l.StartsWith("Guideline treatment thresholds", StringComparison.Ordinal));
        var end = Array.FindIndex(lines, l => l.StartsWith("[P] read in", StringComparison.Ordinal));
        var findings = lines[(start + 1)..end];
        // Redirected output is laid out for Terminal.RedirectedWidth columns (a terminal uses its own width).
        Assert.All(findings, l => Assert.True(l.TrimEnd().Length <= Terminal.RedirectedWidth, l));
        Assert.All(findings, l => Assert.DoesNotContain("│", l, StringComparison.Ordinal));

        // -2.7 ≤ -2.5: BHOF's T-score criterion is met; its reason follows on the next line, indented.
        var met = Array.FindIndex(findings, l => l.StartsWith("met ", StringComparison.Ordinal));
        Assert.Matches(@"^met\s+BHOF 2022 — T-score ≤ -2\.5 at femoral neck", findings[met]);
        var reason = findings[(met + 1)..].First(l => l.Contains("Lowest T-score", StringComparison.Ordinal));
        Assert.Matches(@"^\s{4,}Lowest T-score -2\.7 ≤ -2\.5\.", reason);
    }

    [Fact]
    public void Premenopausal_woman_is_classified_by_z_score_not_by_t_score()
    {
        // ISCD: premenopausal women use Z-scores; Z ≤ −2.0 is "below the expected range for age", and the T-score
        // (here in the osteoporosis range) gives no WHO category.
        var root = Json("--sex", "female", "--age", "40", "--menopausal-status", "premenopausal",
            "--femoral-neck-t", "-2.8", "--femoral-neck-z", "-2.1");
        var c = root.GetProperty("densitometry");
        Assert.Equal("z_score", c.GetProperty("basis").GetString());
        Assert.Equal("below_expected_range_for_age", c.GetProperty("zScoreCategory").GetString());
        Assert.Equal(JsonValueKind.Null, c.GetProperty("whoCategory").ValueKind);
        Assert.Equal(-2.1, c.GetProperty("lowestZScore").GetDouble());
        Assert.Equal("not_applicable", Finding(root, "BHOF 2022", "T-score").GetProperty("status").GetString());
    }

    [Theory]
    [InlineData("-2.0", "below_expected_range_for_age")]
    [InlineData("-1.9", "within_expected_range_for_age")]
    public void Z_score_boundary_through_the_cli(string z, string expected)
    {
        var root = Json("--sex", "male", "--age", "45", "--spine-z", z);
        Assert.Equal(expected, root.GetProperty("densitometry").GetProperty("zScoreCategory").GetString());
    }

    [Fact]
    public void Premenopausal_woman_without_z_score_gets_no_category()
    {
        var root = Json("--sex", "female", "--age", "40", "--menopausal-status", "premenopausal", "--femoral-neck-bmd", "0.62");
        var c = root.GetProperty("densitometry");
        Assert.Equal("z_score", c.GetProperty("basis").GetString());
        Assert.Equal(JsonValueKind.Null, c.GetProperty("zScoreCategory").ValueKind);
        Assert.Equal(JsonValueKind.Null, c.GetProperty("diagnosticSite").ValueKind);
        Assert.StartsWith("No category", c.GetProperty("summary").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Bhof_t_score_criterion_is_met_at_minus_two_and_a_half()
    {
        var root = Json("--sex", "female", "--age", "67", "--total-hip-t", "-2.5");
        Assert.Equal("met", Finding(root, "BHOF 2022", "T-score").GetProperty("status").GetString());
        var frax = Finding(root, "BHOF 2022", "Low bone mass");
        Assert.Equal("not_applicable", frax.GetProperty("status").GetString());
        Assert.Equal("secondary", frax.GetProperty("evidence").GetString());
    }

    [Fact]
    public void Bhof_low_bone_mass_without_frax_cannot_be_evaluated()
    {
        var root = Json("--sex", "female", "--age", "67", "--femoral-neck-bmd", "0.62");
        Assert.Equal("not_met", Finding(root, "BHOF 2022", "T-score").GetProperty("status").GetString());
        var frax = Finding(root, "BHOF 2022", "Low bone mass");
        Assert.Equal("cannot_evaluate", frax.GetProperty("status").GetString());
        Assert.Contains("QFracture", frax.GetProperty("reason").GetString(), StringComparison.Ordinal);
        Assert.Equal(JsonValueKind.Null, root.GetProperty("frax").ValueKind);
    }

    [Theory]
    [InlineData("20", "2.9", "met")] // MOF at its threshold (≥ 20 %)
    [InlineData("19.9", "3", "met")] // hip at its threshold (≥ 3 %)
    [InlineData("19.9", "2.9", "not_met")]
    public void Bhof_low_bone_mass_with_frax_uses_the_entered_probabilities(string mof, string hip, string expected)
    {
        var root = Json("--sex", "female", "--age", "67", "--femoral-neck-bmd", "0.62", "--frax-mof", mof, "--frax-hip", hip);
        Assert.Equal(expected, Finding(root, "BHOF 2022", "Low bone mass").GetProperty("status").GetString());
        var frax = root.GetProperty("frax");
        Assert.Equal(double.Parse(mof, System.Globalization.CultureInfo.InvariantCulture), frax.GetProperty("mofPercent").GetDouble());
        Assert.Equal(double.Parse(hip, System.Globalization.CultureInfo.InvariantCulture), frax.GetProperty("hipPercent").GetDouble());
        Assert.False(frax.GetProperty("glucocorticoidAdjusted").GetBoolean());
    }

    [Fact]
    public void Hip_or_vertebral_fracture_meets_bhof_regardless_of_bmd()
    {
        var root = Json("--sex", "male", "--age", "70", "--total-hip-t", "-0.5", "--hip-or-vertebral-fracture");
        Assert.Equal("met", Finding(root, "BHOF 2022", "Hip or vertebral").GetProperty("status").GetString());
        Assert.Equal("normal", root.GetProperty("densitometry").GetProperty("whoCategory").GetString());
    }

    [Fact]
    public void Acr_glucocorticoid_category_through_the_cli()
    {
        // ACR 2022, adults ≥ 40: −3.5 < T ≤ −2.5 is high risk. 10 mg/day for 6 months is ≈ 1.8 g (< 5 g), so the
        // T-score decides.
        var root = Json("--sex", "female", "--age", "67", "--spine-t", "-2.7", "--glucocorticoid-mg-per-day", "10", "--glucocorticoid-months", "6");
        var acr = Finding(root, "ACR 2022 (glucocorticoids)", "Risk category");
        Assert.Equal("met", acr.GetProperty("status").GetString());
        Assert.StartsWith("High risk", acr.GetProperty("reason").GetString(), StringComparison.Ordinal);
        var gc = root.GetProperty("glucocorticoids");
        Assert.Equal(10 * 6 * (365.25 / 12) / 1000, gc.GetProperty("cumulativeGramsPastYear").GetDouble(), 3);
    }

    [Fact]
    public void Comparison_with_an_earlier_scan_uses_lsc_of_2_77_times_the_precision_error()
    {
        var root = Json("--sex", "female", "--age", "67", "--femoral-neck-bmd", "0.62", "--manufacturer", "hologic",
            "--compare-site", "femoral_neck", "--previous-bmd", "0.66", "--previous-date", "2024-05-02",
            "--scan-date", "2026-05-04", "--precision-rms-sd", "0.012");
        var change = root.GetProperty("densitometry").GetProperty("changes")[0];
        Assert.Equal("femoral_neck", change.GetProperty("site").GetString());
        Assert.Equal(0.62 - 0.66, change.GetProperty("change").GetDouble(), 12);
        Assert.Equal(100 * (0.62 - 0.66) / 0.66, change.GetProperty("changePercent").GetDouble(), 1);
        Assert.Equal(2.77 * 0.012, change.GetProperty("leastSignificantChange").GetDouble(), 12);
        Assert.Equal("decrease", change.GetProperty("direction").GetString());
        Assert.True(change.GetProperty("significant").GetBoolean()); // 0.040 ≥ 0.03324
        Assert.True(change.GetProperty("significantLoss").GetBoolean());
        Assert.Equal("2024-05-02", change.GetProperty("earlierDate").GetString());
        Assert.Equal("2026-05-04", change.GetProperty("laterDate").GetString());
        Assert.Equal(0.012, change.GetProperty("precisionRmsSd").GetDouble());
        Assert.Equal("hologic", change.GetProperty("manufacturer").GetString());
    }

    [Fact]
    public void A_change_smaller_than_the_lsc_is_not_significant()
    {
        var root = Json("--sex", "female", "--age", "67", "--spine-bmd", "0.900", "--spine-t", "-1.2",
            "--compare-site", "spine", "--previous-bmd", "0.925", "--precision-rms-sd", "0.010");
        var change = root.GetProperty("densitometry").GetProperty("changes")[0];
        Assert.False(change.GetProperty("significant").GetBoolean()); // 0.025 < 2.77 × 0.010 = 0.0277
        Assert.Equal(JsonValueKind.Null, change.GetProperty("earlierDate").ValueKind);
        Assert.Contains("not a significant change", change.GetProperty("summary").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Without_a_comparison_there_are_no_changes()
    {
        Assert.Empty(Json("--sex", "female", "--age", "67", "--spine-t", "-1").GetProperty("densitometry").GetProperty("changes").EnumerateArray());
    }

    [Fact]
    public void Ge_lunar_hip_bmd_is_not_converted_and_gives_no_category()
    {
        var root = Json("--sex", "female", "--age", "67", "--femoral-neck-bmd", "0.62", "--manufacturer", "ge_lunar");
        var neck = Site(root, "femoral_neck");
        Assert.Equal(JsonValueKind.Null, neck.GetProperty("tScore").ValueKind);
        Assert.Equal("not_available", neck.GetProperty("tScoreOrigin").GetString());
        Assert.Equal(JsonValueKind.Null, root.GetProperty("densitometry").GetProperty("whoCategory").ValueKind);
        Assert.Equal("cannot_evaluate", Finding(root, "BHOF 2022", "T-score").GetProperty("status").GetString());
    }

    [Theory]
    [InlineData(new[] { "--femoral-neck-bmd", "8.5" }, "error: femoral_neck_bmd '8.5' is out of range; valid: 0.1 to 3 g/cm².")]
    // T = (3 − 0.858) / 0.120 = 17.85 > 8; the accepted BMD is 0.858 ± 8 × 0.120, i.e. up to 1.818 (and from 0.1, the BMD floor).
    [InlineData(new[] { "--femoral-neck-bmd", "3" }, "error: femoral_neck_bmd '3' is out of range; valid: 0.1 to 1.818 g/cm².")]
    [InlineData(new[] { "--spine-t", "-9" }, "error: spine_t '-9' is out of range; valid: -8 to 8.")]
    [InlineData(new[] { "--spine-t", "abc" }, "error: --spine-t 'abc' is not a number; valid: a finite decimal number with '.' for decimals (e.g. 25.5); see 'bonebalance dxa --help'.")]
    [InlineData(new[] { "--spine-t", "-2", "--manufacturer", "siemens" }, "error: manufacturer 'siemens' is not one of the valid values; valid: unknown|hologic|ge_lunar|norland.")]
    [InlineData(new[] { "--spine-t", "-2", "--frax-mof", "120", "--frax-hip", "3" }, "error: frax_mof '120' is out of range; valid: 0 to 100 %.")]
    [InlineData(new[] { "--spine-t", "-2", "--frax-mof", "25" }, "error: frax_hip is required; valid: give both --frax-mof and --frax-hip")]
    [InlineData(new[] { "--spine-t", "-2", "--glucocorticoid-mg-per-day", "10" }, "error: glucocorticoid_months is required")]
    [InlineData(new[] { "--spine-t", "-2", "--previous-bmd", "0.9", "--compare-site", "spine", "--precision-rms-sd", "0.01" }, "error: spine_bmd is required")]
    [InlineData(new[] { "--spine-bmd", "0.9", "--spine-t", "-2", "--previous-bmd", "0.9", "--compare-site", "spine" }, "error: precision_rms_sd is required")]
    [InlineData(new[] { "--spine-t", "-2", "--compare-site", "spine" }, "error: previous_bmd is required")]
    [InlineData(new[] { "--spine-bmd", "0.9", "--previous-bmd", "0.9", "--compare-site", "spine", "--precision-rms-sd", "0.01", "--previous-date", "2026-01-02", "--scan-date", "2025-01-02" }, "error: scan_date '2025-01-02' is out of range; valid: on or after the previous scan's date 2026-01-02.")]
    public void Bad_input_is_one_sentence_on_stderr_with_exit_code_2(string[] options, string expectedStart)
    {
        var (exit, output, err) = CliRunner.Run(["dxa", "--sex", "female", "--age", "67", .. options]);
        Assert.Equal(2, exit);
        Assert.Empty(output);
        Assert.StartsWith(expectedStart, err, StringComparison.Ordinal);
        Assert.Single(err.Trim().Split('\n'));
    }

    [Fact]
    public void No_site_at_all_is_refused_with_a_clear_error()
    {
        var (exit, output, err) = CliRunner.Run("dxa", "--sex", "female", "--age", "67");
        Assert.Equal(2, exit);
        Assert.Empty(output);
        Assert.StartsWith("error: site is required; valid: at least one site: --femoral-neck-bmd", err, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_problem_is_reported_at_once()
    {
        var (exit, _, err) = CliRunner.Run("dxa", "--sex", "female", "--age", "10", "--femoral-neck-bmd", "8.5", "--spine-t", "-9");
        Assert.Equal(2, exit);
        Assert.Contains("age '10'", err, StringComparison.Ordinal);
        Assert.Contains("femoral_neck_bmd '8.5'", err, StringComparison.Ordinal);
        Assert.Contains("spine_t '-9'", err, StringComparison.Ordinal);
    }

    [Fact]
    public void A_t_score_pasted_with_the_typographic_minus_sign_is_read_as_negative()
    {
        var ascii = CliRunner.Run("dxa", "--sex", "female", "--age", "67", "--spine-t", "-2.7", "--json");
        var unicode = CliRunner.Run("dxa", "--sex", "female", "--age", "67", "--spine-t", "\u22122.7", "--json");
        Assert.True(unicode.Exit == 0, unicode.Err);
        Assert.Equal(ascii.Out, unicode.Out);
    }
}
