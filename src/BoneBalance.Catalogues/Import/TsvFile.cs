using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace BoneBalance.Data.Import;

/// <summary>
/// The shipped compact tables: UTF-8, tab-separated, one header line, no quoting (values never contain tabs
/// or line breaks; the writer refuses them), optionally gzip-compressed (<c>.gz</c>).
/// </summary>
internal static class TsvFile
{
    /// <summary>Reads the rows of a table, checking the header names.</summary>
    public static IEnumerable<TsvLine> Read(string name, Stream stream, params string[] header)
    {
        using Stream input = name.EndsWith(".gz", StringComparison.Ordinal) ? new GZipStream(stream, CompressionMode.Decompress) : stream;
        using var reader = new StreamReader(input, Encoding.UTF8);
        var first = reader.ReadLine();
        if (first != string.Join('\t', header))
        {
            throw new DataFileFormatException(name, 1, $"header must be '{string.Join(' ', header)}' (tab-separated)");
        }

        var number = 1;
        while (reader.ReadLine() is { } text)
        {
            number++;
            var fields = text.Split('\t');
            if (fields.Length != header.Length)
            {
                throw new DataFileFormatException(name, number, $"expected {header.Length} tab-separated fields, found {fields.Length}");
            }

            yield return new TsvLine(name, number, fields);
        }
    }

    /// <summary>Writes a table.</summary>
    public static void Write(string path, IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows)
    {
        using var file = File.Create(path);
        using Stream output = path.EndsWith(".gz", StringComparison.Ordinal) ? new GZipStream(file, CompressionLevel.SmallestSize) : file;
        using var writer = new StreamWriter(output, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false)) { NewLine = "\n" };
        writer.WriteLine(string.Join('\t', header));
        foreach (var row in rows)
        {
            foreach (var field in row)
            {
                if (field.AsSpan().IndexOfAny('\t', '\n', '\r') >= 0)
                {
                    throw new InvalidOperationException($"{Path.GetFileName(path)}: value '{field}' contains a tab or line break.");
                }
            }

            writer.WriteLine(string.Join('\t', row));
        }
    }

    /// <summary>One row.</summary>
    internal readonly record struct TsvLine(string File, int LineNumber, string[] Fields)
    {
        /// <summary>A required field.</summary>
        public string Required(int index, string fieldName) =>
            Fields[index].Length > 0 ? Fields[index] : throw Error($"{fieldName} is empty");

        /// <summary>A finite non-negative number.</summary>
        public double Number(int index, string fieldName) =>
            double.TryParse(Fields[index], NumberStyles.Float, CultureInfo.InvariantCulture, out var n) && double.IsFinite(n) && n >= 0
                ? n
                : throw Error($"{fieldName} '{Fields[index]}' is not a finite number of at least 0");

        /// <summary>A whole number.</summary>
        public int Integer(int index, string fieldName) =>
            int.TryParse(Fields[index], NumberStyles.None, CultureInfo.InvariantCulture, out var n)
                ? n
                : throw Error($"{fieldName} '{Fields[index]}' is not a whole number");

        /// <summary>An error for this line.</summary>
        public DataFileFormatException Error(string problem) => new(File, LineNumber, problem);
    }
}
