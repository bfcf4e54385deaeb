using BoneBalance.Core.Densitometry;
using BoneBalance.Core.Guidance;
using BoneBalance.Core.People;
using static BoneBalance.TestSupport.GuidanceFixtures;

namespace BoneBalance.Core.Tests.Guidance;

/// <summary>The assessor names a missing argument, and either way of reporting a fracture turns DXA osteoporosis into
/// established ("severe") osteoporosis (WHO 1994: T ≤ −2.5 with one or more fragility fractures).</summary>
public class AssessorArgumentTests
{
    private static readonly DxaMeasurement NeckMinus27 = DxaMeasurement.Create(SkeletalSite.FemoralNeck, reportedTScore: -2.7);

    [Fact]
    public void Each_missing_argument_is_named()
    {
        Assert.Equal("safety", Assert.Throws<ArgumentNullException>(() => new Assessor(null!, Intakes, Foods)).ParamName);
        Assert.Equal("referenceIntakes", Assert.Throws<ArgumentNullException>(() => new Assessor(Catalogue, null!, Foods)).ParamName);
        Assert.Equal("foods", Assert.Throws<ArgumentNullException>(() => new Assessor(Catalogue, Intakes, null!)).ParamName);
        Assert.Equal("input", Assert.Throws<ArgumentNullException>(() => TheAssessor.Assess(null!)).ParamName);
    }

    [Fact]
    public void A_fracture_reported_either_way_makes_DXA_osteoporosis_established()
    {
        Assert.Equal(WhoCategory.Osteoporosis, Assess(new AssessmentInput(Woman(67)) { Dxa = [NeckMinus27] }).Densitometry!.Latest.WhoCategory);
        Assert.Equal(
            WhoCategory.SevereOsteoporosis,
            Assess(new AssessmentInput(Woman(67, factors: RiskFactors.PriorFracture)) { Dxa = [NeckMinus27] }).Densitometry!.Latest.WhoCategory);
        Assert.Equal(
            WhoCategory.SevereOsteoporosis,
            Assess(new AssessmentInput(Woman(67)) { PriorHipOrVertebralFracture = true, Dxa = [NeckMinus27] }).Densitometry!.Latest.WhoCategory);
    }
}
