namespace BoneBalance.Core.Safety;

/// <summary>
/// Osteoporosis medicines taken now or in the past: DENOSUMAB_HYPOCALCAEMIA_RISK (denosumab with advanced kidney disease,
/// low blood calcium or low vitamin D) and DENOSUMAB_STOPPED (denosumab stopped, with or without a follow-on
/// bisphosphonate). The advice for everyone treated (adherence, duration, re-scan) is the recommendation
/// ON_OSTEOPOROSIS_TREATMENT, not a finding.
/// </summary>
public sealed partial class SafetyCheck
{
    /// <summary>eGFR below which denosumab carries its boxed warning for severe hypocalcaemia, mL/min/1.73 m² (Prolia label
    /// 2024: advanced chronic kidney disease, eGFR &lt; 30, including dialysis; <see cref="TreatmentSources.ProliaLabel"/>).</summary>
    public const double DenosumabAdvancedCkdEgfr = 30;

    /// <summary>Lower end of the total serum calcium reference range, mg/dL (MedlinePlus 8.5–10.2 mg/dL [S];
    /// <see cref="SafetySources.MedlinePlusCalcium"/>). Below it, low calcium is to be corrected before denosumab is given.</summary>
    public const double SerumCalciumLowerReferenceMgPerDl = 8.5;

    /// <summary>25-OH vitamin D below which practically all people are not yet sufficient, ng/mL (IOM 2011: sufficient from
    /// 20 ng/mL = 50 nmol/L; <see cref="SafetySources.Iom2011"/>): vitamin D to be replete before and during denosumab.</summary>
    public const double DenosumabVitaminDBelowNgPerMl = 20;

    /// <summary>Months after the last denosumab injection at which the next is due and, if denosumab is stopped, another
    /// antiresorptive should start (Prolia: every 6 months; ECTS, Tsourdi 2021: start 6 months after the final injection).</summary>
    public const double DenosumabIntervalMonths = 6;

    private static void OsteoporosisTreatment(Context c, List<SafetyFinding> findings)
    {
        DenosumabHypocalcaemia(c, findings);
        DenosumabStopped(c, findings);
    }

    private static void DenosumabHypocalcaemia(Context c, List<SafetyFinding> findings)
    {
        var denosumab = c.Taking(DrugClass.Denosumab);
        if (denosumab.Count == 0)
        {
            return;
        }

        var labs = c.Input.Labs;
        var kidney = new List<string>();
        foreach (var (condition, _) in c.Having(ConditionClass.AdvancedChronicKidneyDisease))
        {
            kidney.Add($"{condition.Name}{Codes(condition)}");
        }

        if (labs.Egfr is { } egfr && egfr < DenosumabAdvancedCkdEgfr)
        {
            kidney.Add($"eGFR {Number(egfr)} mL/min/1.73 m²");
        }

        var lowCalcium = labs.CalciumMgPerDl is { } calcium && calcium < SerumCalciumLowerReferenceMgPerDl ? labs.CalciumMgPerDl : null;
        var lowVitaminD = labs.VitaminD25OhNgPerMl is { } d && d < DenosumabVitaminDBelowNgPerMl ? labs.VitaminD25OhNgPerMl : null;
        if (kidney.Count == 0 && lowCalcium is null && lowVitaminD is null)
        {
            return;
        }

        var description = denosumab[0].Description;
        var why = new List<string>();
        var reasons = new List<string>();
        var citations = new List<Evidence.Citation> { TreatmentSources.ProliaLabel };
        if (kidney.Count > 0)
        {
            why.Add("your kidney function is severely reduced (advanced kidney disease or dialysis)");
            reasons.AddRange(kidney);
            citations.Add(SafetySources.Kdigo2012);
        }

        if (lowCalcium is { } ca)
        {
            why.Add($"your blood calcium, {Number(ca)} mg/dL, is below the usual range ({Number(SerumCalciumLowerReferenceMgPerDl)}–{Number(SerumCalciumUpperReferenceMgPerDl)} mg/dL)");
            reasons.Add($"serum calcium {Number(ca)} mg/dL");
            citations.Add(SafetySources.MedlinePlusCalcium);
        }

        if (lowVitaminD is { } vd)
        {
            why.Add($"your vitamin D level, {Number(vd)} ng/mL, is below {Number(DenosumabVitaminDBelowNgPerMl)} ng/mL");
            reasons.Add($"25-OH vitamin D {Number(vd)} ng/mL");
            citations.Add(SafetySources.Iom2011);
        }

        findings.Add(new(
            SafetyFindingCodes.DenosumabHypocalcaemiaRisk,
            SafetySeverity.Warning,
            $"You take {description}, and {Join(why)}. Denosumab lowers blood calcium, and it can fall dangerously low when calcium or vitamin D is short or the kidneys are failing"
                + (kidney.Count > 0 ? "; its label warns that with advanced kidney disease this has been severe, sometimes fatal." : "."),
            "Before your next injection, ask your clinician to check your blood calcium and vitamin D and to correct them first"
                + (kidney.Count > 0 ? ", and to have the injection supervised by a kidney or bone specialist who has checked for mineral and bone disorder of kidney disease" : string.Empty)
                + ". Do not skip or delay the injection on your own: stopping denosumab has dangers of its own.",
            $"{description} with {Join(reasons)}",
            citations));
    }

    private static void DenosumabStopped(Context c, List<SafetyFinding> findings)
    {
        // Taking denosumab now (also listed as stopped under another name) is not stopping it.
        if (c.Taking(DrugClass.Denosumab).Count > 0)
        {
            return;
        }

        var followOn = c.Taking(DrugClass.OralBisphosphonate, DrugClass.IntravenousBisphosphonate);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (medication, entry, description) in c.Identified.Stopped)
        {
            if (entry.Class != DrugClass.Denosumab || !seen.Add(entry.Generic))
            {
                continue;
            }

            var when = medication.StoppedMonthsAgo is { } ago
                ? $"Your last injection was {Number(ago)} months ago"
                    + (ago < DenosumabIntervalMonths ? $"; the next would be due at {Number(DenosumabIntervalMonths)} months." : ", so its effect has worn off or is wearing off.")
                : "When your last injection was is not known.";
            var citations = Cite(TreatmentSources.Cummings2018, TreatmentSources.Tsourdi2021, TreatmentSources.ProliaLabel);
            if (followOn.Count > 0)
            {
                var next = followOn[0].Description;
                findings.Add(new(
                    SafetyFindingCodes.DenosumabStopped,
                    SafetySeverity.Caution,
                    $"You stopped {description} and now take {next}. When denosumab stops, bone is lost quickly unless another medicine follows; {next} is that follow-on. {when}",
                    $"Keep taking {next} as prescribed, and ask your clinician when your bone density (and, if they use them, bone turnover markers) should be checked to see that it is holding.",
                    $"{description} stopped{(medication.StoppedMonthsAgo is { } m ? $" {Number(m)} months ago" : string.Empty)}, follow-on {next}",
                    citations));
                continue;
            }

            findings.Add(new(
                SafetyFindingCodes.DenosumabStopped,
                SafetySeverity.Warning,
                $"You stopped {description}, and no follow-on medicine is listed. When denosumab stops without another medicine after it, bone is lost quickly and several spine fractures can happen within months. {when}",
                $"Contact the clinician who prescribed {description} soon: either the injections are restarted, or another medicine (usually a bisphosphonate) is started about {Number(DenosumabIntervalMonths)} months after the last injection. If you already take such a medicine, add it to your list.",
                $"{description} stopped{(medication.StoppedMonthsAgo is { } m2 ? $" {Number(m2)} months ago" : ", when not given")}, no current bisphosphonate",
                citations));
        }
    }
}
