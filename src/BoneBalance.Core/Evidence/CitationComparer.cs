namespace BoneBalance.Core.Evidence;

/// <summary>
/// Value equality of citations as the record defines it (the same instance first, then field by field), with a hash of
/// the year and the lengths only: equal citations still hash alike, and the record's own hash reads every character of
/// every long title and author list (done for every recommendation and every written document).
/// </summary>
internal sealed class CitationComparer : IEqualityComparer<Citation>
{
    /// <summary>The one instance.</summary>
    public static readonly CitationComparer Instance = new();

    private CitationComparer()
    {
    }

    /// <inheritdoc/>
    public bool Equals(Citation? x, Citation? y) => ReferenceEquals(x, y) || (x is not null && x.Equals(y));

    /// <inheritdoc/>
    public int GetHashCode(Citation obj) =>
        HashCode.Combine(obj.Year, obj.Authors.Length, obj.Title.Length, obj.Source.Length, obj.Url?.Length ?? -1);
}
