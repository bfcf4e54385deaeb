using BoneBalance.Core.FractureRisk;
using BoneBalance.Core.Validation;

namespace BoneBalance.Core.Tests.FractureRisk;

public class GlucocorticoidExposureTests
{
    [Fact]
    public void Cumulative_dose_over_the_past_year_assumes_a_constant_daily_dose()
    {
        // 15 mg/day for 24 months: the past year holds 365.25 days → 15 × 365.25 / 1000 = 5.47875 g.
        Assert.Equal(5.47875, GlucocorticoidExposure.Create(15, 24).CumulativeGramsPastYear, 9);
        // 30 mg/day for 2 months: 30 × 2 × 30.4375 / 1000 = 1.82625 g, over 60.875 days.
        var shortCourse = GlucocorticoidExposure.Create(30, 2);
        Assert.Equal(1.82625, shortCourse.CumulativeGramsPastYear, 9);
        Assert.Equal(60.875, shortCourse.DurationDays, 9);
    }

    [Theory]
    [InlineData(0, 3, "glucocorticoid_mg_per_day")]
    [InlineData(-5, 3, "glucocorticoid_mg_per_day")]
    [InlineData(double.NaN, 3, "glucocorticoid_mg_per_day")]
    [InlineData(2500, 3, "glucocorticoid_mg_per_day")]
    [InlineData(5, -1, "glucocorticoid_months")]
    [InlineData(5, double.PositiveInfinity, "glucocorticoid_months")]
    public void Implausible_exposures_name_the_field(double dose, double months, string field)
    {
        var e = Assert.Throws<InvalidInputException>(() => GlucocorticoidExposure.Create(dose, months));
        Assert.Equal(field, Assert.Single(e.Errors).Field);
    }
}
