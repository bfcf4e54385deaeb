using BoneBalance.Core.FractureRisk;
using BoneBalance.Core.Measures;
using BoneBalance.Core.People;

namespace BoneBalance.Core.Tests.FractureRisk;

/// <summary>USPSTF 2025: women ≥ 65 screen (B); postmenopausal &lt; 65 at increased risk screen (B); men I.</summary>
public sealed class UspstfOsteoporosisScreeningTests
{
    private static PersonProfile Woman(int age, double? kg, MenopausalStatus status = MenopausalStatus.Postmenopausal, RiskFactors factors = RiskFactors.None) =>
        PersonProfile.Create(age, Sex.Female, status, weight: kg is { } w ? Mass.FromKilograms(w) : null, riskFactors: factors);

    [Fact]
    public void Woman_40_after_early_menopause_no_tool_applies_so_risk_is_not_assessed_rather_than_a_crash()
    {
        // OST, ORAI and SCORE were derived in women aged 45 or over (Geusens 2002; Cadarette 2000): at 40 none applies.
        var a = UspstfOsteoporosisScreening.Advise(Woman(40, 60));
        Assert.Equal(UspstfRecommendation.RiskAssessmentIncomplete, a.Recommendation);
        Assert.Null(a.Grade);
        Assert.Empty(a.TriggeredBy);
        Assert.Contains("aged 45 or over", a.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Woman_65_screen_grade_B()
    {
        var a = UspstfOsteoporosisScreening.Advise(Woman(65, 90));
        Assert.Equal(UspstfRecommendation.Screen, a.Recommendation);
        Assert.Equal("B", a.Grade);
        Assert.Contains("65 or older", a.Reason, StringComparison.Ordinal);
        Assert.Empty(a.TriggeredBy);
        Assert.Contains(a.IscdIndications, i => i.Contains("women aged 65", StringComparison.Ordinal));
        Assert.Contains(ScreeningSources.Uspstf2025, a.Citations);
        Assert.Equal("screen for osteoporosis (DXA)", a.Summary());
    }

    [Fact]
    public void Each_recommendation_has_its_own_words_and_a_done_scan_replaces_them()
    {
        var words = Enum.GetValues<UspstfRecommendation>().Select(OsteoporosisScreeningAdvice.RecommendationText).ToList();
        Assert.Equal(words.Count, words.Distinct().Count());
        Assert.Equal("insufficient evidence for or against screening (men)", OsteoporosisScreeningAdvice.RecommendationText(UspstfRecommendation.InsufficientEvidence));
        var done = UspstfOsteoporosisScreening.Advise(Woman(65, 90)) with { DxaDone = true };
        Assert.Equal("a DXA scan has been done; when to repeat it is below", done.Summary());
    }

    [Fact]
    public void Woman_60_with_high_ORAI_screen_grade_B_naming_the_tool()
    {
        // 55 kg, not on estrogen: ORAI = 5 + 9 + 2 = 16 ≥ 9; OST = (55 − 60) / 5 = −1 < 2; SCORE 11.87 ≥ 6.
        var a = UspstfOsteoporosisScreening.Advise(Woman(60, 55));
        Assert.Equal(UspstfRecommendation.Screen, a.Recommendation);
        Assert.Equal("B", a.Grade);
        Assert.Contains(a.TriggeredBy, t => t.Tool == ScreeningTool.Orai && t.Score == 16);
        Assert.Contains("ORAI 16", a.Reason, StringComparison.Ordinal);
        Assert.DoesNotContain(a.TriggeredBy, t => t.Tool == ScreeningTool.Osiris);
    }

    [Fact]
    public void Woman_60_with_only_ORAI_high_is_triggered_by_ORAI_alone()
    {
        // OST and ORAI share age and weight, so ORAI ≥ 9 without OST < 2 needs weight ≥ age + 10 and < 70 kg.
        // Age 55, 66 kg, not on estrogen: ORAI = 5 + 3 + 2 = 10 ≥ 9; OST = (66 − 55) / 5 = 2.2 (not < 2);
        // SCORE with estrogen ever used = 5 + 15 + 0 − 66 / 0.45359237 / 10 = 20 − 14.5505… = 5.4495 (not ≥ 6).
        var a = UspstfOsteoporosisScreening.Advise(Woman(55, 66), new ScreeningExtras(CurrentEstrogenUse: false, EverUsedEstrogen: true));
        Assert.Equal(UspstfRecommendation.Screen, a.Recommendation);
        var only = Assert.Single(a.TriggeredBy);
        Assert.Equal(ScreeningTool.Orai, only.Tool);
        Assert.Equal(10.0, only.Score);
    }

    [Fact]
    public void Woman_60_at_low_risk_is_not_at_increased_risk()
    {
        // 90 kg on HRT: OST = (90 − 60) / 5 = 6; ORAI = 5 + 0 + 0 = 5; SCORE = 5 + 18 + 0 − 90 / 0.45359237 / 10 = 3.158.
        var a = UspstfOsteoporosisScreening.Advise(Woman(60, 90, factors: RiskFactors.Hrt));
        Assert.Equal(UspstfRecommendation.NotAtIncreasedRisk, a.Recommendation);
        Assert.Null(a.Grade);
        Assert.Empty(a.TriggeredBy);
        Assert.Contains("OST 6", a.Reason, StringComparison.Ordinal);
        Assert.Contains("ORAI 5", a.Reason, StringComparison.Ordinal);
        Assert.Contains("SCORE 3.16", a.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Man_70_insufficient_evidence_with_an_ISCD_indication()
    {
        var a = UspstfOsteoporosisScreening.Advise(PersonProfile.Create(70, Sex.Male, weight: Mass.FromKilograms(80)));
        Assert.Equal(UspstfRecommendation.InsufficientEvidence, a.Recommendation);
        Assert.Equal("I", a.Grade);
        Assert.Contains(a.IscdIndications, i => i.Contains("men aged 70", StringComparison.Ordinal));
    }

    [Fact]
    public void Man_69_has_no_age_indication()
    {
        var a = UspstfOsteoporosisScreening.Advise(PersonProfile.Create(69, Sex.Male, weight: Mass.FromKilograms(80)));
        Assert.Equal("I", a.Grade);
        Assert.Empty(a.IscdIndications);
    }

    [Fact]
    public void Woman_60_without_weight_risk_assessment_incomplete()
    {
        var a = UspstfOsteoporosisScreening.Advise(Woman(60, null));
        Assert.Equal(UspstfRecommendation.RiskAssessmentIncomplete, a.Recommendation);
        Assert.Contains("weight_kg", a.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Premenopausal_woman_not_addressed()
    {
        var a = UspstfOsteoporosisScreening.Advise(Woman(45, 50, MenopausalStatus.Premenopausal));
        Assert.Equal(UspstfRecommendation.NotAddressed, a.Recommendation);
        Assert.Null(a.Grade);
    }

    [Fact]
    public void Prior_fracture_gives_a_caveat_and_an_ISCD_indication()
    {
        var a = UspstfOsteoporosisScreening.Advise(Woman(60, 90, factors: RiskFactors.PriorFracture | RiskFactors.Hrt));
        Assert.Contains(a.Caveats, c => c.Contains("fragility fracture", StringComparison.Ordinal));
        Assert.Contains(a.IscdIndications, i => i.Contains("fragility fracture", StringComparison.Ordinal));
    }
}
