using System.Globalization;

namespace BoneBalance.Fhir;

/// <summary>
/// The code lists of <c>data/fhir/</c> (embedded in this assembly), each row with its source column: which LOINC code
/// is which observation, the units each kind accepts and their factors, the smoking-status and race codes, the
/// conditions that set a QFracture factor directly, the RxNorm dose forms that are not systemic, the supplement
/// ingredients and the medicines that set a QFracture factor. README "FHIR" prints them as tables.
/// </summary>
internal static class FhirCodeLists
{
    /// <summary>LOINC code → observation kind (and DXA site).</summary>
    public static IReadOnlyDictionary<string, ObservationCode> Observations { get; } =
        Rows("observation_codes.csv").ToDictionary(r => Key(r[1], r[2]), r => new ObservationCode(r[0], r[2], r[3], r[4].Length == 0 ? null : r[4]), StringComparer.Ordinal);

    /// <summary>(kind, unit) → factor to the kind's unit.</summary>
    public static IReadOnlyDictionary<(string Kind, string Unit), ObservationUnit> Units { get; } =
        Rows("observation_units.csv").ToDictionary(r => (r[0], r[1]), r => new ObservationUnit(r[0], r[1], double.Parse(r[2], CultureInfo.InvariantCulture), r[3]));

    /// <summary>Observation kind → the oldest a value may be (days) and still be used.</summary>
    public static IReadOnlyDictionary<string, int> ObservationAges { get; } =
        Rows("observation_ages.csv").ToDictionary(r => r[0], r => int.Parse(r[1], CultureInfo.InvariantCulture), StringComparer.Ordinal);

    /// <summary>SNOMED CT smoking-status value → the profile's smoking token.</summary>
    public static IReadOnlyDictionary<string, string> Smoking { get; } =
        Rows("smoking_status.csv").ToDictionary(r => Key(r[0], r[1]), r => r[3], StringComparer.Ordinal);

    /// <summary>US Core race category → the profile's ethnicity token (only what maps to one QFracture group).</summary>
    public static IReadOnlyDictionary<string, string> Race { get; } =
        Rows("race_ethnicity.csv").ToDictionary(r => Key(r[0], r[1]), r => r[3], StringComparer.Ordinal);

    /// <summary>Condition code → the QFracture factor it sets directly (empty: a fracture QFracture does not count, listed to say why).</summary>
    public static IReadOnlyDictionary<string, ConditionFactor> ConditionFactors { get; } =
        Rows("condition_risk_factors.csv").ToDictionary(
            r => Key(r[0], r[1]),
            r => new ConditionFactor(r[3], bool.Parse(r[4]), bool.Parse(r[5]), r[6]),
            StringComparer.Ordinal);

    /// <summary>RxNorm dose-form words of products that act where applied (not systemic).</summary>
    public static IReadOnlyList<string> LocalDoseForms { get; } =
        [.. Rows("medication_dose_forms.csv").Where(r => r[1] == "local").Select(r => r[0])];

    /// <summary>Supplement ingredient names → the profile's supplement form token, longest name first.</summary>
    public static IReadOnlyList<(string Ingredient, string Form)> SupplementIngredients { get; } =
        [.. Rows("supplement_ingredients.csv").Select(r => (r[0], r[1])).OrderByDescending(r => r.Item1.Length)];

    /// <summary>Medicine ingredient names → the QFracture factor taking it sets (empty: none), longest name first.</summary>
    public static IReadOnlyList<MedicationFactor> MedicationFactors { get; } =
        [.. Rows("medication_risk_factors.csv").Select(r => new MedicationFactor(r[0], r[1], bool.Parse(r[2]))).OrderByDescending(r => r.Ingredient.Length)];

    /// <summary>The coded systems' canonical URLs.</summary>
    public const string Loinc = "http://loinc.org", Snomed = "http://snomed.info/sct", RxNorm = "http://www.nlm.nih.gov/research/umls/rxnorm",
        Atc = "http://www.whocc.no/atc", Icd10 = "http://hl7.org/fhir/sid/icd-10", Icd10Cm = "http://hl7.org/fhir/sid/icd-10-cm";

    /// <summary>A lookup key of a coded value.</summary>
    public static string Key(string? system, string? code) => $"{system}|{code}";

    // Every file's last column is free text (the source), so it may hold commas; the others never do.
    private static List<string[]> Rows(string file)
    {
        using var stream = typeof(FhirCodeLists).Assembly.GetManifestResourceStream("fhir/" + file)
            ?? throw new InvalidOperationException($"The embedded data file fhir/{file} is missing from {typeof(FhirCodeLists).Assembly.GetName().Name}.");
        using var reader = new StreamReader(stream);
        var header = reader.ReadLine() ?? throw new InvalidOperationException($"fhir/{file} is empty.");
        var columns = header.Split(',').Length;
        var rows = new List<string[]>();
        var line = 1;
        while (reader.ReadLine() is { } text)
        {
            line++;
            if (text.Length == 0)
            {
                continue;
            }

            var fields = text.Split(',', columns);
            if (fields.Length != columns)
            {
                throw new InvalidOperationException($"fhir/{file} line {line} has {fields.Length} fields; the header has {columns}.");
            }

            rows.Add(fields);
        }

        return rows;
    }
}

/// <summary>One row of <c>observation_codes.csv</c>.</summary>
/// <param name="Kind">weight, height, bmi, smoking, bmd, t_score, z_score, vitamin_d, calcium, inr, egfr.</param>
/// <param name="Code">The LOINC code.</param>
/// <param name="Display">LOINC's name.</param>
/// <param name="Site">The DXA site token, for the DXA kinds.</param>
internal sealed record ObservationCode(string Kind, string Code, string Display, string? Site);

/// <summary>One row of <c>observation_units.csv</c>: value × <paramref name="Factor"/> is in <paramref name="To"/>.</summary>
internal sealed record ObservationUnit(string Kind, string Unit, double Factor, string To);

/// <summary>One row of <c>condition_risk_factors.csv</c>.</summary>
/// <param name="RiskFactor">The profile's risk-factor token.</param>
/// <param name="HipOrVertebral">A hip or vertebral fracture (the profile's <c>priorHipOrVertebralFracture</c>).</param>
/// <param name="CountsWhenResolved">A healed fracture or a past fall still counts: it is history.</param>
/// <param name="Source">The row's source, which for a code that sets no factor says why.</param>
internal sealed record ConditionFactor(string RiskFactor, bool HipOrVertebral, bool CountsWhenResolved, string Source);

/// <summary>One row of <c>medication_risk_factors.csv</c>.</summary>
/// <param name="Ingredient">The ingredient's name as RxNorm writes it.</param>
/// <param name="RiskFactor">The profile's risk-factor token; empty for a name listed only so a longer name wins (ethinyl estradiol is no HRT).</param>
/// <param name="SingleIngredientOnly">Only a product of this ingredient alone counts (oestrogen-only HRT).</param>
internal sealed record MedicationFactor(string Ingredient, string RiskFactor, bool SingleIngredientOnly);
