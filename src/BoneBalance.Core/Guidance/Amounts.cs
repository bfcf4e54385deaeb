using System.Globalization;
using BoneBalance.Core.Measures;
using BoneBalance.Core.Nutrition;
using BoneBalance.Core.Safety;

namespace BoneBalance.Core.Guidance;

/// <summary>How the guidance writes amounts in its sentences (invariant culture, thousands separators).</summary>
/// <remarks>Interpolated into string.Create rather than string.Format: the same formats, without boxing the numbers
/// or parsing the composite format on every call (these run many times per assessment).</remarks>
internal static class Amounts
{
    public static string Milligrams(NutrientAmount amount) => Milligrams(amount.Milligrams);

    public static string Milligrams(double milligrams) => string.Create(CultureInfo.InvariantCulture, $"{milligrams:#,0} mg");

    public static string VitaminD(NutrientAmount amount) =>
        string.Create(CultureInfo.InvariantCulture, $"{amount.Micrograms:#,0.#} µg ({amount.VitaminDInternationalUnits:#,0} IU)");

    public static string Micrograms(NutrientAmount amount) => string.Create(CultureInfo.InvariantCulture, $"{amount.Micrograms:#,0.#} µg");

    /// <summary>A supplement in words, e.g. "vitamin K2 (MK-7) 180 µg a day" or "calcium carbonate 1,250 mg a day".</summary>
    public static string Describe(DailySupplement supplement) =>
        $"{Describe(supplement.Form)} {Dose(supplement.Dose, supplement.Unit)} a day";

    /// <summary>A supplement form in words.</summary>
    public static string Describe(SupplementForm form) => form switch
    {
        SupplementForm.VitaminD3 => "vitamin D3",
        SupplementForm.VitaminD2 => "vitamin D2",
        SupplementForm.CalciumElemental => "calcium",
        SupplementForm.CalciumCarbonate => "calcium carbonate",
        SupplementForm.CalciumCitrate => "calcium citrate",
        SupplementForm.CalciumLactate => "calcium lactate",
        SupplementForm.CalciumGluconate => "calcium gluconate",
        SupplementForm.CalciumPhosphate => "calcium phosphate",
        SupplementForm.VitaminK2Mk7 => SupplementDose.Describe(SupplementIngredient.Menaquinone7),
        SupplementForm.VitaminK2Mk4 => SupplementDose.Describe(SupplementIngredient.Menaquinone4),
        _ => SupplementDose.Describe(SupplementIngredient.VitaminK1),
    };

    /// <summary>A dose with its unit, e.g. "180 µg", "1,250 mg", "1,000 IU".</summary>
    public static string Dose(double dose, DoseUnit unit) => string.Create(CultureInfo.InvariantCulture, $"{dose:#,0.##} {unit switch
    {
        DoseUnit.Microgram => "µg",
        DoseUnit.Milligram => "mg",
        _ => "IU",
    }}");

    public static string Number(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    public static string Join(IEnumerable<string> parts) => Texts.EnglishList.Of(parts);
}
