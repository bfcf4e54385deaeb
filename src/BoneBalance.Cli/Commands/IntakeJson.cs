using System.Text;
using System.Text.Json;
using BoneBalance.Core.Nutrition;

namespace BoneBalance.Cli.Commands;

/// <summary>
/// The <c>--json</c> form of <c>bonebalance intake</c> (shape documented in README.md, "bonebalance intake"). Amounts
/// are in each key's unit (<c>_mg</c>, <c>_ug</c>), rounded to 6 decimals so binary noise does not show; a nutrient
/// without a target or upper limit is <c>null</c>, never 0.
/// </summary>
internal static class IntakeJson
{
    public static void Write(TextWriter output, IntakeReport report)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            var analysis = report.Analysis;
            json.WriteStartObject();
            json.WriteStartObject("person");
            json.WriteString("sex", report.Person.Sex == Core.People.Sex.Female ? "female" : "male");
            json.WriteNumber("age", report.Person.AgeYears);
            json.WriteEndObject();

            json.WriteStartArray("days");
            foreach (var day in analysis.Days)
            {
                json.WriteStartObject();
                json.WriteString("date", day.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
                json.WriteBoolean("complete", day.IsComplete);
                WriteTotals(json, day.Totals);
                WriteKeys(json, "above_upper_limit", day.AboveUpperLimit);
                json.WriteEndObject();
            }

            json.WriteEndArray();

            var average = analysis.Average;
            WriteAmounts(json, "average", n => average.Totals[n].Total);
            json.WriteStartObject("average_window");
            json.WriteString("from", Date(average.From));
            json.WriteString("to", Date(average.To));
            json.WriteStartArray("days");
            foreach (var d in average.Days)
            {
                json.WriteStringValue(Date(d));
            }

            json.WriteEndArray();
            json.WriteBoolean("complete", average.IsComplete);
            WriteTotals(json, average.Totals);
            WriteKeys(json, "above_upper_limit", average.AboveUpperLimit);
            json.WriteEndObject();

            WriteAmounts(json, "targets", n => analysis.References.TryGetValue(n, out var r) ? r.Target : null);
            WriteAmounts(json, "upper_limits", n => analysis.References.TryGetValue(n, out var r) ? r.UpperLimit : null);
            json.WriteStartArray("reference_intakes");
            foreach (var r in analysis.References.Values.OrderBy(r => r.Nutrient))
            {
                var definition = IntakeNutrientDefinition.Of(r.Nutrient);
                json.WriteStartObject();
                json.WriteString("nutrient", definition.Code);
                json.WriteString("kind", r.Kind == ReferenceIntakeKind.AdequateIntake ? "ai" : "rda");
                json.WriteNumber("target", Round(definition.InUnit(r.Target)));
                if (r.UpperLimit is { } ul)
                {
                    json.WriteNumber("upper_limit", Round(definition.InUnit(ul)));
                }
                else
                {
                    json.WriteNull("upper_limit");
                    json.WriteString("upper_limit_note", r.NoUpperLimitReason);
                }

                json.WriteString("life_stage", $"{(r.Sex is null ? "both sexes" : r.Sex == Core.People.Sex.Female ? "female" : "male")}, {(r.MaximumAgeYears >= Core.People.PersonProfile.MaximumAge ? $"{r.MinimumAgeYears}+" : $"{r.MinimumAgeYears}-{r.MaximumAgeYears}")} y");
                json.WriteString("source", r.Source.ToString());
                json.WriteEndObject();
            }

            json.WriteEndArray();

            json.WriteStartArray("gaps");
            foreach (var gap in analysis.Gaps)
            {
                var definition = IntakeNutrientDefinition.Of(gap.Nutrient);
                json.WriteStartObject();
                json.WriteString("nutrient", definition.Code);
                json.WriteNumber("average", Round(definition.InUnit(gap.Average)));
                json.WriteNumber("target", Round(definition.InUnit(gap.Target)));
                json.WriteNumber("shortfall", Round(definition.InUnit(gap.Shortfall)));
                json.WriteBoolean("average_is_lower_bound", gap.AverageIsLowerBound);
                if (gap.Note is { } note)
                {
                    json.WriteString("note", note);
                }

                json.WriteStartArray("foods");
                foreach (var food in gap.Foods)
                {
                    json.WriteStartObject();
                    json.WriteString("id", food.Food.Id);
                    json.WriteString("name", food.Food.Name);
                    json.WriteString("measure", food.Portion.Label);
                    json.WriteNumber("grams", Round(food.Portion.Grams));
                    json.WriteNumber("amount", Round(definition.InUnit(food.PerPortion)));
                    json.WriteNumber("portions_to_close", Round(food.PortionsToClose));
                    json.WriteString("ranked_by", IntakeNutrientDefinition.Of(food.RankedBy).Code);
                    json.WriteEndObject();
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndArray();

            json.WriteStartObject("top_contributors");
            foreach (var definition in IntakeNutrientDefinition.All)
            {
                json.WriteStartArray(definition.Code);
                foreach (var c in analysis.TopContributors[definition.Nutrient])
                {
                    json.WriteStartObject();
                    json.WriteString("id", c.Food.Id);
                    json.WriteString("name", c.Food.Name);
                    json.WriteNumber("per_day", Round(definition.InUnit(c.PerDay)));
                    json.WriteNumber("share", Round(c.Share));
                    json.WriteEndObject();
                }

                json.WriteEndArray();
            }

            json.WriteEndObject();

            json.WriteStartArray("sources");
            foreach (var citation in report.Citations)
            {
                json.WriteStringValue(citation.ToString());
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        output.WriteLine(Encoding.UTF8.GetString(stream.ToArray()));
    }

    private static void WriteTotals(Utf8JsonWriter json, IntakeTotals totals)
    {
        WriteAmounts(json, "nutrients", n => totals[n].Total);
        WriteAmounts(json, "food", n => totals[n].Food);
        WriteAmounts(json, "supplements", n => totals[n].Supplements);
        json.WriteStartObject("complete_by_nutrient");
        foreach (var definition in IntakeNutrientDefinition.All)
        {
            json.WriteBoolean(definition.Code, totals[definition.Nutrient].IsComplete);
        }

        json.WriteEndObject();
    }

    private static void WriteAmounts(Utf8JsonWriter json, string name, Func<IntakeNutrient, Core.Measures.NutrientAmount?> amount)
    {
        json.WriteStartObject(name);
        foreach (var definition in IntakeNutrientDefinition.All)
        {
            if (amount(definition.Nutrient) is { } a)
            {
                json.WriteNumber(definition.Code, Round(definition.InUnit(a)));
            }
            else
            {
                json.WriteNull(definition.Code);
            }
        }

        json.WriteEndObject();
    }

    private static void WriteKeys(Utf8JsonWriter json, string name, IReadOnlyList<IntakeNutrient> nutrients)
    {
        json.WriteStartArray(name);
        foreach (var n in nutrients)
        {
            json.WriteStringValue(IntakeNutrientDefinition.Of(n).Code);
        }

        json.WriteEndArray();
    }

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private static double Round(double value) => Math.Round(value, 6);
}
