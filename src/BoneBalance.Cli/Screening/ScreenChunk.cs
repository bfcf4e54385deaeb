using BoneBalance.Core.FractureRisk;
using BoneBalance.Core.Validation;

namespace BoneBalance.Cli.Screening;

/// <summary>
/// A block of parsed input rows travelling from the reading thread to the scoring/writing thread. Chunks are
/// recycled, so memory stays flat however long the file is.
/// </summary>
internal sealed class ScreenChunk
{
    public const int Capacity = 4096;

    public ScreenRow[] Rows { get; } = new ScreenRow[Capacity];

    /// <summary>The QFracture input of each row (meaningful only for rows without errors).</summary>
    public QFractureInput[] Inputs { get; } = new QFractureInput[Capacity];

    /// <summary>Null for a valid row, otherwise the message for the <c>error</c> column.</summary>
    public string?[] Errors { get; } = new string?[Capacity];

    /// <summary>The id bytes of each row, end to end in <see cref="IdBytes"/>.</summary>
    public int[] IdEnd { get; } = new int[Capacity];

    public byte[] IdBytes { get; private set; } = new byte[Capacity * 16];

    public int Count { get; private set; }

    public long BytesConsumed { get; set; }

    public bool IsFull => Count == Capacity;

    public ReadOnlySpan<byte> Id(int row) =>
        IdBytes.AsSpan(row == 0 ? 0 : IdEnd[row - 1], IdEnd[row] - (row == 0 ? 0 : IdEnd[row - 1]));

    public void Clear() => Count = 0;

    public void Add(ReadOnlySpan<byte> id, in ScreenRow row, List<FieldError> errors)
    {
        var start = Count == 0 ? 0 : IdEnd[Count - 1];
        if (start + id.Length > IdBytes.Length)
        {
            var bigger = IdBytes;
            Array.Resize(ref bigger, Math.Max(IdBytes.Length * 2, start + id.Length));
            IdBytes = bigger;
        }

        id.CopyTo(IdBytes.AsSpan(start));
        IdEnd[Count] = start + id.Length;
        Rows[Count] = row;
        Inputs[Count] = new QFractureInput(row.Sex, row.Age, row.Bmi, row.Ethnicity, row.Smoking, row.Alcohol, row.Factors, row.Years);
        Errors[Count] = errors.Count == 0 ? null : string.Join(" ", errors.Select(e => e.Message));
        Count++;
    }
}
