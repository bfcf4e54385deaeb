using BoneBalance.Core.Validation;

namespace BoneBalance.Core.People;

/// <summary>
/// Smoking in QFracture's five levels (ClinRisk <c>smoke_cat</c>; the numeric value is that code).
/// QResearch definitions: light 1–9, moderate 10–19, heavy ≥ 20 cigarettes a day.
/// </summary>
public enum SmokingStatus
{
    /// <summary>Never smoked (smoke_cat 0).</summary>
    Never = 0,

    /// <summary>Ex-smoker (smoke_cat 1).</summary>
    Former = 1,

    /// <summary>Light smoker, 1–9 cigarettes a day (smoke_cat 2).</summary>
    Light = 2,

    /// <summary>Moderate smoker, 10–19 a day (smoke_cat 3).</summary>
    Moderate = 3,

    /// <summary>Heavy smoker, 20 or more a day (smoke_cat 4).</summary>
    Heavy = 4,
}

/// <summary>Tokens for <see cref="SmokingStatus"/>.</summary>
public static class SmokingStatusTokens
{
    /// <summary>The token table.</summary>
    public static TokenTable<SmokingStatus> Table { get; } = new(
        ("never", SmokingStatus.Never),
        ("former", SmokingStatus.Former),
        ("light", SmokingStatus.Light),
        ("moderate", SmokingStatus.Moderate),
        ("heavy", SmokingStatus.Heavy),
        ("non_smoker", SmokingStatus.Never),
        ("ex_smoker", SmokingStatus.Former));
}
