using System.CommandLine;
using System.Text.Json;
using BoneBalance.Cli.Commands;
using BoneBalance.Data;
using Spectre.Console;

namespace BoneBalance.Cli.Tests.Commands;

/// <summary><c>bonebalance intake</c> against the shipped catalogue and reference intakes; values by hand from the raw SR28 files.</summary>
public sealed class IntakeCommandTests : IDisposable
{
    private static readonly string Examples = Path.Combine(Repository.Root, "examples");
    private readonly TempDirectory _temp = new();
    private readonly string _database;

    public IntakeCommandTests()
    {
        _database = Path.Combine(_temp.Path, "foods.db");
        FoodDatabase.EnsureCreated(_database);
    }

    public void Dispose() => _temp.Dispose();

    // Day 1: 100 g raw kale (11233), 2 cups whole milk (01077, 1 cup = 244 g), D3 1000 IU, calcium carbonate 1250 mg.
    // Day 2: 1 cup natto (16113, 175 g; Kamao 2007 MK-7 939 µg/100 g), MK-7 180 µg.
    // Day 3: 2 large eggs (01123, 50 g each), 2 oz gouda (01022, 28.35 g each), calcium citrate 1000 mg, D3 25 µg.
    private const string ThreeDays = """
        Date,Food,Grams,Quantity,Measure,Supplement,Dose,Unit
        2026-01-05,usda:11233,100,,,,,
        2026-01-05,usda:01077,,2,cup,,,
        2026-01-05,,,,,d3,1000,iu
        2026-01-05,,,,,calcium-carbonate,1250,mg
        2026-01-06,usda:16113,,1,cup,,,
        2026-01-06,,,,,k2-mk7,180,ug
        2026-01-07,usda:01123,,2,large,,,
        2026-01-07,usda:01022,,2,oz,,,
        2026-01-07,,,,,calcium-citrate,1000,mg
        2026-01-07,,,,,d3,25,ug
        """;

    // The document writes amounts to 0.1 mg or µg: a hand-computed amount matches to half of that.
    private const double Tenth = 0.05 + 1e-9;

    // One nutrient of a nutrients[] array (the intake's, or a day's), by its token.
    private static JsonElement Of(JsonElement nutrients, string token) =>
        nutrients.EnumerateArray().Single(n => n.GetProperty("nutrient").GetString() == token);

    // The gap of one intake nutrient (null when it has none) of an intake --json output.
    private static JsonElement Gap(JsonElement root, string token) => Of(root.GetProperty("intake").GetProperty("nutrients"), token).GetProperty("gap");

    [Fact]
    public void Json_follows_the_contract_with_hand_computed_values()
    {
        var (code, output, _, error) = Run(Diary(ThreeDays), "--sex", "female", "--age", "67", "--json");
        Assert.True(code == 0, error);
        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        Assert.Equal("female", root.GetProperty("person").GetProperty("sex").GetString());
        Assert.Equal(67, root.GetProperty("person").GetProperty("age").GetInt32());
        var intake = root.GetProperty("intake");
        var days = intake.GetProperty("days");
        Assert.Equal(3, days.GetArrayLength());

        var day1 = days[0];
        Assert.Equal("2026-01-05", day1.GetProperty("date").GetString());
        // Kale and milk from SR28: kale has no MK-4 (428) row, so the day is incomplete.
        Assert.False(day1.GetProperty("complete").GetBoolean());
        var n1 = day1.GetProperty("nutrients");
        Assert.False(Of(n1, "calcium").GetProperty("isLowerBound").GetBoolean());   // every food has 301
        Assert.False(Of(n1, "vitamin_d").GetProperty("isLowerBound").GetBoolean()); // kale 328 = 0.0 is an analysed zero
        Assert.True(Of(n1, "mk4").GetProperty("isLowerBound").GetBoolean());        // kale has no 428: not analysed, not zero
        // Ca: 150 + 113 × 4.88 = 701.44 food + 1250 × 0.40 = 500 carbonate = 1201.44 mg.
        Assert.Equal(1201.44, Of(n1, "calcium").GetProperty("total").GetDouble(), Tenth);
        Assert.Equal(701.44, Of(n1, "calcium").GetProperty("food").GetDouble(), Tenth);
        Assert.Equal("mg", Of(n1, "calcium").GetProperty("unit").GetString());
        // D: 1.3 × 4.88 = 6.344 + 1000 IU / 40 = 25 → 31.344 µg.
        Assert.Equal(31.344, Of(n1, "vitamin_d").GetProperty("total").GetDouble(), Tenth);
        // K1: 704.8 + 0.3 × 4.88 = 706.264 µg; MK-4 1.0 × 4.88 = 4.88; total K 711.144.
        Assert.Equal(706.264, Of(n1, "vitamin_k1").GetProperty("total").GetDouble(), Tenth);
        Assert.Equal(4.88, Of(n1, "mk4").GetProperty("total").GetDouble(), Tenth);
        Assert.Equal(711.144, Of(n1, "vitamin_k_total").GetProperty("total").GetDouble(), Tenth);
        Assert.Equal(500, Of(n1, "calcium").GetProperty("supplements").GetDouble());
        Assert.Equal(25, Of(n1, "vitamin_d").GetProperty("supplements").GetDouble());
        Assert.Equal(0, Of(n1, "mk7plus").GetProperty("supplements").GetDouble());

        // Day 2: natto MK-7 939 × 1.75 = 1643.25 + 180 = 1823.25 µg; K1 23.1 × 1.75 = 40.425; K total 1863.675.
        var n2 = days[1].GetProperty("nutrients");
        Assert.Equal(1823.25, Of(n2, "mk7plus").GetProperty("total").GetDouble(), Tenth);
        Assert.Equal(1823.25, Of(n2, "k2_total").GetProperty("total").GetDouble(), Tenth);
        Assert.Equal(1863.675, Of(n2, "vitamin_k_total").GetProperty("total").GetDouble(), Tenth);
        Assert.Equal(180, Of(n2, "mk7plus").GetProperty("supplements").GetDouble());

        // Day 3: Ca 56 + 700 × 0.567 = 452.9 + 1000 × 0.21 = 662.9 mg.
        Assert.Equal(662.9, Of(days[2].GetProperty("nutrients"), "calcium").GetProperty("total").GetDouble(), Tenth);

        // Average over the three logged days of 2026-01-01 … 2026-01-07: Ca 2244.09 / 3 = 748.03 mg.
        var nutrients = intake.GetProperty("nutrients");
        var calcium = Of(nutrients, "calcium");
        Assert.Equal(748.03, calcium.GetProperty("average").GetDouble(), Tenth);
        Assert.Equal(19.5425, Of(nutrients, "vitamin_d").GetProperty("average").GetDouble(), Tenth);
        Assert.Equal("2026-01-01", intake.GetProperty("from").GetString());
        Assert.Equal(3, intake.GetProperty("daysLogged").GetInt32());

        // Woman 67 (IOM): Ca RDA 1200 / UL 2000 mg, D 15 / 100 µg, K AI 90 µg with no UL (null, not 0).
        Assert.Equal(1200, calcium.GetProperty("target").GetDouble());
        Assert.Equal("rda", calcium.GetProperty("kind").GetString());
        Assert.Equal(15, Of(nutrients, "vitamin_d").GetProperty("target").GetDouble());
        Assert.Equal(90, Of(nutrients, "vitamin_k_total").GetProperty("target").GetDouble());
        Assert.Equal(JsonValueKind.Null, Of(nutrients, "mk7plus").GetProperty("target").ValueKind);
        Assert.Equal(2000, calcium.GetProperty("upperLimit").GetDouble());
        Assert.Equal(100, Of(nutrients, "vitamin_d").GetProperty("upperLimit").GetDouble());
        Assert.Equal(JsonValueKind.Null, Of(nutrients, "vitamin_k_total").GetProperty("upperLimit").ValueKind);

        // The one gap: calcium 1200 − 748.03 = 451.97 mg, with real catalogue foods and portions.
        Assert.Single(nutrients.EnumerateArray(), n => n.GetProperty("gap").ValueKind != JsonValueKind.Null);
        var gap = calcium.GetProperty("gap");
        Assert.Equal(451.97, gap.GetProperty("shortfall").GetDouble(), Tenth);
        Assert.Equal(5, gap.GetProperty("foods").GetArrayLength());
        foreach (var food in gap.GetProperty("foods").EnumerateArray())
        {
            Assert.InRange(food.GetProperty("grams").GetDouble(), 20, 250); // a household serving (Serving)
            Assert.True(food.GetProperty("perPortion").GetDouble() > 0);
        }

        // Top calcium contributor over the window: milk 551.44 mg / 3 days.
        var top = calcium.GetProperty("topContributors")[0];
        Assert.Equal("usda:01077", top.GetProperty("foodId").GetString());
        Assert.Equal(551.44 / 3, top.GetProperty("perDay").GetDouble(), Tenth);

        // The sources: the reference intakes and, for the carbonate and citrate, the calcium salts' fractions.
        Assert.Contains(root.GetProperty("sources").EnumerateArray(), c => c.GetProperty("title").GetString()!.Contains("Calcium", StringComparison.Ordinal));
    }

    [Fact]
    public void Calcium_suggestions_are_common_foods_in_household_servings()
    {
        // Woman of 67, 1 large egg (56 mg Ca × 0.5): 1172 mg short. Suggested from the reviewed list
        // (data/nutrition/suggested_foods.csv), one of each kind, by calcium a portion (SR28 NUT_DATA 301 × portion):
        // 01117 low-fat plain yogurt 183 × 2.45 = 448.35 mg, 1 cup (8 fl oz); 01040 Swiss cheese 890 × 0.4253 = 378.517 mg,
        // 1.5 oz (it beats part-skim mozzarella's 332.58 mg, the same kind); 09210 orange juice with added calcium
        // 140 × 2.49 = 348.6 mg, 1 cup; 15088 sardines with bones 382 × 0.8505 = 324.891 mg, 3 oz; 01082 1 % milk
        // 125 × 2.44 = 305 mg, 1 cup. Gone: TOTAL Raisin Bran, lambsquarters, canned jack mackerel by the cup.
        var (code, output, _, error) = Run(Diary("date,food,quantity,measure\n2026-03-01,usda:01123,1,large\n"), "--sex", "female", "--age", "67", "--json");
        Assert.True(code == 0, error);
        using var json = JsonDocument.Parse(output);
        var gap = Gap(json.RootElement, "calcium");
        Assert.Equal(1172, gap.GetProperty("shortfall").GetDouble(), Tenth);
        var foods = gap.GetProperty("foods").EnumerateArray().ToList();
        Assert.Equal(["usda:01117", "usda:01040", "usda:09210", "usda:15088", "usda:01082"], foods.Select(f => f.GetProperty("foodId").GetString()));
        Assert.Equal(["1 cup (8 fl oz)", "1.5 oz", "1 cup", "3 oz", "1 cup"], foods.Select(f => f.GetProperty("portion").GetString()));
        double[] expected = [183 * 2.45, 890 * 0.4253, 140 * 2.49, 382 * 0.8505, 125 * 2.44];
        for (var i = 0; i < expected.Length; i++)
        {
            Assert.Equal(expected[i], foods[i].GetProperty("perPortion").GetDouble(), Tenth);
            Assert.Equal(1172 / expected[i], foods[i].GetProperty("portionsToClose").GetDouble(), Tenth);
        }
    }

    [Fact]
    public void A_vitamin_k_gap_puts_k2_rich_foods_first()
    {
        // 1 cup of whole milk a day for a man of 60 (AI 120 µg): K 0.3 × 2.44 + 1.0 × 2.44 = 3.172 µg.
        var (code, output, _, error) = Run(Diary("date,food,quantity,measure\n2026-02-01,usda:01077,1,cup\n"), "--sex", "male", "--age", "60", "--json");
        Assert.True(code == 0, error);
        using var json = JsonDocument.Parse(output);
        var gap = Gap(json.RootElement, "vitamin_k_total");
        Assert.Equal(120 - 3.172, gap.GetProperty("shortfall").GetDouble(), Tenth);
        var first = gap.GetProperty("foods")[0];
        Assert.Equal("k2_total", first.GetProperty("rankedBy").GetString());
        // Natto is the K2 richest portion of the list: 3 oz 85.05 g → K1 23.1 × 0.8505 + MK-7 939 × 0.8505 = 818.18 µg.
        Assert.Equal("usda:16113", first.GetProperty("foodId").GetString());
        Assert.Equal("3 oz", first.GetProperty("portion").GetString());
        Assert.Equal((23.1 + 939) * 0.8505, first.GetProperty("perPortion").GetDouble(), Tenth);
    }

    /// <summary>
    /// The example diaries, as a woman of 74 would log them: what is suggested is the reviewed list's common foods, cooked
    /// where usually cooked, no brand, each in its household portion. Before the list these diaries were offered TOTAL
    /// Raisin Bran, lambsquarters, raw Greenland halibut, canned ham, pepperoni and a raw chicken wing.
    /// </summary>
    [Fact]
    public void The_example_diaries_are_offered_common_foods_in_household_portions()
    {
        var (code, output, _, error) = Run(Path.Combine(Examples, "diary-low-vitamin-k.csv"), "--sex", "female", "--age", "74", "--json");
        Assert.True(code == 0, error);
        using var json = JsonDocument.Parse(output);
        List<(string Id, string Measure)> Foods(string nutrient) =>
            [.. Gap(json.RootElement, nutrient).GetProperty("foods").EnumerateArray().Select(f => (f.GetProperty("foodId").GetString()!, f.GetProperty("portion").GetString()!))];

        // Calcium by mg a portion: yogurt 448.35, Swiss 378.517, orange juice 348.6, sardines 324.891, 1 % milk 305.
        Assert.Equal([("usda:01117", "1 cup (8 fl oz)"), ("usda:01040", "1.5 oz"), ("usda:09210", "1 cup"), ("usda:15088", "3 oz"), ("usda:01082", "1 cup")], Foods("calcium"));
        // Vitamin D by µg a portion (SR28 328 × grams): trout 19.0 × 0.85 = 16.15, sockeye 16.7 × 0.85 = 14.195, mackerel
        // 11.4 × 0.85 = 9.69, UV-exposed portabella 13.1 × 0.605 = 7.9255, sardines 4.8 × 0.8505 = 4.0824.
        Assert.Equal([("usda:15241", "3 oz"), ("usda:15086", "3 oz"), ("usda:15201", "3 oz"), ("usda:11939", "0.5 cup sliced"), ("usda:15088", "3 oz")], Foods("vitamin_d"));
        // Vitamin K: the K2-rich first (natto; a roast drumstick's MK-4 12.7 × 0.91 = 11.557 µg; cheddar 1.5 oz with
        // MK-4, -5, -8, -9 21.7 × 0.4253 = 9.229 µg, each at least 9 µg = 10 % of the 90 µg AI), then cooked kale and spinach.
        Assert.Equal([("usda:16113", "3 oz"), ("usda:05679", "1 drumstick without skin"), ("usda:01009", "1.5 oz"), ("usda:11234", "1 cup, chopped"), ("usda:11458", "1 cup")], Foods("vitamin_k_total"));

        // Every diary: only foods of the reviewed list, none raw but lettuce, none branded (SR28 writes brands in capitals).
        var listed = File.ReadAllLines(Path.Combine(Repository.Root, "data", "nutrition", "suggested_foods.csv")).Skip(1).Select(l => l.Split(',')[0]).ToHashSet();
        foreach (var diary in new[] { "diary-low-vitamin-k.csv", "diary-natto.csv", "diary-high-dairy.csv" })
        {
            var (c, o, _, e) = Run(Path.Combine(Examples, diary), "--sex", "female", "--age", "74", "--json");
            Assert.True(c == 0, e);
            using var doc = JsonDocument.Parse(o);
            var suggested = doc.RootElement.GetProperty("intake").GetProperty("nutrients").EnumerateArray().Select(n => n.GetProperty("gap")).Where(g => g.ValueKind != JsonValueKind.Null).SelectMany(g => g.GetProperty("foods").EnumerateArray()).ToList();
            Assert.NotEmpty(suggested);
            Assert.All(suggested, f =>
            {
                var name = f.GetProperty("name").GetString()!;
                Assert.Contains(f.GetProperty("foodId").GetString()!, listed);
                Assert.True(!name.Contains("raw", StringComparison.OrdinalIgnoreCase) || name.StartsWith("Lettuce", StringComparison.Ordinal), name);
                Assert.DoesNotContain(name.Split(' ', ',', '(', ')'), w => w.Length >= 3 && w.All(char.IsUpper));
                Assert.InRange(f.GetProperty("grams").GetDouble(), 20, 300);
            });
        }
    }

    [Fact]
    public void Table_shows_days_average_targets_and_lower_bounds()
    {
        var (code, _, table, error) = Run(Diary(ThreeDays), "--sex", "female", "--age", "67");
        Assert.True(code == 0, error);
        Assert.Contains("2026-01-05", table, StringComparison.Ordinal);
        Assert.Contains("1201", table, StringComparison.Ordinal);   // day 1 calcium
        Assert.Contains("≥4.9", table, StringComparison.Ordinal);   // day 1 MK-4 lower bound
        Assert.Contains("1200 mg (RDA)", table, StringComparison.Ordinal);
        Assert.Contains("none set", table, StringComparison.Ordinal);
        Assert.Contains("452 mg a day short", table, StringComparison.Ordinal);
    }

    [Fact]
    public void A_quoted_measure_and_k2_total_counting_mk5()
    {
        // Cheddar (01009), WEIGHT "1 cup, diced" = 132 g (quoted: the measure holds a comma). Ca 710 × 1.32 = 937.2 mg.
        // K2: SR28 MK-4 8.6 + Dunlop 2022 MK-5 1.1, MK-8 4, MK-9 8 µg/100 g: mk4 8.6 × 1.32 = 11.352; mk7plus
        // (8 + 4) × 1.32 = 15.84; k2_total (8.6 + 1.1 + 4 + 8) × 1.32 = 28.644 — MK-5 counts in K2 only.
        var (code, output, _, error) = Run(Diary("date,food,quantity,measure\n2026-04-01,usda:01009,1,\"cup, diced\"\n"), "--sex", "female", "--age", "55", "--json");
        Assert.True(code == 0, error);
        using var json = JsonDocument.Parse(output);
        var n = json.RootElement.GetProperty("intake").GetProperty("days")[0].GetProperty("nutrients");
        Assert.Equal(937.2, Of(n, "calcium").GetProperty("total").GetDouble(), Tenth);
        Assert.Equal(11.352, Of(n, "mk4").GetProperty("total").GetDouble(), Tenth);
        Assert.Equal(15.84, Of(n, "mk7plus").GetProperty("total").GetDouble(), Tenth);
        Assert.Equal(28.644, Of(n, "k2_total").GetProperty("total").GetDouble(), Tenth);
    }

    [Fact]
    public void A_measure_is_the_whole_SR28_portion()
    {
        // WEIGHT 15076 salmon "3 oz" = 85 g, Ca 12 mg/100 g: 2 × 85 g = 170 g → 20.4 mg (before the fix 2 × 85 ÷ 3).
        // WEIGHT 01117 yogurt "0.5 container (4 oz)" = 113 g, Ca 183 mg/100 g: 1 × 113 g → 206.79 mg (before: 226 g).
        var (code, output, _, error) = Run(Diary("date,food,quantity,measure\n2026-05-01,usda:15076,2,3 oz\n2026-05-02,usda:01117,1,0.5 container (4 oz)\n"),
            "--sex", "female", "--age", "55", "--json");
        Assert.True(code == 0, error);
        using var json = JsonDocument.Parse(output);
        var days = json.RootElement.GetProperty("intake").GetProperty("days");
        Assert.Equal(20.4, Of(days[0].GetProperty("nutrients"), "calcium").GetProperty("total").GetDouble(), Tenth);
        Assert.Equal(206.79, Of(days[1].GetProperty("nutrients"), "calcium").GetProperty("total").GetDouble(), Tenth);

        // A bare "oz" could be one ounce or one 3-oz portion: refused, naming the labels.
        var (refused, _, _, message) = Run(Diary("date,food,quantity,measure\n2026-05-01,usda:15076,2,oz\n"), "--sex", "female", "--age", "55");
        Assert.Equal(2, refused);
        Assert.Contains("line 2, column 4 (measure) 'oz'", message, StringComparison.Ordinal);
        Assert.Contains("valid: 3 oz|0.5 fillet", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Above_the_upper_limit_is_flagged()
    {
        // 5000 IU = 125 µg D3 > UL 100 µg.
        var (code, output, _, _) = Run(Diary("date,supplement,dose,unit\n2026-03-01,d3,5000,IU\n"), "--sex", "female", "--age", "67", "--json");
        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(output);
        var day = json.RootElement.GetProperty("intake").GetProperty("days")[0];
        var d = Of(day.GetProperty("nutrients"), "vitamin_d");
        Assert.Equal(125, d.GetProperty("total").GetDouble());
        Assert.True(d.GetProperty("aboveUpperLimit").GetBoolean());
        Assert.Single(day.GetProperty("nutrients").EnumerateArray(), n => n.GetProperty("aboveUpperLimit").GetBoolean());
        Assert.True(Of(json.RootElement.GetProperty("intake").GetProperty("nutrients"), "vitamin_d").GetProperty("aboveUpperLimit").GetBoolean());
        Assert.True(day.GetProperty("complete").GetBoolean()); // no food, nothing missing
    }

    [Theory]
    [InlineData("date,food,grams\n2026-01-05,usda:99999,100\n", "line 2, column 2 (food) 'usda:99999' is not a food of the catalogue; valid: a catalogue id: usda: + the 5-digit SR28 NDB number")]
    [InlineData("date,food,grams\n2026-01-05,usda:01077,100\n05/01/2026,usda:01077,100\n", "line 3, column 1 (date) '05/01/2026' is not a date; valid: a date YYYY-MM-DD from 1900-01-01 to today")]
    [InlineData("date,food,quantity,measure\n2026-01-05,usda:01077,1,slice\n", "line 2, column 4 (measure) 'slice' is not a measure of this food; valid: 1 cup|1 fl oz|1 tbsp|1 quart")]
    [InlineData("date,food,grams\n2026-01-05,usda:01077,NaN\n", "line 2, column 3 (grams) 'NaN' is out of range; valid: a number of grams from 0 to 5000")]
    [InlineData("date,supplement,dose,unit\n2026-01-05,k2-mk9,100,ug\n", "line 2, column 2 (supplement) 'k2-mk9' is not one of the valid values; valid: k2-mk7|k2-mk4|k1|d3|d2|calcium|calcium-carbonate|calcium-citrate|calcium-lactate|calcium-gluconate|calcium-phosphate")]
    [InlineData("date,supplement,dose,unit\n2026-01-05,k2-mk7,100,iu\n", "line 2, column 4 (unit) 'iu' is out of range; valid: ug|mg for k2-mk7")]
    [InlineData("date,supplement,dose,unit\n2026-01-05,d3,,iu\n", "line 2, column 3 (dose) is required; valid: a dose of at least 0")]
    [InlineData("date,food,gram\n", "line 1, column 3 (header) 'gram' is out of range; valid: date|food|grams|quantity|measure|supplement|dose|unit")]
    [InlineData("date,food,grams\n", "line 2 is required; valid: at least one food or supplement row after the header")]
    public void A_bad_row_names_file_line_column_and_valid_values(string diary, string expected)
    {
        var path = Diary(diary);
        var (code, output, _, error) = Run(path, "--sex", "female", "--age", "67");
        Assert.Equal(2, code);
        Assert.Empty(output);
        Assert.StartsWith($"error: {path} ", error, StringComparison.Ordinal);
        Assert.Contains(expected, error, StringComparison.Ordinal);
        Assert.Single(error.TrimEnd().Split('\n'));
    }

    [Fact]
    public void Every_bad_row_is_reported_at_once_one_line_each_and_a_future_date_is_refused()
    {
        var tomorrow = DateOnly.FromDateTime(DateTime.Now).AddDays(1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var path = Diary(
            "date,food,grams,supplement,dose,unit\n" +
            "2026-11-16,usda:01123,abc,,,\n" +       // line 2: not a number
            "2026-11-17,usda:01123,50,,,\n" +        // line 3: fine
            "2026-11-17,usda:99999,50,,,\n" +        // line 4: no such food
            $"{tomorrow},usda:01123,50,,,\n" +       // line 5: after today
            "2026-11-18,,,d3,25,xx\n");              // line 6: no such unit
        var (code, output, _, error) = Run(path, "--sex", "female", "--age", "67");
        Assert.Equal(2, code);
        Assert.Empty(output);
        var lines = error.TrimEnd().Split('\n');
        Assert.Equal(4, lines.Length);
        Assert.StartsWith($"error: {path} line 2, column 3 (grams) 'abc' is not a number;", lines[0], StringComparison.Ordinal);
        Assert.StartsWith($"error: {path} line 4, column 2 (food) 'usda:99999' is not a food of the catalogue;", lines[1], StringComparison.Ordinal);
        Assert.StartsWith($"error: {path} line 5, column 1 (date) '{tomorrow}' is out of range; valid: a date YYYY-MM-DD from 1900-01-01 to today", lines[2], StringComparison.Ordinal);
        Assert.StartsWith($"error: {path} line 6, column 6 (unit) 'xx' is not one of the valid values; valid: ug|iu|mg for d3", lines[3], StringComparison.Ordinal);
    }

    [Fact]
    public void Only_the_first_100_bad_values_are_listed_and_the_rest_counted()
    {
        var path = Diary("date,food,grams\n" + string.Concat(Enumerable.Repeat("2026-11-16,usda:01123,abc\n", 130)));
        var (code, _, _, error) = Run(path, "--sex", "female", "--age", "67");
        Assert.Equal(2, code);
        var lines = error.TrimEnd().Split('\n');
        Assert.Equal(101, lines.Length);
        Assert.Equal($"error: {path} '30 more' bad values are not listed; valid: a diary whose every row passes.", lines[^1]);
    }

    [Fact]
    public void Bad_person_options_are_refused()
    {
        var (code, _, _, error) = Run(Diary(ThreeDays), "--sex", "other", "--age", "67");
        Assert.Equal(2, code);
        Assert.Contains("--sex 'other' is not one of the valid values; valid: female|male.", error, StringComparison.Ordinal);
        (code, _, _, error) = Run(Diary(ThreeDays), "--sex", "male", "--age", "12");
        Assert.Equal(2, code);
        Assert.Contains("age '12' is out of range; valid: 18 to 120 years.", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_diary_or_a_directory_is_bad_input_not_a_crash()
    {
        var missing = Path.Combine(_temp.Path, "nope.csv");
        var (code, _, _, error) = Run(missing, "--sex", "male", "--age", "60");
        Assert.Equal(2, code);
        Assert.Contains($"DIARY '{missing}' is not an existing file; valid: an existing diary CSV file.", error, StringComparison.Ordinal);

        (code, _, _, error) = Run(_temp.Path, "--sex", "male", "--age", "60");
        Assert.Equal(2, code);
        Assert.Contains($"DIARY '{_temp.Path}' is a directory", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Runs_through_the_bonebalance_command()
    {
        // End to end through Program: 1 cup whole milk (244 g) → Ca 113 × 2.44 = 275.72 mg, D 1.3 × 2.44 = 3.172 µg.
        var (code, output, error) = CliRunner.Run("intake", Diary("date,food,quantity,measure\n2026-02-01,usda:01077,1,cup\n"), "--sex", "male", "--age", "60", "--json", "--database", _database);
        Assert.True(code == 0, error);
        using var json = JsonDocument.Parse(output);
        var nutrients = json.RootElement.GetProperty("intake").GetProperty("nutrients");
        Assert.Equal(275.72, Of(nutrients, "calcium").GetProperty("average").GetDouble(), Tenth);
        Assert.Equal(3.172, Of(nutrients, "vitamin_d").GetProperty("average").GetDouble(), Tenth);

        var path = Diary("date,food,grams\n2026-02-01,usda:01077,-3\n");
        (code, output, error) = CliRunner.Run("intake", path, "--sex", "male", "--age", "60", "--database", _database);
        Assert.Equal(2, code);
        Assert.Empty(output);
        Assert.Equal($"error: {path} line 2, column 3 (grams) '-3' is out of range; valid: 0 to 5000 g.", error.Trim());
    }

    private string Diary(string text)
    {
        var path = Path.Combine(_temp.Path, $"diary-{Guid.NewGuid():N}.csv");
        File.WriteAllText(path, text.Replace("\r\n", "\n", StringComparison.Ordinal));
        return path;
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
        var root = new RootCommand("test")
        {
            IntakeCommand.Create(console, output, error, _ => FoodCatalogue.Load(_database), DietaryReferenceIntakeFile.LoadShipped),
        };
        var code = root.Parse(["intake", .. args]).Invoke(new InvocationConfiguration { Output = output, Error = error });
        return (code, output.ToString(), screen.ToString(), error.ToString());
    }
}
