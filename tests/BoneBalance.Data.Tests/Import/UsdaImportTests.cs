using BoneBalance.Core.Nutrition;

namespace BoneBalance.Data.Tests.Import;

/// <summary>Imported values against the raw SR28 files (numbers read in FOOD_DES/NUT_DATA/WEIGHT).</summary>
[Collection(CatalogueGroup.Name)]
public sealed class UsdaImportTests(CatalogueFixture fixture)
{
    public static TheoryData<string> Catalogues => new() { "shipped", "raw" };

    private FoodCatalogue Catalogue(string which) => which == "raw" ? fixture.Raw : fixture.Shipped;

    [Theory]
    [MemberData(nameof(Catalogues))]
    public void Imports_all_8789_SR28_foods_plus_the_literature_only_food(string which)
    {
        // FOOD_DES.txt holds 8,789 records: 8,788 CRLF-terminated lines plus a last record ("Turtle, green, raw",
        // NDB 93600) with no line end — `wc -l` counts 8,788, the figure in the README. One literature-only
        // food (Australian chicken leg meat) comes from the mapping.
        var foods = Catalogue(which).Foods;
        Assert.Contains(foods, f => f.Name == "Turtle, green, raw");
        Assert.Equal(8789, foods.Count(f => f.Id.StartsWith("usda:", StringComparison.Ordinal)));
        Assert.Equal(["lit:chicken-leg-meat-au"], foods.Where(f => f.Id.StartsWith("lit:", StringComparison.Ordinal)).Select(f => f.Id));
    }

    [Theory]
    [MemberData(nameof(Catalogues))]
    public void Kale_raw_has_phylloquinone_704_8_ug_analytical(string which)
    {
        // NUT_DATA: ~11233~^~430~^704.8^...^~1~ ; SRC_CD 1 = "Analytical or derived from analytical".
        var kale = Catalogue(which).Find("usda:11233")!;
        Assert.Equal("Kale, raw", kale.Name);
        Assert.Equal("Vegetables and Vegetable Products", kale.Group);
        var k1 = kale[Nutrient.VitaminK1];
        Assert.Equal(704.8, k1.PerHundredGrams);
        Assert.Equal(new ValueSource("USDA SR28", "1", "Analytical or derived from analytical"), k1.Source);
    }

    [Theory]
    [MemberData(nameof(Catalogues))]
    public void Gouda_has_700_mg_calcium(string which)
    {
        var gouda = Catalogue(which).Find("usda:01022")!;
        Assert.Equal("Cheese, gouda", gouda.Name);
        Assert.Equal(700, gouda[Nutrient.Calcium].PerHundredGrams);
        Assert.Equal(NutrientUnit.Milligram, gouda[Nutrient.Calcium].Unit);
    }

    [Theory]
    [MemberData(nameof(Catalogues))]
    public void Natto_has_SR28_phylloquinone_and_the_literature_MK7(string which)
    {
        var natto = Catalogue(which).Find("usda:16113")!;
        Assert.Equal(23.1, natto[Nutrient.VitaminK1].PerHundredGrams);
        Assert.Equal("USDA SR28", natto[Nutrient.VitaminK1].Source!.Dataset);

        // Kamao et al. 2007 abstract: MK-7 939 µg/100 g in natto.
        var mk7 = natto[Nutrient.Menaquinone7];
        Assert.Equal(939, mk7.PerHundredGrams);
        Assert.Equal("literature", mk7.Source!.Dataset);
        Assert.Equal("kamao2007-natto", mk7.Source.Code);
        Assert.StartsWith("Kamao M", mk7.Source.Description, StringComparison.Ordinal);

        // MK-7+ = MK-7 only; MK-8..MK-10 were not analysed, so the sum says it is incomplete.
        var longChain = natto.Sum(NutrientDefinition.LongChainMenaquinones);
        Assert.Equal(939, longChain.PerHundredGrams);
        Assert.False(longChain.IsComplete);
        Assert.Equal([Nutrient.Menaquinone8, Nutrient.Menaquinone9, Nutrient.Menaquinone10], longChain.NotAnalysed);
    }

    [Theory]
    [MemberData(nameof(Catalogues))]
    public void Missing_is_not_zero(string which)
    {
        var catalogue = Catalogue(which);

        // Raw egg yolk (01125) has no 428 row in NUT_DATA (and no literature value): not analysed, never 0.
        var yolkMk4 = catalogue.Find("usda:01125")![Nutrient.Menaquinone4];
        Assert.False(yolkMk4.IsAnalysed);
        Assert.Null(yolkMk4.PerHundredGrams);
        Assert.Null(yolkMk4.ForGrams(100));
        Assert.Equal("not analysed", yolkMk4.ToString());

        // Sweet pickles (11940) have a 428 row with 0.0 (Src_Cd 1): an analysed zero.
        var picklesMk4 = catalogue.Find("usda:11940")![Nutrient.Menaquinone4];
        Assert.True(picklesMk4.IsAnalysed);
        Assert.Equal(0, picklesMk4.PerHundredGrams);

        // Kale's vitamin D 0.0 is Src_Cd 7, "Assumed zero": the provenance travels with the zero.
        var kaleD = catalogue.Find("usda:11233")![Nutrient.VitaminD];
        Assert.Equal(0, kaleD.PerHundredGrams);
        Assert.Equal("Assumed zero", kaleD.Source!.Description);

        // A food with no MK value at all: the MK sum is null, not 0.
        Assert.Null(catalogue.Find("usda:01125")!.Sum(NutrientDefinition.Menaquinones).PerHundredGrams);
    }

    [Theory]
    [MemberData(nameof(Catalogues))]
    public void Household_measure_converts_to_grams_from_WEIGHT(string which)
    {
        // WEIGHT.txt for 01001: pat 5.0 g, 1 tbsp 14.2 g, 1 cup 227 g, 1 stick 113 g.
        var butter = Catalogue(which).Find("usda:01001")!;
        Assert.Equal(227, butter.GramsFor(1, "cup"));
        Assert.Equal(227, butter.GramsFor(1, "1 cup"));
        Assert.Equal(454, butter.GramsFor(2, "cup"));
        Assert.Equal(28.4, butter.GramsFor(2, "tbsp"), 10);
        Assert.Equal(["pat (1\" sq, 1/3\" high)", "tbsp", "cup", "stick"], butter.Portions.Select(p => p.Description));
        Assert.Equal([5.0, 14.2, 227, 113], butter.Portions.Select(p => p.Grams));
        Assert.Equal("1 cup", butter.Portions[2].Label);

        // Calcium in 1 cup: 24 mg/100 g × 227 g / 100 = 54.48 mg.
        Assert.Equal(54.48, butter[Nutrient.Calcium].ForGrams(butter.GramsFor(1, "cup"))!.Value, 10);

        // Kale (11233): ~11233~^1^1^~cup 1" pieces, loosely packed~^16
        Assert.Equal(16, Catalogue(which).Find("usda:11233")!.GramsFor(1, "cup 1\" pieces, loosely packed"));
    }

    [Fact]
    public void Unknown_measure_is_refused_with_the_valid_ones()
    {
        var error = Assert.Throws<BoneBalance.Core.Validation.InvalidInputException>(() => fixture.Shipped.Find("usda:16113")!.GramsFor(1, "slice"));
        Assert.Equal("measure", error.Errors[0].Field);
        Assert.Equal("slice", error.Errors[0].Value);
        Assert.Equal("1 cup", error.Errors[0].ValidRange);
    }

    [Fact]
    public void Shipped_compact_data_equals_the_raw_import_value_for_value()
    {
        Assert.Equal(fixture.Raw.Foods.Count, fixture.Shipped.Foods.Count);
        foreach (var raw in fixture.Raw.Foods)
        {
            var shipped = fixture.Shipped.Find(raw.Id)!;
            Assert.Equal(raw.Name, shipped.Name);
            Assert.Equal(raw.Group, shipped.Group);
            Assert.Equal(raw.Portions, shipped.Portions);
            Assert.Equal(
                raw.AnalysedValues.OrderBy(v => v.Nutrient),
                shipped.AnalysedValues.OrderBy(v => v.Nutrient));
        }
    }

    [Fact]
    public void Raw_import_summary_counts_SR28_rows()
    {
        // WEIGHT.txt has 15,438 lines; 9 literature values are attached (natto MK-7, chicken liver MK-4,
        // chicken leg MK-4, cheddar MK-5/8/9, cream cheese MK-5, salted and unsalted butter MK-4
        // = 1 + 1 + 1 + 3 + 1 + 2 = 9).
        // CIQUAL 2025: 102 foods have a K2 number, 19 give it to an SR28 food through the reviewed mapping, 83 are
        // foods of their own (with one 100 g portion each, not a household measure, so not counted in Portions).
        Assert.Equal(15438, fixture.RawSummary.Portions);
        Assert.Equal(8790 + 83, fixture.RawSummary.Foods);
        Assert.Equal(9, fixture.RawSummary.LiteratureValues);
    }
}
