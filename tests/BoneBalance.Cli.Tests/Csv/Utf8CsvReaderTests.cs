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

    private static string Escape(string field) =>
        field.Length == 0 || field.AsSpan().IndexOfAny(",\"\r\n") < 0 && field[0] != ' '
            ? field
            : "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
