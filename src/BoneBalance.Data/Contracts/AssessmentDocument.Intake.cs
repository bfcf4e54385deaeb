using System.Text.Json;
using BoneBalance.Core.Nutrition;

namespace BoneBalance.Data.Contracts;

/// <summary>The <c>intake</c> part of the assessment JSON: the 7-day average per nutrient against the person's targets.</summary>
public static partial class AssessmentDocument
{
    private static void WriteIntake(Utf8JsonWriter json, IntakeAnalysis intake)
    {
        var average = intake.Average;
        json.WriteStartObject();
        Date(json, "from", average.From);
        Date(json, "to", average.To);
        json.WriteNumber("daysLogged", average.Days.Count);
        json.WriteBoolean("complete", average.IsComplete);
        json.WriteStartArray("nutrients");
        foreach (var definition in IntakeNutrientDefinition.All)
        {
            var n = definition.Nutrient;
            var amount = average.Totals[n];
            var reference = intake.References.GetValueOrDefault(n);
            json.WriteStartObject();
            json.WriteString("nutrient", NutrientToken(n));
            json.WriteString("name", definition.Name);
            json.WriteString("unit", Unit(definition));
            json.WriteNumber("average", Round(definition.InUnit(amount.Total), 1));
            json.WriteNumber("food", Round(definition.InUnit(amount.Food), 1));
            json.WriteNumber("supplements", Round(definition.InUnit(amount.Supplements), 1));
            json.WriteBoolean("isLowerBound", !amount.IsComplete);
            Number(json, "target", reference is null ? null : definition.InUnit(reference.Target), 1);
            json.WriteString("kind", reference is null ? null : reference.Kind == ReferenceIntakeKind.AdequateIntake ? "ai" : "rda");
            Number(json, "upperLimit", reference?.UpperLimit is { } ul ? definition.InUnit(ul) : null, 1);
            json.WriteString("upperLimitNote", reference is { UpperLimit: null } ? reference.NoUpperLimitReason : null);
            json.WriteBoolean("aboveUpperLimit", average.AboveUpperLimit.Contains(n));
            Number(json, "percentOfTarget", reference is null || reference.Target.Micrograms <= 0 ? null : 100.0 * amount.Total.Micrograms / reference.Target.Micrograms, 0);
            json.WriteStartArray("topContributors");
            foreach (var c in intake.TopContributors[n])
            {
                json.WriteStartObject();
                json.WriteString("foodId", c.Food.Id);
                json.WriteString("name", c.Food.Name);
                json.WriteNumber("perDay", Round(definition.InUnit(c.PerDay), 1));
                json.WriteNumber("sharePercent", Round(100 * c.Share, 0));
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WritePropertyName("gap");
            if (intake.Gaps.FirstOrDefault(g => g.Nutrient == n) is { } gap)
            {
                json.WriteStartObject();
                json.WriteNumber("shortfall", Round(definition.InUnit(gap.Shortfall), 1));
                json.WriteBoolean("averageIsLowerBound", gap.AverageIsLowerBound);
                json.WriteStartArray("foods");
                foreach (var f in gap.Foods)
                {
                    json.WriteStartObject();
                    json.WriteString("foodId", f.Food.Id);
                    json.WriteString("name", f.Food.Name);
                    json.WriteString("portion", f.Portion.Label);
                    json.WriteNumber("grams", Round(f.Portion.Grams, 1));
                    json.WriteNumber("perPortion", Round(definition.InUnit(f.PerPortion), 1));
                    json.WriteNumber("portionsToClose", Round(f.PortionsToClose, 1));
                    json.WriteString("rankedBy", NutrientToken(f.RankedBy));
                    json.WriteEndObject();
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }
            else
            {
                json.WriteNullValue();
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
        WriteCitations(json, "citations", intake.References.Values.OrderBy(r => r.Nutrient).Select(r => r.Source).Distinct());
        json.WriteEndObject();
    }
}
