using System.Globalization;
using BoneBalance.Core.Measures;
using BoneBalance.Core.Validation;

namespace BoneBalance.Core.Nutrition;

/// <summary>
/// One supplement dose taken on one day, already turned into the amount of the one <see cref="IntakeNutrient"/> it
/// adds to: K2 as MK-7 → <see cref="IntakeNutrient.LongChainMenaquinones"/>, K2 as MK-4 →
/// <see cref="IntakeNutrient.Menaquinone4"/>, K1 → <see cref="IntakeNutrient.VitaminK1"/>, D3/D2 →
/// <see cref="IntakeNutrient.VitaminD"/> (IU ÷ 40 via <see cref="NutrientAmount"/>), calcium forms →
/// <see cref="IntakeNutrient.Calcium"/> as elemental calcium (salt weight × <see cref="CalciumSalts"/> fraction).
/// </summary>
public sealed record SupplementEntry
{
    /// <summary>Largest single dose accepted, in the nutrient's own terms: 10 g of salt or elemental calcium,
    /// 100 mg of a vitamin K (MK-4 therapy is 45 mg a day), 1,250 µg (50,000 IU) of vitamin D — above these a dose is a
    /// unit mistake, not a supplement.</summary>
    private const double MaximumCalciumMilligrams = 10_000;
    private const double MaximumVitaminKMilligrams = 100;
    private const double MaximumVitaminDMicrograms = 1_250;

    private SupplementEntry(DateOnly date, SupplementForm form, double dose, DoseUnit unit, IntakeNutrient nutrient, NutrientAmount amount)
    {
        Date = date;
        Form = form;
        Dose = dose;
        Unit = unit;
        Nutrient = nutrient;
        Amount = amount;
    }

    /// <summary>The day it was taken.</summary>
    public DateOnly Date { get; }

    /// <summary>The product form.</summary>
    public SupplementForm Form { get; }

    /// <summary>The dose as written.</summary>
    public double Dose { get; }

    /// <summary>The unit as written.</summary>
    public DoseUnit Unit { get; }

    /// <summary>The intake nutrient it adds to.</summary>
    public IntakeNutrient Nutrient { get; }

    /// <summary>The amount it adds (elemental calcium for calcium salts).</summary>
    public NutrientAmount Amount { get; }

    /// <summary>The units accepted for a form: vitamin D µg|iu (also mg); vitamin K µg|mg; calcium mg (also µg).</summary>
    public static IReadOnlyList<DoseUnit> UnitsFor(SupplementForm form) => form switch
    {
        SupplementForm.VitaminD3 or SupplementForm.VitaminD2 => [DoseUnit.Microgram, DoseUnit.InternationalUnit, DoseUnit.Milligram],
        SupplementForm.VitaminK2Mk7 or SupplementForm.VitaminK2Mk4 or SupplementForm.VitaminK1 => [DoseUnit.Microgram, DoseUnit.Milligram],
        _ => [DoseUnit.Milligram, DoseUnit.Microgram],
    };

    /// <summary>
    /// Creates an entry. <paramref name="dose"/> is in <paramref name="unit"/>; for calcium salts it is the weight of
    /// the salt (e.g. 1250 mg calcium carbonate = 500 mg elemental calcium), for <see cref="SupplementForm.CalciumElemental"/>
    /// the elemental calcium.
    /// </summary>
    /// <exception cref="InvalidInputException">The form or unit is not defined, the unit does not fit the form (IU is
    /// for vitamin D only), or the dose is not finite, negative or implausibly large.</exception>
    public static SupplementEntry Create(DateOnly date, SupplementForm form, double dose, DoseUnit unit)
    {
        if (!Enum.IsDefined(form))
        {
            throw new InvalidInputException("supplement", form.ToString(), SupplementTokens.Forms.ValidValues);
        }

        var units = UnitsFor(form);
        if (!units.Contains(unit))
        {
            var shown = Enum.IsDefined(unit) ? SupplementTokens.Units.ToToken(unit) : unit.ToString();
            throw new InvalidInputException("unit", shown, $"{string.Join("|", units.Select(SupplementTokens.Units.ToToken))} for {SupplementTokens.Forms.ToToken(form)}");
        }

        var given = unit switch
        {
            DoseUnit.Microgram => NutrientAmount.FromMicrograms(dose, "dose"),
            DoseUnit.Milligram => NutrientAmount.FromMilligrams(dose, "dose"),
            _ => NutrientAmount.FromVitaminDInternationalUnits(dose, "dose"),
        };

        var (nutrient, amount, maximum) = form switch
        {
            SupplementForm.VitaminK2Mk7 => (IntakeNutrient.LongChainMenaquinones, given, NutrientAmount.FromMilligrams(MaximumVitaminKMilligrams)),
            SupplementForm.VitaminK2Mk4 => (IntakeNutrient.Menaquinone4, given, NutrientAmount.FromMilligrams(MaximumVitaminKMilligrams)),
            SupplementForm.VitaminK1 => (IntakeNutrient.VitaminK1, given, NutrientAmount.FromMilligrams(MaximumVitaminKMilligrams)),
            SupplementForm.VitaminD3 or SupplementForm.VitaminD2 => (IntakeNutrient.VitaminD, given, NutrientAmount.FromMicrograms(MaximumVitaminDMicrograms)),
            _ => (IntakeNutrient.Calcium, given * CalciumSalts.ElementalFraction(form)!.Value, NutrientAmount.FromMilligrams(MaximumCalciumMilligrams)),
        };

        var limit = nutrient == IntakeNutrient.Calcium ? given : amount;
        if (limit > maximum)
        {
            var range = unit switch
            {
                DoseUnit.Microgram => $"0 to {maximum.Micrograms.ToString(CultureInfo.InvariantCulture)} ug",
                DoseUnit.Milligram => $"0 to {maximum.Milligrams.ToString(CultureInfo.InvariantCulture)} mg",
                _ => $"0 to {maximum.VitaminDInternationalUnits.ToString(CultureInfo.InvariantCulture)} iu",
            };
            throw new InvalidInputException("dose", dose.ToString("R", CultureInfo.InvariantCulture), $"{range} for {SupplementTokens.Forms.ToToken(form)}");
        }

        return new(date, form, dose, unit, nutrient, amount);
    }
}
