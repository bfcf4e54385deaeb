namespace BoneBalance.Data.Search;

/// <summary>
/// How names and queries are cut into words for search: lower case, Latin-1 accents folded (crème → creme,
/// the SR28 text is ISO-8859-1), split at anything that is not a letter or digit.
/// </summary>
internal static class SearchText
{
    /// <summary>The words of <paramref name="text"/>, normalised.</summary>
    public static List<string> Words(string? text)
    {
        var words = new List<string>();
        if (string.IsNullOrEmpty(text))
        {
            return words;
        }

        Span<char> buffer = stackalloc char[Math.Min(text.Length, 256)];
        var length = 0;
        foreach (var raw in text)
        {
            var c = Fold(raw);
            if (char.IsLetterOrDigit(c) && length < buffer.Length)
            {
                buffer[length++] = c;
            }
            else if (length > 0)
            {
                words.Add(new string(buffer[..length]));
                length = 0;
            }
        }

        if (length > 0)
        {
            words.Add(new string(buffer[..length]));
        }

        return words;
    }

    private static char Fold(char c) => char.ToLowerInvariant(c) switch
    {
        'à' or 'á' or 'â' or 'ã' or 'ä' or 'å' => 'a',
        'ç' => 'c',
        'è' or 'é' or 'ê' or 'ë' => 'e',
        'ì' or 'í' or 'î' or 'ï' => 'i',
        'ñ' => 'n',
        'ò' or 'ó' or 'ô' or 'õ' or 'ö' or 'ø' => 'o',
        'ù' or 'ú' or 'û' or 'ü' => 'u',
        'ý' or 'ÿ' => 'y',
        var other => other,
    };

    /// <summary>
    /// Optimal-string-alignment edit distance (insert, delete, substitute, swap adjacent), or
    /// <paramref name="limit"/> + 1 as soon as it is certain to exceed <paramref name="limit"/>.
    /// </summary>
    public static int Distance(string a, string b, int limit)
    {
        if (Math.Abs(a.Length - b.Length) > limit)
        {
            return limit + 1;
        }

        Span<int> previous2 = stackalloc int[b.Length + 1];
        Span<int> previous = stackalloc int[b.Length + 1];
        Span<int> current = stackalloc int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var rowMin = current[0];
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var value = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    value = Math.Min(value, previous2[j - 2] + 1);
                }

                current[j] = value;
                rowMin = Math.Min(rowMin, value);
            }

            if (rowMin > limit)
            {
                return limit + 1;
            }

            var spare = previous2;
            previous2 = previous;
            previous = current;
            current = spare;
        }

        return Math.Min(previous[b.Length], limit + 1);
    }
}
