namespace BoneBalance.Data.Import;

/// <summary>
/// Rebuilds the food database from the raw USDA SR28 files (the CLI's <c>bonebalance import usda DIR</c>), and
/// regenerates the compact tables shipped in <c>data/nutrition/</c>.
/// </summary>
public static class Importer
{
    /// <summary>
    /// Reads the SR28 release in <paramref name="directory"/>, merges the shipped menaquinone literature table
    /// and the shipped CIQUAL 2025 vitamin K extract through their reviewed mappings, and replaces the database at <paramref name="targetDbPath"/> atomically: on
    /// any error (a malformed line gives a <see cref="DataFileFormatException"/> naming file and line) the
    /// previous database is left untouched.
    /// </summary>
    public static ImportSummary ImportUsda(string directory, string targetDbPath)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        ArgumentException.ThrowIfNullOrWhiteSpace(targetDbPath);
        var usda = UsdaRawReader.Read(directory);
        var literature = MenaquinoneMapping.Read(FoodDatabase.OpenShipped);
        var ciqual = CiqualTable.Read(FoodDatabase.OpenShipped);
        return FoodDatabase.Build(usda, literature, ciqual, targetDbPath, "usda-raw", null);
    }

    /// <summary>
    /// Writes the compact SR28 tables (the files shipped in <c>data/nutrition/</c>) from the raw release in
    /// <paramref name="usdaDirectory"/> into <paramref name="outputDirectory"/>.
    /// </summary>
    public static void ExportCompact(string usdaDirectory, string outputDirectory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(usdaDirectory);
        ArgumentException.ThrowIfNullOrWhiteSpace(outputDirectory);
        UsdaCompactFiles.Write(UsdaRawReader.Read(usdaDirectory), outputDirectory);
    }
}
