namespace BoneBalance.Core.Safety;

/// <summary>What a condition is, as far as the safety rules are concerned.</summary>
public enum ConditionClass
{
    /// <summary>Known to the catalogue, but no safety rule concerns it (e.g. osteoporosis, atrial fibrillation, hypertension):
    /// each row of <c>data/safety/conditions.csv</c> says in its <c>interaction</c> column whether it has a known interaction
    /// with calcium, vitamin D or vitamin K.</summary>
    NoSafetyRule,

    /// <summary>Known high blood calcium.</summary>
    Hypercalcaemia,

    /// <summary>Sarcoidosis or another granulomatous disease (makes active vitamin D itself).</summary>
    GranulomatousDisease,

    /// <summary>Primary (or unspecified) hyperparathyroidism.</summary>
    Hyperparathyroidism,

    /// <summary>History of kidney stones.</summary>
    KidneyStones,

    /// <summary>Chronic kidney disease (stage not known, or stages 1–3).</summary>
    ChronicKidneyDisease,

    /// <summary>Chronic kidney disease stage 4 or 5, or end-stage renal disease.</summary>
    AdvancedChronicKidneyDisease,

    /// <summary>Fat malabsorption: coeliac disease, Crohn's, ulcerative colitis, cystic fibrosis, short bowel, biliary obstruction.</summary>
    Malabsorption,

    /// <summary>Chronic liver disease or cirrhosis.</summary>
    LiverDisease,

    /// <summary>Achlorhydria or hypochlorhydria (little or no stomach acid). No safety rule of its own; the supplement plan
    /// chooses calcium citrate for it, because calcium carbonate needs stomach acid to be absorbed.</summary>
    Achlorhydria,
}
