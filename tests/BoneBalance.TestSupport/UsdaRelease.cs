namespace BoneBalance.TestSupport;

/// <summary>
/// The raw USDA SR28 release vendored in the repository (<c>data/sources/usda-sr28</c>), and writable copies of it for
/// tests that corrupt or remove files.
/// </summary>
public static class UsdaRelease
{
    /// <summary>The release's folder.</summary>
    public static string Directory { get; } = Path.GetFullPath(Repository.File("data", "sources", "usda-sr28"));

    /// <summary>Copies the release into <paramref name="target"/> (created), clearing read-only flags of the source.</summary>
    public static string CopyTo(string target)
    {
        System.IO.Directory.CreateDirectory(target);
        foreach (var file in System.IO.Directory.GetFiles(Directory))
        {
            var copy = Path.Combine(target, Path.GetFileName(file));
            File.Copy(file, copy);
            File.SetAttributes(copy, FileAttributes.Normal);
        }

        return target;
    }

    /// <summary>Replaces line <paramref name="line"/> (1-based) of a latin-1, CRLF SR28 file.</summary>
    public static void ReplaceLine(string path, int line, Func<string, string> change)
    {
        var lines = File.ReadAllText(path, System.Text.Encoding.Latin1).Split("\r\n");
        lines[line - 1] = change(lines[line - 1]);
        File.WriteAllText(path, string.Join("\r\n", lines), System.Text.Encoding.Latin1);
    }
}
