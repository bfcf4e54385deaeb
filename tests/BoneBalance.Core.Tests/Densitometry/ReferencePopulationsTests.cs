using BoneBalance.Core.Densitometry;
using BoneBalance.Core.Measures;
using FsCheck.Xunit;

namespace BoneBalance.Core.Tests.Densitometry;

public class ReferencePopulationsTests
{
    private static BoneMineralDensity Bmd(double g) => BoneMineralDensity.FromGramsPerSquareCentimetre(g);

    // densitometry_rules.md §1 worked example: mean 0.858, SD 0.120 → T −2.5 ⇔ 0.558 g/cm², T −1.0 ⇔ 0.738 g/cm².
    [Theory]
    [InlineData(0.558, -2.5)]
    [InlineData(0.738, -1.0)]
    [InlineData(0.858, 0.0)]
    [InlineData(0.978, 1.0)] // 0.858 + 0.120
    public void Femoral_neck_T_scores_match_the_worked_example(double bmd, double expectedT)
    {
        Assert.Equal(expectedT, ReferencePopulations.NhanesIiiFemoralNeck.TScoreOf(Bmd(bmd)), 9);
    }

    // Total hip: mean 0.942, SD 0.122 (bmd_reference.csv). 0.942 − 2 × 0.122 = 0.698 → T −2.0; 0.942 − 2.5 × 0.122 = 0.637 → T −2.5.
    [Theory]
    [InlineData(0.942, 0.0)]
    [InlineData(0.698, -2.0)]
    [InlineData(0.637, -2.5)]
    public void Total_hip_T_scores_follow_the_published_mean_and_SD(double bmd, double expectedT)
    {
        Assert.Equal(expectedT, ReferencePopulations.NhanesIiiTotalHip.TScoreOf(Bmd(bmd)), 9);
    }

    [Fact]
    public void References_are_the_white_female_NHANES_III_values_with_their_citation()
    {
        var fn = ReferencePopulations.NhanesIiiFemoralNeck;
        Assert.Equal((0.858, 0.120), (fn.MeanGramsPerSquareCentimetre, fn.StandardDeviationGramsPerSquareCentimetre));
        var th = ReferencePopulations.NhanesIiiTotalHip;
        Assert.Equal((0.942, 0.122), (th.MeanGramsPerSquareCentimetre, th.StandardDeviationGramsPerSquareCentimetre));
        Assert.Contains("Looker", fn.Citation.Authors, StringComparison.Ordinal);
        Assert.Contains("verified-secondary", fn.Verification, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(SkeletalSite.LumbarSpine)]
    [InlineData(SkeletalSite.OneThirdRadius)]
    public void Spine_and_radius_have_no_universal_reference(SkeletalSite site)
    {
        Assert.Null(ReferencePopulations.For(site));
    }

    // Any two BMDs in 0.100–3.000 g/cm² (thousandths): the higher BMD never has the lower T-score.
    [Property(MaxTest = 500)]
    public bool T_score_is_monotone_in_BMD(ushort x, ushort y)
    {
        var a = 0.1 + ((x % 2901) / 1000.0);
        var b = 0.1 + ((y % 2901) / 1000.0);
        var (low, high) = a <= b ? (a, b) : (b, a);
        return ReferencePopulations.NhanesIiiFemoralNeck.TScoreOf(Bmd(low)) <= ReferencePopulations.NhanesIiiFemoralNeck.TScoreOf(Bmd(high))
            && ReferencePopulations.NhanesIiiTotalHip.TScoreOf(Bmd(low)) <= ReferencePopulations.NhanesIiiTotalHip.TScoreOf(Bmd(high));
    }
}
