using BoneBalance.TestSupport;

namespace BoneBalance.Data.Tests;

/// <summary>Temporary directories and copies of the raw SR28 release for the catalogue tests.</summary>
internal static class TestData
{
    /// <summary>A new empty directory under the system temp folder.</summary>
    public static string NewTempDirectory()
    {
        var path = Path.Combine(Path.GetTempPath(), "bonebalance-data-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(path);
        return path;
    }

    /// <summary>Copies the raw SR28 release into <c>usda-sr28</c> under <paramref name="directory"/> so a test may corrupt it.</summary>
    public static string CopyOfUsda(string directory) => UsdaRelease.CopyTo(Path.Combine(directory, "usda-sr28"));
}
