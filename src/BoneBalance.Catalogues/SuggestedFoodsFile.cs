using System.Globalization;
using BoneBalance.Core.Nutrition;
using BoneBalance.Data.Import;

namespace BoneBalance.Data;

/// <summary>
/// The reviewed list of common foods that may be suggested to close a gap (<c>data/nutrition/suggested_foods.csv</c>,
/// rationale in <c>data/SOURCES.md</c>): one row per food with its kind, the gaps it is listed for
/// (<c>calcium</c>, <c>vitamin_d</c>, <c>vitamin_k</c>, separated by <c>;</c>), its portion (amount, measure, grams),
/// whether it is high in oxalate, where the portion comes from and a note.
/// </summary>
public static class SuggestedFoodsFile
{
    /// <summary>The shipped file's name in <c>data/nutrition/</c>.</summary>
    public const string FileName = "suggested_foods.csv";

    /// <summary>Largest portion (g) a row may give: one serving, never a package. Above <see cref="Serving.MaximumGrams"/>
    /// because a cup of some drinks weighs more than 250 g (SR28: unsweetened almond drink 262 g a cup).</summary>
    public const double MaximumGrams = 300;

    private static readonly string[] Header =
        ["food_id", "kind", "suggested_for", "amount", "measure", "grams", "high_oxalate", "portion_source", "note"];

    /// <summary>
    /// Reads the shipped list and joins it to <paramref name="foods"/> (id → food). A listed food the catalogue does not
    /// have (a catalogue imported from other files) is left out; every other problem is a <see cref="DataFileFormatException"/>
    /// naming the line.
    /// </summary>
    public static SuggestedFoodList LoadShipped(IReadOnlyDictionary<string, Food> foods) =>
        Read(FoodDatabase.OpenShipped(FileName), foods);

    /// <summary>Reads a list in the shipped file's format (see <see cref="LoadShipped"/>).</summary>
    public static SuggestedFoodList Read(Stream stream, IReadOnlyDictionary<string, Food> foods)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(foods);
        var entries = new List<SuggestedFood>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (line, f) in CsvFile.Read(FileName, stream, Header))
        {
            var id = f[0];
            if (id.Length == 0 || !seen.Add(id))
            {
                throw new DataFileFormatException(FileName, line, $"food_id '{id}' is empty or repeated");
            }

            if (f[1].Length == 0 || f[7].Length == 0 || f[8].Length == 0)
            {
                throw new DataFileFormatException(FileName, line, "kind, portion_source and note must not be empty");
            }

            var suggestedFor = new List<IntakeNutrient>();
            foreach (var token in f[2].Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                suggestedFor.Add(token switch
                {
                    "calcium" => IntakeNutrient.Calcium,
                    "vitamin_d" => IntakeNutrient.VitaminD,
                    "vitamin_k" => IntakeNutrient.VitaminKTotal,
                    _ => throw new DataFileFormatException(FileName, line, $"suggested_for '{token}' is not calcium, vitamin_d or vitamin_k"),
                });
            }

            if (suggestedFor.Count == 0)
            {
                throw new DataFileFormatException(FileName, line, "suggested_for is empty");
            }

            if (!double.TryParse(f[3], NumberStyles.Float, CultureInfo.InvariantCulture, out var amount) || !(amount > 0)
                || !double.TryParse(f[5], NumberStyles.Float, CultureInfo.InvariantCulture, out var grams)
                || !(grams >= Serving.MinimumGrams && grams <= MaximumGrams) || f[4].Length == 0)
            {
                throw new DataFileFormatException(FileName, line,
                    $"portion '{f[3]} {f[4]}' = '{f[5]}' g: amount must be above 0, measure not empty, grams {Serving.MinimumGrams}–{MaximumGrams}");
            }

            var highOxalate = f[6] switch
            {
                "yes" => true,
                "no" => false,
                _ => throw new DataFileFormatException(FileName, line, $"high_oxalate '{f[6]}' is not yes or no"),
            };
            if (foods.TryGetValue(id, out var food))
            {
                entries.Add(new SuggestedFood(food, f[1], suggestedFor, new Portion(0, amount, f[4], grams), highOxalate));
            }
        }

        return new SuggestedFoodList(entries);
    }
}
