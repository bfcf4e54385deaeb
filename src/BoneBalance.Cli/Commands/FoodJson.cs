using System.Text.Json;
using BoneBalance.Core.Nutrition;

namespace BoneBalance.Cli.Commands;

/// <summary>
/// The <c>--json</c> form of <c>foods search</c> and <c>foods show</c>. A nutrient that was not analysed is written
/// as <c>{"value": null, "status": "not_analysed"}</c>, never as 0; every value carries its source.
/// </summary>
internal static class FoodJson
{
    /// <summary>The nutrients <c>foods search</c> shows: K1, MK-4, MK-7+ (sum), CIQUAL's K2 total and K2 total as the
    /// intake counts it, vitamin D, calcium.</summary>
    internal static readonly Nutrient[] SearchNutrients = [Nutrient.VitaminK1, Nutrient.Menaquinone4, Nutrient.VitaminK2, Nutrient.VitaminD, Nutrient.Calcium];

    /// <summary>Key of K2 total as the intake counts it (CIQUAL total, or the sum of the MK forms).</summary>
    internal const string K2TotalKey = "k2_total_ug";

    /// <summary>Key of the MK-7 … MK-10 sum.</summary>
    internal const string LongChainKey = "mk7plus_ug";

    public static void WriteSearch(TextWriter output, string query, IEnumerable<Food> foods)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteString("query", query);
            json.WriteStartArray("results");
            foreach (var food in foods)
            {
                WriteFood(json, food, SearchNutrients);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        output.WriteLine(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
    }

    public static void WriteShow(TextWriter output, Food food)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            WriteFood(json, food, Enum.GetValues<Nutrient>());
        }

        output.WriteLine(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
    }

    private static void WriteFood(Utf8JsonWriter json, Food food, IReadOnlyList<Nutrient> nutrients)
    {
        json.WriteStartObject();
        json.WriteString("id", food.Id);
        json.WriteString("name", food.Name);
        json.WriteString("group", food.Group);
        json.WriteStartObject("per_100g");
        WriteNutrients(json, food, nutrients, grams: 100);
        json.WriteEndObject();
        json.WriteStartArray("portions");
        foreach (var portion in food.Portions)
        {
            json.WriteStartObject();
            json.WriteString("measure", portion.Label);
            json.WriteNumber("grams", portion.Grams);
            json.WriteStartObject("nutrients");
            WriteNutrients(json, food, nutrients, portion.Grams);
            json.WriteEndObject();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteNutrients(Utf8JsonWriter json, Food food, IReadOnlyList<Nutrient> nutrients, double grams)
    {
        foreach (var nutrient in nutrients)
        {
            var value = food[nutrient];
            json.WriteStartObject(NutrientDefinition.Of(nutrient).Code);
            if (value.ForGrams(grams) is { } amount)
            {
                json.WriteNumber("value", Math.Round(amount, 4));
                json.WriteStartObject("source");
                json.WriteString("dataset", value.Source!.Dataset);
                json.WriteString("code", value.Source.Code);
                json.WriteString("description", value.Source.Description);
                json.WriteEndObject();
            }
            else
            {
                json.WriteNull("value");
                json.WriteString("status", "not_analysed");
            }

            json.WriteEndObject();

            if (nutrient == Nutrient.Menaquinone4)
            {
                WriteLongChain(json, food, grams);
            }
            else if (nutrient == Nutrient.VitaminK2)
            {
                WriteK2Total(json, food, grams);
            }
        }
    }

    // K2 total as the intake counts it: complete for a CIQUAL total; for MK forms complete only when all seven were
    // analysed. Not analysed when the food has no K2 value at all.
    private static void WriteK2Total(Utf8JsonWriter json, Food food, double grams)
    {
        var (amount, complete) = IntakeNutrientDefinition.Of(IntakeNutrient.VitaminK2Total).PerHundredGrams(food);
        json.WriteStartObject(K2TotalKey);
        if (food[Nutrient.VitaminK2].IsAnalysed || food.Sum(NutrientDefinition.Menaquinones).PerHundredGrams is not null)
        {
            json.WriteNumber("value", Math.Round(amount.Micrograms * grams / 100.0, 4));
            json.WriteBoolean("complete", complete);
        }
        else
        {
            json.WriteNull("value");
            json.WriteString("status", "not_analysed");
        }

        json.WriteEndObject();
    }

    private static void WriteLongChain(Utf8JsonWriter json, Food food, double grams)
    {
        var total = food.Sum(NutrientDefinition.LongChainMenaquinones);
        json.WriteStartObject(LongChainKey);
        if (total.PerHundredGrams is { } perHundred)
        {
            json.WriteNumber("value", Math.Round(perHundred * grams / 100.0, 4));
            json.WriteBoolean("complete", total.IsComplete);
            json.WriteStartArray("analysed");
            foreach (var form in total.Analysed)
            {
                json.WriteStringValue(NutrientDefinition.Of(form).Code);
            }

            json.WriteEndArray();
        }
        else
        {
            json.WriteNull("value");
            json.WriteString("status", "not_analysed");
        }

        json.WriteEndObject();
    }
}
