using BoneBalance.Core.Measures;
using BoneBalance.Core.Nutrition;
using BoneBalance.Core.People;

namespace BoneBalance.TestSupport;

/// <summary>
/// Foods built by hand from the raw USDA SR28 files (data/sources/usda-sr28: NUT_DATA.txt Nutr_Val, WEIGHT.txt
/// Gm_Wgt), plus the Kamao 2007 natto MK-7 (939 µg/100 g). Only nutrients with a NUT_DATA row are given; the rest are
/// not analysed, exactly as in SR28.
/// </summary>
public static class Sr28Foods
{
    private static readonly ValueSource Sr28 = new(ValueSource.UsdaSr28, "1", "Analytical or derived from analytical");
    private static readonly ValueSource Kamao = new(ValueSource.Literature, "kamao2007-natto", "Kamao M et al. 2007");

    // 11233 Kale, raw: 301 = 150, 328 = 0.0, 430 = 704.8; WEIGHT 1 cup 1" pieces, loosely packed = 16 g. No 428.
    public static Food KaleRaw { get; } = Food("usda:11233", "Kale, raw", "Vegetables and Vegetable Products",
        [(Nutrient.Calcium, 150), (Nutrient.VitaminD, 0.0), (Nutrient.VitaminDInternationalUnits, 0), (Nutrient.VitaminK1, 704.8)],
        [new Portion(1, 1, "cup 1\" pieces, loosely packed", 16)]);

    // 01077 Milk, whole, 3.25 % milkfat, with added vitamin D: 301 = 113, 328 = 1.3, 430 = 0.3, 428 = 1.0, 429 = 0.0;
    // WEIGHT 1 cup = 244 g, 1 fl oz = 30.5 g.
    public static Food WholeMilk { get; } = Food("usda:01077", "Milk, whole, 3.25% milkfat, with added vitamin D", "Dairy and Egg Products",
        [(Nutrient.Calcium, 113), (Nutrient.VitaminD, 1.3), (Nutrient.VitaminK1, 0.3), (Nutrient.Menaquinone4, 1.0), (Nutrient.Dihydrophylloquinone, 0.0)],
        [new Portion(1, 1, "cup", 244), new Portion(2, 1, "fl oz", 30.5)]);

    // 16113 Natto: 301 = 217, 328 = 0.0, 430 = 23.1; WEIGHT 1 cup = 175 g; MK-7 939 µg/100 g (Kamao 2007). No 428.
    public static Food Natto { get; } = Food("usda:16113", "Natto", "Legumes and Legume Products",
        [(Nutrient.Calcium, 217), (Nutrient.VitaminD, 0.0), (Nutrient.VitaminK1, 23.1), (Nutrient.Menaquinone7, 939)],
        [new Portion(1, 1, "cup", 175)]);

    // 01123 Egg, whole, raw, fresh: 301 = 56, 328 = 2.0, 430 = 0.3, 429 = 0.1; WEIGHT 1 large = 50 g. No 428.
    public static Food Egg { get; } = Food("usda:01123", "Egg, whole, raw, fresh", "Dairy and Egg Products",
        [(Nutrient.Calcium, 56), (Nutrient.VitaminD, 2.0), (Nutrient.VitaminK1, 0.3), (Nutrient.Dihydrophylloquinone, 0.1)],
        [new Portion(1, 1, "large", 50), new Portion(6, 1, "medium", 44)]);

    // 01022 Cheese, gouda: 301 = 700, 328 = 0.5, 430 = 2.3; WEIGHT 1 oz = 28.35 g, 1 package (7 oz) = 198 g. No 428.
    public static Food Gouda { get; } = Food("usda:01022", "Cheese, gouda", "Dairy and Egg Products",
        [(Nutrient.Calcium, 700), (Nutrient.VitaminD, 0.5), (Nutrient.VitaminK1, 2.3)],
        [new Portion(1, 1, "oz", 28.35), new Portion(2, 1, "package (7 oz)", 198)]);

    // 11457 Spinach, raw: 301 = 99, 328 = 0.0, 430 = 482.9; WEIGHT 1 cup = 30 g.
    public static Food Spinach { get; } = Food("usda:11457", "Spinach, raw", "Vegetables and Vegetable Products",
        [(Nutrient.Calcium, 99), (Nutrient.VitaminD, 0.0), (Nutrient.VitaminK1, 482.9)],
        [new Portion(1, 1, "cup", 30), new Portion(2, 1, "bunch", 340)]);

    public static DietaryReferenceIntakes Intakes { get; } = new(
    [
        // From data/sources/reference/dietary_reference_intakes.csv (verified rows), IOM 2011 / IOM 2001.
        new(IntakeNutrient.Calcium, Sex.Female, 51, 70, ReferenceIntakeKind.RecommendedDietaryAllowance, NutrientAmount.FromMilligrams(1200), NutrientAmount.FromMilligrams(2000), null, DietaryReferenceSources.Iom2011),
        new(IntakeNutrient.Calcium, Sex.Male, 51, 70, ReferenceIntakeKind.RecommendedDietaryAllowance, NutrientAmount.FromMilligrams(1000), NutrientAmount.FromMilligrams(2000), null, DietaryReferenceSources.Iom2011),
        new(IntakeNutrient.Calcium, null, 71, 120, ReferenceIntakeKind.RecommendedDietaryAllowance, NutrientAmount.FromMilligrams(1200), NutrientAmount.FromMilligrams(2000), null, DietaryReferenceSources.Iom2011),
        new(IntakeNutrient.VitaminD, null, 51, 70, ReferenceIntakeKind.RecommendedDietaryAllowance, NutrientAmount.FromMicrograms(15), NutrientAmount.FromMicrograms(100), null, DietaryReferenceSources.Iom2011),
        new(IntakeNutrient.VitaminD, null, 71, 120, ReferenceIntakeKind.RecommendedDietaryAllowance, NutrientAmount.FromMicrograms(20), NutrientAmount.FromMicrograms(100), null, DietaryReferenceSources.Iom2011),
        new(IntakeNutrient.VitaminKTotal, Sex.Male, 19, 120, ReferenceIntakeKind.AdequateIntake, NutrientAmount.FromMicrograms(120), null, "none determined", DietaryReferenceSources.Iom2001),
        new(IntakeNutrient.VitaminKTotal, Sex.Female, 19, 120, ReferenceIntakeKind.AdequateIntake, NutrientAmount.FromMicrograms(90), null, "none determined", DietaryReferenceSources.Iom2001),
    ]);

    public static IReadOnlyList<Food> Catalogue { get; } = [KaleRaw, WholeMilk, Natto, Egg, Gouda, Spinach];

    private static Food Food(string id, string name, string group, (Nutrient Nutrient, double Value)[] values, Portion[] portions) =>
        new(id, name, group, null,
            values.Select(v => NutrientValue.Analysed(v.Nutrient, v.Value, v.Nutrient == Nutrient.Menaquinone7 ? Kamao : Sr28)),
            portions);
}
