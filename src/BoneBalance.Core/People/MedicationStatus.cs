using BoneBalance.Core.Validation;

namespace BoneBalance.Core.People;

/// <summary>Whether a medication is taken now or was taken in the past.</summary>
public enum MedicationStatus
{
    /// <summary>Taken now (the default). Every safety rule reads current medications.</summary>
    Current,

    /// <summary>Taken in the past and stopped. Only the rules about osteoporosis treatment history read stopped
    /// medications (a stopped denosumab, a bisphosphonate pause, an anabolic course that ended); every other rule ignores them.</summary>
    Stopped,
}

/// <summary>Tokens for <see cref="MedicationStatus"/>: <c>current|stopped</c>.</summary>
public static class MedicationStatusTokens
{
    /// <summary>The token table.</summary>
    public static TokenTable<MedicationStatus> Table { get; } = new(
        ("current", MedicationStatus.Current),
        ("stopped", MedicationStatus.Stopped));
}
