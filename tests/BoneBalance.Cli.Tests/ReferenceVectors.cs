using System.Globalization;
using BoneBalance.Core.People;

namespace BoneBalance.Cli.Tests;

/// <summary>
/// The QFracture-2012 reference vectors computed by ClinRisk's original C code (copied with their README, ReferenceData/QFRACTURE-VECTORS.md, into
/// the Core tests' ReferenceData), read as dictionaries keyed by column name.
/// </summary>
internal static class ReferenceVectors
{
    public static readonly string[] CFlagColumns =
    [
        "b_antidepressant", "b_anycancer", "b_asthmacopd", "b_carehome", "b_corticosteroids", "b_cvd", "b_dementia",
        "b_endocrine", "b_epilepsy2", "b_falls", "b_fracture4", "b_hrt_oest", "b_liver", "b_malabsorption",
        "b_parkinsons", "b_ra_sle", "b_renal", "b_type1", "b_type2", "fh_osteoporosis",
    ];

    /// <summary>The BoneBalance flag token of each C flag column, in the same order.</summary>
    public static readonly string[] FlagTokens =
    [
        "antidepressants", "cancer", "asthma_or_copd", "care_home", "corticosteroids", "cardiovascular_disease", "dementia",
        "endocrine_disorder", "epilepsy_or_anticonvulsants", "falls", "prior_fracture", "hrt", "liver_disease", "malabsorption",
        "parkinsons", "ra_or_sle", "kidney_disease", "type1_diabetes", "type2_diabetes", "parental_osteoporosis",
    ];

    public static IReadOnlyList<Dictionary<string, string>> Rows { get; } = Load();

    public static double D(this Dictionary<string, string> row, string column) =>
        double.Parse(row[column], CultureInfo.InvariantCulture);

    public static string Ethnicity(this Dictionary<string, string> row) =>
        EthnicityTokens.Table.ToToken((Ethnicity)int.Parse(row["ethrisk"], CultureInfo.InvariantCulture));

    public static string Smoking(this Dictionary<string, string> row) =>
        SmokingStatusTokens.Table.ToToken((SmokingStatus)int.Parse(row["smoke_cat"], CultureInfo.InvariantCulture));

    public static string Alcohol(this Dictionary<string, string> row) =>
        AlcoholIntakeTokens.Table.ToToken((AlcoholIntake)int.Parse(row["alcohol_cat6"], CultureInfo.InvariantCulture));

    private static List<Dictionary<string, string>> Load()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "ReferenceData", "qfracture2012_reference_vectors.csv");
        var lines = File.ReadAllLines(path);
        var header = lines[0].Split(',');
        return [.. lines.Skip(1).Select(l => header.Zip(l.Split(',')).ToDictionary(p => p.First, p => p.Second))];
    }
}
