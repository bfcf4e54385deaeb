using BoneBalance.Core.Nutrition;
using BoneBalance.Core.Validation;

namespace BoneBalance.Data.Contracts;

/// <summary>
/// The optional <c>diary</c> list of a profile: the rows of the <c>intake</c> command's diary CSV as objects — a food
/// row <c>{date, food, grams}</c> or <c>{date, food, quantity, measure}</c>, a supplement row
/// <c>{date, supplement, dose, unit}</c> — so a program that cannot send a CSV (the web API) can send a diary.
/// </summary>
/// <param name="Foods">The food rows.</param>
/// <param name="Supplements">The supplement rows.</param>
internal sealed record ProfileDiary(IReadOnlyList<DiaryEntry> Foods, IReadOnlyList<SupplementEntry> Supplements)
{
    /// <summary>The fields of a <c>diary[]</c> element.</summary>
    public static IReadOnlyList<string> Fields { get; } = ["date", "food", "grams", "quantity", "measure", "supplement", "dose", "unit"];

    private const string FoodIds = "a catalogue id: usda: + the 5-digit SR28 NDB number (e.g. usda:01001) or lit:… as listed by 'bonebalance foods search'";
    private const string ElementValid = "an object {date, food, grams} or {date, food, quantity, measure} or {date, supplement, dose, unit}";

    /// <summary>Reads the diary; empty when absent.</summary>
    public static ProfileDiary Read(JsonObjectReader root, Func<string, Food?>? findFood, List<FieldError> errors)
    {
        var foods = new List<DiaryEntry>();
        var supplements = new List<SupplementEntry>();
        var rows = root.Array("diary", "an array of " + ElementValid, JsonObjectReader.MaximumDiaryRows);
        if (rows.Count > 0 && findFood is null)
        {
            errors.Add(new(root.Field("diary"), $"{rows.Count} rows", "no diary here: this reader has no food catalogue (give the diary as a CSV file instead)", "cannot be read"));
            return new([], []);
        }

        foreach (var (element, path) in rows)
        {
            if (JsonObjectReader.Open(element, path, Fields, errors, ElementValid) is not { } row)
            {
                continue;
            }

            row.Require("date", "a date YYYY-MM-DD, e.g. 2026-01-05");
            var date = row.Date("date");
            if (row.Has("food") && row.Has("supplement"))
            {
                errors.Add(new(row.Field("supplement"), JsonObjectReader.Show(row.Get("supplement")!.Value), "absent on a food row (a row is either a food or a supplement)"));
                continue;
            }

            if (row.Has("food"))
            {
                Only(row, ["dose", "unit"], "absent on a food row", errors);
                if (Food(row, date, findFood!, errors) is { } entry)
                {
                    foods.Add(entry);
                }
            }
            else if (row.Has("supplement"))
            {
                Only(row, ["grams", "quantity", "measure"], "absent on a supplement row", errors);
                if (Supplement(row, date, errors) is { } entry)
                {
                    supplements.Add(entry);
                }
            }
            else
            {
                errors.Add(new(row.Field("food"), string.Empty, $"{FoodIds}; or a supplement: {SupplementTokens.Forms.ValidValues}"));
            }
        }

        return new(foods, supplements);
    }

    private static DiaryEntry? Food(JsonObjectReader row, DateOnly? date, Func<string, Food?> findFood, List<FieldError> errors)
    {
        var id = row.Text("food", FoodIds);
        var food = id is null ? null : findFood(id);
        if (id is not null && food is null)
        {
            errors.Add(new(row.Field("food"), id, FoodIds, "is not a food of the catalogue"));
        }

        if (row.Has("grams"))
        {
            Only(row, ["quantity", "measure"], "absent when grams is given (give grams, or quantity and measure)", errors);
            var grams = row.Number("grams", static () => $"0 to {DiaryEntry.MaximumGrams} g");
            return food is null || date is not { } d || grams is not { } g
                ? null
                : ProfileDocument.Collect(errors, () => DiaryEntry.InGrams(d, food, g), _ => row.Field("grams"));
        }

        var measures = food is null ? "a household measure of the food"
            : food.MeasureLabels;
        row.Require("measure", $"grams, or quantity and measure ({measures})");
        var quantity = row.Number("quantity", "a number of measures of at least 0") ?? (row.Failed("quantity") ? null : 1.0);
        var measure = row.Text("measure", measures);
        return food is null || date is not { } day || quantity is not { } q || measure is null
            ? null
            : ProfileDocument.Collect(errors, () => DiaryEntry.InMeasure(day, food, q, measure), f => f == "measure" ? row.Field("measure") : row.Field("quantity"));
    }

    private static SupplementEntry? Supplement(JsonObjectReader row, DateOnly? date, List<FieldError> errors)
    {
        row.Require("dose", "the dose as labelled, at least 0");
        row.Require("unit", SupplementTokens.Units.ValidValues);
        var form = row.Token("supplement", SupplementTokens.Forms);
        var dose = row.Number("dose", "the dose as labelled, at least 0");
        var unit = row.Token("unit", SupplementTokens.Units);
        return form is { } f && dose is { } d && unit is { } u && date is { } day
            ? ProfileDocument.Collect(errors, () => SupplementEntry.Create(day, f, d, u), x => row.Field(x == "supplement" ? "supplement" : x))
            : null;
    }

    private static void Only(JsonObjectReader row, string[] absent, string valid, List<FieldError> errors)
    {
        foreach (var name in absent)
        {
            if (row.Get(name) is { } value)
            {
                errors.Add(new(row.Field(name), JsonObjectReader.Show(value), valid));
                row.Fail(name);
            }
        }
    }
}
