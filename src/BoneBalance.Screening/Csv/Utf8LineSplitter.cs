using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace BoneBalance.Cli.Csv;

/// <summary>
/// Splits unquoted CSV lines at their commas, 32 bytes at a time: the fields <see cref="Utf8CsvReader.Read"/> would
/// give for a line without quotes (the line feed, and a carriage return before it, are not part of the last field).
/// </summary>
internal static class Utf8LineSplitter
{
    /// <summary>
    /// Fills <paramref name="starts"/> and <paramref name="lengths"/> with the fields of the line starting at
    /// <paramref name="start"/> in <c>data[..end]</c> (lines without quotes) and returns how many there are, or −1 when
    /// there are more than the spans hold. <paramref name="next"/> is where the following line starts (after the line
    /// feed, or <paramref name="end"/>). At least 32 readable bytes must follow <paramref name="end"/> in
    /// <paramref name="data"/> (they are read, never used).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static int Split(byte[] data, int start, int end, Span<int> starts, Span<int> lengths, out int next)
    {
        var count = 0;
        var fieldStart = start;
        ref var origin = ref MemoryMarshal.GetArrayDataReference(data);
        var comma = Vector256.Create((byte)',');
        var lineFeed = Vector256.Create((byte)'\n');
        for (var block = start; block < end; block += Vector256<byte>.Count)
        {
            var bytes = Vector256.LoadUnsafe(ref origin, (nuint)block);
            var mask = (Vector256.Equals(bytes, comma) | Vector256.Equals(bytes, lineFeed)).ExtractMostSignificantBits();
            var valid = end - block;
            if (valid < Vector256<byte>.Count)
            {
                mask &= (1u << valid) - 1;
            }

            while (mask != 0)
            {
                var at = block + BitOperations.TrailingZeroCount(mask);
                mask &= mask - 1;
                if (data[at] == (byte)'\n')
                {
                    next = at + 1;
                    return Last(data, fieldStart, at, count, starts, lengths);
                }

                if (count == starts.Length)
                {
                    next = start;
                    return -1;
                }

                starts[count] = fieldStart;
                lengths[count] = at - fieldStart;
                count++;
                fieldStart = at + 1;
            }
        }

        next = end;
        return Last(data, fieldStart, end, count, starts, lengths);
    }

    private static int Last(byte[] data, int fieldStart, int lineEnd, int count, Span<int> starts, Span<int> lengths)
    {
        if (count == starts.Length)
        {
            return -1;
        }

        if (lineEnd > fieldStart && data[lineEnd - 1] == (byte)'\r')
        {
            lineEnd--;
        }

        starts[count] = fieldStart;
        lengths[count] = lineEnd - fieldStart;
        return count + 1;
    }
}
