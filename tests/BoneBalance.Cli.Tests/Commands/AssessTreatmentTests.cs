using System.Text.Json;

namespace BoneBalance.Cli.Tests.Commands;

/// <summary>
/// Treatment already taken, through the CLI: the woman on alendronate for 18 months (examples/woman-68-alendronate.json) is told about
/// her treatment (ON_OSTEOPOROSIS_TREATMENT), not to talk about starting one; the woman on denosumab with an eGFR of 25
/// (examples/woman-74-denosumab-egfr25.json) gets DENOSUMAB_HYPOCALCAEMIA_RISK; a stopped medicine is read from the profile.
/// </summary>
public sealed class AssessTreatmentTests(AssessCatalogueFixture catalogue) : IClassFixture<AssessCatalogueFixture>
{
    private static readonly string Examples = Path.Combine(Repository.Root, "examples");

    private (int Exit, string Output, string Error) Run(params string[] args) =>
        CliRunner.Run(["assess", .. args, "--database", catalogue.Database]);

    [Fact]
    public void The_woman_on_alendronate_is_not_told_to_ask_about_starting_treatment()
    {
        var (exit, output, error) = Run(Path.Combine(Examples, "woman-68-alendronate.json"));
        Assert.True(exit == 0, error);
        Assert.Contains("ON_OSTEOPOROSIS_TREATMENT", output, StringComparison.Ordinal);
        Assert.Contains("Keep up your osteoporosis treatment and have it reviewed", output, StringComparison.Ordinal);
        Assert.Contains("You have taken it for 18 months", output, StringComparison.Ordinal);
        Assert.DoesNotContain("DISCUSS_TREATMENT", output, StringComparison.Ordinal);
        Assert.DoesNotContain("Talk to your clinician about treatment to prevent fractures", output, StringComparison.Ordinal);
        Assert.DoesNotContain("bisphosphonates (such as alendronate", output, StringComparison.Ordinal);
        Assert.DoesNotContain("before osteoporosis medicines are started", output, StringComparison.Ordinal);
    }

    [Fact]
    public void The_json_of_the_woman_on_alendronate_carries_the_code_with_its_grade_and_citations()
    {
        var (exit, output, error) = Run(Path.Combine(Examples, "woman-68-alendronate.json"), "--json");
        Assert.True(exit == 0, error);
        var recommendations = JsonDocument.Parse(output).RootElement.GetProperty("recommendations").EnumerateArray().ToList();
        var on = Assert.Single(recommendations, r => r.GetProperty("code").GetString() == "ON_OSTEOPOROSIS_TREATMENT");
        Assert.Equal("high", on.GetProperty("priority").GetString());
        Assert.Equal("D", on.GetProperty("evidenceGrade").GetString());
        Assert.Contains(on.GetProperty("citations").EnumerateArray(), c => c.ToString().Contains("Adler", StringComparison.Ordinal));
        Assert.DoesNotContain(recommendations, r => r.GetProperty("code").GetString() == "DISCUSS_TREATMENT");
    }

    [Fact]
    public void The_woman_on_denosumab_with_an_eGFR_of_25_gets_the_hypocalcaemia_warning()
    {
        var (exit, output, error) = Run(Path.Combine(Examples, "woman-74-denosumab-egfr25.json"));
        Assert.True(exit == 0, error);
        Assert.Contains("WARNING DENOSUMAB_HYPOCALCAEMIA_RISK", output, StringComparison.Ordinal);
        Assert.Contains("eGFR 25 mL/min/1.73 m²", output, StringComparison.Ordinal);
        Assert.Contains("Never stop it or let an injection be late", output, StringComparison.Ordinal);
        Assert.Contains("alendronate (alendronic acid) stopped 36 months ago", output, StringComparison.Ordinal);
        Assert.DoesNotContain("DISCUSS_TREATMENT", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Stopped_denosumab_in_a_profile_is_a_warning()
    {
        var profile = Path.Combine(catalogue.Directory, "stopped-denosumab.json");
        File.WriteAllText(profile, """{ "person": { "sex": "female", "age": 70 }, "medications": [ { "name": "Prolia", "status": "stopped", "stoppedMonthsAgo": 9 } ] }""");
        var (exit, output, error) = Run(profile);
        Assert.True(exit == 0, error);
        Assert.Contains("WARNING DENOSUMAB_STOPPED", output, StringComparison.Ordinal);
        Assert.Contains("9 months ago", output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bad_status_exits_2_naming_the_field()
    {
        var profile = Path.Combine(catalogue.Directory, "bad-status.json");
        File.WriteAllText(profile, """{ "person": { "sex": "female", "age": 70 }, "medications": [ { "name": "Prolia", "status": "paused" } ] }""");
        var (exit, _, error) = Run(profile);
        Assert.Equal(2, exit);
        Assert.Contains("medications[0].status 'paused' is not one of the valid values; valid: current|stopped", error, StringComparison.Ordinal);
    }
}
