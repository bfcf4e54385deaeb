using BoneBalance.Core.Densitometry;
using BoneBalance.Core.Guidance;
using BoneBalance.Core.People;
using static BoneBalance.TestSupport.GuidanceFixtures;

namespace BoneBalance.Core.Tests.Guidance;

/// <summary>
/// The lifestyle recommendations (NOGG 2022 Section 5) rise in priority and change their reason with the person's fracture
/// risk: high when a guideline treatment threshold is met (here NOGG 2022's "prior fragility fracture", BHOF 2022's
/// T-score ≤ −2.5), otherwise medium or low.
/// </summary>
public class LifestyleReasonTests
{
    private static readonly DxaMeasurement NeckMinus27 = DxaMeasurement.Create(SkeletalSite.FemoralNeck, reportedTScore: -2.7);

    private static Assessment Smoker(RiskFactors factors) =>
        Assess(new AssessmentInput(Woman(55, smoking: SmokingStatus.Heavy, alcohol: AlcoholIntake.Heavy, factors: factors)));

    [Fact]
    public void Stopping_smoking_and_limiting_alcohol_are_high_priority_when_the_risk_is_high_and_medium_otherwise()
    {
        var high = Smoker(RiskFactors.PriorFracture);
        Assert.Equal(RecommendationPriority.High, high.Get(RecommendationCodes.StopSmoking).Priority);
        Assert.Equal(RecommendationPriority.High, high.Get(RecommendationCodes.LimitAlcohol).Priority);

        var notHigh = Smoker(RiskFactors.None);
        Assert.Equal(RecommendationPriority.Medium, notHigh.Get(RecommendationCodes.StopSmoking).Priority);
        Assert.Equal(RecommendationPriority.Medium, notHigh.Get(RecommendationCodes.LimitAlcohol).Priority);
    }

    [Fact]
    public void After_a_fall_the_reason_is_the_fall_itself()
    {
        var a = Assess(new AssessmentInput(Woman(70, factors: RiskFactors.Falls | RiskFactors.Parkinsons)));
        var falls = a.Get(RecommendationCodes.FallsPrevention);
        Assert.StartsWith("You have fallen before, the strongest sign of future falls", falls.Reason, StringComparison.Ordinal);
        Assert.DoesNotContain("parkinsons", falls.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_a_fall_the_reason_names_only_the_persons_own_fall_risks()
    {
        // Parkinson's is one of the five fall risks; dementia, care home, epilepsy and antidepressants are not the person's.
        var a = Assess(new AssessmentInput(Woman(70, factors: RiskFactors.Parkinsons | RiskFactors.AsthmaOrCopd)));
        Assert.Equal(
            "You are 70 and have another risk for falls or fracture (parkinsons); NOGG advises a falls assessment for people with osteoporosis or fragility fractures.",
            a.Get(RecommendationCodes.FallsPrevention).Reason);
    }

    [Fact]
    public void Without_a_fall_or_a_fall_risk_the_reason_names_the_high_fracture_risk()
    {
        var a = Assess(new AssessmentInput(Woman(70, factors: RiskFactors.PriorFracture)));
        Assert.Equal(
            "You are 70 and have another risk for falls or fracture (NOGG 2022: Prior fragility fracture); "
                + "NOGG advises a falls assessment for people with osteoporosis or fragility fractures.",
            a.Get(RecommendationCodes.FallsPrevention).Reason);
    }

    [Fact]
    public void Exercise_advice_and_reason_name_the_high_risk_only_when_it_is_high()
    {
        var low = Assess(new AssessmentInput(Woman(55))).Get(RecommendationCodes.WeightBearingAndBalanceExercise);
        Assert.Equal("NOGG recommends regular weight-bearing and muscle-strengthening exercise for everyone at risk of fragility fracture.", low.Reason);
        Assert.Contains("brisk walking, stairs, dancing", low.Advice, StringComparison.Ordinal);
        Assert.DoesNotContain("physiotherapist", low.Advice, StringComparison.Ordinal);

        var high = Assess(new AssessmentInput(Woman(55, factors: RiskFactors.PriorFracture))).Get(RecommendationCodes.WeightBearingAndBalanceExercise);
        Assert.Equal(
            "Your fracture risk is high (NOGG 2022: Prior fragility fracture); NOGG recommends regular weight-bearing "
                + "and muscle-strengthening exercise tailored to the person.",
            high.Reason);
    }

    [Fact]
    public void Osteoporosis_on_DXA_is_named_as_a_reason_and_a_fracture_only_when_there_was_one_each_said_once()
    {
        // WHO 1994: T ≤ −2.5 is osteoporosis; BHOF 2022 treats it, and its criterion says so. No fracture reported.
        var dxa = Assess(new AssessmentInput(Woman(67)) { Dxa = [NeckMinus27] }).Get(RecommendationCodes.WeightBearingAndBalanceExercise);
        Assert.Equal(
            "Your fracture risk is high (BHOF 2022: T-score ≤ -2.5 at femoral neck, total hip or lumbar spine); NOGG recommends regular weight-bearing "
                + "and muscle-strengthening exercise tailored to the person.",
            dxa.Reason);

        // NOGG 2022's criterion is the fracture itself: said once.
        var fracture = Assess(new AssessmentInput(Woman(67, factors: RiskFactors.PriorFracture))).Get(RecommendationCodes.WeightBearingAndBalanceExercise);
        Assert.Contains("(NOGG 2022: Prior fragility fracture)", fracture.Reason, StringComparison.Ordinal);
        Assert.DoesNotContain("osteoporosis on your DXA scan", fracture.Reason, StringComparison.Ordinal);

        // A hip fracture meets BHOF's "Hip or vertebral fracture" and NOGG's criterion; the fracture is not added in words.
        var hip = Assess(new AssessmentInput(Woman(67, factors: RiskFactors.PriorFracture)) { PriorHipOrVertebralFracture = true, Dxa = [NeckMinus27] })
            .Get(RecommendationCodes.WeightBearingAndBalanceExercise);
        Assert.DoesNotContain("a previous fragility fracture", hip.Reason, StringComparison.Ordinal);
        Assert.DoesNotContain("osteoporosis on your DXA scan", hip.Reason, StringComparison.Ordinal);
        Assert.Contains("BHOF 2022: Hip or vertebral fracture", hip.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_fracture_or_osteoporosis_no_criterion_names_is_said_in_words()
    {
        // A man of 45: NOGG's and BHOF's treatment criteria are for postmenopausal women and men from 50, yet a fragility
        // fracture is a high risk at any age.
        var young = Assess(new AssessmentInput(Man(45, factors: RiskFactors.PriorFracture)));
        var exercise = young.Get(RecommendationCodes.WeightBearingAndBalanceExercise);
        Assert.DoesNotContain(young.FractureRisk.Thresholds, t => t.Status == BoneBalance.Core.FractureRisk.FindingStatus.Met);
        Assert.StartsWith("Your fracture risk is high (a previous fragility fracture);", exercise.Reason, StringComparison.Ordinal);

        // Osteoporosis at the one-third radius only (ISCD: a diagnostic site when hip or spine cannot be used): BHOF's
        // T-score criterion names the femoral neck, total hip and lumbar spine, so the words say it.
        var radius = Assess(new AssessmentInput(Woman(67)) { Dxa = [DxaMeasurement.Create(SkeletalSite.OneThirdRadius, reportedTScore: -2.8)] });
        Assert.Equal(WhoCategory.Osteoporosis, radius.Densitometry?.Latest.WhoCategory);
        Assert.Contains("osteoporosis on your DXA scan", radius.Get(RecommendationCodes.WeightBearingAndBalanceExercise).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_threshold_met_without_osteoporosis_on_DXA_or_a_fracture_is_high_risk_too()
    {
        // NOGG 2022: ≥ 7.5 mg prednisolone a day for ≥ 3 months calls for bone protection without waiting for DXA.
        var a = Assess(new AssessmentInput(Woman(67)) { Medications = [Med("prednisolone", 10, 6)] });
        var exercise = a.Get(RecommendationCodes.WeightBearingAndBalanceExercise);
        Assert.Equal(RecommendationPriority.Medium, exercise.Priority);
        Assert.StartsWith("Your fracture risk is high (NOGG 2022: Glucocorticoids: bone protection without waiting for DXA)", exercise.Reason, StringComparison.Ordinal);
    }
}
