using BoneBalance.Core.Evidence;
using BoneBalance.Core.Safety;

namespace BoneBalance.Core.Guidance;

/// <summary>
/// The kidney limits of the bisphosphonate labels, which screen the treatment BoneBalance names (DISCUSS_TREATMENT) and
/// the advice to a person already taking one (ON_OSTEOPOROSIS_TREATMENT). The labels state creatinine clearance
/// (Cockcroft–Gault, mL/min); BoneBalance only has the eGFR (mL/min/1.73 m²) and uses it in its place, and says so.
/// </summary>
internal static class TreatmentKidney
{
    /// <summary>Alendronate: not recommended below a creatinine clearance of 35 mL/min (Fosamax label [S]).</summary>
    public const double AlendronateMinimum = 35;

    /// <summary>Zoledronic acid 5 mg: contraindicated below a creatinine clearance of 35 mL/min (Reclast label [S]).</summary>
    public const double ZoledronicAcidMinimum = 35;

    /// <summary>Risedronate: not recommended below a creatinine clearance of 30 mL/min (Actonel labelling change 2009 [P]).</summary>
    public const double RisedronateMinimum = 30;

    /// <summary>Ibandronate: not recommended below a creatinine clearance of 30 mL/min (Boniva label [S]).</summary>
    public const double IbandronateMinimum = 30;

    /// <summary>The citations of the four limits.</summary>
    public static IReadOnlyList<Citation> Citations { get; } =
        [TreatmentSources.FosamaxLabel, TreatmentSources.ZoledronicAcidLabel, TreatmentSources.ActonelRenal2009, TreatmentSources.IbandronateLabel];

    /// <summary>The label's lowest creatinine clearance for a bisphosphonate (by generic name); 35 mL/min, the stricter
    /// limit, for one whose label was not read (pamidronate).</summary>
    public static double Minimum(string generic) => generic switch
    {
        "risedronic acid" => RisedronateMinimum,
        "ibandronic acid" => IbandronateMinimum,
        "alendronic acid" => AlendronateMinimum,
        "zoledronic acid" => ZoledronicAcidMinimum,
        _ => AlendronateMinimum,
    };

    /// <summary>The eGFR, or 0 when a condition says the kidney disease is advanced (stage 4–5, dialysis) and no eGFR is
    /// given; null when neither is known. An advanced-CKD condition with a higher eGFR keeps the eGFR.</summary>
    public static double? Egfr(PersonFacts facts) =>
        facts.Input.Labs.Egfr ?? (facts.Has(ConditionClass.AdvancedChronicKidneyDisease) ? 0 : null);

    /// <summary>True when kidney function is severely reduced: eGFR below 30, or stage 4–5 CKD or dialysis named.</summary>
    public static bool Advanced(PersonFacts facts) =>
        facts.Has(ConditionClass.AdvancedChronicKidneyDisease) || facts.Input.Labs.Egfr is < SafetyCheck.DenosumabAdvancedCkdEgfr;

    /// <summary>"eGFR 32 mL/min/1.73 m²" or "stage 4–5 kidney disease or dialysis", for the texts.</summary>
    public static string Describe(PersonFacts facts) =>
        facts.Input.Labs.Egfr is { } egfr ? $"eGFR {Amounts.Number(egfr)} mL/min/1.73 m²" : "advanced kidney disease (stage 4–5 or dialysis)";
}
