using System.Text;
using System.Text.Json;
using BoneBalance.Core.Nutrition;
using BoneBalance.Core.Validation;
using BoneBalance.Data.Contracts;

namespace BoneBalance.Data.Tests.Contracts;

/// <summary>
/// The stored form of a saved assessment: the envelope and the database's two columns read back to what was written,
/// rows kept in the older form read as the same envelope, and the kept profile replays to the assessed input.
/// </summary>
public sealed class StoredAssessmentTests
{
    private static readonly Food Milk = new("usda:01077", "Milk, whole", "Dairy and Egg Products", null, [], [new Portion(1, 1, "cup", 244)]);

    private static readonly DateOnly Day = new(2026, 11, 24);

    private static Food? Find(string id) => id == Milk.Id ? Milk : null;

    private static byte[] Utf8(string json) => Encoding.UTF8.GetBytes(json);

    private static StoredAssessment Sample() => new(
        Day,
        Utf8("""{"person":{"sex":"female","age":67},"diary":[{"date":"2026-11-24","food":"usda:01077","grams":200}]}"""),
        Utf8("""{"person":{"sex":"female","age":67},"findings":[],"sources":[{"title":"Dietary Reference Intakes"}]}"""));

    [Fact]
    public void The_envelope_round_trips()
    {
        var stored = Sample();
        var json = stored.ToUtf8Json();

        using (var document = JsonDocument.Parse(json))
        {
            Assert.Equal(StoredAssessment.Fields, document.RootElement.EnumerateObject().Select(p => p.Name));
            Assert.Equal(2, document.RootElement.GetProperty("format").GetInt32());
            Assert.Equal("2026-11-24", document.RootElement.GetProperty("today").GetString());
        }

        var read = StoredAssessment.Read(json);
        Assert.Equal(Day, read.Today);
        Assert.Equal(stored.Profile.ToArray(), read.Profile.ToArray());
        Assert.Equal(stored.Result.ToArray(), read.Result.ToArray());
    }

    [Fact]
    public void The_database_columns_round_trip_with_the_result_compressed()
    {
        var stored = Sample();
        var big = new StoredAssessment(Day, stored.Profile, Utf8("{\"sources\":[" + string.Join(',', Enumerable.Repeat("""{"title":"Dietary Reference Intakes for Calcium and Vitamin D"}""", 400)) + "]}"));

        var compressed = big.CompressedResult();
        var read = StoredAssessment.FromRow(big.InputJson(), compressed, new DateTime(2030, 1, 1, 0, 0, 0, DateTimeKind.Utc));

        Assert.True(compressed.Length * 10 < big.Result.Length, $"{compressed.Length} of {big.Result.Length} bytes");
        Assert.Equal(big.Result.ToArray(), read.Result.ToArray());
        Assert.Equal(big.Profile.ToArray(), read.Profile.ToArray());
        Assert.Equal(Day, read.Today); // the kept date, not the row's creation time
        Assert.Equal("""{"format":2,"today":"2026-11-24","profile":{"person":{"sex":"female","age":67},"diary":[{"date":"2026-11-24","food":"usda:01077","grams":200}]}}""", big.InputJson());
    }

    [Fact]
    public void A_row_of_the_older_form_reads_with_its_web_diary_as_the_profile_s_diary_rows()
    {
        const string input = """
            {"profile":{"person":{"sex":"female","age":67},"supplements":[]},"today":"2026-11-20",
             "diary":{"from":"2026-11-14","to":"2026-11-20",
                      "foods":[{"date":"2026-11-19","foodId":"usda:01077","grams":250}],
                      "supplements":[{"date":"2026-11-20","form":"d3","dose":20,"unit":"ug"}]}}
            """;
        var result = Utf8("""{"findings":[]}""");

        var read = StoredAssessment.FromRow(input, result, new DateTime(2026, 11, 21, 1, 0, 0, DateTimeKind.Utc));

        Assert.Equal(new DateOnly(2026, 11, 20), read.Today);
        Assert.Equal(result, read.Result.ToArray());
        Assert.Equal(
            """{"person":{"sex":"female","age":67},"supplements":[],"diary":[{"date":"2026-11-19","food":"usda:01077","grams":250},{"date":"2026-11-20","supplement":"d3","dose":20,"unit":"ug"}]}""",
            Encoding.UTF8.GetString(read.Profile.Span));
        var replayed = read.Input(Find);
        Assert.Equal(250, Assert.Single(replayed.Diary).Grams);
        Assert.Equal(SupplementForm.VitaminD3, Assert.Single(replayed.DiarySupplements).Form);
        Assert.Equal(67, replayed.Person.AgeYears);
    }

    [Fact]
    public void The_oldest_rows_without_a_date_read_on_the_day_they_were_kept()
    {
        var read = StoredAssessment.FromRow("""{"profile":{"person":{"sex":"male","age":70}}}""", Utf8("{}"), new DateTime(2026, 11, 25, 23, 0, 0, DateTimeKind.Utc));

        Assert.Equal(new DateOnly(2026, 11, 25), read.Today);
        Assert.Equal("""{"person":{"sex":"male","age":70}}""", Encoding.UTF8.GetString(read.Profile.Span));
    }

    [Fact]
    public void WithDiary_writes_the_rows_in_the_contract_s_form_and_replaces_a_diary_it_had()
    {
        var foods = new[] { DiaryEntry.InGrams(Day, Milk, 125.5) };
        var supplements = new[] { SupplementEntry.Create(Day, SupplementForm.VitaminK2Mk7, 90, DoseUnit.Microgram) };

        var profile = StoredAssessment.WithDiary(Utf8("""{"person":{"sex":"female","age":67},"diary":[]}"""), foods, supplements);

        Assert.Equal(
            """{"person":{"sex":"female","age":67},"diary":[{"date":"2026-11-24","food":"usda:01077","grams":125.5},{"date":"2026-11-24","supplement":"k2-mk7","dose":90,"unit":"ug"}]}""",
            Encoding.UTF8.GetString(profile));
        var input = ProfileDocument.Parse(profile, Find, Day);
        Assert.Equal(125.5, Assert.Single(input.Diary).Grams);
    }

    [Theory]
    [InlineData("""{"format":1,"today":"2026-11-24","profile":{},"result":{}}""", "format")]
    [InlineData("""{"format":2,"today":"24.11.2026","profile":{},"result":{}}""", "today")]
    [InlineData("""{"format":2,"today":"2026-11-24","result":{}}""", "profile")]
    [InlineData("""{"format":2,"today":"2026-11-24","profile":{}}""", "result")]
    [InlineData("""{"format":2,"today":"2026-11-24","profile":{},"result":{},"extra":1}""", "extra")]
    [InlineData("""{"format":2,""", "")]
    public void A_bad_envelope_is_refused_naming_the_field(string json, string field)
    {
        var e = Assert.Throws<InvalidInputException>(() => StoredAssessment.Read(Utf8(json)));

        Assert.Equal(field, e.Errors[0].Field);
    }
}
