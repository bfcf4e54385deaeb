using BoneBalance.Core.Measures;
using BoneBalance.Core.Validation;
using FsCheck.Xunit;

namespace BoneBalance.Core.Tests.Measures;

public class MeasuresTests
{
    [Fact]
    public void Pound_is_exactly_0_45359237_kg()
    {
        Assert.Equal(0.45359237, Mass.FromPounds(1).Kilograms, 15);
        Assert.Equal(70.0, Mass.FromKilograms(70).Kilograms);
        Assert.Equal(154.32358352941432, Mass.FromKilograms(70).Pounds, 10);
    }

    [Fact]
    public void Inch_is_exactly_2_54_cm()
    {
        Assert.Equal(2.54, Length.FromInches(1).Centimetres, 12);
        Assert.Equal(1.6, Length.FromCentimetres(160).Metres, 12);
        Assert.Equal(63.0, Length.FromInches(63).Inches, 12);
    }

    [Fact]
    public void Bmi_is_mass_over_height_squared()
    {
        // 55 kg / (1.60 m)^2 = 21.484375 kg/m^2.
        var bmi = BodyMassIndex.FromMassAndHeight(Mass.FromKilograms(55), Length.FromCentimetres(160));
        Assert.Equal(21.484375, bmi.KilogramsPerSquareMetre, 12);
    }

    [Fact]
    public void Bmi_from_us_units_matches_the_metric_value()
    {
        // 150 lb, 5 ft 5 in (65 in): 68.0388555 kg / (1.651 m)^2 = 68.0388555 / 2.725801 = 24.96105 kg/m^2;
        // the CDC's US-unit formula 703 * lb / in^2 gives 24.96 (703 is a rounded conversion factor).
        var bmi = BodyMassIndex.FromMassAndHeight(Mass.FromPounds(150), Length.FromInches(65));
        Assert.Equal(703.0 * 150 / (65 * 65), bmi.KilogramsPerSquareMetre, 1);
        Assert.Equal(24.96105, bmi.KilogramsPerSquareMetre, 5);
    }

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    [InlineData(0)]
    [InlineData(-3)]
    public void Non_positive_or_non_finite_weight_is_refused_naming_the_field(double kg)
    {
        var e = Assert.Throws<InvalidInputException>(() => Mass.FromKilograms(kg));
        Assert.Equal("weight_kg", e.Errors.Single().Field);
        Assert.Contains("greater than 0", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Implausible_bmi_names_field_value_and_range()
    {
        var e = Assert.Throws<InvalidInputException>(() => BodyMassIndex.FromKilogramsPerSquareMetre(double.NaN));
        Assert.Equal("bmi 'NaN' is not a number; valid: 5 to 150 kg/m².", e.Message);
    }

    [Fact]
    public void Bmd_in_mg_per_cm2_by_mistake_is_refused()
    {
        var e = Assert.Throws<InvalidInputException>(() => BoneMineralDensity.FromGramsPerSquareCentimetre(858, "femoral_neck_bmd"));
        Assert.Equal("femoral_neck_bmd", e.Errors[0].Field);
        Assert.Equal("0.1 to 3 g/cm²", e.Errors[0].ValidRange);
    }

    [Fact]
    public void Vitamin_d_40_iu_is_1_microgram()
    {
        Assert.Equal(25.0, NutrientAmount.FromVitaminDInternationalUnits(1000).Micrograms, 12);
        Assert.Equal(800.0, NutrientAmount.FromMicrograms(20).VitaminDInternationalUnits, 12);
    }

    [Fact]
    public void Milligrams_and_micrograms_add_in_one_unit()
    {
        var sum = NutrientAmount.FromMilligrams(1) + NutrientAmount.FromMicrograms(250);
        Assert.Equal(1250.0, sum.Micrograms, 12);
        Assert.Equal(1.25, sum.Milligrams, 12);
        Assert.Equal(NutrientAmount.FromMicrograms(750), NutrientAmount.FromMilligrams(2).Shortfall(sum));
        Assert.Equal(NutrientAmount.Zero, sum.Shortfall(NutrientAmount.FromMilligrams(2)));
    }

    [Property]
    public bool Vitamin_d_iu_round_trips(ushort iu) =>
        Math.Abs(NutrientAmount.FromVitaminDInternationalUnits(iu).VitaminDInternationalUnits - iu) < 1e-9;

    [Property]
    public bool Pounds_round_trip(ushort tenthsOfPound)
    {
        var lb = (tenthsOfPound + 1) / 10.0;
        return Math.Abs(Mass.FromPounds(lb).Pounds - lb) < 1e-9;
    }
}
