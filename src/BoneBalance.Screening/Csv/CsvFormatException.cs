namespace BoneBalance.Cli.Csv;

/// <summary>A CSV file that cannot be split into records; the message names the line.</summary>
internal sealed class CsvFormatException(long line, string problem)
    : FormatException($"line {line}: {problem}")
{
    public long Line { get; } = line;
}
