using System.Globalization;
using System.Text;
using System.Runtime.CompilerServices;

namespace BoneBalance.Cli.Csv;

/// <summary>
/// Writes RFC 4180 CSV as UTF-8 through one reusable buffer: fields are quoted only when they hold a comma,
/// quote or line break; numbers are written in their shortest round-trip form with '.' as decimal separator;
/// records end with LF.
/// </summary>
internal sealed class Utf8CsvWriter(Stream stream, int bufferSize = 1 << 16) : IDisposable
{
    /// <summary>10⁰ to 10⁹, the scales of <see cref="Rounded"/> (each exact as a double).</summary>
    private static readonly double[] PowersOfTen = [1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9];

    private readonly byte[] _buffer = new byte[Math.Max(bufferSize, 1024)];
    private int _length;
    private bool _atRowStart = true;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Field(ReadOnlySpan<byte> utf8)
    {
        Separator();
        if (!NeedsQuotes(utf8))
        {
            Raw(utf8);
            return;
        }

        Raw("\""u8);
        foreach (var b in utf8)
        {
            if (b == (byte)'"')
            {
                Raw("\"\""u8);
            }
            else
            {
                Raw([b]);
            }
        }

        Raw("\""u8);
    }

    public void Field(string text)
    {
        if (text.Length == 0)
        {
            Empty();
            return;
        }

        Field(Encoding.UTF8.GetBytes(text));
    }

    public void Number(double value)
    {
        Separator();
        Ensure(MaxNumberLength);
        _length += FormatNumber(value, _buffer.AsSpan(_length));
    }

    /// <summary>
    /// A number rounded to <paramref name="decimals"/> places (at most 9) in plain fixed-point form with trailing
    /// zeros dropped: cheap to write, and free of binary artefacts such as -0.6799999999999997 for -0.68.
    /// </summary>
    public void Rounded(double value, int decimals)
    {
        Separator();
        Ensure(MaxNumberLength);
        _length += FormatRounded(value, decimals, _buffer.AsSpan(_length));
    }

    /// <summary>Most bytes <see cref="FormatNumber"/> and <see cref="FormatRounded"/> write.</summary>
    public const int MaxNumberLength = 32;

    /// <summary>Writes what <see cref="Number"/> writes for a field (no separator); returns the bytes written.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int FormatNumber(double value, Span<byte> destination)
    {
        if (!ShortestRoundTrip.TryFormat(value, destination, out var written)
            && !value.TryFormat(destination, out written, "R", CultureInfo.InvariantCulture))
        {
            throw new InvalidOperationException($"A double did not fit in {MaxNumberLength} bytes.");
        }

        return written;
    }

    /// <summary>Writes what <see cref="Rounded"/> writes for a field (no separator); returns the bytes written.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static int FormatRounded(double value, int decimals, Span<byte> destination)
    {
        var factor = PowersOfTen[decimals];
        var scaled = Math.Round(value * factor, MidpointRounding.AwayFromZero);
        if (!double.IsFinite(value) || Math.Abs(scaled) > 1e15)
        {
            return FormatNumber(value, destination);
        }

        var length = 0;
        var units = (long)scaled;
        if (units < 0)
        {
            destination[length++] = (byte)'-';
            units = -units;
        }

        // The screen's scores always use 6 decimals: a constant divisor is a multiplication, a variable one a division.
        var whole = decimals == 6 ? (ulong)units / 1_000_000 : (ulong)units / (ulong)factor;
        var fraction = (ulong)units - (whole * (ulong)factor);
        var wholeDigits = DecimalDigits.Count(whole);
        DecimalDigits.Write(whole, destination.Slice(length, wholeDigits));
        length += wholeDigits;
        if (fraction == 0)
        {
            return length;
        }

        // All the decimals, then the trailing zeros taken back off.
        destination[length++] = (byte)'.';
        DecimalDigits.Write(fraction, destination.Slice(length, decimals));
        length += decimals;
        while (destination[length - 1] == (byte)'0')
        {
            length--;
        }

        return length;
    }

    /// <summary>True when a field must be quoted: it holds a comma, a double quote or a line break.</summary>
    public static bool NeedsQuotes(ReadOnlySpan<byte> utf8) => utf8.IndexOfAny("\",\r\n"u8) >= 0;

    /// <summary>
    /// Room for <paramref name="bytes"/> bytes of one whole row, written by the caller directly (separators and the
    /// line feed included) and then taken with <see cref="Commit"/>; for the screen's hot loop.
    /// </summary>
    public Span<byte> Reserve(int bytes)
    {
        Ensure(bytes);
        return _buffer.AsSpan(_length);
    }

    /// <summary>Takes <paramref name="bytes"/> bytes written into <see cref="Reserve"/>'s span, a whole row.</summary>
    public void Commit(int bytes)
    {
        _length += bytes;
        _atRowStart = true;
    }

    /// <summary>A number, or an empty field when the value is NaN (not applicable / not computable).</summary>
    public void NumberOrEmpty(double value)
    {
        if (double.IsNaN(value))
        {
            Empty();
        }
        else
        {
            Number(value);
        }
    }

    public void Empty() => Separator();

    public void EndRow()
    {
        Ensure(1);
        _buffer[_length++] = (byte)'\n';
        _atRowStart = true;
    }

    public void Flush()
    {
        stream.Write(_buffer, 0, _length);
        _length = 0;
        stream.Flush();
    }

    public void Dispose() => Flush();

    private void Separator()
    {
        if (!_atRowStart)
        {
            Ensure(1);
            _buffer[_length++] = (byte)',';
        }

        _atRowStart = false;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Raw(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length > _buffer.Length - _length)
        {
            stream.Write(_buffer, 0, _length);
            _length = 0;
            if (bytes.Length > _buffer.Length)
            {
                stream.Write(bytes);
                return;
            }
        }

        bytes.CopyTo(_buffer.AsSpan(_length));
        _length += bytes.Length;
    }

    private void Ensure(int bytes)
    {
        if (_buffer.Length - _length < bytes)
        {
            stream.Write(_buffer, 0, _length);
            _length = 0;
        }
    }
}
