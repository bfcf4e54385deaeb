using System.Text.Json;
using BoneBalance.Core.Guidance;
using BoneBalance.Core.Nutrition;

namespace BoneBalance.Data.Contracts;

/// <summary>The <c>intake</c> part of the assessment JSON: the 7-day average per nutrient against the person's targets.</summary>
public static partial class AssessmentDocument
{
    /// <summary>Writes the <c>intake</c> object (also the <c>intake</c> of <c>intake --json</c>): the 7-day average per
    /// nutrient against the targets, and each logged day's totals.</summary>
    public static void WriteIntake(Utf8JsonWriter json, IntakeAnalysis intake)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(intake);
        var average = intake.Average;
        json.WriteStartObject();
        Date(json, "from"u8, average.From);
        Date(json, "to"u8, average.To);
        json.WriteNumber("daysLogged"u8, average.Days.Count);
        json.WriteNumber("foodDays"u8, average.FoodDays);
        json.WriteBoolean("complete"u8, average.IsComplete);
        json.WriteStartArray("nutrients"u8);
        foreach (var definition in IntakeNutrientDefinition.All)
        {
            var n = definition.Nutrient;
            var amount = average.Totals[n];
            var reference = intake.References.GetValueOrDefault(n);
            json.WriteStartObject();
            json.WriteString("nutrient"u8, NutrientToken(n));
            json.WriteString("name"u8, definition.Name);
            json.WriteString("unit"u8, Unit(definition));
            json.WriteNumber("average"u8, Round(definition.InUnit(amount.Total), 1));
            json.WriteNumber("food"u8, Round(definition.InUnit(amount.Food), 1));
            json.WriteNumber("supplements"u8, Round(definition.InUnit(amount.Supplements), 1));
            json.WriteBoolean("isLowerBound"u8, !amount.IsComplete);
            Number(json, "target"u8, reference is null ? null : definition.InUnit(reference.Target), 1);
            json.WriteString("kind"u8, reference is null ? null : reference.Kind == ReferenceIntakeKind.AdequateIntake ? "ai" : "rda");
            Number(json, "upperLimit"u8, reference?.UpperLimit is { } ul ? definition.InUnit(ul) : null, 1);
            json.WriteString("upperLimitNote"u8, reference is { UpperLimit: null } ? reference.NoUpperLimitReason : null);
            json.WriteBoolean("aboveUpperLimit"u8, average.AboveUpperLimit.Contains(n));
            Number(json, "percentOfTarget"u8, reference is null || reference.Target.Micrograms <= 0 ? null : 100.0 * amount.Total.Micrograms / reference.Target.Micrograms, 0);
            json.WriteStartArray("topContributors"u8);
            foreach (var c in intake.TopContributors[n])
            {
                json.WriteStartObject();
                json.WriteString("foodId"u8, c.Food.Id);
                json.WriteString("name"u8, c.Food.Name);
                json.WriteNumber("perDay"u8, Round(definition.InUnit(c.PerDay), 1));
                json.WriteNumber("sharePercent"u8, Round(100 * c.Share, 0));
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WritePropertyName("gap"u8);
            if (GapOf(intake, n) is { } gap)
            {
                json.WriteStartObject();
                json.WriteNumber("shortfall"u8, Round(definition.InUnit(gap.Shortfall), 1));
                json.WriteBoolean("averageIsLowerBound"u8, gap.AverageIsLowerBound);
                json.WriteString("note"u8, gap.Note);

                json.WriteStartArray("foods"u8);
                foreach (var f in gap.Foods)
                {
                    json.WriteStartObject();
                    json.WriteString("foodId"u8, f.Food.Id);
                    json.WriteString("name"u8, f.Food.Name);
                    WritePortionLabel(json, f.Portion);
                    json.WriteNumber("grams"u8, Round(f.Portion.Grams, 1));
                    json.WriteNumber("perPortion"u8, Round(definition.InUnit(f.PerPortion), 1));
                    json.WriteNumber("portionsToClose"u8, Round(f.PortionsToClose, 1));
                    json.WriteString("rankedBy"u8, NutrientToken(f.RankedBy));
                    json.WriteEndObject();
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }
            else
            {
                json.WriteNullValue();
            }

            // The target's and upper limit's source, so a report can cite it beside this nutrient's row.
            WriteCitations(json, "citations"u8, reference is null ? [] : [reference.Source]);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        WriteDays(json, intake.Days);
        WriteCitations(json, "citations"u8, AssessmentCitations.OfIntake(intake));
        json.WriteEndObject();
    }

    // Every logged day, oldest first: its totals per nutrient (food, supplements, both), whether any value was missing.
    private static void WriteDays(Utf8JsonWriter json, IReadOnlyList<DailyIntake> days)
    {
        json.WriteStartArray("days"u8);
        foreach (var day in days)
        {
            json.WriteStartObject();
            Date(json, "date"u8, day.Date);
            json.WriteBoolean("complete"u8, day.IsComplete);
            json.WriteStartArray("nutrients"u8);
            foreach (var definition in IntakeNutrientDefinition.All)
            {
                var n = definition.Nutrient;
                var amount = day.Totals[n];
                json.WriteStartObject();
                json.WriteString("nutrient"u8, NutrientToken(n));
                json.WriteString("unit"u8, Unit(definition));
                json.WriteNumber("total"u8, Round(definition.InUnit(amount.Total), 1));
                json.WriteNumber("food"u8, Round(definition.InUnit(amount.Food), 1));
                json.WriteNumber("supplements"u8, Round(definition.InUnit(amount.Supplements), 1));
                json.WriteBoolean("isLowerBound"u8, !amount.IsComplete);
                json.WriteBoolean("aboveUpperLimit"u8, day.AboveUpperLimit.Contains(n));
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    // The first gap of the nutrient, as FirstOrDefault found it, without a closure per nutrient.
    private static IntakeGap? GapOf(IntakeAnalysis intake, IntakeNutrient nutrient)
    {
        foreach (var gap in intake.Gaps)
        {
            if (gap.Nutrient == nutrient)
            {
                return gap;
            }
        }

        return null;
    }

    // Portion.Label ("0.5 cup, chopped") formatted into a stack buffer instead of a string; a label too long for the
    // buffer falls back to Portion.Label itself.
    private static void WritePortionLabel(Utf8JsonWriter json, Portion portion)
    {
        Span<char> text = stackalloc char[128];
        if (portion.TryFormatLabel(text, out var length))
        {
            json.WriteString("portion"u8, text[..length]);
        }
        else
        {
            json.WriteString("portion"u8, portion.Label);
        }
    }
}
