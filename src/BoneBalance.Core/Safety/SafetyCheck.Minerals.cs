namespace BoneBalance.Core.Safety;

/// <summary>Calcium and vitamin D: CALCIUM_ABOVE_UL, VITAMIN_D_ABOVE_UL, HYPERCALCAEMIA_RISK (the medicine triggers in
/// SafetyCheck.Medicines.cs), KIDNEY_STONES_CALCIUM, CKD_CAUTION.</summary>
public sealed partial class SafetyCheck
{
    /// <summary>Upper end of the total serum calcium reference range, mg/dL (MedlinePlus 8.5–10.2 mg/dL [S];
    /// <see cref="SafetySources.MedlinePlusCalcium"/>). Above it is hypercalcaemia.</summary>
    public const double SerumCalciumUpperReferenceMgPerDl = 10.2;

    /// <summary>Serum 25-OH vitamin D above which vitamin D toxicity is marked, ng/mL (Marcinowska-Suchowierska 2018 [P abstract]).</summary>
    public const double VitaminDToxicityNgPerMl = 150;

    /// <summary>eGFR below which chronic kidney disease is present, mL/min/1.73 m² (KDIGO 2012: GFR &lt; 60, categories G3a–G5).</summary>
    public const double CkdEgfr = 60;

    /// <summary>eGFR below which kidney function is severely decreased, mL/min/1.73 m² (KDIGO 2012: G4 15–29, G5 &lt; 15).</summary>
    public const double SevereCkdEgfr = 30;

    private static void UpperLimits(Context c, List<SafetyFinding> findings)
    {
        var age = c.Person.AgeYears;
        var calciumLimit = ReferenceIntakes.CalciumUpperLimit(age);
        if (c.TotalCalcium > calciumLimit)
        {
            var what = c.Input.TotalCalciumIntake is null
                ? $"calcium supplements alone provide {Milligrams(c.TotalCalcium)} a day (total intake not given)"
                : $"total calcium intake {Milligrams(c.TotalCalcium)} a day (food and supplements)";
            findings.Add(new(
                SafetyFindingCodes.CalciumAboveUl,
                SafetySeverity.Warning,
                $"Your calcium intake, {Milligrams(c.TotalCalcium)} a day, is above the safe upper level of {Milligrams(calciumLimit)} "
                    + $"for your age. The adult upper levels were set because kidney stones become more common above them.",
                $"Lower calcium supplements first (calcium from food is preferred) so the total stays at or below {Milligrams(calciumLimit)} "
                    + "a day; take more only if a clinician prescribes it.",
                $"{what}; upper level at age {age}: {Milligrams(calciumLimit)}",
                Cite(SafetySources.Iom2011)));
        }

        var vitaminDLimit = ReferenceIntakes.VitaminDUpperLimit(age);
        if (c.TotalVitaminD > vitaminDLimit)
        {
            var what = c.Input.TotalVitaminDIntake is null
                ? $"vitamin D supplements alone provide {VitaminD(c.TotalVitaminD)} a day (total intake not given)"
                : $"total vitamin D intake {VitaminD(c.TotalVitaminD)} a day (food and supplements)";
            findings.Add(new(
                SafetyFindingCodes.VitaminDAboveUl,
                SafetySeverity.Warning,
                $"Your vitamin D intake, {VitaminD(c.TotalVitaminD)} a day, is above the safe upper level of {VitaminD(vitaminDLimit)} "
                    + "for your age. Above it the risk of harm, such as high blood calcium, begins to rise.",
                $"Lower the vitamin D supplement so the total stays at or below {VitaminD(vitaminDLimit)} a day, unless a clinician "
                    + "has prescribed a higher dose and is checking your levels.",
                $"{what}; upper level at age {age}: {VitaminD(vitaminDLimit)}",
                Cite(SafetySources.Iom2011, SafetySources.MarcinowskaSuchowierska2018)));
        }
    }

    private static void Hypercalcaemia(Context c, List<SafetyFinding> findings)
    {
        // The words are only needed when a finding mentions them (most people have none of these findings).
        var takesEither = c.Input.Supplements.Any(IsCalciumOrD);
        string? words = null;
        string Supplements() => words ??= SupplementsOfCalciumOrD(c);

        MedicineHypercalcaemia(c, findings);

        foreach (var (condition, entry) in c.Having(ConditionClass.Hypercalcaemia, ConditionClass.GranulomatousDisease, ConditionClass.Hyperparathyroidism))
        {
            var why = entry.Class switch
            {
                ConditionClass.GranulomatousDisease => "makes active vitamin D itself, so blood calcium can rise even at usual supplement doses",
                ConditionClass.Hyperparathyroidism => "raises blood calcium",
                _ => "means your blood calcium has been too high",
            };
            findings.Add(new(
                SafetyFindingCodes.HypercalcaemiaRisk,
                takesEither ? SafetySeverity.ContraindicatedWithoutSupervision : SafetySeverity.Caution,
                $"{Capitalise(condition.Name)} {why}. Calcium and vitamin D supplements can push it higher.",
                "Take calcium or vitamin D supplements only if your specialist advises them and checks your blood calcium.",
                takesEither ? $"{condition.Name}{Codes(condition)} with {Supplements()}" : $"{condition.Name}{Codes(condition)}",
                entry.Class == ConditionClass.GranulomatousDisease
                    ? Cite(SafetySources.MarcinowskaSuchowierska2018)
                    : Cite(SafetySources.MarcinowskaSuchowierska2018, SafetySources.MedlinePlusCalcium)));
        }

        if (c.Input.Labs.CalciumMgPerDl is { } calcium && calcium > SerumCalciumUpperReferenceMgPerDl)
        {
            // A medicine that raises calcium is a possible cause whether or not supplements are taken (SafetyCheck.RedFlags.cs).
            var medicines = MedicinesRaisingCalcium(c);
            var named = medicines.Count > 0 ? Join(medicines) : null;
            findings.Add(new(
                SafetyFindingCodes.HypercalcaemiaRisk,
                takesEither ? SafetySeverity.ContraindicatedWithoutSupervision : SafetySeverity.Warning,
                $"Your blood calcium, {Number(calcium)} mg/dL, is above the usual reference range (8.5–10.2 mg/dL; your laboratory's "
                    + "range may differ slightly)."
                    + (named is null ? string.Empty : $" Among your medicines, {named} can raise blood calcium: a possible cause, whether or not you take supplements."),
                "See your clinician about the high calcium before taking any calcium or vitamin D supplement; they will look for the cause."
                    + (named is null ? string.Empty : " Tell them about your medicines, and never stop a prescribed medicine on your own."),
                (takesEither ? $"serum calcium {Number(calcium)} mg/dL with {Supplements()}" : $"serum calcium {Number(calcium)} mg/dL")
                    + (named is null ? string.Empty : $"; possible medicine causes: {named}"),
                named is null
                    ? Cite(SafetySources.MedlinePlusCalcium)
                    : Cite([SafetySources.MedlinePlusCalcium, .. MedicinesRaisingCalciumSources(c)])));
        }

        if (c.Input.Labs.VitaminD25OhNgPerMl is { } level && level > VitaminDToxicityNgPerMl)
        {
            findings.Add(new(
                SafetyFindingCodes.HypercalcaemiaRisk,
                takesEither ? SafetySeverity.ContraindicatedWithoutSupervision : SafetySeverity.Warning,
                $"Your 25-OH vitamin D, {Number(level)} ng/mL, is above {Number(VitaminDToxicityNgPerMl)} ng/mL, the level that marks "
                    + "vitamin D toxicity, which raises blood calcium.",
                "Stop vitamin D supplements and see your clinician promptly to have your blood calcium checked.",
                takesEither ? $"25-OH vitamin D {Number(level)} ng/mL with {Supplements()}" : $"25-OH vitamin D {Number(level)} ng/mL",
                Cite(SafetySources.MarcinowskaSuchowierska2018)));
        }
    }

    /// <summary>The calcium and vitamin D supplements taken, in words; empty when none.</summary>
    private static string SupplementsOfCalciumOrD(Context c) => Join(c.Input.Supplements.Where(IsCalciumOrD).Select(s => s.ToString()));

    private static bool IsCalciumOrD(SupplementDose s) =>
        s.Ingredient is SupplementIngredient.Calcium or SupplementIngredient.VitaminD && s.AmountPerDay.Micrograms > 0;

    private static void KidneyStones(Context c, List<SafetyFinding> findings)
    {
        if (!c.TakesCalcium)
        {
            return;
        }

        foreach (var (condition, _) in c.Having(ConditionClass.KidneyStones))
        {
            findings.Add(new(
                SafetyFindingCodes.KidneyStonesCalcium,
                SafetySeverity.Warning,
                "You have had kidney stones, and calcium supplements made kidney stones more common in a large trial.",
                "Prefer calcium from food, and do not cut down calcium-rich foods: too little calcium in the diet makes stones more likely. "
                    + "If you need a supplement, agree the dose with your clinician and keep your total calcium at or below the upper level.",
                $"{condition.Name}{Codes(condition)} with calcium supplements {Milligrams(c.SupplementCalcium)} a day",
                Cite(SafetySources.Jackson2006, SafetySources.Iom2011)));
        }
    }

    private static void Kidney(Context c, List<SafetyFinding> findings)
    {
        var reasons = new List<string>();
        var severe = false;
        foreach (var (condition, entry) in c.Having(ConditionClass.ChronicKidneyDisease, ConditionClass.AdvancedChronicKidneyDisease))
        {
            reasons.Add($"{condition.Name}{Codes(condition)}");
            severe |= entry.Class == ConditionClass.AdvancedChronicKidneyDisease;
        }

        if (c.Input.Labs.Egfr is { } egfr && egfr < CkdEgfr)
        {
            reasons.Add($"eGFR {Number(egfr)} mL/min/1.73 m² (KDIGO category {GfrCategory(egfr)})");
            severe |= egfr < SevereCkdEgfr;
        }

        if (reasons.Count == 0)
        {
            return;
        }

        findings.Add(new(
            SafetyFindingCodes.CkdCaution,
            severe ? SafetySeverity.Warning : SafetySeverity.Caution,
            severe
                ? "Your kidney function is severely reduced (chronic kidney disease, KDIGO category G4 or G5)."
                : "Your kidney function is reduced (chronic kidney disease).",
            severe
                ? "Take calcium or vitamin D supplements only as your kidney team prescribes them."
                : "Agree calcium and vitamin D supplement doses with your clinician, and keep to the upper levels.",
            Join(reasons),
            Cite(SafetySources.Kdigo2012)));
    }

    /// <summary>KDIGO 2012 GFR category (mL/min/1.73 m²): G1 ≥ 90, G2 60–89, G3a 45–59, G3b 30–44, G4 15–29, G5 &lt; 15.</summary>
    internal static string GfrCategory(double egfr) => egfr switch
    {
        >= 90 => "G1",
        >= 60 => "G2",
        >= 45 => "G3a",
        >= 30 => "G3b",
        >= 15 => "G4",
        _ => "G5",
    };
}
