namespace BoneBalance.TestSupport;

/// <summary>A new empty directory under the system temp folder, deleted with everything in it when disposed.</summary>
public sealed class TempDirectory : IDisposable
{
    /// <summary>Creates the directory (<c>bonebalance-tests/&lt;guid&gt;</c> under the temp folder).</summary>
    public TempDirectory()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "bonebalance-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    /// <summary>The directory's full path.</summary>
    public string Path { get; }

    /// <summary>A path in the directory.</summary>
    public string File(string name) => System.IO.Path.Combine(Path, name);

    /// <summary>Deletes the directory, if it is still there.</summary>
    public void Dispose()
    {
        if (Directory.Exists(Path))
        {
            Directory.Delete(Path, recursive: true);
        }
    }
}
