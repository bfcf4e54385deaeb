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
        if (utf8.IndexOfAny("\",\r\n"u8) < 0)
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

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Number(double value)
    {
        Separator();
        Ensure(32);
        var destination = _buffer.AsSpan(_length);
        if (!ShortestRoundTrip.TryFormat(value, destination, out var written)
            && !value.TryFormat(destination, out written, "R", CultureInfo.InvariantCulture))
        {
            throw new InvalidOperationException("A double did not fit in 32 bytes.");
        }

        _length += written;
    }

    /// <summary>
    /// A number rounded to <paramref name="decimals"/> places (at most 9) in plain fixed-point form with trailing
    /// zeros dropped: cheap to write, and free of binary artefacts such as -0.6799999999999997 for -0.68.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Rounded(double value, int decimals)
    {
        var factor = PowersOfTen[decimals];
        var scaled = Math.Round(value * factor, MidpointRounding.AwayFromZero);
        if (!double.IsFinite(value) || Math.Abs(scaled) > 1e15)
        {
            Number(value);
            return;
        }

        Separator();
        Ensure(32);
        var units = (long)scaled;
        if (units < 0)
        {
            _buffer[_length++] = (byte)'-';
            units = -units;
        }

        var whole = (ulong)units / (ulong)factor;
        var fraction = (ulong)units - (whole * (ulong)factor);
        var wholeDigits = DecimalDigits.Count(whole);
        DecimalDigits.Write(whole, _buffer.AsSpan(_length, wholeDigits));
        _length += wholeDigits;
        if (fraction == 0)
        {
            return;
        }

        // All the decimals, then the trailing zeros taken back off.
        _buffer[_length++] = (byte)'.';
        DecimalDigits.Write(fraction, _buffer.AsSpan(_length, decimals));
        _length += decimals;
        while (_buffer[_length - 1] == (byte)'0')
        {
            _length--;
        }
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
