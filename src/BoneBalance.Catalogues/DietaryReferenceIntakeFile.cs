using System.Globalization;
using BoneBalance.Core.Measures;
using BoneBalance.Core.Nutrition;
using BoneBalance.Core.People;
using BoneBalance.Data.Import;

namespace BoneBalance.Data;

/// <summary>
/// Reads <c>data/nutrition/dietary_reference_intakes.csv</c> (shipped inside this assembly) into the immutable
/// <see cref="DietaryReferenceIntakes"/> catalogue that Core is given. Columns: <c>nutrient</c> (<c>calcium_mg</c>,
/// <c>vitamin_d_ug</c>, <c>vitamin_k_total_ug</c>), <c>sex</c> (<c>female|male|both</c>), <c>age_min_y</c>,
/// <c>age_max_y</c>, <c>kind</c> (<c>rda|ai</c>), <c>target</c> and <c>upper_limit</c> (in the nutrient's unit; an empty
/// upper limit means none was determined), <c>source</c> (<c>iom2011|iom2001</c>), <c>reference_row</c> (the row of
/// <c>data/sources/reference/dietary_reference_intakes.csv</c> it was taken from).
/// </summary>
public static class DietaryReferenceIntakeFile
{
    /// <summary>The shipped file's name.</summary>
    public const string FileName = "dietary_reference_intakes.csv";

    private static readonly string[] Header = ["nutrient", "sex", "age_min_y", "age_max_y", "kind", "target", "upper_limit", "source", "reference_row"];

    /// <summary>What the IOM says about a vitamin K upper limit.</summary>
    public const string VitaminKNoUpperLimit =
        "none determined (IOM 2001: no adverse effects reported from vitamin K in food or supplements; data inadequate to set a UL)";

    private static readonly Lazy<DietaryReferenceIntakes> Shipped = new(() =>
    {
        using var stream = FoodDatabase.OpenShipped(FileName);
        return Load(FileName, stream);
    });

    /// <summary>The shipped catalogue (read once).</summary>
    public static DietaryReferenceIntakes LoadShipped() => Shipped.Value;

    /// <summary>Reads a catalogue from a stream in the shipped format.</summary>
    /// <exception cref="DataFileFormatException">A line is malformed; the message names file and line.</exception>
    public static DietaryReferenceIntakes Load(string file, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(stream);
        var rows = new List<DietaryReferenceIntake>();
        foreach (var (line, f) in CsvFile.Read(file, stream, Header))
        {
            var nutrient = f[0] switch
            {
                "calcium_mg" => IntakeNutrient.Calcium,
                "vitamin_d_ug" => IntakeNutrient.VitaminD,
                "vitamin_k_total_ug" => IntakeNutrient.VitaminKTotal,
                _ => throw new DataFileFormatException(file, line, $"nutrient '{f[0]}' is not calcium_mg|vitamin_d_ug|vitamin_k_total_ug"),
            };
            Sex? sex = f[1] switch
            {
                "both" => null,
                "female" => Sex.Female,
                "male" => Sex.Male,
                _ => throw new DataFileFormatException(file, line, $"sex '{f[1]}' is not female|male|both"),
            };
            var kind = f[4] switch
            {
                "rda" => ReferenceIntakeKind.RecommendedDietaryAllowance,
                "ai" => ReferenceIntakeKind.AdequateIntake,
                _ => throw new DataFileFormatException(file, line, $"kind '{f[4]}' is not rda|ai"),
            };
            var citation = DietaryReferenceSources.Find(f[7])
                ?? throw new DataFileFormatException(file, line, $"source '{f[7]}' is not iom2011|iom2001");
            var upper = f[6].Length == 0 ? (NutrientAmount?)null : Amount(nutrient, Number(file, line, "upper_limit", f[6]));
            rows.Add(new DietaryReferenceIntake(
                nutrient,
                sex,
                (int)Number(file, line, "age_min_y", f[2]),
                (int)Number(file, line, "age_max_y", f[3]),
                kind,
                Amount(nutrient, Number(file, line, "target", f[5])),
                upper,
                upper is null ? (nutrient == IntakeNutrient.VitaminKTotal ? VitaminKNoUpperLimit : "none determined") : null,
                citation));
        }

        try
        {
            return new DietaryReferenceIntakes(rows);
        }
        catch (ArgumentException e)
        {
            throw new DataFileFormatException(file, 0, e.Message);
        }
    }

    private static NutrientAmount Amount(IntakeNutrient nutrient, double value) =>
        IntakeNutrientDefinition.Of(nutrient).InMilligrams ? NutrientAmount.FromMilligrams(value) : NutrientAmount.FromMicrograms(value);

    private static double Number(string file, int line, string column, string text) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value) && value >= 0
            ? value
            : throw new DataFileFormatException(file, line, $"{column} '{text}' is not a number of at least 0");
}
