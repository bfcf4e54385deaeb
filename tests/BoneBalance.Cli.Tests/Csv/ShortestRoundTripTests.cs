using System.Globalization;
using System.Text;
using BoneBalance.Cli.Csv;
using FsCheck.Xunit;

namespace BoneBalance.Cli.Tests.Csv;

public class ShortestRoundTripTests
{
    private static string? Format(double value)
    {
        var buffer = new byte[ShortestRoundTrip.MaxLength];
        return ShortestRoundTrip.TryFormat(value, buffer, out var written) ? Encoding.ASCII.GetString(buffer, 0, written) : null;
    }

    private static string Framework(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    [Fact]
    public void Random_doubles_in_range_come_out_as_the_framework_writes_them()
    {
        // Random bit patterns over every binary exponent of the range (2^-10 to 2^7), with their neighbours.
        var random = new Random(20261207);
        var mismatches = new List<string>();
        for (var i = 0; i < 200_000; i++)
        {
            var exponent = random.Next(1023 - 10, 1023 + 7);
            var value = BitConverter.Int64BitsToDouble(((long)exponent << 52) | random.NextInt64(1L << 52));
            foreach (var v in new[] { value, Math.BitIncrement(value), Math.BitDecrement(value), random.NextDouble() * 100 })
            {
                if (Format(v) is { } text && text != Framework(v))
                {
                    mismatches.Add($"{BitConverter.DoubleToInt64Bits(v):X16}: {text} instead of {Framework(v)}");
                }
            }
        }

        Assert.Empty(mismatches.Take(10));
    }

    [Theory]
    [InlineData("1.1476428038685205")] // 17 digits, the last rounded up from ...2046689
    [InlineData("0.30130277023349139")]
    [InlineData("0.12500000000000003")] // just above a power of two
    [InlineData("1.9999999999999998")] // just below one
    [InlineData("0.0009765625000000002")] // the bottom of the range
    [InlineData("127.99999999999999")] // the top of the range
    [InlineData("0.68")]
    [InlineData("99.9")]
    public void Edges_of_the_method_come_out_as_the_framework_writes_them(string text)
    {
        var value = double.Parse(text, CultureInfo.InvariantCulture);
        Assert.Equal(Framework(value), Format(value));
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(-1.5)]
    [InlineData(0.0009765625)] // 2^-10 itself is exact, and so left to the framework
    [InlineData(128.0)]
    [InlineData(1e-5)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    [InlineData(0.5)]
    [InlineData(14.5)]
    public void Values_outside_the_range_or_with_an_exact_short_form_are_left_to_the_framework(double value) =>
        Assert.Null(Format(value));

    [Property(MaxTest = 2000)]
    public bool Whenever_it_formats_the_text_reads_back_as_the_same_double(double value) =>
        Format(value) is not { } text || double.Parse(text, CultureInfo.InvariantCulture).Equals(value);
}
