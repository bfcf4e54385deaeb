using BoneBalance.Core.Densitometry;
using BoneBalance.Core.FractureRisk;
using BoneBalance.Core.People;

namespace BoneBalance.Core.Tests.FractureRisk;

/// <summary>
/// An unadjusted FRAX counts as a lower bound for the ACR 2022 glucocorticoid risk category (running FRAX
/// with glucocorticoids = yes and the Kanis 2011 dose adjustment only raise it within the guideline's ≥ 2.5 mg/day scope).
/// The category it reaches stands, on both sides of the ACR FRAX cut-offs (major osteoporotic 10 % / 20 % / 30 %, hip
/// &gt; 1 % / 3 % / 4.5 %), and "the category may be higher" is always said; low risk is never confirmed from it.
/// </summary>
public class AcrUnadjustedFraxTests
{
    private static readonly PersonProfile Woman67 = PersonProfile.Create(67, Sex.Female, MenopausalStatus.Postmenopausal);

    private static readonly GlucocorticoidExposure FiveMgForAYear = GlucocorticoidExposure.Create(5, 12);

    // A normal T-score, so the FRAX criterion alone decides.
    private static DensitometryResult NormalSpine() =>
        DensitometryInterpretation.Interpret(Woman67, [DxaMeasurement.Create(SkeletalSite.LumbarSpine, reportedTScore: 0.0)]);

    private static GuidelineFinding Acr(double mof, double hip, bool adjusted) =>
        Assert.Single(
            TreatmentThresholds.Evaluate(new TreatmentThresholdInput(Woman67, NormalSpine(), new FraxResult(mof, hip, adjusted), Glucocorticoids: FiveMgForAYear)),
            f => f.Guideline.StartsWith("ACR", StringComparison.Ordinal));

    [Theory]
    [InlineData(9.9, 1.0, "")]
    [InlineData(10, 1.0, "Moderate")]
    [InlineData(19.9, 1.0, "Moderate")]
    [InlineData(20, 1.0, "High")]
    [InlineData(29.9, 1.0, "High")]
    [InlineData(30, 1.0, "Very high")]
    [InlineData(5, 1.01, "Moderate")]
    [InlineData(5, 3.0, "High")]
    [InlineData(5, 4.5, "Very high")]
    public void Unadjusted_FRAX_sets_at_least_its_category(double mof, double hip, string category)
    {
        var f = Acr(mof, hip, adjusted: false);
        if (category.Length == 0)
        {
            // Below every cut-off: low risk cannot be confirmed from a lower bound.
            Assert.Equal(FindingStatus.CannotEvaluate, f.Status);
            Assert.Contains("counts only as a lower bound", f.Reason, StringComparison.Ordinal);
            return;
        }

        Assert.Equal(FindingStatus.Met, f.Status);
        Assert.StartsWith($"{category} risk", f.Reason, StringComparison.Ordinal);
        Assert.Contains("(FRAX not adjusted for glucocorticoids: a lower bound)", f.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Below_very_high_the_unadjusted_category_may_be_higher()
    {
        var f = Acr(25, 1.0, adjusted: false);
        Assert.Contains("The category may be higher", f.Reason, StringComparison.Ordinal);
        Assert.Contains("not marked glucocorticoid-adjusted", f.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void An_adjusted_FRAX_is_not_called_a_lower_bound_and_low_risk_is_confirmed()
    {
        var high = Acr(25, 1.0, adjusted: true);
        Assert.StartsWith("High risk", high.Reason, StringComparison.Ordinal);
        Assert.DoesNotContain("lower bound", high.Reason, StringComparison.Ordinal);

        var low = Acr(9.9, 1.0, adjusted: true);
        Assert.Equal(FindingStatus.NotMet, low.Status);
    }
}
