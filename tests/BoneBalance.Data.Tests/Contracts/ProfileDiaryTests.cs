using BoneBalance.Core.Nutrition;
using BoneBalance.Core.Validation;

namespace BoneBalance.Data.Tests.Contracts;

/// <summary>The optional <c>diary</c> of a profile: the diary CSV's rows as objects, resolved through a food lookup.</summary>
public sealed class ProfileDiaryTests
{
    // A test food with one household measure: 1 cup = 244 g (SR28's cup of whole milk).
    private static readonly Food Milk = new("usda:01077", "Milk, whole", "Dairy and Egg Products", null, [], [new Portion(1, 1, "cup", 244)]);

    private static Food? Find(string id) => id == Milk.Id ? Milk : null;

    [Fact]
    public void Food_and_supplement_rows_are_read()
    {
        var input = ProfileDocumentTests.Parse("""
            { "person": { "sex": "female", "age": 67 },
              "diary": [ { "date": "2026-01-05", "food": "usda:01077", "grams": 200 },
                         { "date": "2026-01-05", "food": "usda:01077", "quantity": 2, "measure": "cup" },
                         { "date": "2026-01-06", "supplement": "d3", "dose": 1000, "unit": "iu" } ] }
            """, Find);
        Assert.Equal(2, input.Diary.Count);
        Assert.Equal(200, input.Diary[0].Grams);
        Assert.Equal(488, input.Diary[1].Grams); // 2 × 244 g
        var d3 = Assert.Single(input.DiarySupplements);
        Assert.Equal(new DateOnly(2026, 1, 6), d3.Date);
        Assert.Equal(25, d3.Amount.Micrograms, 9); // 1000 IU ÷ 40
    }

    [Theory]
    [InlineData("""{ "date": "2026-01-05", "food": "usda:99999", "grams": 100 }""", "diary[0].food", "usda:99999")]
    [InlineData("""{ "date": "2026-01-05", "food": "usda:01077", "grams": 6000 }""", "diary[0].grams", "6000")]
    [InlineData("""{ "date": "2026-01-05", "food": "usda:01077", "quantity": 1, "measure": "glass" }""", "diary[0].measure", "glass")]
    [InlineData("""{ "date": "2026-01-05", "food": "usda:01077", "grams": 100, "dose": 5 }""", "diary[0].dose", "5")]
    [InlineData("""{ "date": "5 Jan", "supplement": "d3", "dose": 1000, "unit": "iu" }""", "diary[0].date", "5 Jan")]
    [InlineData("""{ "date": "2026-01-05", "supplement": "k2", "dose": 100, "unit": "ug" }""", "diary[0].supplement", "k2")]
    [InlineData("""{ "date": "2026-01-05", "supplement": "k1", "dose": 100, "unit": "iu" }""", "diary[0].unit", "iu")]
    [InlineData("""{ "date": "2026-01-05" }""", "diary[0].food", "")]
    public void A_bad_row_is_refused_naming_its_path(string row, string path, string value)
    {
        var e = Assert.Throws<InvalidInputException>(() => ProfileDocumentTests.Parse($$"""{ "person": { "sex": "female", "age": 67 }, "diary": [ {{row}} ] }""", Find));
        var error = Assert.Single(e.Errors);
        Assert.Equal(path, error.Field);
        Assert.Equal(value, error.Value);
    }
}
