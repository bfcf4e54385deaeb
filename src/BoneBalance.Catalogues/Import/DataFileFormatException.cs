namespace BoneBalance.Data.Import;

/// <summary>
/// A data file (raw SR28, shipped compact table, or menaquinone table) has a line that cannot be read.
/// The message names the file, the 1-based line and what is wrong.
/// </summary>
public sealed class DataFileFormatException : FormatException
{
    /// <summary>Creates the exception for one line of one file.</summary>
    public DataFileFormatException(string file, int line, string problem)
        : base($"{file}, line {line}: {problem}")
    {
        File = file;
        Line = line;
        Problem = problem;
    }

    /// <summary>Creates the exception (for serializers and analyzers; prefer the file/line constructor).</summary>
    public DataFileFormatException()
        : this("(unknown file)", 0, "malformed data")
    {
    }

    /// <summary>Creates the exception with a message only.</summary>
    public DataFileFormatException(string message)
        : this("(unknown file)", 0, message)
    {
    }

    /// <summary>Creates the exception with a message and inner exception.</summary>
    public DataFileFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
        File = "(unknown file)";
        Problem = message;
    }

    /// <summary>The file name (without directory), e.g. <c>WEIGHT.txt</c>.</summary>
    public string File { get; }

    /// <summary>The 1-based line number.</summary>
    public int Line { get; }

    /// <summary>What is wrong with the line.</summary>
    public string Problem { get; }
}
