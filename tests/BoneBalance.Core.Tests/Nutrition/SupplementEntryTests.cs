using BoneBalance.Core.Nutrition;
using BoneBalance.Core.Validation;
using FsCheck.Xunit;

namespace BoneBalance.Core.Tests.Nutrition;

public sealed class SupplementEntryTests
{
    private static readonly DateOnly Day = new(2026, 1, 5);

    [Theory]
    // 1 µg vitamin D = 40 IU (IOM 2011): 1000 IU = 25 µg, 400 IU = 10 µg, 50,000 IU = 1250 µg.
    [InlineData(1000, 25)]
    [InlineData(400, 10)]
    [InlineData(600, 15)]
    [InlineData(4000, 100)]
    [InlineData(50000, 1250)]
    public void Vitamin_d_in_iu_is_converted_to_micrograms(double iu, double micrograms)
    {
        var d3 = SupplementEntry.Create(Day, SupplementForm.VitaminD3, iu, DoseUnit.InternationalUnit);
        Assert.Equal(IntakeNutrient.VitaminD, d3.Nutrient);
        Assert.Equal(micrograms, d3.Amount.Micrograms, 9);
        var d2 = SupplementEntry.Create(Day, SupplementForm.VitaminD2, micrograms, DoseUnit.Microgram);
        Assert.Equal(micrograms, d2.Amount.Micrograms, 9);
    }

    [Theory]
    // Elemental calcium = salt weight × fraction (NIH ODS via secondary sources): carbonate 40 %, citrate 21 %,
    // lactate 13 %, gluconate 9 %, tricalcium phosphate 38.8 %.
    [InlineData(SupplementForm.CalciumCarbonate, 1250, 500)]   // 1250 × 0.40
    [InlineData(SupplementForm.CalciumCarbonate, 1500, 600)]   // 1500 × 0.40
    [InlineData(SupplementForm.CalciumCitrate, 1000, 210)]     // 1000 × 0.21
    [InlineData(SupplementForm.CalciumLactate, 500, 65)]       // 500 × 0.13
    [InlineData(SupplementForm.CalciumGluconate, 1000, 90)]    // 1000 × 0.09
    [InlineData(SupplementForm.CalciumPhosphate, 1000, 388)]   // 1000 × 0.388
    [InlineData(SupplementForm.CalciumElemental, 500, 500)]    // already elemental
    public void Calcium_salts_count_as_elemental_calcium(SupplementForm form, double saltMilligrams, double elementalMilligrams)
    {
        var entry = SupplementEntry.Create(Day, form, saltMilligrams, DoseUnit.Milligram);
        Assert.Equal(IntakeNutrient.Calcium, entry.Nutrient);
        Assert.Equal(elementalMilligrams, entry.Amount.Milligrams, 9);
    }

    [Fact]
    public void Vitamin_k_forms_go_to_their_own_nutrient_and_mk4_in_mg_is_converted()
    {
        // MK-4 as menatetrenone is dosed in mg (45 mg/day in the Japanese trials): 45 mg = 45,000 µg.
        var mk4 = SupplementEntry.Create(Day, SupplementForm.VitaminK2Mk4, 45, DoseUnit.Milligram);
        Assert.Equal(IntakeNutrient.Menaquinone4, mk4.Nutrient);
        Assert.Equal(45_000, mk4.Amount.Micrograms, 9);
        var mk7 = SupplementEntry.Create(Day, SupplementForm.VitaminK2Mk7, 180, DoseUnit.Microgram);
        Assert.Equal(IntakeNutrient.LongChainMenaquinones, mk7.Nutrient);
        Assert.Equal(180, mk7.Amount.Micrograms, 9);
        Assert.Equal(IntakeNutrient.VitaminK1, SupplementEntry.Create(Day, SupplementForm.VitaminK1, 100, DoseUnit.Microgram).Nutrient);
    }

    [Theory]
    [InlineData(SupplementForm.VitaminK2Mk7, DoseUnit.InternationalUnit, "unit", "ug|mg for k2-mk7")]
    [InlineData(SupplementForm.CalciumCarbonate, DoseUnit.InternationalUnit, "unit", "mg|ug for calcium-carbonate")]
    public void Iu_is_for_vitamin_d_only(SupplementForm form, DoseUnit unit, string field, string valid)
    {
        var e = Assert.Throws<InvalidInputException>(() => SupplementEntry.Create(Day, form, 100, unit));
        Assert.Equal(field, e.Errors[0].Field);
        Assert.Equal("iu", e.Errors[0].Value);
        Assert.Equal(valid, e.Errors[0].ValidRange);
    }

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    [InlineData(-1)]
    public void Bad_doses_are_refused(double dose)
    {
        var e = Assert.Throws<InvalidInputException>(() => SupplementEntry.Create(Day, SupplementForm.VitaminD3, dose, DoseUnit.Microgram));
        Assert.Equal("dose", e.Errors[0].Field);
    }

    [Fact]
    public void Implausible_doses_are_refused_with_the_range()
    {
        // 100,000 IU in one day = 2,500 µg, above the 1,250 µg (50,000 IU) plausibility limit.
        var e = Assert.Throws<InvalidInputException>(() => SupplementEntry.Create(Day, SupplementForm.VitaminD3, 100_000, DoseUnit.InternationalUnit));
        Assert.Equal("0 to 50000 iu for d3", e.Errors[0].ValidRange);
    }

    [Fact]
    public void Tokens_parse_case_insensitively_and_list_valid_values()
    {
        Assert.True(SupplementTokens.Forms.TryParse("Calcium-Carbonate", out var form));
        Assert.Equal(SupplementForm.CalciumCarbonate, form);
        Assert.True(SupplementTokens.Units.TryParse("µg", out var unit));
        Assert.Equal(DoseUnit.Microgram, unit);
        Assert.Equal("k2-mk7|k2-mk4|k1|d3|d2|calcium|calcium-carbonate|calcium-citrate|calcium-lactate|calcium-gluconate|calcium-phosphate", SupplementTokens.Forms.ValidValues);
    }

    [Property]
    public bool Iu_and_micrograms_agree(ushort micrograms)
    {
        // n µg written as 40·n IU is the same amount.
        var dose = micrograms % 2501 / 2.0; // 0 to 1250 µg, within the plausibility limit
        var fromUg = SupplementEntry.Create(Day, SupplementForm.VitaminD3, dose, DoseUnit.Microgram);
        var fromIu = SupplementEntry.Create(Day, SupplementForm.VitaminD3, dose * 40, DoseUnit.InternationalUnit);
        return Math.Abs(fromUg.Amount.Micrograms - fromIu.Amount.Micrograms) < 1e-9;
    }
}
