using BoneBalance.Core.Validation;

namespace BoneBalance.Core.People;

/// <summary>The mass unit a medication's daily dose is given in.</summary>
public enum MedicationDoseUnit
{
    /// <summary>Milligrams (mg).</summary>
    Milligram,

    /// <summary>Micrograms (µg).</summary>
    Microgram,

    /// <summary>Grams (g).</summary>
    Gram,
}

/// <summary>Tokens for <see cref="MedicationDoseUnit"/>: <c>mg|ug|g</c> (also <c>µg</c>, <c>mcg</c>).</summary>
public static class MedicationDoseUnitTokens
{
    /// <summary>The token table.</summary>
    public static TokenTable<MedicationDoseUnit> Table { get; } = new(
        ("mg", MedicationDoseUnit.Milligram),
        ("ug", MedicationDoseUnit.Microgram),
        ("g", MedicationDoseUnit.Gram),
        ("µg", MedicationDoseUnit.Microgram),
        ("mcg", MedicationDoseUnit.Microgram));
}
