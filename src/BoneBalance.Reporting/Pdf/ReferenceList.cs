using BoneBalance.Core.Evidence;

namespace BoneBalance.Reporting.Pdf;

/// <summary>
/// The report's numbered references: a citation gets a number the first time the text cites it, the same citation
/// (equal by value) keeps its number, and the list is printed in number order at the end.
/// </summary>
internal sealed class ReferenceList
{
    private readonly Dictionary<Citation, int> _numbers = [];
    private readonly List<Citation> _ordered = [];

    /// <summary>The citations in number order (number = index + 1).</summary>
    public IReadOnlyList<Citation> Ordered => _ordered;

    /// <summary>The citation's number, assigning the next one on first use.</summary>
    public int Number(Citation citation)
    {
        if (!_numbers.TryGetValue(citation, out var number))
        {
            _ordered.Add(citation);
            number = _ordered.Count;
            _numbers[citation] = number;
        }

        return number;
    }

    /// <summary>The citations as a marker, e.g. <c>[1, 4]</c>; empty for none.</summary>
    public string Cite(IEnumerable<Citation> citations)
    {
        var numbers = citations.Select(Number).Distinct().Order().ToList();
        return numbers.Count == 0 ? string.Empty : $"[{string.Join(", ", numbers)}]";
    }
}
