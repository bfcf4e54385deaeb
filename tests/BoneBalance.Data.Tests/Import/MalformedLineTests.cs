using BoneBalance.Data.Import;

namespace BoneBalance.Data.Tests.Import;

/// <summary>A malformed line stops the import with an error naming the file and the line.</summary>
public sealed class MalformedLineTests
{
    [Fact]
    public void Missing_field_in_FOOD_DES_names_file_and_line()
    {
        using var temp = new TempDirectory();
        var dir = TestData.CopyOfUsda(temp.Path);
        // Line 3 is ~01003~ Butter oil; drop its last field.
        UsdaRelease.ReplaceLine(Path.Combine(dir, "FOOD_DES.txt"), 3, line => line[..line.LastIndexOf('^')]);

        var error = Assert.Throws<DataFileFormatException>(() => Importer.ImportUsda(dir, temp.File("foods.db")));
        Assert.Equal("FOOD_DES.txt", error.File);
        Assert.Equal(3, error.Line);
        Assert.StartsWith("FOOD_DES.txt, line 3: expected 14 '^'-separated fields, found 13", error.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(temp.File("foods.db")));
    }

    [Fact]
    public void Bad_number_in_WEIGHT_names_file_line_and_field()
    {
        using var temp = new TempDirectory();
        var dir = TestData.CopyOfUsda(temp.Path);
        // Line 3 is ~01001~^3^1^~cup~^227^^ (1 cup of butter = 227 g).
        UsdaRelease.ReplaceLine(Path.Combine(dir, "WEIGHT.txt"), 3, line => line.Replace("^227^", "^22x7^", StringComparison.Ordinal));

        var error = Assert.Throws<DataFileFormatException>(() => Importer.ImportUsda(dir, temp.File("foods.db")));
        Assert.Equal("WEIGHT.txt", error.File);
        Assert.Equal(3, error.Line);
        Assert.Contains("Gm_Wgt '22x7'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Unclosed_text_quote_is_reported()
    {
        using var temp = new TempDirectory();
        var dir = TestData.CopyOfUsda(temp.Path);
        UsdaRelease.ReplaceLine(Path.Combine(dir, "FD_GROUP.txt"), 2, line => line.TrimEnd('~'));

        var error = Assert.Throws<DataFileFormatException>(() => Importer.ImportUsda(dir, temp.File("foods.db")));
        Assert.Equal(("FD_GROUP.txt", 2), (error.File, error.Line));
        Assert.Contains("never closes", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Bare_CR_line_ends_are_accepted()
    {
        // The README warns that WEIGHT.txt may use bare CR line ends; a file using them throughout reads the same.
        using var temp = new TempDirectory();
        var dir = TestData.CopyOfUsda(temp.Path);
        var weight = Path.Combine(dir, "WEIGHT.txt");
        File.WriteAllText(weight, File.ReadAllText(weight, System.Text.Encoding.Latin1).Replace("\r\n", "\r", StringComparison.Ordinal), System.Text.Encoding.Latin1);

        var summary = Importer.ImportUsda(dir, temp.File("foods.db"));
        Assert.Equal(15438, summary.Portions);
    }

    [Fact]
    public void Unknown_food_in_NUT_DATA_is_reported_with_its_line()
    {
        using var temp = new TempDirectory();
        var dir = TestData.CopyOfUsda(temp.Path);
        var data = Path.Combine(dir, "NUT_DATA.txt.gz");
        string text;
        using (var input = new System.IO.Compression.GZipStream(File.OpenRead(data), System.IO.Compression.CompressionMode.Decompress))
        using (var reader = new StreamReader(input, System.Text.Encoding.Latin1))
        {
            text = reader.ReadToEnd();
        }

        var lines = text.Split("\r\n");
        lines[1] = lines[1].Replace("~01001~", "~99999~", StringComparison.Ordinal);
        File.Delete(data);
        File.WriteAllText(Path.Combine(dir, "NUT_DATA.txt"), string.Join("\r\n", lines), System.Text.Encoding.Latin1);

        var error = Assert.Throws<DataFileFormatException>(() => Importer.ImportUsda(dir, temp.File("foods.db")));
        Assert.Equal(("NUT_DATA.txt", 2), (error.File, error.Line));
        Assert.Contains("NDB_No 99999 is not in FOOD_DES.txt", error.Message, StringComparison.Ordinal);
    }
}
