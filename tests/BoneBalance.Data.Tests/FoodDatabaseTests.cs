using BoneBalance.Core.Validation;
using System.Security.Cryptography;
using BoneBalance.Data.Import;

namespace BoneBalance.Data.Tests;

/// <summary>The database is built atomically: a failed or interrupted build leaves the previous one intact.</summary>
public sealed class FoodDatabaseTests
{
    [Fact]
    public void Failed_raw_import_leaves_the_previous_catalogue_intact_and_readable()
    {
        using var temp = new TempDirectory();
        var dir = Path.Combine(temp.Path, "catalogue");
        var db = Path.Combine(dir, "foods.db");
        Assert.True(FoodDatabase.EnsureCreated(db));
        var before = SHA256.HashData(File.ReadAllBytes(db));

        var raw = TestData.CopyOfUsda(temp.Path);
        UsdaRelease.ReplaceLine(Path.Combine(raw, "WEIGHT.txt"), 15000, line => line + "^extra");
        var error = Assert.Throws<DataFileFormatException>(() => Importer.ImportUsda(raw, db));
        Assert.Equal(("WEIGHT.txt", 15000), (error.File, error.Line));

        Assert.Equal(before, SHA256.HashData(File.ReadAllBytes(db)));
        Assert.Equal(["foods.db"], Directory.GetFiles(dir).Select(Path.GetFileName));
        using var catalogue = FoodCatalogue.Load(db);
        Assert.Equal(704.8, catalogue.Find("usda:11233")![Core.Nutrition.Nutrient.VitaminK1].PerHundredGrams);
    }

    [Fact]
    public void Build_failing_after_writing_rows_removes_its_temp_file_and_keeps_the_old_database()
    {
        using var temp = new TempDirectory();
        var dir = Path.Combine(temp.Path, "catalogue");
        var db = Path.Combine(dir, "foods.db");
        FoodDatabase.EnsureCreated(db);
        var before = SHA256.HashData(File.ReadAllBytes(db));

        // Valid tables with one duplicated NUT_DATA row: the build fails while inserting values, after foods
        // and FTS rows are already in the temporary database.
        var tables = UsdaCompactFiles.Read(FoodDatabase.OpenShipped);
        var broken = tables with { Values = [.. tables.Values, tables.Values[^1]] };
        var literature = MenaquinoneMapping.Read(FoodDatabase.OpenShipped);
        Assert.Throws<InvalidDataException>(() => FoodDatabase.Build(broken, literature, CiqualTable.Read(FoodDatabase.OpenShipped), db, "test", null));

        Assert.Equal(before, SHA256.HashData(File.ReadAllBytes(db)));
        Assert.Equal(["foods.db"], Directory.GetFiles(dir).Select(Path.GetFileName));
    }

    [Fact]
    public void EnsureCreated_builds_once_and_then_reuses_the_file()
    {
        using var temp = new TempDirectory();
        var db = temp.File(Path.Combine("sub", "foods.db"));
        Assert.True(FoodDatabase.EnsureCreated(db));
        var stamp = File.GetLastWriteTimeUtc(db);
        Assert.False(FoodDatabase.EnsureCreated(db));
        Assert.Equal(stamp, File.GetLastWriteTimeUtc(db));
    }

    [Theory]
    [InlineData("text")]
    [InlineData("sqlite")]
    public void EnsureCreated_refuses_a_file_that_is_not_a_food_catalogue_and_leaves_it_as_it_is(string kind)
    {
        // A copy of the accounts database passed as --database was overwritten before: now it is refused.
        using var temp = new TempDirectory();
        var db = temp.File("foods.db");
        if (kind == "text")
        {
            File.WriteAllText(db, "not a database");
        }
        else
        {
            using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={db};Pooling=False");
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "CREATE TABLE AspNetUsers (Id TEXT); INSERT INTO AspNetUsers VALUES ('ann');";
            command.ExecuteNonQuery();
        }

        var before = File.ReadAllBytes(db);
        var e = Assert.Throws<InvalidInputException>(() => FoodDatabase.EnsureCreated(db));
        Assert.Equal("database", e.Errors[0].Field);
        Assert.Equal(Path.GetFullPath(db), e.Errors[0].Value);
        Assert.Contains("is not a BoneBalance food catalogue and was left as it is", e.Message, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllBytes(db));
        Assert.Throws<InvalidInputException>(() => Importer.ImportUsda(UsdaRelease.Directory, db));
        Assert.Equal(before, File.ReadAllBytes(db));
        Assert.Empty(Directory.GetFiles(temp.Path, "*.tmp"));
    }

    [Fact]
    public void EnsureCreated_refuses_a_directory_and_builds_into_an_empty_file()
    {
        using var temp = new TempDirectory();
        var e = Assert.Throws<InvalidInputException>(() => FoodDatabase.EnsureCreated(temp.Path));
        Assert.Equal("is a directory", e.Errors[0].Problem);

        var db = temp.File("foods.db");
        File.WriteAllBytes(db, []);
        Assert.True(FoodDatabase.EnsureCreated(db));
        using var catalogue = FoodCatalogue.Load(db);
        Assert.Equal(8790 + 83, catalogue.Foods.Count); // SR28 + literature-only + CIQUAL foods
    }

    [Fact]
    public void EnsureCreated_rebuilds_a_catalogue_of_an_older_schema()
    {
        using var temp = new TempDirectory();
        var db = temp.File("foods.db");
        using (var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={db};Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "CREATE TABLE meta (key TEXT, value TEXT); INSERT INTO meta VALUES ('schema_version', '1');";
            command.ExecuteNonQuery();
        }

        Assert.True(FoodDatabase.EnsureCreated(db));
        using var catalogue = FoodCatalogue.Load(db);
        Assert.Equal(8790 + 83, catalogue.Foods.Count);
    }

    [Fact]
    public void EnsureCreated_keeps_a_database_imported_from_raw_files()
    {
        using var temp = new TempDirectory();
        var db = temp.File("foods.db");
        Importer.ImportUsda(UsdaRelease.Directory, db);
        var stamp = File.GetLastWriteTimeUtc(db);
        Assert.False(FoodDatabase.EnsureCreated(db));
        Assert.Equal(stamp, File.GetLastWriteTimeUtc(db));
    }

    [Fact]
    public void Temp_file_of_a_killed_build_is_removed_by_the_next_build_once_stale()
    {
        using var temp = new TempDirectory();
        var db = temp.File("foods.db");
        var abandoned = temp.File("foods.db.0123456789abcdef.tmp");
        var recent = temp.File("foods.db.fedcba9876543210.tmp");
        File.WriteAllText(abandoned, "half a database");
        File.WriteAllText(recent, "another build in progress");
        File.SetLastWriteTimeUtc(abandoned, DateTime.UtcNow.AddHours(-2));

        FoodDatabase.EnsureCreated(db);

        Assert.False(File.Exists(abandoned));
        Assert.True(File.Exists(recent));
    }
}
