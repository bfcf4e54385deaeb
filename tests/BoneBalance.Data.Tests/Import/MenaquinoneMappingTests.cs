using System.Text;
using BoneBalance.Core.Nutrition;
using BoneBalance.Data.Import;

namespace BoneBalance.Data.Tests.Import;

/// <summary>The literature K2 values reach the foods named in the reviewed mapping, and only those.</summary>
[Collection(CatalogueGroup.Name)]
public sealed class MenaquinoneMappingTests(CatalogueFixture fixture)
{
    private const string LiteratureHeader = "lit_id,food,mk4_ug,mk5_ug,mk6_ug,mk7_ug,mk8_ug,mk9_ug,mk10_ug,source,reference_row";
    private const string MappingHeader = "lit_id,target_id,target_name,reviewed_note";

    [Fact]
    public void Natto_cheese_and_other_K2_foods_show_K2_where_a_verified_value_exists()
    {
        var c = fixture.Shipped;

        // Natto: MK-7 939 (Kamao 2007). Hard cheese: cheddar MK-4 8.6 (SR28) + MK-5 1.1, MK-8 4, MK-9 8 (Dunlop 2022).
        Assert.Equal(939, c.Find("usda:16113")![Nutrient.Menaquinone7].PerHundredGrams);
        var cheddar = c.Find("usda:01009")!;
        Assert.Equal(8.6, cheddar[Nutrient.Menaquinone4].PerHundredGrams);
        Assert.Equal("USDA SR28", cheddar[Nutrient.Menaquinone4].Source!.Dataset);
        Assert.Equal((1.1, 4.0, 8.0), (cheddar[Nutrient.Menaquinone5].PerHundredGrams!.Value, cheddar[Nutrient.Menaquinone8].PerHundredGrams!.Value, cheddar[Nutrient.Menaquinone9].PerHundredGrams!.Value));
        Assert.Equal(8.6 + 1.1 + 4 + 8, cheddar.Sum(NutrientDefinition.Menaquinones).PerHundredGrams!.Value, 10);

        // Soft (fresh) cheese: cream cheese MK-4 8.7 (SR28) + MK-5 1.0 (Dunlop 2022).
        var cream = c.Find("usda:01017")!;
        Assert.Equal((8.7, 1.0), (cream[Nutrient.Menaquinone4].PerHundredGrams!.Value, cream[Nutrient.Menaquinone5].PerHundredGrams!.Value));

        // Liver: cooked chicken liver MK-4 7.1 (ODS, 6 µg per 3 oz); butter: whipped butter MK-4 20.9 (SR28, Src_Cd 1).
        var liver = c.Find("usda:05028")![Nutrient.Menaquinone4];
        Assert.Equal((7.1, "ods-chicken-liver-braised"), (liver.PerHundredGrams!.Value, liver.Source!.Code));
        Assert.Equal(20.9, c.Find("usda:01002")![Nutrient.Menaquinone4].PerHundredGrams);

        // Ordinary butter, salted and unsalted: the analysed whipped-butter MK-4 (SR28 01002: 20.9 µg/100 g, n=4) by the
        // reviewed mapping, labelled as borrowed from 01002.
        foreach (var butter in new[] { "usda:01001", "usda:01145" })
        {
            var mk4 = c.Find(butter)![Nutrient.Menaquinone4];
            Assert.Equal(20.9, mk4.PerHundredGrams);
            Assert.Equal("literature", mk4.Source!.Dataset);
            Assert.Contains("NDB_No 01002 'Butter, whipped, with salt'", mk4.Source.Description, StringComparison.Ordinal);
        }

        // Egg yolk, sauerkraut, brie and camembert: no primary per-form value could be read, so no MK form is analysed
        // (egg yolk's K2 total now comes from CIQUAL 2025, without forms: see CiqualImportTests).
        foreach (var id in new[] { "usda:01125", "usda:11439", "usda:01006", "usda:01007" })
        {
            Assert.Null(c.Find(id)!.Sum(NutrientDefinition.Menaquinones).PerHundredGrams);
        }
    }

    [Fact]
    public void Literature_only_food_carries_only_its_published_value()
    {
        var leg = fixture.Shipped.Find("lit:chicken-leg-meat-au")!;
        Assert.Equal(58, leg[Nutrient.Menaquinone4].PerHundredGrams);
        Assert.Single(leg.AnalysedValues);
        Assert.False(leg[Nutrient.Calcium].IsAnalysed);
    }

    [Fact]
    public void Shipped_mapping_attaches_nine_literature_values()
    {
        // 7 from the verified rows of menaquinone_foods.csv + the whipped-butter MK-4 mapped to salted and unsalted butter.
        var mapping = MenaquinoneMapping.Read(FoodDatabase.OpenShipped);
        Assert.Equal(9, mapping.Assignments.Count);
        Assert.All(mapping.Assignments, a => Assert.Equal("literature", a.Source.Dataset));
    }

    [Fact]
    public void Mapping_row_without_reviewed_note_is_refused_with_its_line()
    {
        var error = Assert.Throws<DataFileFormatException>(() => Read(
            LiteratureHeader + "\nx,Natto,,,,939,,,,Kamao 2007,row 2\n",
            MappingHeader + "\nx,usda:16113,Natto,\"  \"\n"));
        Assert.Equal(("menaquinone_mapping.csv", 2), (error.File, error.Line));
        Assert.Contains("reviewed_note is empty", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Literature_row_without_mapping_decision_is_refused()
    {
        var error = Assert.Throws<DataFileFormatException>(() => Read(
            LiteratureHeader + "\nx,Natto,,,,939,,,,Kamao 2007,row 2\ny,Cheese,1,,,,,,,Someone 2020,row 3\n",
            MappingHeader + "\nx,usda:16113,Natto,reviewed\n"));
        Assert.Contains("y have no mapping decision", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Target_that_is_not_an_id_is_refused()
    {
        var error = Assert.Throws<DataFileFormatException>(() => Read(
            LiteratureHeader + "\nx,Natto,,,,939,,,,Kamao 2007,row 2\n",
            MappingHeader + "\nx,natto,Natto,fuzzy\n"));
        Assert.Equal(2, error.Line);
        Assert.Contains("target_id 'natto'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Mapping_onto_an_existing_SR28_value_fails_the_build()
    {
        // Cheddar already has an SR28 MK-4 value (8.6); a literature MK-4 for it must not silently replace it.
        var mapping = Read(
            LiteratureHeader + "\nx,Cheddar,5,,,,,,,Someone 2020,row 2\n",
            MappingHeader + "\nx,usda:01009,\"Cheese, cheddar\",reviewed\n");
        var tables = UsdaCompactFiles.Read(FoodDatabase.OpenShipped);
        using var temp = new TempDirectory();
        var db = temp.File("foods.db");
        var error = Assert.Throws<InvalidDataException>(() => FoodDatabase.Build(tables, mapping, CiqualTable.Read(FoodDatabase.OpenShipped), db, "test", null));
        Assert.Contains("would replace the existing mk4_ug value of usda:01009", error.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(db));
    }

    private static MenaquinoneMapping Read(string literature, string mapping) =>
        MenaquinoneMapping.Read(name => new MemoryStream(Encoding.UTF8.GetBytes(name == MenaquinoneMapping.LiteratureFile ? literature : mapping)));
}
