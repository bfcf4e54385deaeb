namespace BoneBalance.Data.Tests;

/// <summary>Where the tests find the raw SR28 release: <c>../shared/data/usda-sr28</c> beside the repository.</summary>
internal static class TestData
{
    public static string RepositoryRoot { get; } = FindRoot();

    public static string UsdaDirectory { get; } =
        Path.GetFullPath(Path.Combine(RepositoryRoot, "..", "shared", "data", "usda-sr28"));

    /// <summary>A new empty directory under the system temp folder.</summary>
    public static string NewTempDirectory()
    {
        var path = Path.Combine(Path.GetTempPath(), "bonebalance-data-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(path);
        return path;
    }

    /// <summary>Copies the raw SR28 release into <paramref name="directory"/> so a test may corrupt it.</summary>
    public static string CopyOfUsda(string directory)
    {
        var copy = Path.Combine(directory, "usda-sr28");
        Directory.CreateDirectory(copy);
        foreach (var file in Directory.GetFiles(UsdaDirectory))
        {
            File.Copy(file, Path.Combine(copy, Path.GetFileName(file)));
        }

        return copy;
    }

    /// <summary>Replaces line <paramref name="line"/> (1-based) of a latin-1, CRLF SR28 file.</summary>
    public static void ReplaceLine(string path, int line, Func<string, string> change)
    {
        var lines = File.ReadAllText(path, System.Text.Encoding.Latin1).Split("\r\n");
        lines[line - 1] = change(lines[line - 1]);
        File.WriteAllText(path, string.Join("\r\n", lines), System.Text.Encoding.Latin1);
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "BoneBalance.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("BoneBalance.slnx not found above the test assembly.");
    }
}
