using System.Globalization;
using System.Text;

namespace BoneBalance.Data.Import;

/// <summary>
/// Reads the SR28 ASCII table format: ISO-8859-1, fields separated by <c>^</c>, text fields wrapped in <c>~</c>,
/// an empty field meaning missing data; lines end in CRLF, and WEIGHT.txt may also use a bare CR (StreamReader
/// treats CR, LF and CRLF all as line ends). Every problem is reported with the file name and line number.
/// </summary>
internal sealed class CaretFile
{
    private static readonly Encoding Latin1 = Encoding.Latin1;

    private CaretFile(string name) => Name = name;

    /// <summary>The file name used in error messages.</summary>
    public string Name { get; }

    /// <summary>Reads every line as exactly <paramref name="fieldCount"/> fields (quotes removed).</summary>
    public static IEnumerable<CaretLine> Read(string name, Stream stream, int fieldCount)
    {
        var file = new CaretFile(name);
        using var reader = new StreamReader(stream, Latin1, detectEncodingFromByteOrderMarks: false);
        var number = 0;
        while (reader.ReadLine() is { } text)
        {
            number++;
            if (text.Length == 0)
            {
                continue;
            }

            yield return new CaretLine(file, number, Split(name, number, text, fieldCount));
        }
    }

    private static string[] Split(string file, int line, string text, int fieldCount)
    {
        var fields = new List<string>(fieldCount);
        var i = 0;
        while (true)
        {
            if (i < text.Length && text[i] == '~')
            {
                var close = text.IndexOf('~', i + 1);
                if (close < 0)
                {
                    throw new DataFileFormatException(file, line, $"text field {fields.Count + 1} opens with '~' but never closes");
                }

                fields.Add(text[(i + 1)..close]);
                i = close + 1;
                if (i < text.Length && text[i] != '^')
                {
                    throw new DataFileFormatException(file, line, $"text after the closing '~' of field {fields.Count}");
                }
            }
            else
            {
                var end = text.IndexOf('^', i);
                var raw = end < 0 ? text[i..] : text[i..end];
                if (raw.Contains('~', StringComparison.Ordinal))
                {
                    throw new DataFileFormatException(file, line, $"stray '~' in field {fields.Count + 1}");
                }

                fields.Add(raw);
                i = end < 0 ? text.Length : end;
            }

            if (i >= text.Length)
            {
                break;
            }

            i++; // skip '^'
            if (i == text.Length)
            {
                fields.Add(string.Empty);
                break;
            }
        }

        if (fields.Count != fieldCount)
        {
            throw new DataFileFormatException(file, line, $"expected {fieldCount} '^'-separated fields, found {fields.Count}");
        }

        return [.. fields];
    }

    /// <summary>One parsed line.</summary>
    internal readonly record struct CaretLine(CaretFile File, int LineNumber, string[] Fields)
    {
        /// <summary>Field <paramref name="index"/> (0-based) as text; empty when missing.</summary>
        public string Text(int index) => Fields[index];

        /// <summary>A required field.</summary>
        public string Required(int index, string fieldName) =>
            Fields[index].Length > 0 ? Fields[index] : throw Error($"{fieldName} is empty");

        /// <summary>A 5-digit NDB number.</summary>
        public string Ndb(int index)
        {
            var value = Fields[index];
            if (value.Length != 5 || !value.All(char.IsAsciiDigit))
            {
                throw Error($"NDB_No '{value}' is not a 5-digit number");
            }

            return value;
        }

        /// <summary>A required finite, non-negative number.</summary>
        public double Number(int index, string fieldName)
        {
            var value = Fields[index];
            if (!double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number)
                || !double.IsFinite(number) || number < 0)
            {
                throw Error($"{fieldName} '{value}' is not a finite number of at least 0");
            }

            return number;
        }

        /// <summary>An error for this line.</summary>
        public DataFileFormatException Error(string problem) => new(File.Name, LineNumber, problem);
    }
}
