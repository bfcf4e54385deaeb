using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace BoneBalance.Cli.Csv;

/// <summary>
/// Writes the decimal digits of unsigned integers two at a time from a table of "00" to "99" (half the divisions of
/// one digit at a time, and every division by a constant, which the JIT turns into a multiplication).
/// </summary>
internal static class DecimalDigits
{
    private static ReadOnlySpan<byte> Pairs =>
        "00010203040506070809101112131415161718192021222324252627282930313233343536373839404142434445464748495051525354555657585960616263646566676869707172737475767778798081828384858687888990919293949596979899"u8;

    private static ReadOnlySpan<ulong> PowersOfTen =>
    [
        1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000, 1_000_000_000, 10_000_000_000,
        100_000_000_000, 1_000_000_000_000, 10_000_000_000_000, 100_000_000_000_000, 1_000_000_000_000_000,
        10_000_000_000_000_000, 100_000_000_000_000_000, 1_000_000_000_000_000_000, 10_000_000_000_000_000_000,
    ];

    /// <summary>10^<paramref name="exponent"/>, for 0 to 19.</summary>
    public static ulong PowerOfTen(int exponent) => PowersOfTen[exponent];

    /// <summary>How many digits <paramref name="value"/> has (1 for 0).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Count(ulong value)
    {
        // log₁₀ from the bit length (1233/4096 ≈ log₁₀2), then one comparison to correct it.
        var bits = 64 - BitOperations.LeadingZeroCount(value | 1);
        var guess = (bits * 1233) >> 12;
        return Math.Max(1, guess + (value >= PowersOfTen[guess] ? 1 : 0));
    }

    /// <summary>Writes <paramref name="value"/> in exactly <c>destination.Length</c> digits, with leading zeros when it
    /// has fewer; it must not have more.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Write(ulong value, Span<byte> destination)
    {
        ref var start = ref MemoryMarshal.GetReference(destination);
        var i = destination.Length;
        while (i > 8)
        {
            // The last 8 digits and the rest as two independent chains of 32-bit divisions, which the processor
            // overlaps.
            var high = value / 100_000_000;
            WriteUpTo8((uint)(value - (high * 100_000_000)), ref Unsafe.Add(ref start, i - 8), 8);
            value = high;
            i -= 8;
        }

        WriteUpTo8((uint)value, ref start, i);
    }

    /// <summary>The last <paramref name="count"/> digits of <paramref name="value"/>, at most 8.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void WriteUpTo8(uint value, ref byte destination, int count)
    {
        ref var pairs = ref MemoryMarshal.GetReference(Pairs);
        var i = count;
        while (i >= 2)
        {
            var next = value / 100;
            var pair = (nuint)(value - (next * 100)) * 2;
            i -= 2;
            Unsafe.WriteUnaligned(ref Unsafe.Add(ref destination, i), Unsafe.ReadUnaligned<ushort>(ref Unsafe.Add(ref pairs, pair)));
            value = next;
        }

        if (i == 1)
        {
            destination = (byte)('0' + (value % 10));
        }
    }
}
