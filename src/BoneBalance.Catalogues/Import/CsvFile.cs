using System.Text;

namespace BoneBalance.Data.Import;

/// <summary>
/// Reads the small hand-written CSV files shipped in <c>data/nutrition/</c> and <c>data/safety/</c>, a line at a time as
/// strings (RFC 4180 quoting with <c>"</c>, doubled quotes inside quoted fields; a record never spans lines), and reports
/// a malformed line as a <see cref="DataFileFormatException"/> naming the file and line. The CLI's input files are read
/// by BoneBalance.Screening's <c>Utf8CsvReader</c> instead, which this project does not reference.
/// </summary>
internal static class CsvFile
{
    /// <summary>Splits one line into its fields.</summary>
    public static string[] Split(string file, int line, string text)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var i = 0;
        while (true)
        {
            field.Clear();
            if (i < text.Length && text[i] == '"')
            {
                i++;
                while (true)
                {
                    if (i >= text.Length)
                    {
                        throw new DataFileFormatException(file, line, $"quoted field {fields.Count + 1} never closes");
                    }

                    if (text[i] == '"')
                    {
                        if (i + 1 < text.Length && text[i + 1] == '"')
                        {
                            field.Append('"');
                            i += 2;
                            continue;
                        }

                        i++;
                        break;
                    }

                    field.Append(text[i++]);
                }

                if (i < text.Length && text[i] != ',')
                {
                    throw new DataFileFormatException(file, line, $"text after the closing quote of field {fields.Count + 1}");
                }
            }
            else
            {
                var end = text.IndexOf(',', i);
                field.Append(end < 0 ? text.AsSpan(i) : text.AsSpan(i, end - i));
                i = end < 0 ? text.Length : end;
            }

            fields.Add(field.ToString());
            if (i >= text.Length)
            {
                return [.. fields];
            }

            i++; // the comma
        }
    }

    /// <summary>Reads all records after checking the header.</summary>
    public static IEnumerable<(int Line, string[] Fields)> Read(string file, Stream stream, params string[] header)
    {
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var first = reader.ReadLine();
        if (first is null || !Split(file, 1, first).SequenceEqual(header))
        {
            throw new DataFileFormatException(file, 1, $"header must be {string.Join(',', header)}");
        }

        var number = 1;
        while (reader.ReadLine() is { } text)
        {
            number++;
            if (text.Length == 0)
            {
                continue;
            }

            var fields = Split(file, number, text);
            if (fields.Length != header.Length)
            {
                throw new DataFileFormatException(file, number, $"expected {header.Length} comma-separated fields, found {fields.Length}");
            }

            yield return (number, fields);
        }
    }
}
