using BoneBalance.Core.Validation;

namespace BoneBalance.Core.People;

/// <summary>
/// Alcohol intake in QFracture's six levels, in UK units (8 g of alcohol) per day
/// (ClinRisk <c>alcohol_cat6</c>; the numeric value is that code).
/// </summary>
public enum AlcoholIntake
{
    /// <summary>None (alcohol_cat6 0).</summary>
    None = 0,

    /// <summary>Trivial, under 1 unit a day (alcohol_cat6 1).</summary>
    Trivial = 1,

    /// <summary>Light, 1–2 units a day (alcohol_cat6 2).</summary>
    Light = 2,

    /// <summary>Moderate, 3–6 units a day (alcohol_cat6 3).</summary>
    Moderate = 3,

    /// <summary>Heavy, 7–9 units a day (alcohol_cat6 4).</summary>
    Heavy = 4,

    /// <summary>Very heavy, more than 9 units a day (alcohol_cat6 5).</summary>
    VeryHeavy = 5,
}

/// <summary>Tokens for <see cref="AlcoholIntake"/>.</summary>
public static class AlcoholIntakeTokens
{
    /// <summary>The token table.</summary>
    public static TokenTable<AlcoholIntake> Table { get; } = new(
        ("none", AlcoholIntake.None),
        ("trivial", AlcoholIntake.Trivial),
        ("light", AlcoholIntake.Light),
        ("moderate", AlcoholIntake.Moderate),
        ("heavy", AlcoholIntake.Heavy),
        ("very_heavy", AlcoholIntake.VeryHeavy));
}
