using BoneBalance.Core.Nutrition;
using BoneBalance.Core.Validation;

namespace BoneBalance.Core.Tests.Nutrition;

public sealed class DiaryEntryTests
{
    private static readonly DateOnly Day = new(2026, 1, 5);

    [Fact]
    public void Household_measures_become_grams()
    {
        // WEIGHT.txt 01077: 1 cup = 244 g → 2 cups = 488 g; 01123: 1 large = 50 g → 3 large = 150 g.
        Assert.Equal(488, DiaryEntry.InMeasure(Day, Sr28Foods.WholeMilk, 2, "cup").Grams, 9);
        Assert.Equal(150, DiaryEntry.InMeasure(Day, Sr28Foods.Egg, 3, "LARGE").Grams, 9);
        Assert.Equal("3 × 1 large", DiaryEntry.InMeasure(Day, Sr28Foods.Egg, 3, "LARGE").Amount);
    }

    [Fact]
    public void An_unknown_measure_lists_the_food_measures()
    {
        var e = Assert.Throws<InvalidInputException>(() => DiaryEntry.InMeasure(Day, Sr28Foods.WholeMilk, 1, "slice"));
        Assert.Equal("measure", e.Errors[0].Field);
        Assert.Equal("1 cup|1 fl oz", e.Errors[0].ValidRange);
    }

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(-5)]
    [InlineData(5000.5)]
    [InlineData(double.PositiveInfinity)]
    public void Bad_grams_are_refused(double grams)
    {
        var e = Assert.Throws<InvalidInputException>(() => DiaryEntry.InGrams(Day, Sr28Foods.KaleRaw, grams));
        Assert.Equal("grams", e.Errors[0].Field);
        Assert.Equal("0 to 5000 g", e.Errors[0].ValidRange);
    }
}
