using BoneBalance.Core.Nutrition;
using BoneBalance.Core.Validation;

namespace BoneBalance.Core.Tests.Nutrition;

/// <summary>
/// A household measure is the whole SR28 WEIGHT row: quantity Q of "Amount Msre_Desc" weighs Q × Gm_Wgt. The rows
/// below are copied from data/nutrition/usda-sr28-weights.tsv.gz (SR28 WEIGHT.txt).
/// </summary>
public sealed class FoodMeasureTests
{
    private static readonly DateOnly Day = new(2026, 1, 5);

    // 15076 Fish, salmon, Atlantic, wild, raw: 3 oz = 85 g; 0.5 fillet = 198 g.
    private static readonly Food Salmon = new("usda:15076", "Fish, salmon, Atlantic, wild, raw", "Finfish and Shellfish Products", null, [],
        [new Portion(1, 3, "oz", 85), new Portion(2, 0.5, "fillet", 198)]);

    // 01117 Yogurt, plain, low fat: 1 container (6 oz) = 170 g, 1 container (8 oz) = 227 g, 0.5 container (4 oz) = 113 g,
    // 1 cup (8 fl oz) = 245 g.
    private static readonly Food Yogurt = new("usda:01117", "Yogurt, plain, low fat, 12 grams protein per 8 ounce", "Dairy and Egg Products", null, [],
        [new Portion(1, 1, "container (6 oz)", 170), new Portion(2, 1, "container (8 oz)", 227), new Portion(3, 0.5, "container (4 oz)", 113), new Portion(4, 1, "cup (8 fl oz)", 245)]);

    // 18014 Biscuits, plain or buttermilk, refrigerated dough, higher fat: 1 biscuit = 58 g and 1 biscuit = 43 g (two
    // rows with the same text), 1 package = 398 g, 1 oz = 28.35 g.
    private static readonly Food Biscuits = new("usda:18014", "Biscuits, plain or buttermilk, refrigerated dough, higher fat", "Baked Products", null, [],
        [new Portion(1, 1, "biscuit", 58), new Portion(2, 1, "biscuit", 43), new Portion(3, 1, "package", 398), new Portion(4, 1, "oz", 28.35)]);

    // 19002 Snacks, beef jerky: 1 oz = 28.35 g twice (same text, same weight), 1 piece, large = 20 g.
    private static readonly Food Jerky = new("usda:19002", "Snacks, beef jerky, chopped and formed", "Snacks", null, [],
        [new Portion(1, 1, "oz", 28.35), new Portion(2, 1, "piece, large", 20), new Portion(3, 1, "oz", 28.35)]);

    [Theory]
    [InlineData(1, 85)]
    [InlineData(2.5, 212.5)]
    [InlineData(0, 0)]
    public void Three_ounces_of_salmon_weigh_85_g_per_measure(double quantity, double grams)
    {
        // Before the fix 1 × "3 oz" gave 85 ÷ 3 = 28.3 g.
        Assert.Equal(grams, DiaryEntry.InMeasure(Day, Salmon, quantity, "3 oz").Grams, 9);
        Assert.Equal(grams, Salmon.GramsFor(quantity, "3 OZ"), 9);
    }

    [Fact]
    public void Half_a_four_ounce_container_of_yogurt_weighs_113_g()
    {
        // Before the fix 1 × "container (4 oz)" gave 113 ÷ 0.5 = 226 g.
        var entry = DiaryEntry.InMeasure(Day, Yogurt, 1, "0.5 container (4 oz)");
        Assert.Equal(113, entry.Grams, 9);
        Assert.Equal("1 × 0.5 container (4 oz)", entry.Amount);
        Assert.Same(Yogurt.Portions[2], entry.Measure);
        Assert.Equal(198, Salmon.GramsFor(1, "0.5 fillet"), 9);
    }

    [Fact]
    public void Labels_are_amount_and_description_and_show_grams_for_people()
    {
        Assert.Equal(["3 oz", "0.5 fillet"], Salmon.Portions.Select(p => p.Label));
        Assert.Equal(["3 oz (85 g)", "0.5 fillet (198 g)"], Salmon.Portions.Select(p => p.LabelWithGrams));
        Assert.Equal("3 oz|0.5 fillet", Salmon.MeasureLabels);
    }

    [Fact]
    public void A_label_shared_by_two_weights_gets_its_weight_and_each_label_names_one_weight()
    {
        Assert.Equal(["1 biscuit (58 g)", "1 biscuit (43 g)", "1 package", "1 oz"], Biscuits.Portions.Select(p => p.Label));
        Assert.Equal("1 biscuit (43 g)", Biscuits.Portions[1].LabelWithGrams);
        Assert.Equal(58, Biscuits.GramsFor(1, "1 biscuit (58 g)"), 9);
        Assert.Equal(107.5, Biscuits.GramsFor(2.5, "1 biscuit (43 g)"), 9);

        var e = Assert.Throws<InvalidInputException>(() => Biscuits.Measure("biscuit"));
        Assert.Equal(("measure", "biscuit", "1 biscuit (58 g)|1 biscuit (43 g)"), (e.Errors[0].Field, e.Errors[0].Value, e.Errors[0].ValidRange));
        Assert.Throws<InvalidInputException>(() => Biscuits.Measure("1 biscuit"));
    }

    [Fact]
    public void The_same_text_with_the_same_weight_is_one_measure()
    {
        Assert.Equal(["1 oz", "1 piece, large", "1 oz"], Jerky.Portions.Select(p => p.Label));
        Assert.Equal(56.7, Jerky.GramsFor(2, "oz"), 9);
        Assert.Equal("1 oz|1 piece, large", Jerky.MeasureLabels);
    }

    [Theory]
    [InlineData("cup", 245)]
    [InlineData("Cup (8 FL OZ)", 245)]
    [InlineData("1 cup", 245)]
    [InlineData("  1   cup (8 fl oz) ", 245)]
    [InlineData("container (6 oz)", 170)]
    public void A_unit_that_names_one_measure_of_amount_one_is_that_measure(string typed, double grams) =>
        Assert.Equal(grams, Yogurt.GramsFor(1, typed), 9);

    [Theory]
    [InlineData("oz")]
    [InlineData("fillet")]
    [InlineData("1 oz")]
    [InlineData("2 oz")]
    [InlineData("ozs")]
    public void A_bare_unit_never_stands_for_a_measure_of_another_amount(string typed)
    {
        // "2, oz" could mean two ounces (56.7 g) or two 3-oz portions (170 g): refused, naming the labels to use.
        var e = Assert.Throws<InvalidInputException>(() => Salmon.Measure(typed));
        Assert.Equal(("measure", typed, "3 oz|0.5 fillet"), (e.Errors[0].Field, e.Errors[0].Value, e.Errors[0].ValidRange));
    }

    [Fact]
    public void A_unit_naming_several_measures_is_refused_listing_them()
    {
        var e = Assert.Throws<InvalidInputException>(() => Yogurt.Measure("container"));
        Assert.Equal(("measure", "container", "1 container (6 oz)|1 container (8 oz)"), (e.Errors[0].Field, e.Errors[0].Value, e.Errors[0].ValidRange));
        Assert.Contains("several", e.Message, StringComparison.Ordinal);

        var none = Assert.Throws<InvalidInputException>(() => Yogurt.Measure("cupcake"));
        Assert.Equal("1 container (6 oz)|1 container (8 oz)|0.5 container (4 oz)|1 cup (8 fl oz)", none.Errors[0].ValidRange);
    }

    [Fact]
    public void A_food_without_measures_takes_grams_only()
    {
        var plain = new Food("lit:x", "X", "Literature", null, [], []);
        var e = Assert.Throws<InvalidInputException>(() => plain.Measure("cup"));
        Assert.Equal("grams only (this food has no household measures)", e.Errors[0].ValidRange);
        Assert.Equal("none: this food has no household measures, give grams", plain.MeasureLabels);
    }
}
