namespace BoneBalance.Data.Persistence;

/// <summary>
/// An assessment the person kept: the input it was computed from and the result, both as JSON, so a later version of
/// BoneBalance can show what was said then and recompute it now.
/// </summary>
public sealed class SavedAssessment : OwnedRow
{
    /// <summary>The assessment input (profile document and diary) as JSON.</summary>
    public string InputJson { get; set; } = "{}";

    /// <summary>
    /// The assessment result as UTF-8 JSON (a BLOB / <c>bytea</c>): the ~50 kB document is written once as UTF-8 for
    /// the response and stored as those same bytes, not turned into a 100 kB UTF-16 string and back (which cost the load
    /// benchmark ~0.2 ms of CPU and a large-object-heap allocation per stored assessment).
    /// </summary>
#pragma warning disable CA1819 // An entity's column: EF Core maps byte[] to a BLOB.
    public byte[] ResultJson { get; set; } = "{}"u8.ToArray();
#pragma warning restore CA1819
}
