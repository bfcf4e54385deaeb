namespace BoneBalance.Cli.Commands;

/// <summary>
/// The README's exit-code rule for an input file that could not be read: a path that is missing or a directory is bad
/// input (exit 2, naming the field, the path and what is valid); anything else — no permission, a failing disk — is a
/// failure (exit 1).
/// </summary>
internal static class InputFile
{
    /// <summary>Writes the one-line error for <paramref name="path"/> and returns the exit code.</summary>
    /// <param name="error">Standard error.</param>
    /// <param name="field">The input's name (<c>profile</c>, <c>--fhir</c>, <c>--diary</c>, <c>DIARY</c>).</param>
    /// <param name="path">The path as given.</param>
    /// <param name="valid">What a valid value is (<c>an existing profile JSON file</c>).</param>
    /// <param name="exception">Why reading failed.</param>
    public static int Report(TextWriter error, string field, string path, string valid, Exception exception)
    {
        if (Directory.Exists(path))
        {
            error.WriteLine($"error: {field} '{path}' is a directory; valid: {valid}.");
            return Program.BadInput;
        }

        if (exception is FileNotFoundException or DirectoryNotFoundException)
        {
            error.WriteLine($"error: {field} '{path}' is not an existing file; valid: {valid}.");
            return Program.BadInput;
        }

        error.WriteLine($"error: cannot read {field} '{path}': {exception.Message}");
        return Program.Failure;
    }
}
