namespace BoneBalance.Core.Texts;

/// <summary>
/// Parts written as an English list — "a", "a and b", "a, b and c" — the way the guidance and the safety rules name
/// several things in one sentence.
/// </summary>
internal static class EnglishList
{
    private const string Comma = ", ";
    private const string And = " and ";

    /// <summary>The parts joined with ", " and, before the last, " and "; empty for none.</summary>
    public static string Of(IEnumerable<string> parts)
    {
        // A list the caller already has is read as it is; the string is made in one piece, without the copies and the
        // intermediate joined string of string.Join + concatenation (these lists are built for every assessment).
        var list = parts as IReadOnlyList<string> ?? [.. parts];
        switch (list.Count)
        {
            case 0:
                return string.Empty;
            case 1:
                return list[0];
            case 2:
                return string.Concat(list[0], And, list[1]);
        }

        var length = And.Length + ((list.Count - 2) * Comma.Length);
        for (var i = 0; i < list.Count; i++)
        {
            length += list[i]?.Length ?? 0; // a null part reads as empty, as string.Join reads it
        }

        return string.Create(length, list, static (span, list) =>
        {
            var at = 0;
            for (var i = 0; i < list.Count; i++)
            {
                var separator = i == 0 ? string.Empty : i == list.Count - 1 ? And : Comma;
                separator.CopyTo(span[at..]);
                at += separator.Length;
                var part = list[i] ?? string.Empty;
                part.CopyTo(span[at..]);
                at += part.Length;
            }
        });
    }
}
