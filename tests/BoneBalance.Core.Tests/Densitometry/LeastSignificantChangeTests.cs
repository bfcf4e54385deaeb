using BoneBalance.Core.Densitometry;
using BoneBalance.Core.Measures;
using BoneBalance.Core.Validation;

namespace BoneBalance.Core.Tests.Densitometry;

public class LeastSignificantChangeTests
{
    private static readonly PrecisionError TenMilligrams = PrecisionError.FromRmsSd(0.010);

    private static DxaMeasurement Scan(double bmd, DxaManufacturer m = DxaManufacturer.Hologic, SkeletalSite site = SkeletalSite.LumbarSpine, DateOnly? date = null) =>
        DxaMeasurement.Create(site, BoneMineralDensity.FromGramsPerSquareCentimetre(bmd), manufacturer: m, date: date);

    [Fact]
    public void LSC_is_2_77_times_the_precision_error()
    {
        // ISCD: LSC = 2.77 × 0.010 g/cm² = 0.0277 g/cm².
        Assert.Equal(0.0277, LeastSignificantChange.Of(TenMilligrams), 12);
    }

    [Fact]
    public void A_loss_larger_than_the_LSC_is_significant_with_change_and_percent()
    {
        var c = LeastSignificantChange.Compare(
            Scan(1.000, date: new DateOnly(2023, 3, 1)), Scan(0.960, date: new DateOnly(2025, 3, 1)), TenMilligrams);
        Assert.Equal(-0.040, c.ChangeGramsPerSquareCentimetre, 12);
        Assert.Equal(-4.0, c.ChangePercent, 9);
        Assert.Equal(ChangeDirection.Decrease, c.Direction);
        Assert.True(c.IsSignificant);
        Assert.True(c.IsSignificantLoss);
        Assert.Contains("2023-03-01", c.Summary, StringComparison.Ordinal);
        Assert.Contains("2025-03-01", c.Summary, StringComparison.Ordinal);
        Assert.Contains("-0.040 g/cm² (-4.0 %)", c.Summary, StringComparison.Ordinal);
        Assert.Contains("LSC 0.0277 g/cm² — a significant decrease", c.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void A_change_smaller_than_the_LSC_is_not_significant()
    {
        var c = LeastSignificantChange.Compare(Scan(1.000), Scan(1.020), TenMilligrams);
        Assert.Equal(ChangeDirection.Increase, c.Direction);
        Assert.False(c.IsSignificant);
    }

    [Fact]
    public void A_change_equal_to_the_LSC_is_significant()
    {
        // Δ = 0.9723 − 1.000 = −0.0277 = LSC exactly; ISCD: "equals or exceeds".
        var c = LeastSignificantChange.Compare(Scan(1.000), Scan(0.9723), TenMilligrams);
        Assert.True(c.IsSignificant);
        var up = LeastSignificantChange.Compare(Scan(0.800), Scan(0.8277), TenMilligrams);
        Assert.True(up.IsSignificant);
    }

    [Fact]
    public void Scans_from_different_manufacturers_are_not_comparable()
    {
        var e = Assert.Throws<InvalidInputException>(() =>
            LeastSignificantChange.Compare(Scan(1.0, DxaManufacturer.Hologic), Scan(1.1, DxaManufacturer.GeLunar), TenMilligrams));
        var error = Assert.Single(e.Errors);
        Assert.Equal("later_manufacturer", error.Field);
        Assert.Equal("ge_lunar", error.Value);
    }

    [Fact]
    public void Scans_of_different_sites_and_reversed_dates_are_refused_together()
    {
        var e = Assert.Throws<InvalidInputException>(() => LeastSignificantChange.Compare(
            Scan(1.0, date: new DateOnly(2025, 1, 1)),
            Scan(1.0, site: SkeletalSite.TotalHip, date: new DateOnly(2024, 1, 1)),
            TenMilligrams));
        Assert.Equal(["later_site", "later_date"], e.Errors.Select(x => x.Field));
    }

    [Fact]
    public void A_scan_without_a_BMD_cannot_be_compared()
    {
        var scoresOnly = DxaMeasurement.Create(SkeletalSite.LumbarSpine, reportedTScore: -2.0, manufacturer: DxaManufacturer.Hologic);
        var e = Assert.Throws<InvalidInputException>(() => LeastSignificantChange.Compare(scoresOnly, Scan(1.0), TenMilligrams));
        var error = Assert.Single(e.Errors);
        Assert.Equal("earlier_bmd", error.Field);
        Assert.Contains("a BMD in g/cm²", error.ValidRange, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-0.01)]
    [InlineData(1.9)] // a %CV typed as g/cm²
    [InlineData(double.NaN)]
    public void Implausible_precision_errors_are_refused(double value)
    {
        var e = Assert.Throws<InvalidInputException>(() => PrecisionError.FromRmsSd(value));
        Assert.Equal("precision_rms_sd", Assert.Single(e.Errors).Field);
    }
}
