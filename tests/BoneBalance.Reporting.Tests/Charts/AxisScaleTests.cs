using BoneBalance.Reporting.Charts;
using FsCheck.Xunit;

namespace BoneBalance.Reporting.Tests.Charts;

public sealed class AxisScaleTests
{
    [Theory]
    [InlineData(35, 40, 10)]
    [InlineData(40, 40, 10)]
    [InlineData(3, 4, 1)]
    [InlineData(9.6, 10, 2)]
    [InlineData(1200, 2000, 500)]
    [InlineData(704.8, 1000, 200)]
    [InlineData(2000, 2000, 500)]
    [InlineData(0.3, 0.4, 0.1)]
    public void Nice_maxima(double largest, double maximum, double step)
    {
        var scale = AxisScale.FromZero(largest);
        Assert.Equal(maximum, scale.Maximum, 9);
        Assert.Equal(step, scale.Step, 9);
        Assert.Equal(0.5, scale.Fraction(maximum / 2), 12);
    }

    [Fact]
    public void Covering_widens_to_steps()
    {
        var scale = AxisScale.Covering(0.6523, 0.9477, 0.05);
        Assert.Equal(0.65, scale.Minimum, 9);
        Assert.Equal(0.95, scale.Maximum, 9);
        Assert.Equal([0.65, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95], scale.Ticks());
    }

    [Property]
    public bool The_maximum_covers_the_value_and_is_at_most_two_and_a_half_times_it(FsCheck.PositiveInt n)
    {
        var value = n.Get / 7.0;
        var scale = AxisScale.FromZero(value);
        return scale.Maximum >= value * (1 - 1e-12) && scale.Maximum <= value * 2.5 && scale.Ticks().Count is >= 3 and <= 6;
    }
}
