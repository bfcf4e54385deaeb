using BoneBalance.Core.Nutrition;
using BoneBalance.Core.People;
using BoneBalance.Core.Validation;
using FsCheck.Xunit;

namespace BoneBalance.Core.Tests.Nutrition;

/// <summary>Intake analysis checked against hand computations from the raw SR28 numbers (see <see cref="Sr28Foods"/>).</summary>
public sealed class IntakeAnalysisTests
{
    private static readonly DateOnly Day1 = new(2026, 1, 5);
    private static readonly DateOnly Day2 = new(2026, 1, 6);
    private static readonly DateOnly Day3 = new(2026, 1, 7);
    private static readonly PersonProfile Woman67 = PersonProfile.Create(67, Sex.Female);

    // Day 1: 100 g raw kale, 2 cups whole milk (2 × 244 = 488 g), D3 1000 IU, calcium carbonate 1250 mg.
    // Day 2: 1 cup natto (175 g), MK-7 180 µg.
    // Day 3: 2 large eggs (2 × 50 = 100 g), 2 oz gouda (2 × 28.35 = 56.7 g), calcium citrate 1000 mg, D3 25 µg.
    private static IntakeAnalysis ThreeDays() => IntakeAnalysis.Analyse(
        [
            DiaryEntry.InGrams(Day1, Sr28Foods.KaleRaw, 100),
            DiaryEntry.InMeasure(Day1, Sr28Foods.WholeMilk, 2, "cup"),
            DiaryEntry.InMeasure(Day2, Sr28Foods.Natto, 1, "cup"),
            DiaryEntry.InMeasure(Day3, Sr28Foods.Egg, 2, "large"),
            DiaryEntry.InMeasure(Day3, Sr28Foods.Gouda, 2, "oz"),
        ],
        [
            SupplementEntry.Create(Day1, SupplementForm.VitaminD3, 1000, DoseUnit.InternationalUnit),
            SupplementEntry.Create(Day1, SupplementForm.CalciumCarbonate, 1250, DoseUnit.Milligram),
            SupplementEntry.Create(Day2, SupplementForm.VitaminK2Mk7, 180, DoseUnit.Microgram),
            SupplementEntry.Create(Day3, SupplementForm.CalciumCitrate, 1000, DoseUnit.Milligram),
            SupplementEntry.Create(Day3, SupplementForm.VitaminD3, 25, DoseUnit.Microgram),
        ],
        Woman67,
        Sr28Foods.Intakes,
        Sr28Foods.Catalogue);

    [Fact]
    public void Day_one_by_hand()
    {
        var day = ThreeDays().Days[0];
        Assert.Equal(Day1, day.Date);
        var t = day.Totals;

        // Calcium: kale 150 × 1.00 = 150; milk 113 × 4.88 = 551.44 → food 701.44 mg; carbonate 1250 × 0.40 = 500 mg.
        Assert.Equal(701.44, t[IntakeNutrient.Calcium].Food.Milligrams, 9);
        Assert.Equal(500, t[IntakeNutrient.Calcium].Supplements.Milligrams, 9);
        Assert.Equal(1201.44, t[IntakeNutrient.Calcium].Total.Milligrams, 9);
        Assert.True(t[IntakeNutrient.Calcium].IsComplete);

        // Vitamin D: kale 0.0 (analysed zero), milk 1.3 × 4.88 = 6.344 µg; D3 1000 IU / 40 = 25 µg → 31.344 µg.
        Assert.Equal(6.344, t[IntakeNutrient.VitaminD].Food.Micrograms, 9);
        Assert.Equal(25, t[IntakeNutrient.VitaminD].Supplements.Micrograms, 9);
        Assert.True(t[IntakeNutrient.VitaminD].IsComplete);

        // K1: kale 704.8 × 1.00 + milk 0.3 × 4.88 = 704.8 + 1.464 = 706.264 µg.
        Assert.Equal(706.264, t[IntakeNutrient.VitaminK1].Total.Micrograms, 9);
        Assert.True(t[IntakeNutrient.VitaminK1].IsComplete);

        // MK-4: milk 1.0 × 4.88 = 4.88 µg; kale has no 428 row (not analysed) → a lower bound, incomplete.
        Assert.Equal(4.88, t[IntakeNutrient.Menaquinone4].Total.Micrograms, 9);
        Assert.False(t[IntakeNutrient.Menaquinone4].IsComplete);
        Assert.False(day.IsComplete);

        // Total K = K1 706.264 + K2 4.88 = 711.144 µg (dihydrophylloquinone, milk 429 = 0.0, is not counted).
        Assert.Equal(711.144, t[IntakeNutrient.VitaminKTotal].Total.Micrograms, 9);
        Assert.Empty(day.AboveUpperLimit);
    }

    [Fact]
    public void Day_two_natto_and_mk7()
    {
        var t = ThreeDays().Days[1].Totals;

        // Natto 175 g: Ca 217 × 1.75 = 379.75 mg; K1 23.1 × 1.75 = 40.425 µg; MK-7 939 × 1.75 = 1643.25 µg.
        Assert.Equal(379.75, t[IntakeNutrient.Calcium].Total.Milligrams, 9);
        Assert.Equal(40.425, t[IntakeNutrient.VitaminK1].Total.Micrograms, 9);
        Assert.Equal(1643.25, t[IntakeNutrient.LongChainMenaquinones].Food.Micrograms, 9);

        // MK-7 supplement 180 µg → MK-7+ 1823.25, K2 total 1823.25 (natto MK-4 not analysed), K total 1863.675.
        Assert.Equal(180, t[IntakeNutrient.LongChainMenaquinones].Supplements.Micrograms, 9);
        Assert.Equal(1823.25, t[IntakeNutrient.LongChainMenaquinones].Total.Micrograms, 9);
        Assert.Equal(1823.25, t[IntakeNutrient.VitaminK2Total].Total.Micrograms, 9);
        Assert.Equal(1863.675, t[IntakeNutrient.VitaminKTotal].Total.Micrograms, 9);

        // MK-8 … MK-10 of natto were not analysed: MK-7+ is a lower bound.
        Assert.False(t[IntakeNutrient.LongChainMenaquinones].IsComplete);
    }

    [Fact]
    public void Day_three_and_the_three_day_average()
    {
        var analysis = ThreeDays();
        var t = analysis.Days[2].Totals;

        // Eggs 100 g: Ca 56, D 2.0, K1 0.3; gouda 56.7 g: Ca 700 × 0.567 = 396.9, D 0.5 × 0.567 = 0.2835, K1 2.3 × 0.567 = 1.3041.
        // Citrate 1000 mg × 0.21 = 210 mg; D3 25 µg.
        Assert.Equal(452.9, t[IntakeNutrient.Calcium].Food.Milligrams, 9);
        Assert.Equal(662.9, t[IntakeNutrient.Calcium].Total.Milligrams, 9);
        Assert.Equal(27.2835, t[IntakeNutrient.VitaminD].Total.Micrograms, 9);
        Assert.Equal(1.6041, t[IntakeNutrient.VitaminK1].Total.Micrograms, 9);

        // 7-day window 2025-12-31 … 2026-01-06 + 1 = 2026-01-01 … 2026-01-07: all three days logged.
        var average = analysis.Average;
        Assert.Equal(new DateOnly(2026, 1, 1), average.From);
        Assert.Equal(Day3, average.To);
        Assert.Equal([Day1, Day2, Day3], average.Days);

        // Calcium (1201.44 + 379.75 + 662.9) / 3 = 2244.09 / 3 = 748.03 mg.
        Assert.Equal(748.03, average.Totals[IntakeNutrient.Calcium].Total.Milligrams, 9);
        // Vitamin D (31.344 + 0 + 27.2835) / 3 = 19.5425 µg.
        Assert.Equal(19.5425, average.Totals[IntakeNutrient.VitaminD].Total.Micrograms, 9);
        // K1 (706.264 + 40.425 + 1.6041) / 3 = 748.2931 / 3.
        Assert.Equal(748.2931 / 3, average.Totals[IntakeNutrient.VitaminK1].Total.Micrograms, 9);
        Assert.False(average.IsComplete);

        // Woman of 67: calcium RDA 1200 mg → gap 1200 − 748.03 = 451.97 mg; vitamin D 19.5 ≥ 15 and K ≥ 90: no gap.
        var gap = Assert.Single(analysis.Gaps);
        Assert.Equal(IntakeNutrient.Calcium, gap.Nutrient);
        Assert.Equal(451.97, gap.Shortfall.Milligrams, 9);
        Assert.False(gap.AverageIsLowerBound);
    }

    [Fact]
    public void Top_contributors_rank_foods_by_amount_over_the_window()
    {
        var calcium = ThreeDays().TopContributors[IntakeNutrient.Calcium];

        // Over 3 days: milk 551.44, gouda 396.9, natto 379.75, kale 150, eggs 56 mg (total 1534.09); per day ÷ 3.
        Assert.Equal(["usda:01077", "usda:01022", "usda:16113", "usda:11233", "usda:01123"], calcium.Select(c => c.Food.Id));
        Assert.Equal(551.44 / 3, calcium[0].PerDay.Milligrams, 9);
        Assert.Equal(551.44 / 1534.09, calcium[0].Share, 9);
    }

    [Fact]
    public void Missing_is_not_zero()
    {
        // Kale has vitamin D analysed as 0.0 (complete, zero); gouda has no MK-4 row (incomplete, not zero).
        var analysis = IntakeAnalysis.Analyse(
            [DiaryEntry.InGrams(Day1, Sr28Foods.KaleRaw, 100), DiaryEntry.InGrams(Day2, Sr28Foods.Gouda, 100)],
            [], Woman67, Sr28Foods.Intakes, Sr28Foods.Catalogue);
        var kaleDay = analysis.Days[0].Totals;
        Assert.Equal(0, kaleDay[IntakeNutrient.VitaminD].Total.Micrograms);
        Assert.True(kaleDay[IntakeNutrient.VitaminD].IsComplete);
        var goudaDay = analysis.Days[1].Totals;
        Assert.Equal(0, goudaDay[IntakeNutrient.Menaquinone4].Total.Micrograms);
        Assert.False(goudaDay[IntakeNutrient.Menaquinone4].IsComplete);
        Assert.False(goudaDay[IntakeNutrient.VitaminKTotal].IsComplete);
        Assert.True(goudaDay[IntakeNutrient.Calcium].IsComplete);

        // A K gap computed from an incomplete average is flagged as an upper bound of the real gap.
        var kGap = analysis.Gaps.SingleOrDefault(g => g.Nutrient == IntakeNutrient.VitaminKTotal);
        Assert.Null(kGap); // mean K1 (704.8 + 2.3) / 2 = 353.55 µg ≥ 90
        var dGap = analysis.Gaps.Single(g => g.Nutrient == IntakeNutrient.VitaminD);
        Assert.False(dGap.AverageIsLowerBound);
    }

    [Fact]
    public void The_average_covers_logged_days_of_the_last_seven_calendar_days()
    {
        // Days 1 Jan, 5 Jan, 9 Jan: the window is 3 … 9 Jan, so 1 Jan is out and the mean is over 2 logged days
        // (6, 7, 8 Jan are not logged and do not count as zero). 100 g gouda = 700 mg, 50 g = 350 mg → mean 525 mg.
        var analysis = IntakeAnalysis.Analyse(
            [
                DiaryEntry.InGrams(new DateOnly(2026, 1, 1), Sr28Foods.Gouda, 1000),
                DiaryEntry.InGrams(new DateOnly(2026, 1, 5), Sr28Foods.Gouda, 100),
                DiaryEntry.InGrams(new DateOnly(2026, 1, 9), Sr28Foods.Gouda, 50),
            ],
            [], Woman67, Sr28Foods.Intakes, Sr28Foods.Catalogue);
        Assert.Equal(3, analysis.Days.Count);
        Assert.Equal(new DateOnly(2026, 1, 3), analysis.Average.From);
        Assert.Equal(2, analysis.Average.Days.Count);
        Assert.Equal(525, analysis.Average.Totals[IntakeNutrient.Calcium].Total.Milligrams, 9);
    }

    [Fact]
    public void Totals_above_the_upper_limit_are_flagged()
    {
        // 5000 IU D3 = 125 µg > UL 100 µg; 5000 mg carbonate = 2000 mg elemental + 100 g gouda 700 mg = 2700 mg > UL 2000 mg.
        var analysis = IntakeAnalysis.Analyse(
            [DiaryEntry.InGrams(Day1, Sr28Foods.Gouda, 100)],
            [
                SupplementEntry.Create(Day1, SupplementForm.VitaminD3, 5000, DoseUnit.InternationalUnit),
                SupplementEntry.Create(Day1, SupplementForm.CalciumCarbonate, 5000, DoseUnit.Milligram),
            ],
            Woman67, Sr28Foods.Intakes, Sr28Foods.Catalogue);
        Assert.Equal([IntakeNutrient.Calcium, IntakeNutrient.VitaminD], analysis.Days[0].AboveUpperLimit);
        Assert.Equal([IntakeNutrient.Calcium, IntakeNutrient.VitaminD], analysis.Average.AboveUpperLimit);
        Assert.Null(analysis.References[IntakeNutrient.VitaminKTotal].UpperLimit);
    }

    [Fact]
    public void A_vitamin_k_gap_lists_k2_rich_foods_first_with_real_portions()
    {
        // Man of 70, AI 120 µg. One cup of milk: K1 0.3 × 2.44 = 0.732, MK-4 1.0 × 2.44 = 2.44 → K 3.172 µg; gap 116.828 µg.
        var man = PersonProfile.Create(70, Sex.Male);
        var analysis = IntakeAnalysis.Analyse([DiaryEntry.InMeasure(Day1, Sr28Foods.WholeMilk, 1, "cup")], [], man, Sr28Foods.Intakes, Sr28Foods.Catalogue);
        var gap = analysis.Gaps.Single(g => g.Nutrient == IntakeNutrient.VitaminKTotal);
        Assert.Equal(116.828, gap.Shortfall.Micrograms, 9);

        // K2-rich (≥ 12 µg K2 a portion): natto, 1 cup 175 g (its only measure; 175 / 85.05 = 2.06 ≤ 2.5 of the 3 oz
        // target): K2 939 × 1.75 = 1643.25, total K + 23.1 × 1.75 = 1683.675 µg. Milk's 2.44 µg MK-4 a cup is not
        // K2-rich. Then by total K a serving: milk 1 cup 244 g (a drink: fl oz measure) = 1.3 × 2.44 = 3.172; gouda 1 oz
        // 28.35 g (cheese) = 2.3 × 0.2835 = 0.65205; egg 1 large 50 g (nearest 85.05 g: ln(85.05/50) = 0.53 < ln(85.05/44)
        // = 0.66) = 0.3 × 0.5 = 0.15. Raw kale (only 1 cup = 16 g < 20 g) and raw spinach (1 cup 30 g, 85.05 / 30 = 2.84
        // > 2.5; bunch 340 g > 250 g) have no serving and are not suggested.
        Assert.Equal(["usda:16113", "usda:01077", "usda:01022", "usda:01123"], gap.Foods.Select(f => f.Food.Id));
        Assert.Equal(IntakeNutrient.VitaminK2Total, gap.Foods[0].RankedBy);
        Assert.Equal(1683.675, gap.Foods[0].PerPortion.Micrograms, 9);
        Assert.Equal(116.828 / 1683.675, gap.Foods[0].PortionsToClose, 9);
        Assert.Equal(3.172, gap.Foods[1].PerPortion.Micrograms, 9);
        Assert.Equal(IntakeNutrient.VitaminKTotal, gap.Foods[1].RankedBy);
        Assert.Equal("1 oz", gap.Foods[2].Portion.Label);
        Assert.Equal(0.65205, gap.Foods[2].PerPortion.Micrograms, 9);
        Assert.Equal("1 large", gap.Foods[3].Portion.Label);
    }

    [Theory]
    [InlineData("Milk, dry, whole, without added vitamin D", "Dairy and Egg Products")]
    [InlineData("Whey, acid, dried", "Dairy and Egg Products")]
    [InlineData("USDA Commodity, cheese, cheddar, reduced fat", "Dairy and Egg Products")]
    [InlineData("Egg, whole, dried", "Dairy and Egg Products")]
    [InlineData("Milk, canned, evaporated, with added vitamin D and without added vitamin A", "Dairy and Egg Products")]
    [InlineData("Beverages, Whey protein powder isolate", "Beverages")]
    [InlineData("Formulated bar, MARS SNACKFOOD US, SNICKERS MARATHON Protein Performance Bar, Caramel Nut Rush", "Snacks")]
    [InlineData("Beverages, ABBOTT, ENSURE, Nutritional Shake, Ready-to-Drink", "Beverages")]
    [InlineData("Beans, white, mature seeds, raw", "Legumes and Legume Products")]
    [InlineData("Fast foods, quesadilla, with chicken", "Fast Foods")]
    [InlineData("Babyfood, cereal, oatmeal, with bananas, dry", "Baby Foods")]
    public void Ingredients_commodities_and_supplement_like_products_are_never_suggested(string name, string group)
    {
        Assert.True(IntakeAnalysis.IsExcluded(new Food("usda:99999", name, group, null, [], [])));
    }

    [Theory]
    [InlineData("Figs, dried, uncooked", "Fruits and Fruit Juices")]
    [InlineData("Cereals ready-to-eat, GENERAL MILLS, TOTAL Raisin Bran", "Breakfast Cereals")]
    [InlineData("Soymilk, original and vanilla, with added calcium, vitamins A and D", "Legumes and Legume Products")]
    [InlineData("Cheese, cheddar", "Dairy and Egg Products")]
    [InlineData("Fish, sardine, Atlantic, canned in oil, drained solids with bone", "Finfish and Shellfish Products")]
    public void Commonly_eaten_foods_including_fortified_ones_may_be_suggested(string name, string group)
    {
        Assert.False(IntakeAnalysis.IsExcluded(new Food("usda:99999", name, group, null, [], [])));
    }

    [Fact]
    public void A_calcium_gap_offers_cheese_by_the_ounce_not_by_the_diced_cup()
    {
        // SR28 01009 Cheese, cheddar: 301 = 710 mg/100 g; WEIGHT 1 cup, diced = 132 g; 1 cup, melted = 244 g;
        // 1 cup, shredded = 113 g; 1 oz = 28.35 g; 1 cubic inch = 17 g; 1 slice (1 oz) = 28 g. A woman of 67 eating 1 egg
        // (56 × 0.5 = 28 mg) is 1172 mg short; the cheddar serving is 1 oz: 710 × 0.2835 = 201.285 mg.
        var cheddar = new Food("usda:01009", "Cheese, cheddar", "Dairy and Egg Products", null,
            [NutrientValue.Analysed(Nutrient.Calcium, 710, new ValueSource(ValueSource.UsdaSr28, "1", "Analytical"))],
            [new Portion(1, 1, "cup, diced", 132), new Portion(2, 1, "cup, melted", 244), new Portion(3, 1, "cup, shredded", 113),
             new Portion(4, 1, "oz", 28.35), new Portion(5, 1, "cubic inch", 17), new Portion(6, 1, "slice (1 oz)", 28)]);
        var analysis = IntakeAnalysis.Analyse([DiaryEntry.InMeasure(Day1, Sr28Foods.Egg, 1, "large")], [], Woman67, Sr28Foods.Intakes, [cheddar]);
        var gap = analysis.Gaps.Single(g => g.Nutrient == IntakeNutrient.Calcium);
        Assert.Equal(1172, gap.Shortfall.Milligrams, 9);
        var food = Assert.Single(gap.Foods);
        Assert.Equal("1 oz", food.Portion.Label);
        Assert.Equal(201.285, food.PerPortion.Milligrams, 9);
        Assert.Equal(1172 / 201.285, food.PortionsToClose, 9);
    }

    [Fact]
    public void An_empty_diary_is_refused()
    {
        var e = Assert.Throws<InvalidInputException>(() => IntakeAnalysis.Analyse([], [], Woman67, Sr28Foods.Intakes, Sr28Foods.Catalogue));
        Assert.Equal("diary", e.Errors[0].Field);
    }

    [Property]
    public bool Day_totals_are_the_sum_of_entries_and_the_average_lies_between_days(byte[] rows)
    {
        // Each byte picks a day (0-9), a food of the test catalogue and a weight; calcium per day must equal
        // Σ grams × Ca per 100 g / 100, and the 7-day mean must lie between the smallest and largest day in the window.
        if (rows is null || rows.Length == 0)
        {
            return true;
        }

        var foods = rows.Select((b, i) => DiaryEntry.InGrams(new DateOnly(2026, 1, 1 + (b % 10)), Sr28Foods.Catalogue[(b / 10) % Sr28Foods.Catalogue.Count], i % 7 * 50)).ToList();
        var analysis = IntakeAnalysis.Analyse(foods, [], Woman67, Sr28Foods.Intakes, Sr28Foods.Catalogue);
        foreach (var day in analysis.Days)
        {
            var expected = foods.Where(f => f.Date == day.Date).Sum(f => f.Grams * f.Food[Nutrient.Calcium].PerHundredGrams!.Value / 100);
            if (Math.Abs(day.Totals[IntakeNutrient.Calcium].Total.Milligrams - expected) > 1e-6)
            {
                return false;
            }
        }

        var window = analysis.Days.Where(d => d.Date >= analysis.Average.From).Select(d => d.Totals[IntakeNutrient.Calcium].Total.Milligrams).ToList();
        var mean = analysis.Average.Totals[IntakeNutrient.Calcium].Total.Milligrams;
        return mean >= window.Min() - 1e-9 && mean <= window.Max() + 1e-9 && analysis.Average.Days.Count == window.Count && window.Count <= 7;
    }
}
