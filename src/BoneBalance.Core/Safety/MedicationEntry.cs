namespace BoneBalance.Core.Safety;

/// <summary>
/// One medication the safety catalogue knows (a row of <c>data/safety/medications.csv</c>).
/// </summary>
/// <param name="Generic">The generic (INN) name, lower case, e.g. <c>warfarin</c>.</param>
/// <param name="Class">What it is for the rules.</param>
/// <param name="Names">Other names it goes by: brand names and synonyms (e.g. <c>coumadin</c>, <c>jantoven</c>).</param>
/// <param name="RxNormCodes">RxNorm concept identifiers (ingredient, and clinical drugs seen in real data).</param>
/// <param name="AtcCodes">WHO ATC codes.</param>
/// <param name="DoseEquivalentToPrednisolone5Mg">For glucocorticoids: the dose (mg) with the anti-inflammatory effect of
/// 5 mg prednisolone (BNF table; e.g. dexamethasone 0.75); null otherwise.</param>
public sealed record MedicationEntry(
    string Generic,
    DrugClass Class,
    IReadOnlyList<string> Names,
    IReadOnlyList<string> RxNormCodes,
    IReadOnlyList<string> AtcCodes,
    double? DoseEquivalentToPrednisolone5Mg = null)
{
    /// <summary>Its interaction with calcium, vitamin D, vitamin K or bone, in a few words, or "no known interaction with
    /// calcium, vitamin D or vitamin K" (<see cref="NoKnownInteraction"/>); empty when not stated.</summary>
    public string Interaction { get; init; } = string.Empty;

    /// <summary>The words a catalogue row uses when no interaction with calcium, vitamin D or vitamin K is known (its source
    /// column says what was checked).</summary>
    public const string NoKnownInteraction = "no known interaction with calcium, vitamin D or vitamin K";

    /// <summary>Milligrams of prednisolone equivalent to one milligram of this glucocorticoid, or null.</summary>
    public double? PrednisoloneEquivalentPerMilligram => DoseEquivalentToPrednisolone5Mg is { } d ? 5.0 / d : null;
}
