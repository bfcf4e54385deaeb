using System.Globalization;
using System.Text;
using BoneBalance.Cli.Csv;
using FsCheck.Xunit;

namespace BoneBalance.Cli.Tests.Csv;

public class Utf8CsvWriterTests
{
    private static string Write(Action<Utf8CsvWriter> write)
    {
        var stream = new MemoryStream();
        using (var writer = new Utf8CsvWriter(stream, 16))
        {
            write(writer);
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    [Fact]
    public void Quotes_only_fields_that_need_it()
    {
        var text = Write(w =>
        {
            w.Field("plain");
            w.Field("a,b");
            w.Field("say \"hi\"");
            w.Field("two\nlines");
            w.Empty();
            w.EndRow();
        });
        Assert.Equal("plain,\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",\n", text);
    }

    [Theory]
    [InlineData(-0.6799999999999997, "-0.68")]
    [InlineData(8.192855801344276, "8.192856")]
    [InlineData(11, "11")]
    [InlineData(-0.0000001, "0")]
    [InlineData(0.5000006, "0.500001")]
    [InlineData(0.50000049, "0.5")]
    [InlineData(-3.25, "-3.25")]
    public void Rounded_writes_plain_fixed_point_without_trailing_zeros(double value, string expected)
    {
        Assert.Equal(expected + "\n", Write(w =>
        {
            w.Rounded(value, 6);
            w.EndRow();
        }));
    }

    [Property(MaxTest = 1000)]
    public bool Numbers_round_trip_exactly(double value)
    {
        if (!double.IsFinite(value))
        {
            return true;
        }

        var text = Write(w => w.Number(value));
        return double.Parse(text, CultureInfo.InvariantCulture).Equals(value);
    }

    [Property(MaxTest = 1000)]
    public bool Rounded_is_within_half_a_unit_of_the_last_place(int thousandths, byte extra)
    {
        var value = thousandths / 1000.0 + extra * 1e-9;
        var text = Write(w => w.Rounded(value, 6));
        return Math.Abs(double.Parse(text, CultureInfo.InvariantCulture) - value) <= 0.5e-6 + 1e-12;
    }
}
