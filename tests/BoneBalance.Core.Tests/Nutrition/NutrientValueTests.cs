using BoneBalance.Core.Nutrition;
using BoneBalance.Core.Validation;

namespace BoneBalance.Core.Tests.Nutrition;

/// <summary>Not analysed is a state of its own; analysed values are finite and non-negative.</summary>
public sealed class NutrientValueTests
{
    private static readonly ValueSource Sr28 = new("USDA SR28", "1", "Analytical or derived from analytical");

    [Fact]
    public void Not_analysed_is_not_zero()
    {
        var missing = NutrientValue.NotAnalysed(Nutrient.Menaquinone4);
        var zero = NutrientValue.Analysed(Nutrient.Menaquinone4, 0, Sr28);
        Assert.False(missing.IsAnalysed);
        Assert.Null(missing.ForGrams(250));
        Assert.True(zero.IsAnalysed);
        Assert.Equal(0, zero.ForGrams(250));
        Assert.NotEqual(missing, zero);
        Assert.Equal("not analysed", missing.ToString());
        Assert.Equal("0 µg/100 g", zero.ToString());
    }

    [Fact]
    public void Per_100_g_scales_to_a_portion()
    {
        // Kale, raw: 704.8 µg K1 per 100 g; a 16 g cup holds 704.8 × 16 / 100 = 112.768 µg.
        var k1 = NutrientValue.Analysed(Nutrient.VitaminK1, 704.8, Sr28);
        Assert.Equal(112.768, k1.ForGrams(16)!.Value, 10);
        Assert.Equal(NutrientUnit.Microgram, k1.Unit);
    }

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    [InlineData(-0.1)]
    public void Refuses_impossible_amounts(double amount)
    {
        var error = Assert.Throws<InvalidInputException>(() => NutrientValue.Analysed(Nutrient.Calcium, amount, Sr28));
        Assert.Equal("calcium_mg", error.Errors[0].Field);
    }

    [Fact]
    public void Sum_keeps_track_of_missing_forms()
    {
        var food = new Food("usda:16113", "Natto", "Legumes and Legume Products", null,
            [NutrientValue.Analysed(Nutrient.Menaquinone7, 939, new ValueSource("literature", "kamao2007-natto", "Kamao 2007"))], []);
        var total = food.Sum(NutrientDefinition.LongChainMenaquinones);
        Assert.Equal(939, total.PerHundredGrams);
        Assert.False(total.IsComplete);
        Assert.Null(food.Sum([Nutrient.Menaquinone4]).PerHundredGrams);
    }

    [Fact]
    public void Portion_converts_counts_of_a_measure_to_grams()
    {
        // SR28 WEIGHT 01001 seq 3: 1 cup = 227 g; a measure "0.5 cup" of 113.5 g is the whole half cup: 1 × = 113.5 g.
        var cup = new Portion(3, 1, "cup", 227);
        Assert.Equal(340.5, cup.GramsFor(1.5));
        Assert.Equal(113.5, new Portion(1, 0.5, "cup", 113.5).GramsFor(1));
        Assert.Throws<InvalidInputException>(() => cup.GramsFor(double.NaN));
    }

    [Fact]
    public void Definitions_follow_SR28_numbers_and_units()
    {
        Assert.True(NutrientDefinition.TryFromUsdaNumber("430", out var k1));
        Assert.Equal((Nutrient.VitaminK1, "µg"), (k1.Nutrient, k1.UnitSymbol));
        Assert.True(NutrientDefinition.TryFromUsdaNumber("301", out var ca));
        Assert.Equal((Nutrient.Calcium, "mg"), (ca.Nutrient, ca.UnitSymbol));
        Assert.Equal(Enum.GetValues<Nutrient>(), NutrientDefinition.All.Select(d => d.Nutrient));
        Assert.Null(NutrientDefinition.Of(Nutrient.Menaquinone7).UsdaNumber);
    }
}
