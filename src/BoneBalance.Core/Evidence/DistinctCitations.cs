namespace BoneBalance.Core.Evidence;

/// <summary>Citations each once, in the order first given, compared by value as the record defines it.</summary>
internal static class DistinctCitations
{
    /// <summary>The distinct citations of <paramref name="citations"/>, first occurrence kept.</summary>
    public static Citation[] Of(IEnumerable<Citation> citations) => [.. citations.Distinct(CitationComparer.Instance)];
}

/// <summary>Citations in the order first added, each once (by value, as a record compares).</summary>
/// <param name="capacity">How many citations are expected (a whole assessment has about 25 to 30), so neither the set
/// nor the list grows while they are added.</param>
internal sealed class CitationSet(int capacity)
{
    private readonly HashSet<Citation> _seen = new(capacity, CitationComparer.Instance);

    /// <summary>The citations added, each once, in the order first added.</summary>
    public List<Citation> List { get; } = new(capacity);

    /// <summary>Adds the citation unless an equal one is already in.</summary>
    public void Add(Citation citation)
    {
        if (_seen.Add(citation))
        {
            List.Add(citation);
        }
    }

    /// <summary>Adds each citation unless an equal one is already in.</summary>
    public void AddRange(IReadOnlyList<Citation> citations)
    {
        for (var i = 0; i < citations.Count; i++)
        {
            Add(citations[i]);
        }
    }
}
