namespace BoneBalance.TestSupport;

/// <summary>The repository the tests run from.</summary>
public static class Repository
{
    /// <summary>The folder holding BoneBalance.slnx, found by walking up from the test assembly.</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>A path below <see cref="Root"/> (<c>Repository.File("data", "nutrition", "x.csv")</c>).</summary>
    public static string File(params string[] parts) => Path.Combine([Root, .. parts]);

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (System.IO.File.Exists(Path.Combine(directory.FullName, "BoneBalance.slnx")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("BoneBalance.slnx not found above " + AppContext.BaseDirectory);
    }
}
