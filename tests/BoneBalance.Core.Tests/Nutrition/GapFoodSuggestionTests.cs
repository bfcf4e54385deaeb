using BoneBalance.Core.Nutrition;
using BoneBalance.Core.People;

namespace BoneBalance.Core.Tests.Nutrition;

/// <summary>
/// The foods suggested to close a gap, from a reviewed <see cref="SuggestedFoodList"/>, and the person's limits on them:
/// no vitamin K food for a vitamin K antagonist, nothing past an upper limit, no calcium or vitamin D food under a hold,
/// no high-oxalate food with kidney stones. Amounts are worked by hand from the SR28 values per 100 g given with each food.
/// </summary>
public sealed class GapFoodSuggestionTests
{
    private static readonly DateOnly Day = new(2026, 11, 16);
    private static readonly PersonProfile Woman74 = PersonProfile.Create(74, Sex.Female);
    private static readonly ValueSource Sr28 = new(ValueSource.UsdaSr28, "1", "Analytical or derived from analytical");

    // SR28 per 100 g. 01082 milk 1 %: Ca 125, D 1.2, K1 0.1 — 1 cup 244 g → Ca 305, D 2.928, K 0.244.
    private static readonly Food Milk = Food("usda:01082", "Milk, lowfat, fluid, 1% milkfat, with added vitamin A and vitamin D", 125, 1.2, 0.1);

    // 01117 yogurt, plain, low fat: Ca 183, D 0.0, K1 0.2 — 1 cup (8 fl oz) 245 g → Ca 448.35, K 0.49.
    private static readonly Food Yogurt = Food("usda:01117", "Yogurt, plain, low fat, 12 grams protein per 8 ounce", 183, 0.0, 0.2);

    // 01009 cheddar: Ca 710, D 0.6, K1 2.4 — 1.5 oz 42.53 g → Ca 301.963, K 1.02072.
    private static readonly Food Cheddar = Food("usda:01009", "Cheese, cheddar", 710, 0.6, 2.4);

    // 01040 Swiss: Ca 890, D 0.0, K1 1.4 — 1.5 oz 42.53 g → Ca 378.517.
    private static readonly Food Swiss = Food("usda:01040", "Cheese, swiss", 890, 0.0, 1.4);

    // 11162 collards, cooked: Ca 141, D 0.0, K1 406.6 — 1 cup, chopped 190 g → Ca 267.9, K 772.54.
    private static readonly Food Collards = Food("usda:11162", "Collards, cooked, boiled, drained, without salt", 141, 0.0, 406.6);

    // 11458 spinach, cooked: Ca 136, D 0.0, K1 493.6 — 1 cup 180 g → K 888.48 (listed for vitamin K only; high oxalate).
    private static readonly Food Spinach = Food("usda:11458", "Spinach, cooked, boiled, drained, without salt", 136, 0.0, 493.6);

    // 15086 sockeye salmon, cooked: Ca 11, D 16.7, K1 0.1 — 3 oz 85 g → D 14.195.
    private static readonly Food Salmon = Food("usda:15086", "Fish, salmon, sockeye, cooked, dry heat", 11, 16.7, 0.1);

    private static readonly SuggestedFoodList Reviewed = new(
    [
        Entry(Milk, "milk", 1, "cup", 244, IntakeNutrient.Calcium, IntakeNutrient.VitaminD),
        Entry(Yogurt, "yogurt", 1, "cup (8 fl oz)", 245, IntakeNutrient.Calcium),
        Entry(Cheddar, "cheese", 1.5, "oz", 42.53, IntakeNutrient.Calcium, IntakeNutrient.VitaminKTotal),
        Entry(Swiss, "cheese", 1.5, "oz", 42.53, IntakeNutrient.Calcium),
        Entry(Collards, "collards", 1, "cup, chopped", 190, IntakeNutrient.Calcium, IntakeNutrient.VitaminKTotal),
        Entry(Spinach, "spinach", 1, "cup", 180, IntakeNutrient.VitaminKTotal) with { HighOxalate = true },
        Entry(Salmon, "salmon", 3, "oz", 85, IntakeNutrient.VitaminD),
    ]);

    // A diary of one cup of milk: Ca 305 mg, D 2.928 µg, K 0.244 µg → gaps of 895 mg, 17.072 µg and 89.756 µg.
    private static IntakeAnalysis OneCupOfMilk(GapFoodLimits? limits = null, params SupplementEntry[] supplements) =>
        IntakeAnalysis.Analyse([DiaryEntry.InGrams(Day, Milk, 244)], supplements, Woman74, Sr28Foods.Intakes, Reviewed, limits);

    private static readonly GapFoodLimits Warfarin = new() { VitaminKAntagonists = ["warfarin"] };

    [Fact]
    public void Reviewed_foods_come_with_their_listed_portion_one_of_each_kind_and_only_for_their_nutrients()
    {
        var analysis = OneCupOfMilk();
        var calcium = analysis.Gaps.Single(g => g.Nutrient == IntakeNutrient.Calcium);
        Assert.Equal(895, calcium.Shortfall.Milligrams, 9);
        // Yogurt 448.35, Swiss 378.517 (the cheese: cheddar's 301.963 is the same kind), milk 305, collards 267.9; spinach
        // (Ca 136 × 1.8 = 244.8) is not listed for calcium.
        Assert.Equal(["usda:01117", "usda:01040", "usda:01082", "usda:11162"], calcium.Foods.Select(f => f.Food.Id));
        Assert.Equal(448.35, calcium.Foods[0].PerPortion.Milligrams, 9);
        Assert.Equal("1.5 oz", calcium.Foods[1].Portion.Label);
        Assert.Equal(378.517, calcium.Foods[1].PerPortion.Milligrams, 9);
        Assert.Equal(895 / 448.35, calcium.Foods[0].PortionsToClose, 9);
        Assert.Null(calcium.Note);

        // Vitamin D: salmon 14.195, milk 2.928; nothing else is listed for it.
        var d = analysis.Gaps.Single(g => g.Nutrient == IntakeNutrient.VitaminD);
        Assert.Equal(["usda:15086", "usda:01082"], d.Foods.Select(f => f.Food.Id));
        Assert.Equal(14.195, d.Foods[0].PerPortion.Micrograms, 9);

        // Vitamin K without limits: spinach 888.48, collards 772.54, cheddar 1.02072.
        var k = analysis.Gaps.Single(g => g.Nutrient == IntakeNutrient.VitaminKTotal);
        Assert.Equal(["usda:11458", "usda:11162", "usda:01009"], k.Foods.Select(f => f.Food.Id));
        Assert.Equal(888.48, k.Foods[0].PerPortion.Micrograms, 9);
    }

    [Fact]
    public void A_vitamin_k_antagonist_gets_no_vitamin_k_food_for_any_gap_and_a_note_saying_why()
    {
        var analysis = OneCupOfMilk(Warfarin);
        var k = analysis.Gaps.Single(g => g.Nutrient == IntakeNutrient.VitaminKTotal);
        Assert.Equal(89.756, k.Shortfall.Micrograms, 9);
        Assert.Empty(k.Foods);
        Assert.Equal(
            "No vitamin K foods are suggested because you take warfarin: keep the vitamin K in your food about the same from week to week, "
                + "and talk to your anticoagulation clinic before changing it.",
            k.Note);

        // Collards (772.54 µg of K a cup) are left out of the calcium list too, and its note says so.
        var calcium = analysis.Gaps.Single(g => g.Nutrient == IntakeNutrient.Calcium);
        Assert.Equal(["usda:01117", "usda:01040", "usda:01082"], calcium.Foods.Select(f => f.Food.Id));
        Assert.Contains("Foods rich in vitamin K, such as leafy greens, are left out because you take warfarin.", calcium.Note, StringComparison.Ordinal);

        // No gap of any vitamin K form lists a food.
        Assert.All(analysis.Gaps.Where(g => g.Nutrient is not (IntakeNutrient.Calcium or IntakeNutrient.VitaminD)), g => Assert.Empty(g.Foods));
        Assert.All(analysis.Gaps.SelectMany(g => g.Foods), f => Assert.True(
            (f.Food[Nutrient.VitaminK1].PerHundredGrams ?? 0) * f.Portion.Grams / 100 < IntakeAnalysis.VitaminKAntagonistMaximumMicrograms));
    }

    [Theory]
    [InlineData(9.99, true)]
    [InlineData(10.0, false)]
    public void For_a_vitamin_k_antagonist_a_portion_with_10_ug_of_vitamin_k_is_a_vitamin_k_food(double k1PerPortion, bool suggested)
    {
        // 100 g portions, so the value per 100 g is the value per portion; calcium 500 mg to be suggested for calcium.
        var food = Food("usda:99001", "Test food", 500, 0.0, k1PerPortion);
        var list = new SuggestedFoodList([Entry(food, "test", 100, "g", 100, IntakeNutrient.Calcium)]);
        var analysis = IntakeAnalysis.Analyse([DiaryEntry.InGrams(Day, Milk, 244)], [], Woman74, Sr28Foods.Intakes, list, Warfarin);
        Assert.Equal(suggested, analysis.Gaps.Single(g => g.Nutrient == IntakeNutrient.Calcium).Foods.Count == 1);
    }

    [Theory]
    // Calcium from food 305 mg + calcium carbonate 2,012.5 mg × 0.40 = 805 mg → 1,110 mg a day: a gap of 90 mg to the
    // 1,200 mg RDA, and 890 mg left below the 2,000 mg UL. A portion just under 890 mg stays below the UL (suggested);
    // one just over passes it (not suggested).
    [InlineData(889.99, true)]
    [InlineData(890.01, false)]
    public void A_suggestion_never_takes_calcium_past_the_upper_limit(double calciumPerPortion, bool suggested)
    {
        var food = Food("usda:99002", "Test food", calciumPerPortion, 0.0, 0.0);
        var list = new SuggestedFoodList([Entry(food, "test", 100, "g", 100, IntakeNutrient.Calcium)]);
        var analysis = IntakeAnalysis.Analyse(
            [DiaryEntry.InGrams(Day, Milk, 244)],
            [SupplementEntry.Create(Day, SupplementForm.CalciumCarbonate, 2012.5, DoseUnit.Milligram)],
            Woman74, Sr28Foods.Intakes, list);
        var calcium = analysis.Gaps.Single(g => g.Nutrient == IntakeNutrient.Calcium);
        Assert.Equal(90, calcium.Shortfall.Milligrams, 6);
        Assert.Equal(suggested, calcium.Foods.Count == 1);
        Assert.Equal(suggested ? null : "Foods that would take your calcium above its upper limit are left out.", calcium.Note);
    }

    [Fact]
    public void Above_the_vitamin_d_upper_limit_no_food_with_vitamin_d_is_suggested_for_another_gap()
    {
        // D3 4,000 IU = 100 µg + milk's 2.928 µg = 102.928 µg, above the 100 µg UL: no vitamin D gap, and the calcium
        // list leaves out milk (2.928 µg a cup) and cheddar (0.255 µg), keeping yogurt, Swiss and collards (no vitamin D).
        var analysis = OneCupOfMilk(null, SupplementEntry.Create(Day, SupplementForm.VitaminD3, 4000, DoseUnit.InternationalUnit));
        Assert.DoesNotContain(analysis.Gaps, g => g.Nutrient == IntakeNutrient.VitaminD);
        var calcium = analysis.Gaps.Single(g => g.Nutrient == IntakeNutrient.Calcium);
        Assert.Equal(["usda:01117", "usda:01040", "usda:11162"], calcium.Foods.Select(f => f.Food.Id));
        Assert.Equal("Foods that would take your vitamin D above its upper limit are left out.", calcium.Note);
    }

    [Fact]
    public void Under_a_calcium_and_vitamin_d_hold_no_calcium_or_vitamin_d_food_is_suggested()
    {
        var analysis = OneCupOfMilk(new GapFoodLimits { CalciumAndVitaminDHeldBecause = "primary hyperparathyroidism" });
        var calcium = analysis.Gaps.Single(g => g.Nutrient == IntakeNutrient.Calcium);
        Assert.Empty(calcium.Foods);
        Assert.Equal(
            "No calcium-rich foods are suggested because of primary hyperparathyroidism: ask your specialist how much calcium you should have before eating more of it.",
            calcium.Note);
        var d = analysis.Gaps.Single(g => g.Nutrient == IntakeNutrient.VitaminD);
        Assert.Empty(d.Foods);
        Assert.StartsWith("No vitamin D-rich foods are suggested because of primary hyperparathyroidism", d.Note, StringComparison.Ordinal);
        Assert.NotEmpty(analysis.Gaps.Single(g => g.Nutrient == IntakeNutrient.VitaminKTotal).Foods);
    }

    [Fact]
    public void With_kidney_stones_spinach_is_left_out_and_calcium_from_food_is_the_advice()
    {
        var analysis = OneCupOfMilk(new GapFoodLimits { KidneyStones = true });
        var k = analysis.Gaps.Single(g => g.Nutrient == IntakeNutrient.VitaminKTotal);
        Assert.Equal(["usda:11162", "usda:01009"], k.Foods.Select(f => f.Food.Id));
        Assert.Equal("High-oxalate foods such as spinach are left out because of your kidney stones.", k.Note);
        var calcium = analysis.Gaps.Single(g => g.Nutrient == IntakeNutrient.Calcium);
        Assert.Equal(4, calcium.Foods.Count);
        Assert.StartsWith("With kidney stones, calcium from food", calcium.Note, StringComparison.Ordinal);
    }

    private static SuggestedFood Entry(Food food, string kind, double amount, string measure, double grams, params IntakeNutrient[] suggestedFor) =>
        new(food, kind, suggestedFor, new Portion(0, amount, measure, grams), false);

    private static Food Food(string id, string name, double calcium, double vitaminD, double k1) =>
        new(id, name, "Test", null,
            [NutrientValue.Analysed(Nutrient.Calcium, calcium, Sr28), NutrientValue.Analysed(Nutrient.VitaminD, vitaminD, Sr28), NutrientValue.Analysed(Nutrient.VitaminK1, k1, Sr28)],
            []);
}
