using BoneBalance.Core.Densitometry;
using FsCheck.Xunit;

namespace BoneBalance.Core.Tests.Densitometry;

public class DiagnosticThresholdsTests
{
    // densitometry_rules.md §2: Normal T ≥ −1.0; low bone mass −1.0 > T > −2.5; osteoporosis T ≤ −2.5;
    // exactly −1.0 is Normal, exactly −2.5 is Osteoporosis.
    [Theory]
    [InlineData(0.5, WhoCategory.Normal)]
    [InlineData(-1.0, WhoCategory.Normal)]
    [InlineData(-1.01, WhoCategory.LowBoneMass)]
    [InlineData(-2.49, WhoCategory.LowBoneMass)]
    [InlineData(-2.5, WhoCategory.Osteoporosis)]
    [InlineData(-4.0, WhoCategory.Osteoporosis)]
    public void WHO_categories_with_exact_boundaries(double t, WhoCategory expected)
    {
        Assert.Equal(expected, DiagnosticThresholds.Classify(t));
    }

    [Theory]
    [InlineData(-2.5, WhoCategory.SevereOsteoporosis)]
    [InlineData(-3.2, WhoCategory.SevereOsteoporosis)]
    [InlineData(-2.0, WhoCategory.LowBoneMass)]
    [InlineData(-0.5, WhoCategory.Normal)]
    public void A_fragility_fracture_makes_osteoporosis_severe_and_changes_nothing_else(double t, WhoCategory expected)
    {
        Assert.Equal(expected, DiagnosticThresholds.Classify(t, hasFragilityFracture: true));
    }

    // ISCD 2005: Z ≤ −2.0 "below the expected range for age", otherwise "within".
    [Theory]
    [InlineData(-2.0, ZScoreCategory.BelowExpectedRangeForAge)]
    [InlineData(-2.6, ZScoreCategory.BelowExpectedRangeForAge)]
    [InlineData(-1.99, ZScoreCategory.WithinExpectedRangeForAge)]
    [InlineData(0.3, ZScoreCategory.WithinExpectedRangeForAge)]
    public void Z_score_categories(double z, ZScoreCategory expected)
    {
        Assert.Equal(expected, DiagnosticThresholds.ClassifyZScore(z));
    }

    [Fact]
    public void NaN_is_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => DiagnosticThresholds.Classify(double.NaN));
        Assert.Throws<ArgumentOutOfRangeException>(() => DiagnosticThresholds.ClassifyZScore(double.PositiveInfinity));
    }

    private static int Severity(WhoCategory c) => c switch
    {
        WhoCategory.Normal => 0,
        WhoCategory.LowBoneMass => 1,
        _ => 2,
    };

    // Any two T-scores in −8.00 to +8.00: the lower never gets a milder category.
    [Property(MaxTest = 500)]
    public bool Category_is_monotone_in_T(ushort x, ushort y)
    {
        var a = -8.0 + ((x % 1601) / 100.0);
        var b = -8.0 + ((y % 1601) / 100.0);
        var (low, high) = a <= b ? (a, b) : (b, a);
        return Severity(DiagnosticThresholds.Classify(low)) >= Severity(DiagnosticThresholds.Classify(high));
    }
}
