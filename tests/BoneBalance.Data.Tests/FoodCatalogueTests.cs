using BoneBalance.Core.Nutrition;
using BoneBalance.Data.Import;

namespace BoneBalance.Data.Tests;

/// <summary>The foods that may be suggested to close a gap: the reviewed list <c>data/nutrition/suggested_foods.csv</c>.</summary>
[Collection(CatalogueGroup.Name)]
public sealed class FoodCatalogueTests(CatalogueFixture fixture)
{
    [Fact]
    public void Common_foods_are_the_reviewed_list_each_resolved_with_its_portion()
    {
        var common = fixture.Shipped.CommonFoods;
        var rows = File.ReadAllLines(Path.Combine(Repository.Root, "data", "nutrition", SuggestedFoodsFile.FileName)).Skip(1).ToList();
        Assert.Equal(30, rows.Count);
        Assert.Equal(rows.Count, common.Count); // every row names a food of the shipped catalogue
        Assert.All(common, f => Assert.Same(f, fixture.Shipped.Find(f.Id)));
        Assert.All(common.Entries, e =>
        {
            Assert.InRange(e.Serving.Grams, Serving.MinimumGrams, SuggestedFoodsFile.MaximumGrams);
            Assert.NotEmpty(e.SuggestedFor);
            // No brand (SR28 writes manufacturers' names in capitals), no fast food or restaurant dish, nothing raw but lettuce.
            Assert.DoesNotContain(e.Food.Name.Split(' ', ',', '(', ')'), w => w.Length >= 3 && w.All(char.IsUpper));
            Assert.DoesNotContain(e.Food.Group, new[] { "Fast Foods", "Restaurant Foods", "Baby Foods", "Sausages and Luncheon Meats" });
            Assert.True(!e.Food.Name.Contains("raw", StringComparison.OrdinalIgnoreCase) || e.Kind == "lettuce", e.Food.Name);
        });

        // Portions: SR28's own measure where it has one (1 cup of milk 244 g), 1.5 oz of cheese = 1.5 × 28.35 g (MyPlate),
        // 3 oz of natto = 85.05 g (NIH ODS), half of SR28's cup of sliced UV mushrooms (121 g).
        Assert.Equal(("1 cup", 244.0), Portion("usda:01082"));
        Assert.Equal(("1.5 oz", 42.53), Portion("usda:01009"));
        Assert.Equal(("3 oz", 85.05), Portion("usda:16113"));
        Assert.Equal(("0.5 cup sliced", 60.5), Portion("usda:11939"));
        Assert.Equal(("1 cup, chopped", 130.0), Portion("usda:11234")); // cooked kale, SR28 WEIGHT
        Assert.Equal(fixture.Shipped.Find("usda:11234")!.Portions.Single(p => p.Description == "cup, chopped").Grams, Portion("usda:11234").Grams);

        // Spinach is listed for vitamin K only (its calcium is poorly absorbed) and as high in oxalate.
        var spinach = common.Entries.Single(e => e.Food.Id == "usda:11458");
        Assert.Equal([IntakeNutrient.VitaminKTotal], spinach.SuggestedFor);
        Assert.True(spinach.HighOxalate);
        Assert.Equal(1, common.Entries.Count(e => e.HighOxalate));

        (string Label, double Grams) Portion(string id)
        {
            var p = common.Entries.Single(e => e.Food.Id == id).Serving;
            return (p.Label, p.Grams);
        }
    }

    [Theory]
    [InlineData("usda:01082,milk,calcium;iron,1,cup,244,no,SR28,x", "suggested_for 'iron' is not calcium, vitamin_d or vitamin_k")]
    [InlineData("usda:01082,milk,calcium,1,cup,19.9,no,SR28,x", "grams 20–300")]
    [InlineData("usda:01082,milk,calcium,1,cup,300.1,no,SR28,x", "grams 20–300")]
    [InlineData("usda:01082,milk,calcium,1,cup,244,maybe,SR28,x", "high_oxalate 'maybe' is not yes or no")]
    [InlineData("usda:01082,,calcium,1,cup,244,no,SR28,x", "kind, portion_source and note must not be empty")]
    public void A_bad_row_is_refused_naming_the_line_and_the_field(string row, string problem)
    {
        var text = "food_id,kind,suggested_for,amount,measure,grams,high_oxalate,portion_source,note\n" + row + "\n";
        var foods = new Dictionary<string, Food>(StringComparer.OrdinalIgnoreCase) { ["usda:01082"] = fixture.Shipped.Find("usda:01082")! };
        var e = Assert.Throws<DataFileFormatException>(() => SuggestedFoodsFile.Read(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(text)), foods));
        Assert.Equal(2, e.Line);
        Assert.Contains(problem, e.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Rows_at_the_portion_limits_are_accepted()
    {
        var foods = new Dictionary<string, Food>(StringComparer.OrdinalIgnoreCase) { ["usda:01082"] = fixture.Shipped.Find("usda:01082")! };
        foreach (var grams in new[] { "20", "300" })
        {
            var text = $"food_id,kind,suggested_for,amount,measure,grams,high_oxalate,portion_source,note\nusda:01082,milk,calcium,1,cup,{grams},no,SR28,x\n";
            Assert.Single(SuggestedFoodsFile.Read(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(text)), foods));
        }
    }
}
