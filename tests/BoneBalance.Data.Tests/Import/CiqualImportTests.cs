using System.Globalization;
using System.Text;
using BoneBalance.Core.Nutrition;
using BoneBalance.Data.Import;

namespace BoneBalance.Data.Tests.Import;

/// <summary>
/// The CIQUAL 2025 vitamin K extract in the catalogue, checked against the shipped raw file read here by another route
/// (plain line splitting, not <see cref="CiqualTable"/>).
/// </summary>
[Collection(CatalogueGroup.Name)]
public sealed class CiqualImportTests(CatalogueFixture fixture)
{
    private const string MappingHeader = "ciqual_code,target_id,target_name,reviewed_note";

    public static TheoryData<string> Catalogues => new() { "shipped", "raw" };

    private static readonly string RawFile = Path.Combine(Repository.Root, "data", "nutrition", "ciqual2025_vitamin_k.tsv");

    private FoodCatalogue Catalogue(string which) => which == "raw" ? fixture.Raw : fixture.Shipped;

    // The raw row of a CIQUAL code, split on tabs: code, name, group, subgroup, Ca, D, K1, K2.
    private static string[] Row(string code) =>
        File.ReadLines(RawFile, Encoding.UTF8).Select(l => l.Split('\t')).Single(f => f[0] == code);

    private static double Number(string text) => double.Parse(text.Replace(',', '.'), CultureInfo.InvariantCulture);

    [Theory]
    [MemberData(nameof(Catalogues))]
    public void Egg_yolk_takes_the_CIQUAL_K2_total_with_its_code(string which)
    {
        var row = Row("22002");
        Assert.Equal(("Egg yolk, raw", "23,8"), (row[1], row[7]));
        var yolk = Catalogue(which).Find("usda:01125")!;
        var k2 = yolk[Nutrient.VitaminK2];
        Assert.Equal(23.8, k2.PerHundredGrams);
        Assert.Equal((ValueSource.Ciqual, "22002"), (k2.Source!.Dataset, k2.Source.Code));
        Assert.Contains("Egg yolk, raw", k2.Source.Description, StringComparison.Ordinal);
        Assert.Contains("Anses. 2025. Ciqual", k2.Source.Description, StringComparison.Ordinal);

        // No split by form: MK-4 and MK-7+ stay not analysed; SR28 keeps its own calcium (not CIQUAL's 50,2).
        Assert.False(yolk[Nutrient.Menaquinone4].IsAnalysed);
        Assert.Null(yolk.Sum(NutrientDefinition.LongChainMenaquinones).PerHundredGrams);
        Assert.Equal(ValueSource.UsdaSr28, yolk[Nutrient.Calcium].Source!.Dataset);

        // As the intake counts it: K2 total 23.8 complete; MK-4 a lower bound.
        var (amount, complete) = IntakeNutrientDefinition.Of(IntakeNutrient.VitaminK2Total).PerHundredGrams(yolk);
        Assert.Equal((23.8, true), (amount.Micrograms, complete));
        Assert.False(IntakeNutrientDefinition.Of(IntakeNutrient.Menaquinone4).PerHundredGrams(yolk).IsComplete);
    }

    [Theory]
    [MemberData(nameof(Catalogues))]
    public void A_CIQUAL_food_without_SR28_counterpart_is_its_own_entry_with_a_100_g_portion(string which)
    {
        // 16400 Butter, 80% fat minimum, unsalted: Ca 19,8 mg, D "< 1", K1 5,7, K2 15.
        var row = Row("16400");
        var butter = Catalogue(which).Find("ciqual:16400")!;
        Assert.Equal(row[1], butter.Name);
        Assert.Equal(Number(row[7]), butter[Nutrient.VitaminK2].PerHundredGrams);
        Assert.Equal(Number(row[6]), butter[Nutrient.VitaminK1].PerHundredGrams);
        Assert.Equal(Number(row[4]), butter[Nutrient.Calcium].PerHundredGrams);
        Assert.Equal("< 1", row[5]);
        Assert.False(butter[Nutrient.VitaminD].IsAnalysed); // "< 1" is neither 0 nor 1
        Assert.All(butter.AnalysedValues, v => Assert.Equal((ValueSource.Ciqual, "16400"), (v.Source!.Dataset, v.Source.Code)));
        Assert.Equal(100, butter.GramsFor(1, "portion of 100 g"));
        Assert.Equal("1 portion of 100 g", Assert.Single(butter.Portions).Label);
        Assert.StartsWith("French food table CIQUAL 2025: ", butter.Group, StringComparison.Ordinal);
    }

    [Fact]
    public void Only_foods_with_a_K2_number_come_in_and_each_CIQUAL_food_lands_once()
    {
        var rows = File.ReadLines(RawFile, Encoding.UTF8).Skip(1).Select(l => l.Split('\t')).ToList();
        Assert.Equal(1586, rows.Count);
        var withK2Number = rows.Where(r => r[7] != "-" && r[7] != "traces" && !r[7].StartsWith('<')).Select(r => r[0]).ToHashSet();
        Assert.Equal(102, withK2Number.Count); // 175 K2 entries − 51 "traces" − 22 "< 20"
        var mapping = File.ReadLines(Path.Combine(Repository.Root, "data", "nutrition", "ciqual_mapping.csv")).Skip(1)
            .Select(l => l.Split(',')[0]).ToList();

        var c = fixture.Shipped;
        var own = c.Foods.Where(f => f.Id.StartsWith("ciqual:", StringComparison.Ordinal)).Select(f => f.Id["ciqual:".Length..]).ToList();
        Assert.Equal(withK2Number.Except(mapping).Order(), own.Order());

        // Every CIQUAL code is the source of values on exactly one food.
        var foodsPerCode = c.Foods
            .SelectMany(f => f.AnalysedValues.Where(v => v.Source!.Dataset == ValueSource.Ciqual).Select(v => (v.Source!.Code, f.Id)))
            .Distinct().GroupBy(p => p.Code).ToList();
        Assert.Equal(withK2Number.Order(), foodsPerCode.Select(g => g.Key).Order());
        Assert.All(foodsPerCode, g => Assert.Single(g));

        // "traces" and "< 20": Grana Padano (< 20) and soy oil (traces) are not in the catalogue.
        Assert.Equal("< 20", rows.Single(r => r[0] == "12123")[7]);
        Assert.Null(c.Find("ciqual:12123"));
        Assert.Equal("traces", rows.Single(r => r[0] == "17420")[7]);
        Assert.Null(c.Find("ciqual:17420"));
    }

    [Fact]
    public void No_food_gets_K2_from_two_sources()
    {
        foreach (var food in fixture.Shipped.Foods)
        {
            var k2Sources = food.AnalysedValues
                .Where(v => v.Nutrient == Nutrient.VitaminK2 || NutrientDefinition.Menaquinones.Contains(v.Nutrient))
                .Select(v => v.Nutrient == Nutrient.VitaminK2 ? "ciqual" : "forms").Distinct().ToList();
            Assert.True(k2Sources.Count <= 1, $"{food.Id} has K2 from {string.Join(" and ", k2Sources)}");
        }

        // Butter and cooked chicken liver keep their literature MK-4; CIQUAL's butter (16400) and cooked chicken liver
        // (40116) are their own entries instead of a second K2 on the SR28 food.
        var c = fixture.Shipped;
        Assert.False(c.Find("usda:01145")![Nutrient.VitaminK2].IsAnalysed);
        Assert.Equal(20.9, c.Find("usda:01145")![Nutrient.Menaquinone4].PerHundredGrams);
        Assert.False(c.Find("usda:05028")![Nutrient.VitaminK2].IsAnalysed);
        Assert.Equal(Number(Row("40116")[7]), c.Find("ciqual:40116")![Nutrient.VitaminK2].PerHundredGrams);
    }

    [Fact]
    public void Mapping_onto_a_food_with_an_MK_value_fails_the_build()
    {
        // Chicken breast raw (SR28 05062) has an analysed MK-4 of 8.4; CIQUAL 36017 (raw breast, K2 8,9) must not add a
        // K2 total on top of it.
        var ciqual = Read(MappingHeader + "\n36017,usda:05062,\"Chicken, breast, raw\",reviewed\n");
        using var temp = new TempDirectory();
        var db = temp.File("foods.db");
        var error = Assert.Throws<InvalidDataException>(() => FoodDatabase.Build(
            UsdaCompactFiles.Read(FoodDatabase.OpenShipped), MenaquinoneMapping.Read(FoodDatabase.OpenShipped), ciqual, db, "test", null));
        Assert.Contains("usda:05062, which already has a mk4_ug value", error.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(db));
    }

    [Theory]
    [InlineData("12736,usda:01022,\"Cheese, gouda\",reviewed", "has no K2 number ('-')")]          // gouda: no K2 in CIQUAL
    [InlineData("12123,usda:01032,\"Cheese, parmesan\",reviewed", "has no K2 number ('< 20')")]    // below the limit
    [InlineData("99999,usda:01001,\"Butter\",reviewed", "ciqual_code '99999' is not in")]
    [InlineData("22002,usda:01125,\"Egg, yolk\",", "reviewed_note is empty")]
    [InlineData("22002,egg,\"Egg, yolk\",reviewed", "target_id 'egg' must be")]
    public void Bad_mapping_rows_are_refused_with_file_and_line(string line, string expected)
    {
        var error = Assert.Throws<DataFileFormatException>(() => Read(MappingHeader + "\n" + line + "\n"));
        Assert.Equal((CiqualTable.MappingFile, 2), (error.File, error.Line));
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void One_SR28_food_takes_one_CIQUAL_value()
    {
        var error = Assert.Throws<DataFileFormatException>(() => Read(MappingHeader
            + "\n22000,usda:01123,\"Egg\",reviewed\n22010,usda:01123,\"Egg\",reviewed\n"));
        Assert.Equal(3, error.Line);
        Assert.Contains("already takes a CIQUAL K2 value", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("23,8", 23.8)]
    [InlineData("0", 0.0)]
    [InlineData("369", 369.0)]
    [InlineData("-", null)]
    [InlineData("traces", null)]
    [InlineData("< 20", null)]
    [InlineData("< 0,0096", null)]
    public void Cells_are_numbers_or_not_analysed(string text, double? expected)
    {
        Assert.Equal(expected, CiqualTable.Parse(text, out var valid));
        Assert.True(valid);
    }

    [Theory]
    [InlineData("23.8")]
    [InlineData("<20")]
    [InlineData("trace")]
    [InlineData("")]
    public void Other_cells_are_format_errors(string text)
    {
        Assert.Null(CiqualTable.Parse(text, out var valid));
        Assert.False(valid);
    }

    [Theory]
    [InlineData("egg yolk", "usda:01125", 23.8)]
    [InlineData("butter unsalted", "ciqual:16400", 15.0)]
    [InlineData("chicken liver", "ciqual:40116", 9.65)]
    [InlineData("edam", "usda:01018", 47.5)]
    public void Search_finds_foods_with_their_CIQUAL_K2(string query, string id, double k2)
    {
        var hit = fixture.Shipped.Search(query, 10).Single(h => h.Food.Id == id).Food;
        Assert.Equal(k2, hit[Nutrient.VitaminK2].PerHundredGrams);
        Assert.Equal(ValueSource.Ciqual, hit[Nutrient.VitaminK2].Source!.Dataset);
    }

    private static CiqualTable Read(string mapping) =>
        CiqualTable.Read(name => name == CiqualTable.MappingFile ? new MemoryStream(Encoding.UTF8.GetBytes(mapping)) : FoodDatabase.OpenShipped(name));
}
