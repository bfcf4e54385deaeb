using System.Text;
using BoneBalance.Cli.Csv;

namespace BoneBalance.Cli.Tests.Csv;

public class Utf8LineSplitterTests
{
    /// <summary>Every line of <paramref name="text"/> split by the splitter, as "a|b|c".</summary>
    private static List<string> SplitAll(string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        var data = new byte[bytes.Length + 64];
        bytes.CopyTo(data, 0);
        var starts = new int[4];
        var lengths = new int[4];
        var lines = new List<string>();
        var at = 0;
        while (at < bytes.Length)
        {
            int count;
            int next;
            while ((count = Utf8LineSplitter.Split(data, at, bytes.Length, starts, lengths, out next)) < 0)
            {
                starts = new int[starts.Length * 2];
                lengths = new int[starts.Length];
            }

            lines.Add(string.Join("|", Enumerable.Range(0, count).Select(i => Encoding.UTF8.GetString(data, starts[i], lengths[i]))));
            at = next;
        }

        return lines;
    }

    /// <summary>The same lines through the full reader, blank lines left in as empty records.</summary>
    private static List<string> ReadAll(string text)
    {
        var lines = new List<string>();
        foreach (var line in text.Split('\n'))
        {
            using var reader = new Utf8CsvReader(new MemoryStream(Encoding.UTF8.GetBytes(line)));
            lines.Add(reader.Read() ? string.Join("|", Enumerable.Range(0, reader.FieldCount).Select(i => Encoding.UTF8.GetString(reader[i]))) : string.Empty);
        }

        return text.EndsWith('\n') ? lines[..^1] : lines;
    }

    [Theory]
    [InlineData("a,b,c\n1,,3\n")]
    [InlineData("a,b,c\r\n1,,3\r\n,,\r\n")]
    [InlineData("last line,without,line feed")]
    [InlineData("a carriage\rreturn,inside,a field\n")]
    [InlineData("\n\r\n,\n")]
    [InlineData("x,y,z,w,v,u,t,s,r,q,p,o,n,m,l,k,j,i,h,g,f,e,d,c,b,a,long line past one 32-byte block and past the field arrays\n")]
    public void Gives_the_fields_the_full_reader_gives_for_unquoted_lines(string text) =>
        Assert.Equal(ReadAll(text), SplitAll(text));

    [Fact]
    public void A_line_with_more_fields_than_the_spans_hold_asks_for_bigger_ones()
    {
        var data = new byte[64 + 64];
        Encoding.ASCII.GetBytes("a,b,c,d,e\n").CopyTo(data, 0);
        Assert.Equal(-1, Utf8LineSplitter.Split(data, 0, 10, new int[4], new int[4], out _));
        Assert.Equal(5, Utf8LineSplitter.Split(data, 0, 10, new int[5], new int[5], out var next));
        Assert.Equal(10, next);
    }
}
