using System.Text;
using System.Text.Unicode;
using BoneBalance.Fhir.Facts;

namespace BoneBalance.Fhir.Bulk;

/// <summary>
/// Writes facts as bytes (<see cref="PackedFacts"/>): unsigned LEB128 varints, dates as days from 2000-01-01
/// (zig-zag), decimals as scale, sign and 96-bit mantissa (exact: <c>80.0</c> stays <c>80.0</c>), texts in UTF-8, and
/// strings and concepts by their index in a <see cref="FactTable"/>. Every nullable value writes 0 for null. One writer
/// is reused for every entry; <see cref="Written"/> is valid until the next <see cref="Clear"/>.
/// </summary>
internal sealed class PackedWriter(FactTable table)
{
    private static readonly DateOnly Epoch = new(2000, 1, 1);

    private byte[] _buffer = new byte[256];

    /// <summary>The table strings and concepts are written by.</summary>
    public FactTable Table { get; } = table;

    /// <summary>The bytes written since the last <see cref="Clear"/>.</summary>
    public ReadOnlySpan<byte> Written => _buffer.AsSpan(0, Length);

    /// <summary>Bytes written since the last <see cref="Clear"/>.</summary>
    public int Length { get; private set; }

    /// <summary>Starts a new entry.</summary>
    public void Clear() => Length = 0;

    /// <summary>One byte.</summary>
    public void Byte(byte value)
    {
        Room(1);
        _buffer[Length++] = value;
    }

    /// <summary>An unsigned LEB128 varint: 7 bits a byte, low first, the high bit set on every byte but the last.</summary>
    public void Varint(ulong value)
    {
        Room(10);
        while (value >= 0x80)
        {
            _buffer[Length++] = (byte)(value | 0x80);
            value >>= 7;
        }

        _buffer[Length++] = (byte)value;
    }

    /// <summary>A 128-bit unsigned LEB128 varint (a decimal's mantissa).</summary>
    public void Varint(UInt128 value)
    {
        Room(19);
        while (value >= 0x80)
        {
            _buffer[Length++] = (byte)((byte)value | 0x80);
            value >>= 7;
        }

        _buffer[Length++] = (byte)value;
    }

    /// <summary>A date, or 0 for none.</summary>
    public void Date(DateOnly? date) => Varint(date is { } d ? ZigZag(d.DayNumber - Epoch.DayNumber) + 1 : 0);

    /// <summary>An integer, or 0 for none.</summary>
    public void Int(int? value) => Varint(value is { } v ? ZigZag(v) + 1 : 0);

    /// <summary>A decimal exactly (scale and trailing zeros kept), or 0 for none: (scale × 2 + sign + 1), then the mantissa.</summary>
    public void Decimal(decimal? value)
    {
        if (value is not { } d)
        {
            Varint(0UL);
            return;
        }

        Span<int> bits = stackalloc int[4];
        decimal.GetBits(d, bits);
        var scale = (bits[3] >> 16) & 0xFF;
        var negative = bits[3] < 0 ? 1 : 0;
        Varint((ulong)((scale << 1) | negative) + 1);
        Varint(new UInt128((uint)bits[2], ((ulong)(uint)bits[1] << 32) | (uint)bits[0]));
    }

    /// <summary>A text written out (no table), or 0 for null: (bytes × 2 + 1 when UTF-16, + 1), then the bytes — UTF-8,
    /// else the UTF-16 code units for a string that is not valid Unicode (a lone surrogate), so every string round-trips.</summary>
    public void Text(string? text)
    {
        if (text is null)
        {
            Varint(0UL);
            return;
        }

        var most = Encoding.UTF8.GetMaxByteCount(text.Length);
        Room(most + 10);
        var start = Length;
        Length += 5;
        if (Utf8.FromUtf16(text, _buffer.AsSpan(Length), out _, out var written, replaceInvalidSequences: false) == System.Buffers.OperationStatus.Done)
        {
            Finish(start, written, 0);
            return;
        }

        var units = System.Runtime.InteropServices.MemoryMarshal.AsBytes(text.AsSpan());
        Room(units.Length + 10);
        units.CopyTo(_buffer.AsSpan(Length));
        Finish(start, units.Length, 1);
    }

    /// <summary>A string by its table index (index + 2), else written out after a 1; 0 for null.</summary>
    public void String(string? text)
    {
        if (text is null)
        {
            Varint(0UL);
            return;
        }

        var index = Table.Intern(text);
        if (index >= 0)
        {
            Varint((ulong)index + 2);
            return;
        }

        Varint(1);
        Text(text);
    }

    /// <summary>A concept by its table index (index + 2), else written out after a 1 (text, codings); 0 for null.</summary>
    /// <param name="concept">The concept.</param>
    /// <param name="shared">False for a concept made for this one write (not an object the parsers share).</param>
    public void Concept(FhirConcept? concept, bool shared = true)
    {
        if (concept is null)
        {
            Varint(0UL);
            return;
        }

        var index = Table.Intern(concept, shared);
        if (index >= 0)
        {
            Varint((ulong)index + 2);
            return;
        }

        Varint(1);
        Text(concept.Text);
        Varint((ulong)concept.Codings.Length);
        foreach (var coding in concept.Codings)
        {
            Text(coding.System);
            Text(coding.Code);
            Text(coding.Display);
        }
    }

    /// <summary>Inserts at <paramref name="at"/> the varint of <paramref name="value"/>, moving what follows (an entry's length, known at its end).</summary>
    public void Insert(int at, ulong value)
    {
        Span<byte> head = stackalloc byte[10];
        var count = 0;
        while (value >= 0x80)
        {
            head[count++] = (byte)(value | 0x80);
            value >>= 7;
        }

        head[count++] = (byte)value;
        Room(count);
        _buffer.AsSpan(at, Length - at).CopyTo(_buffer.AsSpan(at + count));
        head[..count].CopyTo(_buffer.AsSpan(at));
        Length += count;
    }

    private static ulong ZigZag(long value) => (ulong)((value << 1) ^ (value >> 63));

    // The text's bytes were written 5 bytes after start (room for the longest length varint): the length goes in front.
    private void Finish(int start, int count, int utf16)
    {
        Length = start;
        var body = start + 5;
        Varint((((ulong)count << 1) | (uint)utf16) + 1);
        _buffer.AsSpan(body, count).CopyTo(_buffer.AsSpan(Length));
        Length += count;
    }

    private void Room(int bytes)
    {
        if (Length + bytes > _buffer.Length)
        {
            Array.Resize(ref _buffer, Math.Max(_buffer.Length * 2, Length + bytes));
        }
    }
}
