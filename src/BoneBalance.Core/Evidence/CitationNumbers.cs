namespace BoneBalance.Core.Evidence;

/// <summary>
/// A numbered list of sources: citation <c>n</c> is <see cref="Citations"/>[n − 1], and a text cites it by that number.
/// Every report of an assessment (CLI text, web pages, PDF) numbers its sources with one of these, made by
/// <see cref="Guidance.AssessmentCitations.Numbered"/>, so a number means the same source in each and in the JSON
/// document's <c>sources</c> array (numbered from 1).
/// </summary>
public sealed class CitationNumbers
{
    private readonly Dictionary<Citation, int> _numbers;

    /// <summary>Numbers <paramref name="citations"/> from 1 in list order; a citation equal to an earlier one keeps the
    /// earlier one's number.</summary>
    public CitationNumbers(IReadOnlyList<Citation> citations)
    {
        ArgumentNullException.ThrowIfNull(citations);
        Citations = citations;
        _numbers = new Dictionary<Citation, int>(citations.Count, CitationComparer.Instance);
        for (var i = 0; i < citations.Count; i++)
        {
            _numbers.TryAdd(citations[i], i + 1);
        }
    }

    /// <summary>The sources, in number order (number = index + 1).</summary>
    public IReadOnlyList<Citation> Citations { get; }

    /// <summary>The number of <paramref name="citation"/> (equal by value), or 0 when it is not in the list.</summary>
    public int NumberOf(Citation citation) => _numbers.GetValueOrDefault(citation);

    /// <summary>The numbers of <paramref name="citations"/>, each once, ascending; citations not in the list are left
    /// out.</summary>
    public IReadOnlyList<int> Numbers(IEnumerable<Citation> citations)
    {
        ArgumentNullException.ThrowIfNull(citations);
        var numbers = new SortedSet<int>();
        foreach (var citation in citations)
        {
            if (NumberOf(citation) is > 0 and var n)
            {
                numbers.Add(n);
            }
        }

        return [.. numbers];
    }

    /// <summary>The citations as a marker, e.g. <c>[1, 4]</c>; empty when none of them is in the list.</summary>
    public string Marker(IEnumerable<Citation> citations)
    {
        var numbers = Numbers(citations);
        return numbers.Count == 0 ? string.Empty : $"[{string.Join(", ", numbers)}]";
    }
}
