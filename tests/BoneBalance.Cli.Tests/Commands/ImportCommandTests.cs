using System.Security.Cryptography;
using System.Text.Json;

namespace BoneBalance.Cli.Tests.Commands;

/// <summary>
/// <c>bonebalance import usda DIR --database PATH</c> through the whole command line: a good import replaces the
/// catalogue, a bad one exits 2 with one sentence naming file and line and leaves the previous catalogue as it was.
/// </summary>
public sealed class ImportCommandTests : IDisposable
{
    private readonly TempDirectory _temp = new();
    private readonly string _database;

    public ImportCommandTests()
    {
        _database = Path.Combine(_temp.Path, "foods.db");
    }

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Import_builds_the_catalogue_from_the_raw_files_and_prints_a_summary()
    {
        var (exit, stdout, stderr) = CliRunner.Run("import", "usda", UsdaRelease.Directory, "--database", _database);

        Assert.True(exit == 0, stderr);
        // FOOD_DES.txt has 8,789 records; WEIGHT.txt 15,438; the catalogue adds one literature-only food (Dunlop 2022) and the 83
        // CIQUAL 2025 foods with a K2 number that are not mapped onto an SR28 food (data/SOURCES.md).
        Assert.Contains("8,873 foods", stdout, StringComparison.Ordinal);
        Assert.Contains("15,438 household measures", stdout, StringComparison.Ordinal);
        Assert.Contains("literature menaquinone values", stdout, StringComparison.Ordinal);
        Assert.Contains("293 CIQUAL 2025 values", stdout, StringComparison.Ordinal);
        Assert.Contains(Path.GetFullPath(_database), stdout, StringComparison.Ordinal);

        // The imported catalogue answers foods show: kale, raw (NDB 11233) has K1 704.8 µg/100 g in NUT_DATA.
        var (showExit, json, _) = CliRunner.Run("foods", "show", "usda:11233", "--json", "--database", _database);
        Assert.Equal(0, showExit);
        using var doc = JsonDocument.Parse(json);
        Assert.Equal(704.8, doc.RootElement.GetProperty("values").EnumerateArray().Single(v => v.GetProperty("code").GetString() == "vitamin_k1_ug").GetProperty("amount").GetDouble());
    }

    [Fact]
    public void Malformed_line_exits_2_names_file_and_line_and_keeps_the_previous_catalogue()
    {
        var (buildExit, _, _) = CliRunner.Run("foods", "show", "usda:01001", "--database", _database);
        Assert.Equal(0, buildExit);
        var before = Hash(_database);

        var usda = UsdaRelease.CopyTo(Path.Combine(_temp.Path, "sr28"));
        // WEIGHT.txt line 3 is ~01001~^3^1^~cup~^227^^ (1 cup of butter = 227 g); make the gram weight unreadable.
        UsdaRelease.ReplaceLine(Path.Combine(usda, "WEIGHT.txt"), 3, line => line.Replace("^227^", "^22x7^", StringComparison.Ordinal));

        var (exit, stdout, stderr) = CliRunner.Run("import", "usda", usda, "--database", _database);

        Assert.Equal(2, exit);
        Assert.Empty(stdout);
        var message = Assert.Single(stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith($"error: {Path.Combine(usda, "WEIGHT.txt")}, line 3: Gm_Wgt '22x7' is not a finite number", message, StringComparison.Ordinal);
        Assert.Contains("is unchanged.", message, StringComparison.Ordinal);
        Assert.Equal(before, Hash(_database));
        Assert.Empty(Directory.GetFiles(_temp.Path, "foods.db.*.tmp"));

        // And the old catalogue still works.
        var (showExit, _, _) = CliRunner.Run("foods", "show", "usda:01001", "--database", _database);
        Assert.Equal(0, showExit);
    }

    [Fact]
    public void Missing_directory_exits_2_naming_it()
    {
        var missing = Path.Combine(_temp.Path, "no-such-dir");
        var (exit, _, stderr) = CliRunner.Run("import", "usda", missing, "--database", _database);

        Assert.Equal(2, exit);
        Assert.StartsWith($"error: SR28 directory '{missing}' does not exist; valid: a directory holding FD_GROUP.txt", stderr, StringComparison.Ordinal);
        Assert.False(File.Exists(_database));
    }

    [Fact]
    public void Missing_file_exits_2_naming_it_and_keeps_the_previous_catalogue()
    {
        CliRunner.Run("foods", "show", "usda:01001", "--database", _database);
        var before = Hash(_database);
        var usda = UsdaRelease.CopyTo(Path.Combine(_temp.Path, "sr28"));
        File.Delete(Path.Combine(usda, "WEIGHT.txt"));

        var (exit, _, stderr) = CliRunner.Run("import", "usda", usda, "--database", _database);

        Assert.Equal(2, exit);
        Assert.StartsWith($"error: SR28 file '{Path.Combine(usda, "WEIGHT.txt")}' does not exist", stderr, StringComparison.Ordinal);
        Assert.Equal(before, Hash(_database));
    }

    private static string Hash(string path) => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(path)));
}
