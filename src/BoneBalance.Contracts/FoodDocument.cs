using System.Text.Json;
using BoneBalance.Core.Nutrition;

namespace BoneBalance.Data.Contracts;

/// <summary>
/// The food contract: one catalogue food as JSON, the format of <c>bonebalance foods show --json</c> and
/// <c>GET /api/foods/{id}</c>, and a search as <c>{query, results}</c>, the format of <c>foods search --json</c> and
/// <c>GET /api/foods?q=</c>. The conventions are the assessment document's (camelCase names, lower-case snake tokens,
/// <see cref="AssessmentDocument.WriterOptions"/>). A value nobody analysed has <c>"amount": null</c>, never 0; a
/// nutrient summed from forms of which some were not analysed has its amount with <c>"complete": false</c> (a lower
/// bound). Every amount is per 100 g; a household measure's amount is <c>amount × grams / 100</c>. The shape is
/// documented in docs/JSON.md.
/// </summary>
public static class FoodDocument
{
    /// <summary>Writes one food: id, names, its seven intake nutrients, every value kept and its household measures.</summary>
    public static void Write(Utf8JsonWriter json, Food food)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(food);
        json.WriteStartObject();
        WriteHeader(json, food);
        WriteNutrients(json, food);
        json.WriteStartArray("values"u8);
        foreach (var definition in NutrientDefinition.All)
        {
            var value = food[definition.Nutrient];
            json.WriteStartObject();
            json.WriteString("code"u8, definition.Code);
            json.WriteString("name"u8, definition.Name);
            json.WriteString("unit"u8, Unit(definition.Unit));
            Amount(json, value.PerHundredGrams);
            json.WritePropertyName("source"u8);
            if (value.Source is { } source && value.IsAnalysed)
            {
                WriteSource(json, source);
            }
            else
            {
                json.WriteNullValue();
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("measures"u8);
        foreach (var p in food.Portions)
        {
            json.WriteStartObject();
            json.WriteString("label"u8, p.Label);
            json.WriteString("description"u8, p.Description);
            json.WriteNumber("amount"u8, p.Amount);
            json.WriteNumber("grams"u8, p.Grams);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    /// <summary>Writes a search: the query and each hit with its relevance score and its seven intake nutrients.</summary>
    public static void WriteSearch(Utf8JsonWriter json, string query, IEnumerable<(Food Food, double Score)> hits)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(hits);
        json.WriteStartObject();
        json.WriteString("query"u8, query);
        json.WriteStartArray("results"u8);
        foreach (var (food, score) in hits)
        {
            json.WriteStartObject();
            WriteHeader(json, food);
            json.WriteNumber("score"u8, Math.Round(score, 6));
            WriteNutrients(json, food);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    /// <summary>One food as UTF-8 JSON (indented, as the CLI writes it; compact for the web API).</summary>
    public static byte[] ToUtf8(Food food, bool indented = true) => AssessmentDocument.ToUtf8(json => Write(json, food), indented);

    /// <summary>A search as UTF-8 JSON (indented, as the CLI writes it; compact for the web API).</summary>
    public static byte[] SearchToUtf8(string query, IEnumerable<(Food Food, double Score)> hits, bool indented = true) =>
        AssessmentDocument.ToUtf8(json => WriteSearch(json, query, hits), indented);

    private static void WriteHeader(Utf8JsonWriter json, Food food)
    {
        json.WriteString("id"u8, food.Id);
        json.WriteString("name"u8, food.Name);
        json.WriteString("group"u8, food.Group);
        json.WriteString("commonName"u8, food.CommonName);
    }

    // The seven nutrients as the intake counts them, per 100 g, each with the sources of the values summed.
    private static void WriteNutrients(Utf8JsonWriter json, Food food)
    {
        json.WriteStartArray("nutrients"u8);
        foreach (var definition in IntakeNutrientDefinition.All)
        {
            var sources = SourcesOf(food, definition);
            var (amount, complete) = definition.PerHundredGrams(food);
            json.WriteStartObject();
            json.WriteString("nutrient"u8, AssessmentDocument.NutrientToken(definition.Nutrient));
            json.WriteString("name"u8, definition.Name);
            json.WriteString("unit"u8, definition.InMilligrams ? "mg" : "ug");
            Amount(json, sources.Count == 0 ? null : definition.InUnit(amount));
            json.WriteBoolean("complete"u8, sources.Count > 0 && complete);
            json.WriteStartArray("sources"u8);
            foreach (var source in sources)
            {
                WriteSource(json, source);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    // The sources of the analysed values an intake nutrient sums, each once, in form order (a published K2 total and the
    // IU value of vitamin D included, as PerHundredGrams takes them). None: nothing was analysed.
    private static List<ValueSource> SourcesOf(Food food, IntakeNutrientDefinition definition)
    {
        IEnumerable<Nutrient> forms = definition.TakesPublishedK2Total ? [.. definition.Forms, Nutrient.VitaminK2] : definition.Forms;
        if (definition.Forms.Contains(Nutrient.VitaminD) && !food[Nutrient.VitaminD].IsAnalysed)
        {
            forms = forms.Append(Nutrient.VitaminDInternationalUnits);
        }

        return [.. forms.Select(f => food[f]).Where(v => v.IsAnalysed).Select(v => v.Source).OfType<ValueSource>().Distinct()];
    }

    private static void WriteSource(Utf8JsonWriter json, ValueSource source)
    {
        json.WriteStartObject();
        json.WriteString("dataset"u8, source.Dataset);
        json.WriteString("code"u8, source.Code);
        json.WriteString("description"u8, source.Description);
        json.WriteEndObject();
    }

    private static void Amount(Utf8JsonWriter json, double? amount)
    {
        if (amount is { } a)
        {
            json.WriteNumber("amount"u8, Math.Round(a, 4) + 0.0);
        }
        else
        {
            json.WriteNull("amount"u8);
        }
    }

    private static string Unit(NutrientUnit unit) => unit switch
    {
        NutrientUnit.Gram => "g",
        NutrientUnit.Milligram => "mg",
        NutrientUnit.Microgram => "ug",
        NutrientUnit.Kilocalorie => "kcal",
        _ => "iu",
    };
}
