namespace BoneBalance.Fhir.Bulk;

/// <summary>
/// One copy of each repeated string the bulk reader keeps (code systems, codes, displays, units, statuses): millions of
/// patients share a few thousand of them. One pool per parsing thread, so no lock; capped, so a file of unique strings
/// cannot grow it without bound (past the cap strings are simply not shared).
/// </summary>
internal sealed class StringPool
{
    /// <summary>Most strings one pool holds.</summary>
    public const int Capacity = 200_000;

    private readonly Dictionary<string, string> _strings = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public StringPool() => _lookup = _strings.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The pooled copy of <paramref name="chars"/>.</summary>
    public string Get(ReadOnlySpan<char> chars)
    {
        if (_lookup.TryGetValue(chars, out var found))
        {
            return found;
        }

        var text = chars.ToString();
        if (_strings.Count < Capacity)
        {
            _strings[text] = text;
        }

        return text;
    }
}
