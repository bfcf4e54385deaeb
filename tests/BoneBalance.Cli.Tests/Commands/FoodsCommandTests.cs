using System.CommandLine;
using System.Text.Json;
using BoneBalance.Cli.Commands;
using BoneBalance.Data;
using Spectre.Console;

namespace BoneBalance.Cli.Tests.Commands;

/// <summary><c>foods search</c> and <c>foods show</c> against the shipped catalogue.</summary>
public sealed class FoodsCommandTests : IDisposable
{
    private readonly TempDirectory _temp = new();
    private readonly string _database;

    public FoodsCommandTests()
    {
        _database = Path.Combine(_temp.Path, "foods.db");
        FoodDatabase.EnsureCreated(_database);
    }

    public void Dispose() => _temp.Dispose();

    // One intake nutrient of a food document (nutrients[], per 100 g), by its token.
    private static JsonElement Nutrient(JsonElement food, string token) =>
        food.GetProperty("nutrients").EnumerateArray().Single(n => n.GetProperty("nutrient").GetString() == token);

    // One value of foods show (values[], per 100 g), by its nutrient code.
    private static JsonElement Value(JsonElement food, string code) =>
        food.GetProperty("values").EnumerateArray().Single(n => n.GetProperty("code").GetString() == code);

    [Fact]
    public void Search_json_lists_values_with_sources_and_not_analysed_as_null()
    {
        var (code, output, _, _) = Run("foods", "search", "natto", "--limit", "1", "--json");
        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(output);
        Assert.Equal("natto", json.RootElement.GetProperty("query").GetString());
        var natto = json.RootElement.GetProperty("results")[0];
        Assert.Equal("usda:16113", natto.GetProperty("id").GetString());
        Assert.True(natto.GetProperty("score").GetDouble() > 0);
        var k1 = Nutrient(natto, "vitamin_k1");
        Assert.Equal(23.1, k1.GetProperty("amount").GetDouble());
        Assert.Equal("ug", k1.GetProperty("unit").GetString());
        Assert.True(k1.GetProperty("complete").GetBoolean());
        Assert.Equal("USDA SR28", k1.GetProperty("sources")[0].GetProperty("dataset").GetString());
        var mk7 = Nutrient(natto, "mk7plus");
        Assert.Equal(939, mk7.GetProperty("amount").GetDouble());
        Assert.False(mk7.GetProperty("complete").GetBoolean());
        Assert.Equal(217, Nutrient(natto, "calcium").GetProperty("amount").GetDouble());

        // Not analysed is a null amount, never 0, with complete false and no source.
        var mk4 = Nutrient(natto, "mk4");
        Assert.Equal(JsonValueKind.Null, mk4.GetProperty("amount").ValueKind);
        Assert.False(mk4.GetProperty("complete").GetBoolean());
        Assert.Empty(mk4.GetProperty("sources").EnumerateArray());
    }

    [Fact]
    public void Search_json_shows_a_CIQUAL_K2_total_with_its_code_and_MK_forms_as_not_analysed()
    {
        // CIQUAL 2025 22002 "Egg yolk, raw": K2 23,8 µg/100 g, given to SR28 01125 by the reviewed mapping.
        var (code, output, _, _) = Run("foods", "search", "egg yolk", "--limit", "1", "--json");
        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(output);
        var yolk = json.RootElement.GetProperty("results")[0];
        Assert.Equal("usda:01125", yolk.GetProperty("id").GetString());
        var k2 = Nutrient(yolk, "k2_total");
        Assert.Equal(23.8, k2.GetProperty("amount").GetDouble());
        Assert.True(k2.GetProperty("complete").GetBoolean());
        var source = Assert.Single(k2.GetProperty("sources").EnumerateArray());
        Assert.Equal("CIQUAL 2025", source.GetProperty("dataset").GetString());
        Assert.Equal("22002", source.GetProperty("code").GetString());
        Assert.Equal(JsonValueKind.Null, Nutrient(yolk, "mk4").GetProperty("amount").ValueKind);
        Assert.Equal(JsonValueKind.Null, Nutrient(yolk, "mk7plus").GetProperty("amount").ValueKind);
    }

    [Fact]
    public void Search_table_lists_a_CIQUAL_food_with_its_K2_total()
    {
        // CIQUAL 16400 "Butter, 80% fat minimum, unsalted": K2 15, K1 5,7 µg/100 g; a food of its own.
        var (code, _, table, _) = Run("foods", "search", "butter unsalted");
        Assert.Equal(0, code);
        Assert.Contains("ciqual:16400", table, StringComparison.Ordinal);
        Assert.Contains("15 µg [C]", table, StringComparison.Ordinal);
        Assert.Contains("[C] CIQUAL 2025", table, StringComparison.Ordinal);
        var (showCode, _, shown, _) = Run("foods", "show", "ciqual:16400");
        Assert.Equal(0, showCode);
        Assert.Contains("CIQUAL 2025 16400", shown, StringComparison.Ordinal);
    }

    [Fact]
    public void Search_table_shows_the_food_and_marks_missing_values()
    {
        var (code, _, table, _) = Run("foods", "search", "gouda chese");
        Assert.Equal(0, code);
        Assert.Contains("usda:01022", table, StringComparison.Ordinal);
        Assert.Contains("Cheese, gouda", table, StringComparison.Ordinal);
        Assert.Contains("700 mg [S1]", table, StringComparison.Ordinal);
        Assert.Contains("n/a", table, StringComparison.Ordinal);
    }

    [Fact]
    public void Show_json_has_every_nutrient()
    {
        var (code, output, _, _) = Run("foods", "show", "usda:11233", "--json");
        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(output);
        var kale = json.RootElement;
        Assert.Equal(704.8, Value(kale, "vitamin_k1_ug").GetProperty("amount").GetDouble());
        Assert.Equal("Assumed zero", Value(kale, "vitamin_d_ug").GetProperty("source").GetProperty("description").GetString());
        Assert.Equal(19, kale.GetProperty("values").GetArrayLength());
        Assert.Equal(7, kale.GetProperty("nutrients").GetArrayLength());

        // Raw kale's K2 is CIQUAL 2025's analysed 0 (food 20346, mapped by data/nutrition/ciqual_mapping.csv), not "not analysed".
        var k2 = Value(kale, "vitamin_k2_ug");
        Assert.Equal(0, k2.GetProperty("amount").GetDouble());
        Assert.Equal("CIQUAL 2025", k2.GetProperty("source").GetProperty("dataset").GetString());
        Assert.Equal("20346", k2.GetProperty("source").GetProperty("code").GetString());
        var total = Nutrient(kale, "k2_total");
        Assert.Equal(0, total.GetProperty("amount").GetDouble());
        Assert.True(total.GetProperty("complete").GetBoolean());
        var mk4 = Value(kale, "mk4_ug");
        Assert.Equal(JsonValueKind.Null, mk4.GetProperty("amount").ValueKind);
        Assert.Equal(JsonValueKind.Null, mk4.GetProperty("source").ValueKind);

        // A household measure: its label as the diary takes it and its weight.
        var cup = kale.GetProperty("measures")[0];
        Assert.False(string.IsNullOrEmpty(cup.GetProperty("label").GetString()));
        Assert.True(cup.GetProperty("grams").GetDouble() > 0);
    }

    [Fact]
    public void Show_unknown_id_fails_with_one_sentence_on_stderr()
    {
        var (code, output, _, error) = Run("foods", "show", "usda:99999");
        Assert.Equal(2, code);
        Assert.Empty(output);
        Assert.Contains("error: id 'usda:99999' is not a food of the catalogue; valid: usda:NNNNN", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Search_limit_out_of_range_is_refused()
    {
        var (code, _, _, error) = Run("foods", "search", "milk", "--limit", "0");
        Assert.Equal(2, code);
        Assert.Contains("--limit '0' is out of range; valid: 1 to 100.", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Database_option_builds_the_catalogue_there_once_and_names_the_path()
    {
        var other = Path.Combine(_temp.Path, "other", "foods.db");

        var (first, json, firstError) = CliRunner.Run("foods", "search", "natto", "--limit", "1", "--json", "--database", other);
        var (second, _, secondError) = CliRunner.Run("foods", "search", "natto", "--limit", "1", "--json", "--database", other);

        Assert.Equal((0, 0), (first, second));
        Assert.True(File.Exists(other));
        Assert.Contains($"Built the food catalogue at {other} from the shipped data.", firstError, StringComparison.Ordinal);
        Assert.Empty(secondError);
        using var doc = JsonDocument.Parse(json); // stdout holds only the JSON
        Assert.Equal("usda:16113", doc.RootElement.GetProperty("results")[0].GetProperty("id").GetString());
    }

    [Theory]
    [InlineData("search")]
    [InlineData("import")]
    public void Database_option_refuses_a_file_that_is_not_a_food_catalogue_and_leaves_it_untouched(string command)
    {
        // A copy of another SQLite database (here: a table of accounts) passed by mistake used to be overwritten.
        var accounts = Path.Combine(_temp.Path, $"accounts-{command}.db");
        using (var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={accounts};Pooling=False"))
        {
            connection.Open();
            using var create = connection.CreateCommand();
            create.CommandText = "CREATE TABLE AspNetUsers (Id TEXT); INSERT INTO AspNetUsers VALUES ('ann');";
            create.ExecuteNonQuery();
        }

        var before = File.ReadAllBytes(accounts);
        var (exit, output, error) = command == "search"
            ? CliRunner.Run("foods", "search", "natto", "--database", accounts)
            : CliRunner.Run("import", "usda", BoneBalance.TestSupport.UsdaRelease.Directory, "--database", accounts);

        Assert.Equal(2, exit);
        Assert.Empty(output);
        Assert.Equal(
            $"error: database '{accounts}' is not a BoneBalance food catalogue and was left as it is (choose another path, or remove the file yourself); valid: a BoneBalance food catalogue, an empty file or a path where no file exists yet.",
            error.Trim());
        Assert.Equal(before, File.ReadAllBytes(accounts));
    }

    [Fact]
    public void Redirected_search_table_keeps_every_food_name_whole()
    {
        // Not a terminal: laid out wide (Terminal.RedirectedWidth), so no column breaks a word ("milkfa" / "t").
        var (exit, output, error) = CliRunner.Run("foods", "search", "milk", "--limit", "3", "--database", _database);
        Assert.True(exit == 0, error);
        Assert.Contains("Milk, whole, 3.25% milkfat, with added vitamin D", output, StringComparison.Ordinal);
        Assert.Contains("1 cup (244 g)", output, StringComparison.Ordinal);
    }

    [Fact]
    public void No_arguments_prints_the_help_and_exits_0()
    {
        var (exit, output, error) = CliRunner.Run();
        Assert.Equal(0, exit);
        Assert.Empty(error);
        Assert.Contains("Usage:", output, StringComparison.Ordinal);
        Assert.Contains("assess <profile>", output, StringComparison.Ordinal);
    }

    private (int Code, string Output, string Console, string Error) Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        using var screen = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(screen), Ansi = AnsiSupport.No, ColorSystem = ColorSystemSupport.NoColors, Interactive = InteractionSupport.No,
        });
        console.Profile.Width = 250;
        var root = new RootCommand("test") { FoodsCommand.Create(console, output, error, _ => FoodCatalogue.Load(_database)) };
        var code = root.Parse(args).Invoke(new InvocationConfiguration { Output = output, Error = error });
        return (code, output.ToString(), screen.ToString(), error.ToString());
    }
}
