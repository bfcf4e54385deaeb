using BoneBalance.Core.People;

namespace BoneBalance.Core.Safety;

/// <summary>
/// Medications and conditions with the catalogue entries each is identified as, worked out once: identifying by name is
/// the costliest part of the safety rules, and one assessment checks the same person's medications three times (its
/// facts, the current supplements, the plan).
/// </summary>
/// <param name="MedicationList">The medications identified (the list instance itself, so a check can tell it is the one
/// it is given).</param>
/// <param name="ConditionList">The conditions identified.</param>
/// <param name="Medications">Each medication with its entries, in the order given.</param>
/// <param name="Conditions">Each condition with its entries, in the order given.</param>
internal sealed record IdentifiedNames(
    IReadOnlyList<Medication> MedicationList,
    IReadOnlyList<Condition> ConditionList,
    IReadOnlyList<(Medication Medication, IReadOnlyList<MedicationEntry> Entries)> Medications,
    IReadOnlyList<(Condition Condition, IReadOnlyList<ConditionEntry> Entries)> Conditions)
{
    /// <summary>Identifies every medication and condition with the catalogue.</summary>
    public static IdentifiedNames Of(SafetyCatalogue catalogue, IReadOnlyList<Medication> medications, IReadOnlyList<Condition> conditions)
    {
        var m = new (Medication, IReadOnlyList<MedicationEntry>)[medications.Count];
        for (var i = 0; i < m.Length; i++)
        {
            m[i] = (medications[i], catalogue.Identify(medications[i]));
        }

        var c = new (Condition, IReadOnlyList<ConditionEntry>)[conditions.Count];
        for (var i = 0; i < c.Length; i++)
        {
            c[i] = (conditions[i], catalogue.Identify(conditions[i]));
        }

        return new(medications, conditions, m, c);
    }

    /// <summary>Every current medication (not <see cref="Medication.Stopped"/>) with each of its entries and its description
    /// ("Coumadin (warfarin)" or "warfarin"), in the order given: what the rules filter by drug class, described once rather
    /// than on every filter.</summary>
    public (Medication Medication, MedicationEntry Entry, string Description)[] Taken { get; } =
        [.. Medications.Where(m => !m.Medication.Stopped).SelectMany(m => m.Entries.Select(e => (m.Medication, e, Describe(m.Medication, e))))];

    /// <summary>Every stopped medication with each of its entries and its description, in the order given: only the
    /// treatment-history rules read them.</summary>
    public (Medication Medication, MedicationEntry Entry, string Description)[] Stopped { get; } =
        [.. Medications.Where(m => m.Medication.Stopped).SelectMany(m => m.Entries.Select(e => (m.Medication, e, Describe(m.Medication, e))))];

    /// <summary>Every condition with each of its entries, in the order given.</summary>
    public (Condition Condition, ConditionEntry Entry)[] Had { get; } =
        [.. Conditions.SelectMany(c => c.Entries.Select(e => (c.Condition, e)))];

    /// <summary>True when these are the identifications of exactly these lists.</summary>
    public bool Of(IReadOnlyList<Medication> medications, IReadOnlyList<Condition> conditions) =>
        ReferenceEquals(medications, MedicationList) && ReferenceEquals(conditions, ConditionList);

    private static string Describe(Medication m, MedicationEntry e) =>
        NameMatcher<MedicationEntry>.SameWords(m.Name, e.Generic) ? e.Generic : $"{m.Name} ({e.Generic})";
}
