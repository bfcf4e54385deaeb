using System.Text.Json;

namespace BoneBalance.Cli.Tests.Commands;

/// <summary>
/// <c>bonebalance assess</c> on the examples with red flags and specialist work-up: the red flags and the specialist's
/// next steps they must show, and those they must not (each example is the negative case of the rules it does not meet).
/// </summary>
public sealed class AssessRedFlagExamplesTests(AssessCatalogueFixture catalogue) : IClassFixture<AssessCatalogueFixture>
{
    private static readonly string Examples = Path.Combine(Repository.Root, "examples");

    [Theory]
    [InlineData("woman-67-falls-parental-osteoporosis.json", "INR_HIGH_WITHOUT_ANTICOAGULANT,POSTMENOPAUSAL_BLEEDING,VITAMIN_K_DEFICIENCY_SIGNS", "", "VERTEBRAL_FRACTURE_ASSESSMENT,SEE_CLINICIAN_PROMPTLY", "SECONDARY_CAUSES_WORKUP")]
    [InlineData("woman-45-coeliac-bruising.json", "INR_HIGH_WITHOUT_ANTICOAGULANT,VITAMIN_K_DEFICIENCY_SIGNS", "POSTMENOPAUSAL_BLEEDING", "SEE_CLINICIAN_PROMPTLY", "VERTEBRAL_FRACTURE_ASSESSMENT")]
    [InlineData("woman-74-warfarin-af.json", "", "INR_HIGH_WITHOUT_ANTICOAGULANT", "", "")]
    [InlineData("man-77-warfarin-no-k-supplement.json", "", "INR_HIGH_WITHOUT_ANTICOAGULANT", "", "")]
    [InlineData("man-72-apixaban.json", "", "INR_HIGH_WITHOUT_ANTICOAGULANT,UNRECOGNISED_MEDICATION", "", "")]
    [InlineData("woman-55-osteopenia-omeprazole-levothyroxine.json", "", "", "SECONDARY_CAUSES_WORKUP", "VERTEBRAL_FRACTURE_ASSESSMENT,CKD_MINERAL_BONE_LABS")]
    [InlineData("woman-58-prednisone-ra.json", "", "", "VERTEBRAL_FRACTURE_ASSESSMENT", "SECONDARY_CAUSES_WORKUP")]
    [InlineData("man-80-care-home-hip-fracture.json", "", "", "VERTEBRAL_FRACTURE_ASSESSMENT", "KIDNEY_STONE_DIET")]
    [InlineData("woman-63-kidney-stones.json", "KIDNEY_STONES_CALCIUM", "", "KIDNEY_STONE_DIET", "CKD_MINERAL_BONE_LABS,PARATHYROID_REVIEW")]
    [InlineData("woman-50-thiazide-hyperparathyroidism.json", "HYPERCALCAEMIA_RISK", "", "PARATHYROID_REVIEW", "CKD_MINERAL_BONE_LABS,KIDNEY_STONE_DIET")]
    [InlineData("man-66-ckd-egfr40.json", "CKD_CAUTION", "", "CKD_MINERAL_BONE_LABS", "PARATHYROID_REVIEW")]
    public void Each_example_shows_its_red_flags_and_next_steps(string profile, string findings, string notFindings, string recommendations, string notRecommendations)
    {
        var root = Json(profile);
        var found = root.GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("code").GetString()).ToList();
        var recommended = root.GetProperty("recommendations").EnumerateArray().Select(r => r.GetProperty("code").GetString()).ToList();
        Assert.All(Split(findings), code => Assert.Contains(code, found));
        Assert.All(Split(notFindings), code => Assert.DoesNotContain(code, found));
        Assert.All(Split(recommendations), code => Assert.Contains(code, recommended));
        Assert.All(Split(notRecommendations), code => Assert.DoesNotContain(code, recommended));
    }

    [Fact]
    public void The_INR_of_2_4_off_anticoagulants_is_a_same_day_warning()
    {
        var inr = Finding(Json("woman-67-falls-parental-osteoporosis.json"), "INR_HIGH_WITHOUT_ANTICOAGULANT");
        Assert.Equal("warning", inr.GetProperty("severity").GetString());
        Assert.Contains("2.4", inr.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Contains("today", inr.GetProperty("advice").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void The_thiazide_is_named_as_a_possible_cause_of_the_high_calcium()
    {
        var root = Json("woman-50-thiazide-hyperparathyroidism.json");
        var high = root.GetProperty("findings").EnumerateArray()
            .Single(f => f.GetProperty("code").GetString() == "HYPERCALCAEMIA_RISK" && f.GetProperty("reason").GetString()!.StartsWith("serum calcium", StringComparison.Ordinal));
        Assert.Contains("hydrochlorothiazide (a thiazide", high.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Contains("possible medicine causes: hydrochlorothiazide", high.GetProperty("reason").GetString(), StringComparison.Ordinal);

        // Age 50, calcium 10.7 (not above 11.2), eGFR 85, no DXA: no surgery criterion met yet, and the DXA is named as missing.
        var review = root.GetProperty("recommendations").EnumerateArray().Single(r => r.GetProperty("code").GetString() == "PARATHYROID_REVIEW");
        Assert.Equal("medium", review.GetProperty("priority").GetString());
        Assert.Contains("Not yet known to BoneBalance: a DXA scan", review.GetProperty("advice").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void The_text_report_shows_the_new_red_flags()
    {
        var (exit, output, error) = CliRunner.Run(["assess", Path.Combine(Examples, "woman-67-falls-parental-osteoporosis.json"), "--database", catalogue.Database]);
        Assert.True(exit == 0, error);
        Assert.Contains("WARNING POSTMENOPAUSAL_BLEEDING", output, StringComparison.Ordinal);
        Assert.Contains("vaginal bleeding after the menopause", output, StringComparison.Ordinal);
        Assert.Contains("WARNING INR_HIGH_WITHOUT_ANTICOAGULANT", output, StringComparison.Ordinal);
    }

    private static string[] Split(string list) => list.Split(',', StringSplitOptions.RemoveEmptyEntries);

    private static JsonElement Finding(JsonElement root, string code) => root.GetProperty("findings").EnumerateArray().First(f => f.GetProperty("code").GetString() == code);

    private JsonElement Json(string profile)
    {
        var (exit, output, error) = CliRunner.Run(["assess", Path.Combine(Examples, profile), "--json", "--database", catalogue.Database]);
        Assert.True(exit == 0, error);
        return JsonDocument.Parse(output).RootElement.Clone();
    }
}
