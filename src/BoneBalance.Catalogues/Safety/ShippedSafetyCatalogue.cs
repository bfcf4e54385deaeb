using System.Globalization;
using BoneBalance.Core.People;
using BoneBalance.Core.Safety;
using BoneBalance.Data.Import;

namespace BoneBalance.Data.Safety;

/// <summary>
/// The safety catalogue shipped inside this assembly: <c>data/safety/medications.csv</c> and
/// <c>data/safety/conditions.csv</c> (sources and licences in <c>data/SOURCES.md</c>, section Safety). Load it once at
/// start-up and pass the <see cref="SafetyCatalogue"/> to Core.
/// </summary>
public static class ShippedSafetyCatalogue
{
    /// <summary>The medications file name.</summary>
    public const string MedicationsFile = "medications.csv";

    /// <summary>The conditions file name.</summary>
    public const string ConditionsFile = "conditions.csv";

    private static readonly Lazy<SafetyCatalogue> Shipped = new(() => Read(OpenShipped));

    private static readonly Dictionary<string, DrugClass> DrugClasses = new(StringComparer.Ordinal)
    {
        ["no_safety_rule"] = DrugClass.NoSafetyRule,
        ["vitamin_k_antagonist"] = DrugClass.VitaminKAntagonist,
        ["direct_oral_anticoagulant"] = DrugClass.DirectOralAnticoagulant,
        ["thiazide_diuretic"] = DrugClass.ThiazideDiuretic,
        ["thyroid_hormone"] = DrugClass.ThyroidHormone,
        ["oral_bisphosphonate"] = DrugClass.OralBisphosphonate,
        ["tetracycline"] = DrugClass.Tetracycline,
        ["quinolone"] = DrugClass.Quinolone,
        ["other_antibiotic"] = DrugClass.OtherAntibiotic,
        ["mineral_reduced_by_calcium"] = DrugClass.MineralReducedByCalcium,
        ["lipase_inhibitor"] = DrugClass.LipaseInhibitor,
        ["bile_acid_sequestrant"] = DrugClass.BileAcidSequestrant,
        ["mineral_oil"] = DrugClass.MineralOil,
        ["glucocorticoid"] = DrugClass.Glucocorticoid,
        ["hormonal_treatment"] = DrugClass.HormonalTreatment,
        ["acid_suppressant"] = DrugClass.AcidSuppressant,
        ["active_vitamin_d"] = DrugClass.ActiveVitaminD,
        ["vitamin_d"] = DrugClass.VitaminD,
        ["calcium_salt"] = DrugClass.CalciumSalt,
        ["cardiac_glycoside"] = DrugClass.CardiacGlycoside,
        ["lithium"] = DrugClass.Lithium,
        ["intravenous_bisphosphonate"] = DrugClass.IntravenousBisphosphonate,
        ["denosumab"] = DrugClass.Denosumab,
        ["pth_analogue"] = DrugClass.ParathyroidHormoneAnalogue,
        ["romosozumab"] = DrugClass.Romosozumab,
        ["serm"] = DrugClass.SelectiveEstrogenReceptorModulator,
        ["menopausal_hormone_therapy"] = DrugClass.MenopausalHormoneTherapy,
        ["aromatase_inhibitor"] = DrugClass.AromataseInhibitor,
        ["gnrh_analogue"] = DrugClass.GonadotropinReleasingHormoneAnalogue,
        ["depot_medroxyprogesterone"] = DrugClass.DepotMedroxyprogesterone,
        ["ssri"] = DrugClass.SelectiveSerotoninReuptakeInhibitor,
        ["thiazolidinedione"] = DrugClass.Thiazolidinedione,
        ["anticonvulsant"] = DrugClass.Anticonvulsant,
        ["heparin"] = DrugClass.Heparin,
    };

    private static readonly Dictionary<string, ConditionClass> ConditionClasses = new(StringComparer.Ordinal)
    {
        ["no_safety_rule"] = ConditionClass.NoSafetyRule,
        ["hypercalcaemia"] = ConditionClass.Hypercalcaemia,
        ["granulomatous_disease"] = ConditionClass.GranulomatousDisease,
        ["hyperparathyroidism"] = ConditionClass.Hyperparathyroidism,
        ["kidney_stones"] = ConditionClass.KidneyStones,
        ["chronic_kidney_disease"] = ConditionClass.ChronicKidneyDisease,
        ["advanced_chronic_kidney_disease"] = ConditionClass.AdvancedChronicKidneyDisease,
        ["malabsorption"] = ConditionClass.Malabsorption,
        ["liver_disease"] = ConditionClass.LiverDisease,
        ["achlorhydria"] = ConditionClass.Achlorhydria,
    };

    /// <summary>The shipped catalogue (read on first use, then shared; it is immutable).</summary>
    /// <exception cref="DataFileFormatException">A shipped file is malformed (a build defect).</exception>
    public static SafetyCatalogue Load() => Shipped.Value;

    /// <summary>Reads both files through <paramref name="open"/> (file name → stream).</summary>
    /// <exception cref="DataFileFormatException">A line is malformed: wrong field count, unknown class, empty interaction or source,
    /// a bad number, or a name or code given to two entries.</exception>
    internal static SafetyCatalogue Read(Func<string, Stream> open)
    {
        ArgumentNullException.ThrowIfNull(open);
        var medications = new List<MedicationEntry>();
        foreach (var (line, f) in CsvFile.Read(MedicationsFile, open(MedicationsFile),
            "generic", "class", "names", "rxnorm", "atc", "dose_equivalent_to_prednisolone_5mg", "interaction", "source", "verification"))
        {
            Require(MedicationsFile, line, f[0], "generic");
            Require(MedicationsFile, line, f[6], "interaction");
            Require(MedicationsFile, line, f[7], "source");
            Require(MedicationsFile, line, f[8], "verification");
            if (!DrugClasses.TryGetValue(f[1], out var drugClass))
            {
                throw new DataFileFormatException(MedicationsFile, line, $"class '{f[1]}' is not one of {string.Join("|", DrugClasses.Keys)}");
            }

            double? equivalent = null;
            if (f[5].Length > 0)
            {
                if (!double.TryParse(f[5], NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || !(value > 0) || double.IsInfinity(value))
                {
                    throw new DataFileFormatException(MedicationsFile, line, $"dose_equivalent_to_prednisolone_5mg '{f[5]}' is not a number greater than 0");
                }

                equivalent = value;
            }

            if ((drugClass == DrugClass.Glucocorticoid) != equivalent.HasValue)
            {
                throw new DataFileFormatException(MedicationsFile, line, "dose_equivalent_to_prednisolone_5mg is required for glucocorticoids and only for them");
            }

            medications.Add(new(f[0], drugClass, List(f[2]), List(f[3]), List(f[4]), equivalent) { Interaction = f[6].Trim() });
        }

        var conditions = new List<ConditionEntry>();
        foreach (var (line, f) in CsvFile.Read(ConditionsFile, open(ConditionsFile),
            "name", "class", "synonyms", "snomed", "icd10", "qfracture", "interaction", "source", "verification"))
        {
            Require(ConditionsFile, line, f[0], "name");
            Require(ConditionsFile, line, f[6], "interaction");
            Require(ConditionsFile, line, f[7], "source");
            Require(ConditionsFile, line, f[8], "verification");
            if (!ConditionClasses.TryGetValue(f[1], out var conditionClass))
            {
                throw new DataFileFormatException(ConditionsFile, line, $"class '{f[1]}' is not one of {string.Join("|", ConditionClasses.Keys)}");
            }

            var factor = RiskFactors.None;
            if (f[5].Length > 0 && !RiskFactorCatalogue.Tokens.TryParse(f[5], out factor))
            {
                throw new DataFileFormatException(ConditionsFile, line, $"qfracture '{f[5]}' is not one of {RiskFactorCatalogue.Tokens.ValidValues}");
            }

            conditions.Add(new(f[0], conditionClass, List(f[2]), List(f[3]), List(f[4]), factor) { Interaction = f[6].Trim() });
        }

        try
        {
            return new SafetyCatalogue(medications, conditions);
        }
        catch (ArgumentException e)
        {
            throw new DataFileFormatException($"{MedicationsFile}/{ConditionsFile}: {e.Message}", e);
        }
    }

    private static Stream OpenShipped(string name) =>
        typeof(ShippedSafetyCatalogue).Assembly.GetManifestResourceStream("safety/" + name)
        ?? throw new FileNotFoundException($"Shipped data file 'data/safety/{name}' is not embedded in {typeof(ShippedSafetyCatalogue).Assembly.GetName().Name}.");

    private static void Require(string file, int line, string value, string column)
    {
        if (value.Trim().Length == 0)
        {
            throw new DataFileFormatException(file, line, $"{column} is empty");
        }
    }

    private static string[] List(string field) =>
        field.Length == 0 ? [] : [.. field.Split('|').Select(s => s.Trim()).Where(s => s.Length > 0)];
}
