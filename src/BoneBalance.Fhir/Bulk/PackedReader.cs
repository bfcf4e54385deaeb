using System.Runtime.InteropServices;
using System.Text;
using BoneBalance.Fhir.Facts;

namespace BoneBalance.Fhir.Bulk;

/// <summary>Reads back what <see cref="PackedWriter"/> wrote, in the same order.</summary>
internal ref struct PackedReader(ReadOnlySpan<byte> bytes, FactTable table)
{
    private static readonly int EpochDay = new DateOnly(2000, 1, 1).DayNumber;

    private readonly ReadOnlySpan<byte> _bytes = bytes;

    /// <summary>Bytes read so far.</summary>
    public int Position { get; private set; }

    /// <summary>True when every byte has been read.</summary>
    public readonly bool End => Position >= _bytes.Length;

    /// <summary>One byte.</summary>
    public byte Byte() => _bytes[Position++];

    /// <summary>An unsigned LEB128 varint of up to 64 bits.</summary>
    public ulong Varint()
    {
        ulong value = 0;
        for (var shift = 0; ; shift += 7)
        {
            var b = _bytes[Position++];
            value |= (ulong)(b & 0x7F) << shift;
            if (b < 0x80)
            {
                return value;
            }
        }
    }

    /// <summary>An unsigned LEB128 varint of up to 128 bits.</summary>
    public UInt128 Varint128()
    {
        UInt128 value = 0;
        for (var shift = 0; ; shift += 7)
        {
            var b = _bytes[Position++];
            value |= (UInt128)(b & 0x7F) << shift;
            if (b < 0x80)
            {
                return value;
            }
        }
    }

    /// <summary>A date, or null.</summary>
    public DateOnly? Date() => Varint() is var v and not 0 ? DateOnly.FromDayNumber(EpochDay + (int)UnZigZag(v - 1)) : null;

    /// <summary>An integer, or null.</summary>
    public int? Int() => Varint() is var v and not 0 ? (int)UnZigZag(v - 1) : null;

    /// <summary>A decimal, or null.</summary>
    public decimal? Decimal()
    {
        var head = Varint();
        if (head == 0)
        {
            return null;
        }

        var mantissa = Varint128();
        var scale = (byte)((head - 1) >> 1);
        var negative = ((head - 1) & 1) == 1;
        return new decimal((int)(uint)mantissa, (int)(uint)(mantissa >> 32), (int)(uint)(mantissa >> 64), negative, scale);
    }

    /// <summary>A text written out, or null.</summary>
    public string? Text()
    {
        var head = Varint();
        if (head == 0)
        {
            return null;
        }

        var count = (int)((head - 1) >> 1);
        var span = _bytes.Slice(Position, count);
        Position += count;
        return ((head - 1) & 1) == 0 ? Encoding.UTF8.GetString(span) : new string(MemoryMarshal.Cast<byte, char>(span));
    }

    /// <summary>A string by table index or written out, or null.</summary>
    public string? String() => Varint() switch
    {
        0 => null,
        1 => Text(),
        var index => table.String((int)(index - 2)),
    };

    /// <summary>A concept by table index or written out, or null.</summary>
    public FhirConcept? Concept()
    {
        switch (Varint())
        {
            case 0:
                return null;
            case 1:
                var text = Text();
                var codings = new FhirCoding[(int)Varint()];
                for (var i = 0; i < codings.Length; i++)
                {
                    codings[i] = new(Text(), Text(), Text());
                }

                return new(text, codings);
            case var index:
                return table.Concept((int)(index - 2));
        }
    }

    /// <summary>Skips a string reference, returning its bytes (equal strings give equal bytes once written, see <see cref="FactTable"/>).</summary>
    public ReadOnlySpan<byte> StringBytes()
    {
        var start = Position;
        switch (Varint())
        {
            case 1:
                var head = Varint();
                Position += head == 0 ? 0 : (int)((head - 1) >> 1);
                break;
        }

        return _bytes[start..Position];
    }

    private static long UnZigZag(ulong value) => (long)(value >> 1) ^ -(long)(value & 1);
}
