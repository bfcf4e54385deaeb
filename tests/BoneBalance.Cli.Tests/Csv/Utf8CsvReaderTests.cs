using System.Text;
using BoneBalance.Cli.Csv;
using FsCheck.Xunit;

namespace BoneBalance.Cli.Tests.Csv;

public class Utf8CsvReaderTests
{
    private static List<(long Line, string[] Fields)> ReadAll(string text, int bufferSize = 1 << 20)
    {
        using var reader = new Utf8CsvReader(new MemoryStream(Encoding.UTF8.GetBytes(text)), bufferSize);
        var records = new List<(long, string[])>();
        while (reader.Read())
        {
            var fields = new string[reader.FieldCount];
            for (var i = 0; i < fields.Length; i++)
            {
                fields[i] = Encoding.UTF8.GetString(reader[i]);
            }

            records.Add((reader.LineNumber, fields));
        }

        return records;
    }

    [Fact]
    public void Splits_plain_records_with_lf_and_crlf()
    {
        var r = ReadAll("a,b,c\r\n1,,3\n4,5,6");
        Assert.Equal([1L, 2L, 3L], r.Select(x => x.Line));
        Assert.Equal(["a|b|c", "1||3", "4|5|6"], r.Select(x => string.Join("|", x.Fields)));
    }

    [Fact]
    public void Quoted_fields_hold_commas_quotes_and_line_breaks_and_line_numbers_stay_right()
    {
        var r = ReadAll("id,name\n\"a,1\",\"say \"\"hi\"\"\"\n\"multi\nline\",x\nlast,y\n");
        Assert.Equal(new[] { "a,1", "say \"hi\"" }, r[1].Fields);
        Assert.Equal(new[] { "multi\nline", "x" }, r[2].Fields);
        Assert.Equal(3L, r[2].Line);
        Assert.Equal(5L, r[3].Line);
    }

    [Fact]
    public void Skips_bom_and_blank_lines()
    {
        var r = ReadAll("\uFEFFid\n\n\r\n7\n");
        Assert.Equal([1L, 4L], r.Select(x => x.Line));
        Assert.Equal(["id", "7"], r.Select(x => string.Join("|", x.Fields)));
    }

    [Fact]
    public void A_quote_inside_an_unquoted_field_is_literal()
    {
        Assert.Equal(new[] { "5'2\"", "x" }, ReadAll("5'2\",x\n")[0].Fields);
    }

    [Fact]
    public void Unclosed_quote_names_its_line()
    {
        var e = Assert.Throws<CsvFormatException>(() => ReadAll("a\nb\n\"open,1\n2\n"));
        Assert.Equal(3, e.Line);
    }

    [Fact]
    public void Text_after_a_closing_quote_is_an_error()
    {
        var e = Assert.Throws<CsvFormatException>(() => ReadAll("a\n\"x\"y,1\n"));
        Assert.Equal(2, e.Line);
    }

    [Theory]
    [InlineData(new byte[] { 0xFF, 0xFE, (byte)'i', 0, (byte)'d', 0, (byte)'\n', 0 })]
    [InlineData(new byte[] { 0xFE, 0xFF, 0, (byte)'i', 0, (byte)'d', 0, (byte)'\n' })]
    public void Utf16_text_is_refused_with_a_clear_message(byte[] bytes)
    {
        var e = Assert.Throws<CsvFormatException>(() => new Utf8CsvReader(new MemoryStream(bytes)));
        Assert.Equal("line 1: the file is UTF-16 text; save it as CSV in UTF-8", e.Message);
    }

    [Theory]
    [InlineData(16)]
    [InlineData(1 << 20)]
    public void A_record_over_1_MiB_is_refused_naming_its_line_and_one_of_exactly_1_MiB_is_read(int bufferSize)
    {
        // Line 1 "a", line 2 the record under test (its line break not counted), line 3 "b".
        var fits = "x," + new string('1', Utf8CsvReader.MaxRecordBytes - 3);
        Assert.Equal(Utf8CsvReader.MaxRecordBytes - 1, fits.Length); // + its line feed = exactly 1 MiB of buffer
        Assert.Equal(3, ReadAll($"a\n{fits}\nb\n", bufferSize).Count);

        var tooLong = "x," + new string('1', Utf8CsvReader.MaxRecordBytes);
        var e = Assert.Throws<CsvFormatException>(() => ReadAll($"a\n{tooLong}\nb\n", bufferSize));
        Assert.Equal(2, e.Line);
        Assert.Equal("line 2: the record is longer than the limit of 1,048,576 bytes (1 MiB)", e.Message);
    }

    [Property(MaxTest = 200)]
    public bool Any_table_round_trips_through_rfc4180_escaping_at_any_buffer_size(string[][] table, byte bufferSeed)
    {
        var rows = table.Where(r => r is { Length: > 0 })
            .Select(r => r.Select(f => (f ?? "").Replace("\0", "", StringComparison.Ordinal)).ToArray())
            .Where(r => !(r.Length == 1 && (r[0].Length == 0 || r[0] == "\r")))
            .ToList();
        var text = string.Concat(rows.Select(r => string.Join(",", r.Select(Escape)) + "\n"));
        var read = ReadAll(text, 16 + bufferSeed);
        return read.Count == rows.Count && read.Zip(rows).All(p => p.First.Fields.SequenceEqual(p.Second));
    }

    /// <summary>Records read by taking plain lines in bulk where possible (split here at commas, blank lines dropped)
    /// and <see cref="Utf8CsvReader.Read"/> where a line holds a quote.</summary>
    private static List<string> ReadMixed(string text, int bufferSize, int maxBytes)
    {
        using var reader = new Utf8CsvReader(new MemoryStream(Encoding.UTF8.GetBytes(text)), bufferSize);
        var records = new List<string>();
        while (true)
        {
            var lines = reader.ReadPlainLines(maxBytes);
            if (!lines.IsEmpty)
            {
                foreach (var line in Encoding.UTF8.GetString(lines).Split('\n'))
                {
                    var record = line.EndsWith('\r') ? line[..^1] : line;
                    if (record.Length > 0)
                    {
                        records.Add(record.Replace(',', '|'));
                    }
                }

                continue;
            }

            if (!reader.Read())
            {
                break;
            }

            records.Add(string.Join("|", Enumerable.Range(0, reader.FieldCount).Select(i => Encoding.UTF8.GetString(reader[i]))));
        }

        return records;
    }

    [Theory]
    [InlineData(16, 1 << 16)]
    [InlineData(64, 40)]
    [InlineData(1 << 20, 1 << 20)]
    public void Plain_lines_in_bulk_and_quoted_records_one_by_one_give_the_records_read_gives(int bufferSize, int maxBytes)
    {
        var random = new Random(bufferSize + maxBytes);
        var text = new StringBuilder();
        for (var i = 0; i < 400; i++)
        {
            var kind = random.Next(10);
            var line = kind switch
            {
                0 => $"\"quoted, {i}\",x,y",
                1 => $"\"two\nlines {i}\",x,y",
                2 => string.Empty,
                3 => ",,",
                _ => $"p{i},{new string('v', random.Next(0, 30))},{random.Next()}",
            };
            text.Append(line).Append(random.Next(3) == 0 ? "\r\n" : "\n");
        }

        text.Append("last,line,unterminated");
        var expected = ReadAll(text.ToString(), bufferSize).Select(r => string.Join("|", r.Fields)).ToList();
        Assert.Equal(expected, ReadMixed(text.ToString(), bufferSize, maxBytes));
    }

    [Fact]
    public void After_plain_lines_a_quoted_record_keeps_its_line_number()
    {
        using var reader = new Utf8CsvReader(new MemoryStream("a,b\nc,d\n\"e\nf\",g\nh,i\n"u8.ToArray()));
        Assert.Equal("a,b\nc,d\n", Encoding.UTF8.GetString(reader.ReadPlainLines(1 << 16)));
        Assert.True(reader.ReadPlainLines(1 << 16).IsEmpty);
        Assert.True(reader.Read());
        Assert.Equal(3, reader.LineNumber);
        Assert.Equal("e\nf", Encoding.UTF8.GetString(reader[0]));
        Assert.Equal("h,i\n", Encoding.UTF8.GetString(reader.ReadPlainLines(1 << 16)));
        Assert.False(reader.Read());
    }

    private static string Escape(string field) =>
        field.Length == 0 || field.AsSpan().IndexOfAny(",\"\r\n") < 0 && field[0] != ' '
            ? field
            : "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
