namespace BoneBalance.Data.Persistence;

/// <summary>
/// An assessment the person kept: the input it was computed from and the result, so a later version of BoneBalance can
/// show what was said then and recompute it now. The two columns are written and read by
/// <c>BoneBalance.Data.Contracts.StoredAssessment</c> (<c>InputJson()</c>/<c>CompressedResult()</c>,
/// <c>FromRow</c>), which documents both forms.
/// </summary>
public sealed class SavedAssessment : OwnedRow
{
    /// <summary>
    /// The assessment input as JSON: <c>{"format": 2, "today", "profile"}</c>; rows kept before the format have no
    /// <c>format</c> and keep the web diary beside the profile.
    /// </summary>
    public string InputJson { get; set; } = "{}";

    /// <summary>
    /// The assessment result (a BLOB / <c>bytea</c>): for format 2 the UTF-8 JSON document Brotli-compressed (~60 kB
    /// of JSON, mostly repeated citations, keeps as ~12 kB);
    /// for the older rows the UTF-8 JSON itself. The column keeps its name: renaming it would change both databases'
    /// schema for no change of content type.
    /// </summary>
#pragma warning disable CA1819 // An entity's column: EF Core maps byte[] to a BLOB.
    public byte[] ResultJson { get; set; } = "{}"u8.ToArray();
#pragma warning restore CA1819
}
