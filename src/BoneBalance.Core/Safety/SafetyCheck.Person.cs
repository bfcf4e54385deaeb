using BoneBalance.Core.Measures;

namespace BoneBalance.Core.Safety;

/// <summary>The person's signs and life stage: VITAMIN_K_DEFICIENCY_SIGNS, PREGNANCY_OR_BREASTFEEDING, UNDER_18.</summary>
public sealed partial class SafetyCheck
{
    /// <summary>Age below which UNDER_18 applies (years).</summary>
    public const int AdultAge = 18;

    private static void DeficiencySigns(Context c, List<SafetyFinding> findings)
    {
        var symptoms = c.Input.Symptoms.Distinct().Order().ToList();
        if (symptoms.Count == 0)
        {
            return;
        }

        var anticoagulants = c.Taking(DrugClass.VitaminKAntagonist, DrugClass.DirectOralAnticoagulant).Select(a => a.Description).Distinct().ToList();
        var vka = c.Taking(DrugClass.VitaminKAntagonist).Count > 0;
        var factors = new List<string>();
        factors.AddRange(c.Having(ConditionClass.LiverDisease, ConditionClass.Malabsorption).Select(h => h.Condition.Name));
        factors.AddRange(c.Taking(DrugClass.LipaseInhibitor, DrugClass.BileAcidSequestrant, DrugClass.MineralOil).Select(m => m.Description));
        factors.AddRange(c.Taking(DrugClass.Tetracycline, DrugClass.Quinolone, DrugClass.OtherAntibiotic).Select(m => $"{m.Description} (antibiotic)"));
        factors = [.. factors.Distinct()];

        // After the menopause "heavy menstrual bleeding" is postmenopausal bleeding, a red flag of its own
        // (POSTMENOPAUSAL_BLEEDING): named as what it is here too, and pointed to.
        var postmenopausal = symptoms.Contains(Symptom.HeavyMenstrualBleeding) && IsPostmenopausal(c.Person);
        var listed = Join(symptoms.Select(s => postmenopausal && s == Symptom.HeavyMenstrualBleeding ? "vaginal bleeding after the menopause" : SymptomTokens.Describe(s)));
        var message = $"You reported {listed}. These can be signs of vitamin K deficiency or of another bleeding problem";
        message += anticoagulants.Count > 0 ? $"; while taking {Join(anticoagulants)} they can also mean the anticoagulant is acting too strongly." : ".";
        if (factors.Count > 0)
        {
            message += $" Vitamin K deficiency is more likely with {Join(factors)}.";
        }

        if (postmenopausal)
        {
            message += " Bleeding after the menopause also needs its own check by a doctor, whatever the vitamin K: see the advice on it.";
        }

        var advice = vka
            ? "Contact your anticoagulation clinic today for an INR check, and see a clinician promptly; get urgent care if bleeding is heavy or will not stop. Do not take vitamin K on your own."
            : "See a clinician promptly; get urgent care if bleeding is heavy or will not stop. Do not start vitamin K supplements on your own before you have been seen.";
        var reason = listed + (factors.Count > 0 ? $"; higher suspicion: {Join(factors)}" : string.Empty)
            + (anticoagulants.Count > 0 ? $"; taking {Join(anticoagulants)}" : string.Empty);
        findings.Add(new(SafetyFindingCodes.VitaminKDeficiencySigns, SafetySeverity.Warning, message, advice, reason, Cite(SafetySources.StatPearlsVitaminKDeficiency)));
    }

    private static void LifeStage(Context c, List<SafetyFinding> findings)
    {
        var person = c.Person;
        if (person.Pregnant || person.Breastfeeding)
        {
            var stage = person.Pregnant && person.Breastfeeding ? "pregnant and breastfeeding" : person.Pregnant ? "pregnant" : "breastfeeding";
            findings.Add(LifeStageFinding(c, SafetyFindingCodes.PregnancyOrBreastfeeding, $"While you are {stage}", stage));
        }

        if (person.AgeYears < AdultAge)
        {
            findings.Add(LifeStageFinding(c, SafetyFindingCodes.Under18, "For people under 18", $"age {person.AgeYears}"));
        }
    }

    private static SafetyFinding LifeStageFinding(Context c, string code, string who, string reason)
    {
        var above = c.Input.Supplements
            .Where(s => s.AmountPerDay > NutrientAmount.Zero)
            .Select(s => (Dose: s, Reference: ReferenceIntakes.RecommendedIntake(s.Ingredient, c.Person)))
            .Where(x => x.Dose.AmountPerDay > x.Reference)
            .Select(x => $"{x.Dose} is above the {(x.Dose.IsVitaminK ? "AI" : "RDA")} of {Show(x.Dose.Ingredient, x.Reference)}/day")
            .ToList();
        return new(
            code,
            above.Count > 0 ? SafetySeverity.Warning : SafetySeverity.Caution,
            $"{who}, supplements should not go beyond the recommended daily intakes unless a clinician advises it."
                + (above.Count > 0 ? $" {Capitalise(Join(above))}." : string.Empty),
            "Keep supplement doses within the recommended intakes for your age and life stage, and ask your clinician (or midwife) "
                + "before taking more or starting vitamin K2 or high-dose vitamin D.",
            above.Count > 0 ? $"{reason}; {Join(above)}" : reason,
            Cite(SafetySources.Iom2011, SafetySources.Iom2001));
    }

    private static string Show(SupplementIngredient ingredient, NutrientAmount amount) => ingredient switch
    {
        SupplementIngredient.Calcium => Milligrams(amount),
        SupplementIngredient.VitaminD => VitaminD(amount),
        _ => $"{Number(amount.Micrograms)} µg",
    };
}
