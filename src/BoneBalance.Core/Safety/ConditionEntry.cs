using BoneBalance.Core.People;

namespace BoneBalance.Core.Safety;

/// <summary>
/// One condition the safety catalogue knows (a row of <c>data/safety/conditions.csv</c>).
/// </summary>
/// <param name="Name">The preferred name, lower case.</param>
/// <param name="Class">What it is for the rules.</param>
/// <param name="Synonyms">Other names (e.g. <c>celiac disease</c>, <c>kidney stones</c>).</param>
/// <param name="SnomedCodes">SNOMED CT concept identifiers.</param>
/// <param name="Icd10Codes">ICD-10 codes; a code given for a condition matches when it starts with one of these
/// (<c>N18</c> matches <c>N18.4</c>).</param>
/// <param name="QFractureFactor">The QFracture-2012 risk factor the condition is (e.g. rheumatoid arthritis is
/// <see cref="RiskFactors.RaOrSle"/>), so a coded condition counts in the risk even when the factor was not ticked;
/// <see cref="RiskFactors.None"/> when it is none.</param>
public sealed record ConditionEntry(
    string Name,
    ConditionClass Class,
    IReadOnlyList<string> Synonyms,
    IReadOnlyList<string> SnomedCodes,
    IReadOnlyList<string> Icd10Codes,
    RiskFactors QFractureFactor = RiskFactors.None)
{
    /// <summary>Its interaction with calcium, vitamin D, vitamin K or bone, in a few words, or
    /// <see cref="MedicationEntry.NoKnownInteraction"/>; empty when not stated.</summary>
    public string Interaction { get; init; } = string.Empty;
}
