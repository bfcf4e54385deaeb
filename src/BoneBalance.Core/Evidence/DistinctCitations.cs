namespace BoneBalance.Core.Evidence;

/// <summary>Citations each once, in the order first given, compared by value as the record defines it.</summary>
internal static class DistinctCitations
{
    /// <summary>The distinct citations of <paramref name="citations"/>, first occurrence kept.</summary>
    public static Citation[] Of(IEnumerable<Citation> citations) => [.. citations.Distinct(CheapHash.Instance)];

    // Record equality, but a hash of the year and the lengths only: equal citations still hash alike, and the record's
    // own hash reads every character of every long title and author list (done for every recommendation).
    private sealed class CheapHash : IEqualityComparer<Citation>
    {
        public static readonly CheapHash Instance = new();

        public bool Equals(Citation? x, Citation? y) => ReferenceEquals(x, y) || (x is not null && x.Equals(y));

        public int GetHashCode(Citation obj) =>
            HashCode.Combine(obj.Year, obj.Authors.Length, obj.Title.Length, obj.Source.Length, obj.Url?.Length ?? -1);
    }
}
