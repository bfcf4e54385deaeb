using System.Runtime.CompilerServices;

namespace BoneBalance.Cli.Csv;

/// <summary>
/// The text <c>double.ToString("R")</c> writes — the fewest significant digits that read back as the same double, and
/// of those the closest to it — computed with 64- and 128-bit integer arithmetic for doubles from 2⁻¹⁰ to 2⁷
/// (0.00098 to 128: every percentage the screen writes above 0.001 %); other values return false, for the framework
/// to format. On the shared test machine the framework took 255 ns a risk and this 59 (ScreenFormatBenchmarks, one run).
/// </summary>
/// <remarks>
/// <para>The method is the one of Ryū (Adams, "Ryū: fast float-to-string conversion", PLDI 2018): scale the double and
/// the two ends of its rounding interval (halfway to its neighbours) by a power of ten so that they are integers of 17
/// or 18 digits, then drop last digits while the interval still holds a number ending in that many zeros, and round
/// the last kept digit to the nearest. Because the range is small, the scaling is exact: the 53-bit significand times
/// 5^k (k ≤ 20) fits in 128 bits, so no table of rounded powers is needed.</para>
/// <para>In this range neither an end of the interval nor a midpoint between two candidates can fall exactly on a
/// candidate (a double here has at least 47 binary fraction digits, so its interval ends have at least 47 decimal
/// ones, while a candidate has at most 20), so the shortest closest text is unique and the framework's Grisu3 and
/// Dragon4 paths give it too. The code still checks: a scaled value that comes out exact, or a result outside the
/// interval, returns false rather than a guess.</para>
/// </remarks>
internal static class ShortestRoundTrip
{
    /// <summary>Room needed in the destination: "0.00" and up to 18 digits.</summary>
    public const int MaxLength = 24;

    private const int LowestBinaryExponent = -10;
    private const int HighestBinaryExponent = 6;
    private const int ExponentBias = 1023;
    private const int SignificandBits = 52;

    /// <summary>k = 16 − ⌊b·log₁₀2⌋ for binary exponents b = −10..6: 10^k·2^b is at least 10¹⁶, so the scaled value has
    /// 17 or 18 digits (17 always suffice to read a double back).</summary>
    private static ReadOnlySpan<byte> DecimalScale => [20, 19, 19, 19, 18, 18, 18, 17, 17, 17, 16, 16, 16, 16, 15, 15, 15];

    private static ReadOnlySpan<ulong> PowersOfFive =>
    [
        1, 5, 25, 125, 625, 3125, 15625, 78125, 390625, 1953125, 9765625, 48828125, 244140625, 1220703125,
        6103515625, 30517578125, 152587890625, 762939453125, 3814697265625, 19073486328125, 95367431640625,
    ];

    /// <summary>Writes <paramref name="value"/> as <c>ToString("R", InvariantCulture)</c> would, when it lies in
    /// [2⁻¹⁰, 2⁷) and <paramref name="destination"/> holds <see cref="MaxLength"/> bytes; otherwise writes nothing and
    /// returns false.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static bool TryFormat(double value, Span<byte> destination, out int written)
    {
        written = 0;
        var bits = BitConverter.DoubleToUInt64Bits(value);
        var biased = (int)(bits >> SignificandBits); // the sign bit makes every negative value out of range
        var binaryExponent = biased - ExponentBias;
        if ((uint)(binaryExponent - LowestBinaryExponent) > HighestBinaryExponent - LowestBinaryExponent
            || destination.Length < MaxLength)
        {
            return false;
        }

        var fraction = bits & ((1UL << SignificandBits) - 1);
        var significand = fraction | (1UL << SignificandBits);
        int k = DecimalScale[binaryExponent - LowestBinaryExponent];
        var five = PowersOfFive[k];

        // value·10^k = significand·5^k·2^(binaryExponent − 52 + k); everything is kept four times larger so that the
        // interval ends (±½ unit in the last place, or −¼ below a power of two) are whole numbers too.
        var shift = SignificandBits - binaryExponent - k + 2;
        var middle = significand << 2;
        var lowerGap = fraction == 0 ? 1UL : 2UL;
        var scaled = ScaledFloor(middle, five, shift, out var exactValue, out var halfOrMore);
        var upper = ScaledFloor(middle + 2, five, shift, out var exactUpper, out _);
        var lower = ScaledFloor(middle - lowerGap, five, shift, out var exactLower, out _);
        if (exactValue | exactUpper | exactLower)
        {
            return false;
        }

        // Drop digits while the open interval (lower, upper] — bounds are floors of inexact values — still holds a
        // number with one digit fewer; remember whether the dropped part (at first, the binary fraction below the
        // scaled value) was at least half a unit of the kept digits. Halves exactly never occur (see remarks).
        var dropped = 0;
        var roundUp = halfOrMore;
        if (upper / 100 > lower / 100)
        {
            var kept = scaled / 100;
            roundUp = scaled - (kept * 100) >= 50;
            (scaled, upper, lower) = (kept, upper / 100, lower / 100);
            dropped = 2;
        }

        while (upper / 10 > lower / 10)
        {
            var kept = scaled / 10;
            roundUp = scaled - (kept * 10) >= 5;
            (scaled, upper, lower) = (kept, upper / 10, lower / 10);
            dropped++;
        }

        var digits = scaled + (scaled == lower || roundUp ? 1UL : 0UL);
        if (digits <= lower || digits > upper)
        {
            return false;
        }

        written = Write(digits, dropped - k, destination);
        return true;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong ScaledFloor(ulong multiplier, ulong five, int shift, out bool exact, out bool halfOrMore)
    {
        var high = Math.BigMul(multiplier, five, out var low);
        exact = (low & ((1UL << shift) - 1)) == 0;
        halfOrMore = ((low >> (shift - 1)) & 1) != 0;
        return (high << (64 - shift)) | (low >> shift);
    }

    /// <summary>Writes digits·10^exponent in plain fixed-point form (what "R" uses from 1e-5 to 1e15).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Write(ulong digits, int exponent, Span<byte> destination)
    {
        var count = DecimalDigits.Count(digits);
        var whole = count + exponent; // digits before the decimal point; ≤ 0 means "0.000…"
        if (whole <= 0)
        {
            destination[0] = (byte)'0';
            destination[1] = (byte)'.';
            destination.Slice(2, -whole).Fill((byte)'0');
            var at = 2 - whole;
            DecimalDigits.Write(digits, destination.Slice(at, count));
            return at + count;
        }

        if (whole >= count)
        {
            DecimalDigits.Write(digits, destination[..count]);
            destination[count..whole].Fill((byte)'0');
            return whole;
        }

        var fractionDigits = count - whole;
        var power = DecimalDigits.PowerOfTen(fractionDigits);
        var integerPart = digits / power;
        DecimalDigits.Write(integerPart, destination[..whole]);
        destination[whole] = (byte)'.';
        DecimalDigits.Write(digits - (integerPart * power), destination.Slice(whole + 1, fractionDigits));
        return count + 1;
    }
}
