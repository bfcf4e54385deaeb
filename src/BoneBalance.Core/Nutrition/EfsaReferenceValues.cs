using BoneBalance.Core.Evidence;
using BoneBalance.Core.Measures;

namespace BoneBalance.Core.Nutrition;

/// <summary>One EFSA dietary reference value for an adult.</summary>
/// <param name="Nutrient">The nutrient.</param>
/// <param name="Amount">The value per day.</param>
/// <param name="Kind">"PRI" (population reference intake) or "AI" (adequate intake), as EFSA names it.</param>
/// <param name="Note">What the value covers, in a few words (e.g. "K1 only": phylloquinone), or empty.</param>
/// <param name="Citation">The EFSA opinion.</param>
public sealed record EfsaReferenceValue(IntakeNutrient Nutrient, NutrientAmount Amount, string Kind, string Note, Citation Citation);

/// <summary>
/// The European Food Safety Authority's adult reference values for calcium, vitamin D and vitamin K, shown beside the IOM's
/// for European users. BoneBalance still sizes the plan to the IOM values (<see cref="DietaryReferenceIntakes"/>):
/// for adults the IOM calcium RDA (1,000–1,200 mg) is at or above EFSA's PRI (950 mg from 25, 1,000 mg at 18–24), the IOM
/// vitamin D RDA (15–20 µg) at or above EFSA's AI (15 µg), and the IOM vitamin K AI (90–120 µg, all forms) above EFSA's (70 µg,
/// K1 only), so the IOM targets never fall short of the European ones, and the IOM also sets the upper levels the plan
/// keeps to. Adults (18 or over) only; null otherwise.
/// </summary>
public static class EfsaReferenceValues
{
    /// <summary>EFSA 2015: calcium PRI for adults aged 25 or over, mg a day.</summary>
    public const double CalciumPriFrom25Milligrams = 950;

    /// <summary>EFSA 2015: calcium PRI for young adults aged 18 to 24, mg a day (still accruing bone).</summary>
    public const double CalciumPri18To24Milligrams = 1000;

    /// <summary>EFSA 2015: age from which the adult calcium PRI of 950 mg applies.</summary>
    public const int CalciumAdultFromAge = 25;

    /// <summary>EFSA 2016: vitamin D AI for adults, including pregnancy and lactation, µg a day.</summary>
    public const double VitaminDAiMicrograms = 15;

    /// <summary>EFSA 2017: vitamin K (phylloquinone) AI for adults, including pregnancy and lactation, µg a day.</summary>
    public const double VitaminKAiMicrograms = 70;

    /// <summary>Adults are 18 or over for these values.</summary>
    public const int AdultFromAge = 18;

    /// <summary>The EFSA value for <paramref name="nutrient"/> at <paramref name="ageYears"/>, or null for a nutrient EFSA
    /// sets no value for here (K2 subtypes) or under 18.</summary>
    public static EfsaReferenceValue? For(IntakeNutrient nutrient, int ageYears)
    {
        if (ageYears < AdultFromAge)
        {
            return null;
        }

        return nutrient switch
        {
            IntakeNutrient.Calcium => new(
                nutrient,
                NutrientAmount.FromMilligrams(ageYears >= CalciumAdultFromAge ? CalciumPriFrom25Milligrams : CalciumPri18To24Milligrams),
                "PRI", string.Empty, DietaryReferenceSources.Efsa2015Calcium),
            IntakeNutrient.VitaminD => new(nutrient, NutrientAmount.FromMicrograms(VitaminDAiMicrograms), "AI", string.Empty, DietaryReferenceSources.Efsa2016VitaminD),
            IntakeNutrient.VitaminKTotal => new(nutrient, NutrientAmount.FromMicrograms(VitaminKAiMicrograms), "AI", "K1 only", DietaryReferenceSources.Efsa2017VitaminK),
            _ => null,
        };
    }
}
