using BoneBalance.Core.Nutrition;
using BoneBalance.Core.People;

namespace BoneBalance.Core.Tests.Nutrition;

/// <summary>
/// A published K2 total without forms (CIQUAL 2025) counts in K2 total and total K, never in MK-4 or MK-7+, and never
/// together with per-form values of the same food. Values: CIQUAL 22002 egg yolk, raw (K1 0,7; K2 23,8 µg/100 g);
/// the cheddar forms of the literature mapping (SR28 MK-4 8.6; Dunlop 2022 MK-5 1.1, MK-8 4, MK-9 8) with SR28 K1 2.4.
/// </summary>
public sealed class PublishedK2TotalTests
{
    private static readonly DateOnly Day = new(2026, 1, 5);
    private static readonly DateOnly NextDay = new(2026, 1, 6);
    private static readonly ValueSource Ciqual = new(ValueSource.Ciqual, "22002", "Egg yolk, raw (CIQUAL food 22002)");
    private static readonly ValueSource Sr28 = new(ValueSource.UsdaSr28, "1", "Analytical or derived from analytical");
    private static readonly ValueSource Dunlop = new(ValueSource.Literature, "dunlop2022-cheddar", "Dunlop 2022");

    private static readonly Food Yolk = new("usda:01125", "Egg, yolk, raw, fresh", "Dairy and Egg Products", null,
        [NutrientValue.Analysed(Nutrient.VitaminK1, 0.7, Ciqual), NutrientValue.Analysed(Nutrient.VitaminK2, 23.8, Ciqual)], []);

    private static readonly Food Cheddar = new("usda:01009", "Cheese, cheddar", "Dairy and Egg Products", null,
        [
            NutrientValue.Analysed(Nutrient.VitaminK1, 2.4, Sr28), NutrientValue.Analysed(Nutrient.Menaquinone4, 8.6, Sr28),
            NutrientValue.Analysed(Nutrient.Menaquinone5, 1.1, Dunlop), NutrientValue.Analysed(Nutrient.Menaquinone8, 4, Dunlop),
            NutrientValue.Analysed(Nutrient.Menaquinone9, 8, Dunlop),
        ],
        []);

    [Fact]
    public void Per_100_g_the_total_is_complete_K2_and_the_forms_stay_not_analysed()
    {
        (double, bool) Of(IntakeNutrient n)
        {
            var (amount, complete) = IntakeNutrientDefinition.Of(n).PerHundredGrams(Yolk);
            return (Math.Round(amount.Micrograms, 9), complete);
        }

        Assert.Equal((23.8, true), Of(IntakeNutrient.VitaminK2Total));
        Assert.Equal((0.7 + 23.8, true), Of(IntakeNutrient.VitaminKTotal));
        Assert.Equal((0.0, false), Of(IntakeNutrient.Menaquinone4));
        Assert.Equal((0.0, false), Of(IntakeNutrient.LongChainMenaquinones));
        Assert.True(IntakeNutrientDefinition.Of(IntakeNutrient.VitaminK2Total).TakesPublishedK2Total);
        Assert.True(IntakeNutrientDefinition.Of(IntakeNutrient.VitaminKTotal).TakesPublishedK2Total);
        Assert.False(IntakeNutrientDefinition.Of(IntakeNutrient.Menaquinone4).TakesPublishedK2Total);
        Assert.False(IntakeNutrientDefinition.Of(IntakeNutrient.LongChainMenaquinones).TakesPublishedK2Total);
    }

    [Fact]
    public void A_day_of_a_total_plus_split_forms_plus_an_MK7_supplement_by_hand()
    {
        var analysis = IntakeAnalysis.Analyse(
            [DiaryEntry.InGrams(Day, Yolk, 20), DiaryEntry.InGrams(Day, Cheddar, 50), DiaryEntry.InGrams(NextDay, Yolk, 50)],
            [SupplementEntry.Create(Day, SupplementForm.VitaminK2Mk7, 100, DoseUnit.Microgram)],
            PersonProfile.Create(67, Sex.Female),
            Sr28Foods.Intakes,
            []);
        var t = analysis.Days[0].Totals;

        // MK-4: cheddar 8.6 × 0.5 = 4.3; the yolk has no MK-4 (its K2 is a total) → lower bound.
        Assert.Equal(4.3, t[IntakeNutrient.Menaquinone4].Food.Micrograms, 9);
        Assert.False(t[IntakeNutrient.Menaquinone4].IsComplete);

        // MK-7+: cheddar (MK-8 4 + MK-9 8) × 0.5 = 6, + supplement 100 = 106; lower bound (MK-7, MK-10 not analysed).
        Assert.Equal(6, t[IntakeNutrient.LongChainMenaquinones].Food.Micrograms, 9);
        Assert.Equal(106, t[IntakeNutrient.LongChainMenaquinones].Total.Micrograms, 9);
        Assert.False(t[IntakeNutrient.LongChainMenaquinones].IsComplete);

        // K2 total: yolk 23.8 × 0.2 = 4.76 (the total) + cheddar (8.6 + 1.1 + 4 + 8) × 0.5 = 10.85 → 15.61 from food,
        // + 100 supplement = 115.61; a lower bound because cheddar's MK-6, MK-7 and MK-10 were not analysed.
        Assert.Equal(15.61, t[IntakeNutrient.VitaminK2Total].Food.Micrograms, 9);
        Assert.Equal(115.61, t[IntakeNutrient.VitaminK2Total].Total.Micrograms, 9);
        Assert.False(t[IntakeNutrient.VitaminK2Total].IsComplete);

        // Total K: K1 0.7 × 0.2 + 2.4 × 0.5 = 0.14 + 1.2 = 1.34, + K2 15.61 = 16.95 from food; + 100 = 116.95.
        Assert.Equal(16.95, t[IntakeNutrient.VitaminKTotal].Food.Micrograms, 9);
        Assert.Equal(116.95, t[IntakeNutrient.VitaminKTotal].Total.Micrograms, 9);

        // The next day, yolk only (50 g): K2 total 11.9 and total K 0.35 + 11.9 = 12.25 are complete; MK-4 and MK-7+
        // read 0 as lower bounds, not as analysed zeros.
        var next = analysis.Days[1].Totals;
        Assert.Equal((11.9, true), (Math.Round(next[IntakeNutrient.VitaminK2Total].Total.Micrograms, 9), next[IntakeNutrient.VitaminK2Total].IsComplete));
        Assert.Equal((12.25, true), (Math.Round(next[IntakeNutrient.VitaminKTotal].Total.Micrograms, 9), next[IntakeNutrient.VitaminKTotal].IsComplete));
        Assert.False(next[IntakeNutrient.Menaquinone4].IsComplete);
        Assert.False(next[IntakeNutrient.LongChainMenaquinones].IsComplete);

        // Top K2 contributors over the two days (divided by 2 days): cheddar 10.85 / 2, yolk (4.76 + 11.9) / 2 = 8.33.
        var top = analysis.TopContributors[IntakeNutrient.VitaminK2Total];
        Assert.Equal(["usda:01125", "usda:01009"], top.Select(c => c.Food.Id));
        Assert.Equal(8.33, top[0].PerDay.Micrograms, 9);
    }

    [Theory]
    [InlineData(Nutrient.Menaquinone4)]
    [InlineData(Nutrient.Menaquinone7)]
    [InlineData(Nutrient.Menaquinone10)]
    public void A_food_with_a_total_and_a_form_is_refused(Nutrient form)
    {
        var error = Assert.Throws<ArgumentException>(() => new Food("usda:01125", "Egg, yolk", "g", null,
            [NutrientValue.Analysed(Nutrient.VitaminK2, 23.8, Ciqual), NutrientValue.Analysed(form, 1, Sr28)], []));
        Assert.Contains("counted twice", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_total_is_its_own_nutrient_without_an_SR28_number()
    {
        var definition = NutrientDefinition.Of(Nutrient.VitaminK2);
        Assert.Equal((Nutrient.VitaminK2, "vitamin_k2_ug", NutrientUnit.Microgram, (string?)null),
            (definition.Nutrient, definition.Code, definition.Unit, definition.UsdaNumber));
        Assert.DoesNotContain(Nutrient.VitaminK2, NutrientDefinition.Menaquinones);
        Assert.DoesNotContain(Nutrient.VitaminK2, NutrientDefinition.LongChainMenaquinones);
    }
}
