using BoneBalance.Core.Measures;
using BoneBalance.Core.People;

namespace BoneBalance.Core.Safety;

/// <summary>
/// The reference intakes the safety rules compare with: tolerable upper intake levels (UL) of calcium and vitamin D,
/// and the RDA or AI of calcium, vitamin D and vitamin K, by life stage from age 1. Values from IOM 2011 (calcium,
/// vitamin D) and IOM 2001 (vitamin K), as tabulated in BoneBalance's reference file
/// <c>data/sources/reference/dietary_reference_intakes.csv</c> (all rows used here are marked verified there; the
/// pregnancy/lactation vitamin D row is marked unverified only for its EAR, which is not used). Pregnancy and
/// lactation ULs and RDAs equal those of the same age, so only age (and, for 51–70 calcium and adult vitamin K, sex)
/// decides. Vitamin K has no UL (IOM: not determined).
/// </summary>
public static class ReferenceIntakes
{
    /// <summary>Calcium UL (IOM 2011), elemental calcium per day: 2,500 mg at 1–8, 3,000 mg at 9–18, 2,500 mg at
    /// 19–50 and 2,000 mg from 51, whatever the sex, pregnancy or lactation.</summary>
    public static NutrientAmount CalciumUpperLimit(int ageYears) => NutrientAmount.FromMilligrams(ageYears switch
    {
        <= 8 => 2500,
        <= 18 => 3000,
        <= 50 => 2500,
        _ => 2000,
    });

    /// <summary>Vitamin D UL (IOM 2011): 63 µg (2,500 IU) at 1–3, 75 µg (3,000 IU) at 4–8 and 100 µg (4,000 IU) from 9,
    /// also in pregnancy and lactation.</summary>
    public static NutrientAmount VitaminDUpperLimit(int ageYears) => NutrientAmount.FromMicrograms(ageYears switch
    {
        <= 3 => 63,
        <= 8 => 75,
        _ => 100,
    });

    /// <summary>
    /// The RDA (calcium, vitamin D) or AI (vitamin K) for the person's life stage: what "beyond the DRIs" is measured
    /// against for children, adolescents and pregnant or breastfeeding women. The vitamin K AI applies to K1 and K2
    /// alike (IOM set one AI for vitamin K).
    /// </summary>
    public static NutrientAmount RecommendedIntake(SupplementIngredient ingredient, SafetyPerson person)
    {
        ArgumentNullException.ThrowIfNull(person);
        var age = person.AgeYears;
        return ingredient switch
        {
            // IOM 2011 calcium RDA: 700 (1–3), 1,000 (4–8), 1,300 (9–18), 1,000 (19–50; men 51–70), 1,200 (women 51–70; 71+).
            SupplementIngredient.Calcium => NutrientAmount.FromMilligrams(age switch
            {
                <= 3 => 700,
                <= 8 => 1000,
                <= 18 => 1300,
                <= 50 => 1000,
                <= 70 => person.Sex == Sex.Female ? 1200 : 1000,
                _ => 1200,
            }),

            // IOM 2011 vitamin D RDA: 15 µg (600 IU) from 1 to 70, 20 µg (800 IU) after 70.
            SupplementIngredient.VitaminD => NutrientAmount.FromMicrograms(age <= 70 ? 15 : 20),

            // IOM 2001 vitamin K AI: 30 (1–3), 55 (4–8), 60 (9–13), 75 (14–18), adults 120 men / 90 women (also in pregnancy and lactation).
            SupplementIngredient.VitaminK1 or SupplementIngredient.Menaquinone4 or SupplementIngredient.Menaquinone7 =>
                NutrientAmount.FromMicrograms(age switch
                {
                    <= 3 => 30,
                    <= 8 => 55,
                    <= 13 => 60,
                    <= 18 => 75,
                    _ => person.Sex == Sex.Female ? 90 : 120,
                }),
            _ => throw new ArgumentOutOfRangeException(nameof(ingredient), ingredient, "Not a supplement ingredient."),
        };
    }
}
