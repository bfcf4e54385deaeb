namespace BoneBalance.Data.Persistence;

/// <summary>
/// An assessment the person kept: the input it was computed from and the result, both as JSON text, so a later
/// version of BoneBalance can show what was said then and recompute it now.
/// </summary>
public sealed class SavedAssessment : OwnedRow
{
    /// <summary>The assessment input (profile document and diary) as JSON.</summary>
    public string InputJson { get; set; } = "{}";

    /// <summary>The assessment result as JSON.</summary>
    public string ResultJson { get; set; } = "{}";
}
