using BoneBalance.Core.Evidence;

namespace BoneBalance.Core.Nutrition;

/// <summary>The sources of the rules for the foods suggested to close a gap and of the reviewed list's portions.</summary>
public static class GapFoodSources
{
    /// <summary>Dietary Guidelines for Americans 2020–2025, "Food Sources of Calcium" and "Food Sources of Vitamin D":
    /// nutrient-dense foods with their standard portions (1 cup of milk, soy or almond drink and fortified orange juice,
    /// 8 oz of yogurt, 1 cup of cooked greens, 1/2 cup of tofu, 3 oz of fish). [P]</summary>
    public static Citation DietaryGuidelinesFoodSources { get; } = new(
        "U.S. Department of Agriculture, U.S. Department of Health and Human Services",
        "Dietary Guidelines for Americans 2020–2025: Food Sources of Calcium; Food Sources of Vitamin D (standard portions)",
        "dietaryguidelines.gov (read 2026)",
        2020,
        "https://www.dietaryguidelines.gov/resources/2020-2025-dietary-guidelines-online-materials/food-sources-select-nutrients");

    /// <summary>MyPlate dairy group: 1 cup of milk, yogurt or fortified soy drink, or 1½ oz of natural cheese, counts as
    /// one cup of dairy. [S: read in restatements of choosemyplate.gov]</summary>
    public static Citation MyPlateDairy { get; } = new(
        "U.S. Department of Agriculture",
        "MyPlate: Dairy group — what counts as a cup (1 ½ ounces of natural cheese) (verified-secondary)",
        "choosemyplate.gov, as restated by third-party pages",
        2011,
        "https://www.myplate.gov/eat-healthy/dairy");

    /// <summary>Booth SL, Centurelli MA 1999: patients on warfarin are advised a constant dietary vitamin K intake. [P, abstract]</summary>
    public static Citation Booth1999 { get; } = new(
        "Booth SL, Centurelli MA",
        "Vitamin K: a practical guide to the dietary management of patients on warfarin",
        "Nutr Rev 57(9):288-296",
        1999,
        "https://doi.org/10.1111/j.1753-4887.1999.tb01815.x");

    /// <summary>AUA guideline (Pearle 2014, validity confirmed 2019): calcium stone formers should keep a normal dietary
    /// calcium intake of 1,000–1,200 mg a day and limit oxalate-rich foods when their urinary oxalate is high. [S]</summary>
    public static Citation Pearle2014 { get; } = new(
        "Pearle MS, Goldfarb DS, Assimos DG, et al.",
        "Medical management of kidney stones: AUA guideline (verified-secondary)",
        "J Urol 192(2):316-324",
        2014,
        "https://www.auanet.org/guidelines/guidelines/kidney-stones-medical-mangement-guideline");
}
