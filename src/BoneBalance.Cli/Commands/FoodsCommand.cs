using System.CommandLine;
using System.Globalization;
using BoneBalance.Core.Nutrition;
using BoneBalance.Data;
using BoneBalance.Data.Contracts;
using Spectre.Console;

namespace BoneBalance.Cli.Commands;

/// <summary>
/// <c>bonebalance foods search QUERY [--limit N] [--json]</c> and <c>bonebalance foods show ID [--json]</c>.
/// Ids are <c>usda:</c> + the 5-digit SR28 NDB number (e.g. <c>usda:01001</c>), <c>lit:</c> + a slug for foods
/// known only from the menaquinone literature, or <c>ciqual:</c> + the CIQUAL 2025 food code (French foods with a K2
/// value and no SR28 counterpart). The "K2 total" column is the sum of the MK forms or a CIQUAL total (no forms). Values read "n/a" (JSON: <c>not_analysed</c>) when nobody analysed
/// them — never 0. Both take <c>--database PATH</c> (default <see cref="FoodDatabase.DefaultPath"/>); the catalogue is
/// built there from the shipped data on first use, and its path is then printed on stderr.
/// Exit codes: 0 done, 2 bad input (no such food, --limit out of range).
/// </summary>
internal static class FoodsCommand
{
    /// <summary>The command with the real catalogue (built on first use at <c>--database</c>, default <see cref="FoodDatabase.DefaultPath"/>).</summary>
    public static Command Create(Terminal terminal) => Create(terminal.Console, terminal.Out, terminal.Error, path => OpenCatalogue(terminal, path));

    /// <summary>The command writing tables to <paramref name="console"/>, JSON to <paramref name="output"/> and
    /// errors to <paramref name="error"/>, with the catalogue that <paramref name="openCatalogue"/> opens from the
    /// <c>--database</c> path.</summary>
    public static Command Create(IAnsiConsole console, TextWriter output, TextWriter error, Func<string, FoodCatalogue> openCatalogue)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        ArgumentNullException.ThrowIfNull(openCatalogue);

        var query = new Argument<string>("query") { Description = "Words of the food name; prefixes and small typos are fine." };
        var limit = new Option<int>("--limit") { Description = "Most results to show (1-100).", DefaultValueFactory = _ => 10 };
        var searchJson = new Option<bool>("--json") { Description = "Write JSON instead of a table." };
        var searchDatabase = DatabaseOption.Create();
        var search = new Command("search", "Find foods by name, most relevant and most common first.") { query, limit, searchJson, searchDatabase };
        search.SetAction(parse =>
        {
            var n = parse.GetValue(limit);
            if (n is < 1 or > 100)
            {
                error.WriteLine($"error: --limit '{n}' is out of range; valid: 1 to 100.");
                return Program.BadInput;
            }

            using var catalogue = openCatalogue(parse.GetValue(searchDatabase)!);
            var text = parse.GetValue(query) ?? string.Empty;
            var hits = catalogue.Search(text, n);
            var foods = hits.Select(h => h.Food).ToList();
            if (parse.GetValue(searchJson))
            {
                output.WriteLine(System.Text.Encoding.UTF8.GetString(FoodDocument.SearchToUtf8(text, hits.Select(h => (h.Food, h.Score)))));
            }
            else
            {
                RenderSearch(console, foods);
            }

            return 0;
        });

        var id = new Argument<string>("id") { Description = "Food id, e.g. usda:16113 (as shown by 'foods search')." };
        var showJson = new Option<bool>("--json") { Description = "Write JSON instead of tables." };
        var showDatabase = DatabaseOption.Create();
        var show = new Command("show", "Show every nutrient and household measure of one food, with sources.") { id, showJson, showDatabase };
        show.SetAction(parse =>
        {
            using var catalogue = openCatalogue(parse.GetValue(showDatabase)!);
            var wanted = parse.GetValue(id) ?? string.Empty;
            if (catalogue.Find(wanted) is not { } food)
            {
                error.WriteLine($"error: id '{wanted}' is not a food of the catalogue; valid: usda:NNNNN, lit:… or ciqual:NNNNN as listed by 'bonebalance foods search'.");
                return Program.BadInput;
            }

            if (parse.GetValue(showJson))
            {
                output.WriteLine(System.Text.Encoding.UTF8.GetString(FoodDocument.ToUtf8(food)));
            }
            else
            {
                RenderShow(console, food);
            }

            return 0;
        });

        return new Command("foods", "Search the food-composition catalogue (USDA SR28 + literature menaquinones + CIQUAL 2025 vitamin K2).") { search, show };
    }

    /// <summary>
    /// Opens the catalogue at <paramref name="path"/>, building it from the shipped data first when needed (1–2 s).
    /// The spinner and the "built at PATH" line go to stderr, so --json output on stdout stays clean.
    /// </summary>
    internal static FoodCatalogue OpenCatalogue(Terminal terminal, string path)
    {
        bool Build() => FoodDatabase.EnsureCreated(path);
        var built = terminal.ErrorIsInteractive
            ? terminal.ErrorConsole.Status().Start("Opening the food catalogue (built on first use)…", _ => Build())
            : Build();
        if (built)
        {
            terminal.Error.WriteLine($"Built the food catalogue at {Path.GetFullPath(path)} from the shipped data.");
        }

        return FoodCatalogue.Load(path);
    }

    private static void RenderSearch(IAnsiConsole console, List<Food> foods)
    {
        if (foods.Count == 0)
        {
            console.MarkupLine("No food matches.");
            return;
        }

        // The id is what people copy into a diary: never wrap it.
        var table = new Table().AddColumn(new TableColumn("id").NoWrap()).AddColumns("food (group)", "per", "K1", "MK-4", "MK-7+", "K2 total", "vit D", "Ca");
        foreach (var food in foods)
        {
            table.AddRow(Markup.Escape(food.Id), $"{Markup.Escape(food.Name)}\n[grey]{Markup.Escape(food.Group)}[/]", "100 g",
                Cell(food[Nutrient.VitaminK1], 100), Cell(food[Nutrient.Menaquinone4], 100), LongChainCell(food, 100), K2TotalCell(food, 100),
                Cell(food[Nutrient.VitaminD], 100), Cell(food[Nutrient.Calcium], 100));
            if (food.Portions.Count > 0)
            {
                var p = food.Portions[0];
                table.AddRow(string.Empty, string.Empty, Markup.Escape(p.LabelWithGrams),
                    Cell(food[Nutrient.VitaminK1], p.Grams), Cell(food[Nutrient.Menaquinone4], p.Grams), LongChainCell(food, p.Grams), K2TotalCell(food, p.Grams),
                    Cell(food[Nutrient.VitaminD], p.Grams), Cell(food[Nutrient.Calcium], p.Grams));
            }
        }

        console.Write(table);
        console.MarkupLine("Sources: [[S1]] SR28 analytical, [[S4]] SR28 calculated/imputed, [[S7]] SR28 assumed zero, … (SR28 Src_Cd); [[L]] literature, [[C]] CIQUAL 2025 (food code in 'foods show' and --json); K2 total = sum of the MK forms, or CIQUAL's K2 total, which has no split by form (its MK-4/MK-7+ stay n/a); * = sum of the MK forms analysed only (a lower bound); n/a = not analysed (CIQUAL 'traces' and '< x' too).");
    }

    private static void RenderShow(IAnsiConsole console, Food food)
    {
        console.MarkupLine($"[bold]{Markup.Escape(food.Name)}[/]  {Markup.Escape(food.Id)}  ({Markup.Escape(food.Group)})");
        var values = new Table().AddColumns("nutrient", "per 100 g", "source");
        foreach (var definition in NutrientDefinition.All)
        {
            var value = food[definition.Nutrient];
            values.AddRow(Markup.Escape(definition.Name), Cell(value, 100),
                value.Source is { } s ? Markup.Escape($"{s.Dataset} {s.Code}: {s.Description}") : "not analysed");
        }

        var longChain = food.Sum(NutrientDefinition.LongChainMenaquinones);
        values.AddRow("MK-7+ (MK-7 … MK-10)", LongChainCell(food, 100),
            longChain.PerHundredGrams is null ? "not analysed" : Markup.Escape(longChain.IsComplete ? "sum of all four" : "sum of " + string.Join(", ", longChain.Analysed.Select(n => NutrientDefinition.Of(n).Code)) + " only"));
        var k2 = IntakeNutrientDefinition.Of(IntakeNutrient.VitaminK2Total).PerHundredGrams(food);
        values.AddRow("K2 total", K2TotalCell(food, 100), food[Nutrient.VitaminK2].IsAnalysed
            ? "CIQUAL total of all menaquinones (no split by form: MK-4 and MK-7+ stay not analysed)"
            : food.Sum(NutrientDefinition.Menaquinones).PerHundredGrams is null ? "not analysed"
            : Markup.Escape(k2.IsComplete ? "sum of MK-4 … MK-10" : "sum of the MK forms analysed only (a lower bound)"));
        console.Write(values);

        if (food.Portions.Count > 0)
        {
            var portions = new Table().AddColumns("measure", "grams", "K1", "MK-4", "MK-7+", "K2 total", "vit D", "Ca");
            foreach (var p in food.Portions)
            {
                portions.AddRow(Markup.Escape(p.Label), Number(p.Grams), Cell(food[Nutrient.VitaminK1], p.Grams), Cell(food[Nutrient.Menaquinone4], p.Grams),
                    LongChainCell(food, p.Grams), K2TotalCell(food, p.Grams), Cell(food[Nutrient.VitaminD], p.Grams), Cell(food[Nutrient.Calcium], p.Grams));
            }

            console.Write(portions);
        }
    }

    private static string Cell(NutrientValue value, double grams) => value.ForGrams(grams) is { } amount
        ? Markup.Escape($"{Number(amount)} {NutrientDefinition.Of(value.Nutrient).UnitSymbol} {Tag(value.Source!)}")
        : "n/a";

    private static string LongChainCell(Food food, double grams)
    {
        var total = food.Sum(NutrientDefinition.LongChainMenaquinones);
        return total.PerHundredGrams is { } perHundred
            ? Markup.Escape($"{Number(perHundred * grams / 100)} µg [L]{(total.IsComplete ? string.Empty : "*")}")
            : "n/a";
    }

    /// <summary>K2 total as the intake counts it: a CIQUAL total (tagged with its food code), or the sum of the MK
    /// forms (* when some form was not analysed), or n/a when no K2 value at all.</summary>
    private static string K2TotalCell(Food food, double grams)
    {
        if (food[Nutrient.VitaminK2] is { IsAnalysed: true } total)
        {
            return Cell(total, grams);
        }

        var forms = food.Sum(NutrientDefinition.Menaquinones);
        return forms.PerHundredGrams is { } perHundred
            ? Markup.Escape($"{Number(perHundred * grams / 100)} µg{(forms.IsComplete ? string.Empty : "*")}")
            : "n/a";
    }

    private static string Tag(ValueSource source) => source.Dataset switch
    {
        ValueSource.UsdaSr28 => $"[S{source.Code}]",
        ValueSource.Ciqual => "[C]",
        _ => "[L]",
    };

    private static string Number(double value) => value.ToString(value >= 100 ? "0" : value >= 10 ? "0.#" : "0.##", CultureInfo.InvariantCulture);
}
