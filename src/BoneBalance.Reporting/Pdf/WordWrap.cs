namespace BoneBalance.Reporting.Pdf;

/// <summary>
/// Breaks a paragraph into lines no wider than a width, at spaces; a word longer than a whole line is cut at the
/// character where it overflows. Existing line breaks are kept. Pure: the width of a text comes from the caller.
/// </summary>
/// <remarks>
/// Linear in the length of the text: each word is measured at most twice whole (with the line before it, and alone), and a
/// word wider than a line is cut by measuring pieces that grow one character at a time up to the width, never the rest
/// of the word. Measuring a 250,000-character word whole at every cut
/// made the report's cost grow with the square of its longest word.
/// </remarks>
internal static class WordWrap
{
    /// <summary>The lines of <paramref name="text"/> within <paramref name="width"/>, as measured by <paramref name="measure"/>.</summary>
    internal static IReadOnlyList<string> Lines(string text, double width, Func<string, double> measure)
    {
        var lines = new List<string>();
        foreach (var paragraph in text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
        {
            var line = string.Empty;
            foreach (var word in paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var candidate = line.Length == 0 ? word : line + " " + word;
                if (measure(candidate) <= width)
                {
                    line = candidate;
                    continue;
                }

                if (line.Length > 0)
                {
                    lines.Add(line);
                }

                if (measure(word) <= width)
                {
                    line = word;
                    continue;
                }

                // A word wider than a line: cut it into the longest pieces that fit (at least one character each).
                var start = 0;
                while (true)
                {
                    var end = start + 1;
                    while (end < word.Length && measure(word[start..(end + 1)]) <= width)
                    {
                        end++;
                    }

                    if (end == word.Length)
                    {
                        line = word[start..];
                        break;
                    }

                    lines.Add(word[start..end]);
                    start = end;
                }
            }

            lines.Add(line);
        }

        return lines;
    }
}
