using BoneBalance.Core.Guidance;
using static BoneBalance.TestSupport.GuidanceFixtures;

namespace BoneBalance.Core.Tests.Guidance;

/// <summary>
/// Two glucocorticoids taken together add their prednisolone-equivalent doses (BNF: hydrocortisone 20 mg ≈ prednisolone
/// 5 mg) over the shorter of their durations, for the ACR 2022 calcium and vitamin D advice (≥ 2.5 mg a day for more than
/// 3 months) and the NOGG 2022 threshold (≥ 7.5 mg a day for ≥ 3 months: bone protection without waiting for DXA).
/// </summary>
public class CombinedGlucocorticoidTests
{
    private const string NoggGlucocorticoids = "NOGG 2022: Glucocorticoids: bone protection without waiting for DXA";

    [Fact]
    public void Prednisolone_5_mg_and_hydrocortisone_20_mg_make_10_mg_of_prednisolone_over_the_shorter_course()
    {
        var a = Assess(new AssessmentInput(Woman(67)) { Medications = [Med("prednisolone", 5, 6), Med("hydrocortisone", 20, 12)] });
        Assert.Contains("(about 10 mg of prednisolone a day for 6 months)", a.Get(RecommendationCodes.GlucocorticoidCalciumVitaminD).Reason, StringComparison.Ordinal);
        Assert.StartsWith(NoggGlucocorticoids, a.Get(RecommendationCodes.DiscussTreatment).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Either_alone_stays_below_the_NOGG_dose()
    {
        Assert.False(Assess(new AssessmentInput(Woman(67)) { Medications = [Med("prednisolone", 5, 6)] }).Has(RecommendationCodes.DiscussTreatment));
        Assert.False(Assess(new AssessmentInput(Woman(67)) { Medications = [Med("hydrocortisone", 20, 12)] }).Has(RecommendationCodes.DiscussTreatment));
    }

    [Fact]
    public void Overlapping_for_2_months_is_shorter_than_the_NOGG_3_months()
    {
        var a = Assess(new AssessmentInput(Woman(67)) { Medications = [Med("prednisolone", 5, 2), Med("hydrocortisone", 20, 12)] });
        Assert.False(a.Has(RecommendationCodes.DiscussTreatment));
    }
}
