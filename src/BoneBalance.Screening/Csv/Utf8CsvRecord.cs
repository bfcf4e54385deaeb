namespace BoneBalance.Cli.Csv;

/// <summary>A view of one CSV record's unescaped UTF-8 fields, as <see cref="Utf8CsvReader"/> gives it (valid while the
/// buffer it points into is unchanged).</summary>
internal readonly ref struct Utf8CsvRecord(ReadOnlySpan<byte> data, ReadOnlySpan<int> starts, ReadOnlySpan<int> lengths)
{
    private readonly ReadOnlySpan<byte> _data = data;
    private readonly ReadOnlySpan<int> _starts = starts;
    private readonly ReadOnlySpan<int> _lengths = lengths;

    public int FieldCount => _starts.Length;

    public ReadOnlySpan<byte> this[int index] => _data.Slice(_starts[index], _lengths[index]);
}
