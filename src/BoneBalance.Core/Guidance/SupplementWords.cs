using BoneBalance.Core.Nutrition;

namespace BoneBalance.Core.Guidance;

/// <summary>
/// Supplements in words for people, as every host writes them: "vitamin K2 (MK-7) 180 µg", "calcium carbonate",
/// "1,000 IU" — never the input tokens (<c>k2-mk7</c>, <c>ug</c>). The one place this wording lives (the guidance's
/// own sentences use it too).
/// </summary>
public static class SupplementWords
{
    /// <summary>A supplement form in words, e.g. "vitamin K2 (MK-7)", "vitamin D3", "calcium carbonate".</summary>
    public static string Form(SupplementForm form) => Amounts.Describe(form);

    /// <summary>A dose with its unit, e.g. "180 µg", "1,250 mg", "1,000 IU".</summary>
    public static string Dose(double dose, DoseUnit unit) => Amounts.Dose(dose, unit);
}
