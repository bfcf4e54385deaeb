namespace BoneBalance.Data.Tests;

/// <summary>Copies of the raw SR28 release for the catalogue tests.</summary>
internal static class TestData
{
    /// <summary>Copies the raw SR28 release into <c>usda-sr28</c> under <paramref name="directory"/> so a test may corrupt it.</summary>
    public static string CopyOfUsda(string directory) => UsdaRelease.CopyTo(Path.Combine(directory, "usda-sr28"));
}
