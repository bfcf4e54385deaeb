namespace BoneBalance.Reporting.Pdf;

/// <summary>
/// Breaks a paragraph into lines no wider than a width, at spaces; a word longer than a whole line is cut at the
/// character where it overflows. Existing line breaks are kept. Pure: the width of a text comes from the caller.
/// </summary>
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

                line = word;
                while (line.Length > 1 && measure(line) > width)
                {
                    var fits = 1;
                    while (fits < line.Length && measure(line[..(fits + 1)]) <= width)
                    {
                        fits++;
                    }

                    lines.Add(line[..fits]);
                    line = line[fits..];
                }
            }

            lines.Add(line);
        }

        return lines;
    }
}
