using BoneBalance.Core.Densitometry;
using BoneBalance.Core.Validation;

namespace BoneBalance.Core.Tests.Densitometry;

public class DxaMeasurementTests
{
    [Theory]
    [InlineData(SkeletalSite.LumbarSpine, -9.0, "spine_t")]
    [InlineData(SkeletalSite.TotalHip, 8.5, "total_hip_t")]
    [InlineData(SkeletalSite.FemoralNeck, double.NaN, "femoral_neck_t")]
    [InlineData(SkeletalSite.OneThirdRadius, double.NegativeInfinity, "radius_t")]
    public void Out_of_range_T_scores_name_the_field(SkeletalSite site, double t, string field)
    {
        var e = Assert.Throws<InvalidInputException>(() => DxaMeasurement.Create(site, reportedTScore: t));
        var error = Assert.Single(e.Errors);
        Assert.Equal(field, error.Field);
        Assert.Equal("-8 to 8", error.ValidRange);
    }

    [Fact]
    public void Out_of_range_Z_score_names_the_field()
    {
        var e = Assert.Throws<InvalidInputException>(() => DxaMeasurement.Create(SkeletalSite.LumbarSpine, reportedZScore: -12));
        Assert.Equal("spine_z", Assert.Single(e.Errors).Field);
    }

    [Fact]
    public void Both_bad_scores_are_reported_together()
    {
        var e = Assert.Throws<InvalidInputException>(() => DxaMeasurement.Create(SkeletalSite.FemoralNeck, reportedTScore: 9, reportedZScore: -9));
        Assert.Equal(["femoral_neck_t", "femoral_neck_z"], e.Errors.Select(x => x.Field));
    }

    [Fact]
    public void A_site_with_nothing_is_refused()
    {
        var e = Assert.Throws<InvalidInputException>(() => DxaMeasurement.Create(SkeletalSite.TotalHip));
        Assert.Equal("total_hip_bmd", Assert.Single(e.Errors).Field);
    }

    [Fact]
    public void Boundaries_of_the_plausible_range_are_accepted()
    {
        Assert.Equal(-8.0, DxaMeasurement.Create(SkeletalSite.LumbarSpine, reportedTScore: -8).ReportedTScore);
        Assert.Equal(8.0, DxaMeasurement.Create(SkeletalSite.LumbarSpine, reportedZScore: 8).ReportedZScore);
    }
}
