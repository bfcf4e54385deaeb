using BoneBalance.Core.Nutrition;

namespace BoneBalance.Core.Tests.Nutrition;

public class ServingTests
{
    private static Food With(string name, string group, params Portion[] portions) => new("usda:99999", name, group, null, [], portions);

    [Fact]
    public void Milk_is_a_drink_served_by_the_cup()
    {
        // SR28 01077 WEIGHT: 1 cup 244 g, 1 fl oz 30.5 g, 1 tbsp 15 g, 1 quart 976 g. The fl oz measure makes it a drink
        // (target 240 g); the quart is above 250 g, the tbsp below 20 g; ln(244/240) = 0.017 < ln(240/30.5) = 2.06.
        var milk = With("Milk, whole, 3.25% milkfat, with added vitamin D", "Dairy and Egg Products",
            new Portion(1, 1, "cup", 244), new Portion(2, 1, "fl oz", 30.5), new Portion(3, 1, "tbsp", 15), new Portion(4, 1, "quart", 976));
        Assert.Equal(Serving.CupOfDrinkGrams, Serving.TargetGrams(milk));
        Assert.Equal("1 cup", Serving.Of(milk)!.Label);
    }

    [Fact]
    public void Cheese_is_served_by_the_ounce()
    {
        // SR28 01009 Cheese, cheddar WEIGHT: the 1 oz measure (28.35 g) is exactly the target; the slice (28 g) is a hair further.
        var cheddar = With("Cheese, cheddar", "Dairy and Egg Products",
            new Portion(1, 1, "cup, diced", 132), new Portion(2, 1, "cup, melted", 244), new Portion(3, 1, "cup, shredded", 113),
            new Portion(4, 1, "oz", 28.35), new Portion(5, 1, "cubic inch", 17), new Portion(6, 1, "slice (1 oz)", 28));
        Assert.Equal(Serving.OunceGrams, Serving.TargetGrams(cheddar));
        Assert.Equal("1 oz", Serving.Of(cheddar)!.Label);
    }

    [Fact]
    public void Sliced_cheese_without_an_ounce_measure_is_served_by_the_slice()
    {
        // SR28 01270 Cheese, cheddar, sharp, sliced: 1 slice (2/3 oz) 19 g is below 20 g; 3/4 oz 21 g vs 1 oz 28 g:
        // ln(28.35/21) = 0.30 > ln(28.35/28) = 0.012.
        var sliced = With("Cheese, cheddar, sharp, sliced", "Dairy and Egg Products",
            new Portion(1, 1, "slice (2/3 oz)", 19), new Portion(2, 1, "slice (3/4 oz)", 21), new Portion(3, 1, "slice (1 oz)", 28));
        Assert.Equal("1 slice (1 oz)", Serving.Of(sliced)!.Label);
    }

    [Fact]
    public void Canned_sardines_are_served_by_the_can()
    {
        // SR28 15088 WEIGHT: cup drained 149, oz 28.35, cubic inch 16, can (3.75 oz) 92, small 12, 2 sardines 24 g.
        // Target 3 oz = 85.05 g: ln(92/85.05) = 0.079 is the smallest distance.
        var sardines = With("Fish, sardine, Atlantic, canned in oil, drained solids with bone", "Finfish and Shellfish Products",
            new Portion(1, 1, "cup, drained", 149), new Portion(2, 1, "oz", 28.35), new Portion(3, 1, "cubic inch", 16),
            new Portion(4, 1, "can (3.75 oz)", 92), new Portion(5, 1, "small (2-2/3\" x 1/2\" x 1/4\")", 12), new Portion(6, 2, "sardines", 24));
        Assert.Equal(Serving.ThreeOunceGrams, Serving.TargetGrams(sardines));
        Assert.Equal("1 can (3.75 oz)", Serving.Of(sardines)!.Label);
    }

    [Fact]
    public void Foods_without_a_serving_sized_measure_have_no_serving()
    {
        // SR28 12023 sesame seeds: 1 cup 144 g (144 / 28.35 = 5.1 > 2.5 times the ounce target), 1 tbsp 9 g (< 20 g).
        Assert.Null(Serving.Of(With("Seeds, sesame seeds, whole, dried", "Nut and Seed Products", new Portion(1, 1, "cup", 144), new Portion(2, 1, "tbsp", 9))));
        // SR28 04589 cod liver oil: 1 tsp 4.5 g, 1 tbsp 13.6 g (both below 20 g), 1 cup 218 g (7.7 times the ounce target of a fat).
        Assert.Null(Serving.Of(With("Fish oil, cod liver", "Fats and Oils", new Portion(1, 1, "tsp", 4.5), new Portion(2, 1, "tbsp", 13.6), new Portion(3, 1, "cup", 218))));
        // No measures at all (the literature-only foods).
        Assert.Null(Serving.Of(With("Chicken, leg meat (Australian retail composite, Dunlop 2022)", "Literature menaquinone table")));
    }

    [Fact]
    public void Heavy_cream_is_not_served_by_the_cup()
    {
        // SR28 01053 WEIGHT: cup, whipped 120 g; cup, fluid 238 g; tbsp 15 g; fl oz 29.8 g. Cream has an ounce target
        // despite its fl oz measure, so the fl oz is chosen (ln(29.8/28.35) = 0.05), never the cup of 238 g.
        var cream = With("Cream, fluid, heavy whipping", "Dairy and Egg Products",
            new Portion(1, 1, "cup, whipped", 120), new Portion(2, 1, "cup, fluid (yields 2 cups whipped)", 238), new Portion(3, 1, "tbsp", 15), new Portion(4, 1, "fl oz", 29.8));
        Assert.Equal("1 fl oz", Serving.Of(cream)!.Label);
    }
}
