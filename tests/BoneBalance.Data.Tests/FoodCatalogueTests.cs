namespace BoneBalance.Data.Tests;

/// <summary>The commonly eaten foods: SR28 Survey-flagged foods plus the menaquinone literature's foods.</summary>
[Collection(CatalogueGroup.Name)]
public sealed class FoodCatalogueTests(CatalogueFixture fixture)
{
    [Fact]
    public void Common_foods_are_the_survey_flagged_foods_and_the_literature_k2_foods()
    {
        // FOOD_DES.txt: 3,404 of the 8,789 foods have Survey = "Y" (field 7), among them every SR28 food that carries a
        // literature K2 value (butter 01001 and 01145, cheddar 01009, cream cheese 01017, chicken liver 05028, natto
        // 16113); plus the one literature-only food (Dunlop 2022 chicken leg meat) = 3,405.
        var common = fixture.Shipped.CommonFoods;
        Assert.Equal(3405, common.Count);
        Assert.Contains(common, f => f.Id == "usda:16113");
        Assert.Contains(common, f => f.Id == "lit:chicken-leg-meat-au");
        Assert.DoesNotContain(common, f => f.Id == "usda:11233"); // Kale, raw: no Survey flag
        Assert.Equal(common.OrderBy(f => f.Id, StringComparer.Ordinal).Select(f => f.Id), common.Select(f => f.Id));
        Assert.All(common, f => Assert.Same(f, fixture.Shipped.Find(f.Id)));
    }
}
