using BoneBalance.Cli.Csv;
using System.Runtime.CompilerServices;

namespace BoneBalance.Cli.Screening;

/// <summary>
/// A block of input records and, once scored, their output rows. Work items circulate through a fixed pool
/// (reader → scorers → writer → pool), so memory stays flat however long the input is.
/// </summary>
internal sealed class ScreenWorkItem
{
    public const int Capacity = 4096;

    private byte[] _data = new byte[Capacity * 128];
    private int[] _fieldStart = new int[Capacity * 32];
    private int[] _fieldLength = new int[Capacity * 32];
    private readonly int[] _firstField = new int[Capacity + 1];
    private int _dataLength;

    /// <summary>Position of this block in the input (the writer restores input order with it).</summary>
    public long Sequence { get; set; }

    /// <summary>Input bytes consumed up to the end of this block (for progress).</summary>
    public long BytesConsumed { get; set; }

    public int Count { get; private set; }

    /// <summary>How many of the scored rows carry an error.</summary>
    public int RowsWithErrors { get; set; }

    public bool IsFull => Count == Capacity;

    /// <summary>The scored output rows of this block, as CSV bytes.</summary>
    public MemoryStream Output { get; } = new(Capacity * 96);

    public Utf8CsvRecord Record(int row)
    {
        var from = _firstField[row];
        var to = _firstField[row + 1];
        return new Utf8CsvRecord(_data.AsSpan(0, _dataLength), _fieldStart.AsSpan(from, to - from), _fieldLength.AsSpan(from, to - from));
    }

    public void Clear()
    {
        Count = 0;
        _dataLength = 0;
        Output.SetLength(0);
    }

    /// <summary>Copies a record's fields into the block.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Add(Utf8CsvRecord record)
    {
        var first = _firstField[Count];
        var fields = record.FieldCount;
        if (first + fields > _fieldStart.Length)
        {
            Array.Resize(ref _fieldStart, Math.Max(_fieldStart.Length * 2, first + fields));
            Array.Resize(ref _fieldLength, _fieldStart.Length);
        }

        for (var i = 0; i < fields; i++)
        {
            var field = record[i];
            if (_dataLength + field.Length > _data.Length)
            {
                Array.Resize(ref _data, Math.Max(_data.Length * 2, _dataLength + field.Length));
            }

            field.CopyTo(_data.AsSpan(_dataLength));
            _fieldStart[first + i] = _dataLength;
            _fieldLength[first + i] = field.Length;
            _dataLength += field.Length;
        }

        Count++;
        _firstField[Count] = first + fields;
    }
}
