using System.Globalization;
using BoneBalance.Core.Measures;

namespace BoneBalance.Core.Guidance;

/// <summary>How the guidance writes amounts in its sentences (invariant culture, thousands separators).</summary>
internal static class Amounts
{
    public static string Milligrams(NutrientAmount amount) => Milligrams(amount.Milligrams);

    public static string Milligrams(double milligrams) => string.Format(CultureInfo.InvariantCulture, "{0:#,0} mg", milligrams);

    public static string VitaminD(NutrientAmount amount) =>
        string.Format(CultureInfo.InvariantCulture, "{0:#,0.#} µg ({1:#,0} IU)", amount.Micrograms, amount.VitaminDInternationalUnits);

    public static string Micrograms(NutrientAmount amount) => string.Format(CultureInfo.InvariantCulture, "{0:#,0.#} µg", amount.Micrograms);

    public static string Number(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    public static string Join(IEnumerable<string> parts)
    {
        var list = parts.ToList();
        return list.Count switch
        {
            0 => string.Empty,
            1 => list[0],
            _ => string.Join(", ", list.Take(list.Count - 1)) + " and " + list[^1],
        };
    }
}
