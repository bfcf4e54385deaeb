using BoneBalance.Cli.Csv;
using System.Runtime.CompilerServices;

namespace BoneBalance.Cli.Screening;

/// <summary>
/// A block of input and, once scored, its output rows. The input is mostly raw unquoted lines, copied in bulk
/// (<see cref="Utf8CsvReader.ReadPlainLines"/>), with the occasional record that holds quotes stored already split,
/// together with the line offset it came before, so the scorer keeps input order. Work items circulate through a
/// fixed pool (reader → scorers → writer → pool), so memory stays flat however long the input is.
/// </summary>
internal sealed class ScreenWorkItem
{
    /// <summary>Most split records a block holds.</summary>
    public const int Capacity = 4096;

    /// <summary>Bytes of plain lines a block holds (about 5,500 rows of a typical file).</summary>
    public const int LineCapacity = 1 << 19;

    /// <summary>A block with less room than this is sent on rather than filled with a few more lines.</summary>
    private const int MinimumLineRoom = 1 << 16;

    /// <summary>Zero bytes after the lines, so that a 32-byte vector load at the last line never leaves the array.</summary>
    public const int Padding = 64;

    private readonly byte[] _lines = new byte[LineCapacity + Padding];
    private readonly int[] _recordAt = new int[Capacity];
    private readonly int[] _firstField = new int[Capacity + 1];
    private byte[] _data = new byte[1 << 16];
    private int[] _fieldStart = new int[1 << 10];
    private int[] _fieldLength = new int[1 << 10];
    private int _dataLength;

    /// <summary>Position of this block in the input (the writer restores input order with it).</summary>
    public long Sequence { get; set; }

    /// <summary>Input bytes consumed up to the end of this block (for progress).</summary>
    public long BytesConsumed { get; set; }

    /// <summary>Split records held (those with quotes).</summary>
    public int Count { get; private set; }

    /// <summary>Bytes of plain lines held.</summary>
    public int LinesLength { get; private set; }

    /// <summary>Output rows scored from this block.</summary>
    public int Rows { get; set; }

    /// <summary>How many of the scored rows carry an error.</summary>
    public int RowsWithErrors { get; set; }

    /// <summary>Room left for plain lines.</summary>
    public int LineRoom => LineCapacity - LinesLength;

    /// <summary>Full when it holds <see cref="Capacity"/> split records, or nearly <see cref="LineCapacity"/> bytes of
    /// lines or of split fields (quoted records can be up to 1 MiB each; this keeps a block's memory bounded).</summary>
    public bool IsFull => Count == Capacity || LineRoom < MinimumLineRoom || _dataLength >= LineCapacity;

    public bool IsEmpty => Count == 0 && LinesLength == 0;

    /// <summary>The scored output rows of this block, as CSV bytes.</summary>
    public MemoryStream Output { get; } = new(LineCapacity);

    /// <summary>The plain lines, followed by <see cref="Padding"/> zero bytes.</summary>
    public byte[] Lines => _lines;

    /// <summary>The line offset split record <paramref name="record"/> comes before.</summary>
    public int RecordPosition(int record) => _recordAt[record];

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
        LinesLength = 0;
        Rows = 0;
        RowsWithErrors = 0;
        Output.SetLength(0);
    }

    /// <summary>Appends plain lines (at most <see cref="LineRoom"/> bytes).</summary>
    public void AddLines(ReadOnlySpan<byte> lines)
    {
        lines.CopyTo(_lines.AsSpan(LinesLength));
        LinesLength += lines.Length;
        _lines.AsSpan(LinesLength, Padding).Clear();
    }

    /// <summary>Copies a record's fields into the block, after the lines added so far.</summary>
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

        _recordAt[Count] = LinesLength;
        Count++;
        _firstField[Count] = first + fields;
    }
}
