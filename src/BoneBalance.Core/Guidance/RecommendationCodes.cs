namespace BoneBalance.Core.Guidance;

/// <summary>
/// The stable codes of <see cref="Recommendation.Code"/>. A code names one rule and never changes meaning; programs
/// (the web app, CDS Hooks cards, JSON consumers) may switch on it. The wording of the advice may improve.
/// </summary>
public static class RecommendationCodes
{
    /// <summary>Safety findings of severity Warning or worse (including vitamin K deficiency signs): see a clinician promptly.</summary>
    public const string SeeClinicianPromptly = "SEE_CLINICIAN_PROMPTLY";

    /// <summary>25-OH vitamin D below 12 ng/mL (IOM 2011: at risk of deficiency): a clinician sets a treatment regimen.</summary>
    public const string TreatVitaminDDeficiency = "TREAT_VITAMIN_D_DEFICIENCY";

    /// <summary>A vitamin D supplement taken now, with food, is above the tolerable upper intake level: reduce it.</summary>
    public const string ReduceVitaminD = "REDUCE_VITAMIN_D";

    /// <summary>Calcium supplements taken now, with food, are above the tolerable upper intake level: reduce them.</summary>
    public const string ReduceCalcium = "REDUCE_CALCIUM";

    /// <summary>The plan's vitamin K2 item.</summary>
    public const string TakeVitaminK2 = "TAKE_VITAMIN_K2";

    /// <summary>The plan's vitamin D3 item.</summary>
    public const string TakeVitaminD3 = "TAKE_VITAMIN_D3";

    /// <summary>Takes vitamin D2 (ergocalciferol) with a 25-OH vitamin D below 20 ng/mL: ask about vitamin D3 instead,
    /// which raises 25-OH vitamin D more.</summary>
    public const string PreferVitaminD3 = "PREFER_VITAMIN_D3";

    /// <summary>The plan's calcium item.</summary>
    public const string TakeCalcium = "TAKE_CALCIUM";

    /// <summary>Vitamin K deliberately left out of the plan, with the reason.</summary>
    public const string NoVitaminKSupplement = "NO_VITAMIN_K_SUPPLEMENT";

    /// <summary>Vitamin D deliberately left out of the plan, with the reason.</summary>
    public const string NoVitaminDSupplement = "NO_VITAMIN_D_SUPPLEMENT";

    /// <summary>Calcium deliberately left out of the plan, with the reason.</summary>
    public const string NoCalciumSupplement = "NO_CALCIUM_SUPPLEMENT";

    /// <summary>Current smoker: stop smoking.</summary>
    public const string StopSmoking = "STOP_SMOKING";

    /// <summary>Alcohol above 2 units a day (NOGG 2022): limit alcohol.</summary>
    public const string LimitAlcohol = "LIMIT_ALCOHOL";

    /// <summary>A history of falls, or age 65 or over with another fracture risk: falls prevention.</summary>
    public const string FallsPrevention = "FALLS_PREVENTION";

    /// <summary>Everyone: regular weight-bearing, muscle-strengthening and balance exercise.</summary>
    public const string WeightBearingAndBalanceExercise = "WEIGHT_BEARING_AND_BALANCE_EXERCISE";

    /// <summary>Everyone: enough protein as part of a balanced diet.</summary>
    public const string Protein = "PROTEIN";

    /// <summary>BMI below 20 kg/m²: low body weight is a fracture risk factor.</summary>
    public const string LowBodyWeight = "LOW_BODY_WEIGHT";

    /// <summary>USPSTF advises screening (or a fragility fracture calls for evaluation) and no DXA result was given.</summary>
    public const string DxaReferral = "DXA_REFERRAL";

    /// <summary>A guideline treatment threshold is met: discuss treatment with a clinician.</summary>
    public const string DiscussTreatment = "DISCUSS_TREATMENT";

    /// <summary>The person takes, or took, an osteoporosis medicine (bisphosphonate, denosumab, teriparatide, abaloparatide,
    /// romosozumab, raloxifene or bazedoxifene, menopausal hormone therapy): adherence, duration review (bisphosphonates after
    /// 5 years oral or 3 years intravenous), the follow-on after denosumab or an anabolic course, the review of a bisphosphonate
    /// pause, and when to re-scan. Replaces <see cref="DiscussTreatment"/> for a person already treated.</summary>
    public const string OnOsteoporosisTreatment = "ON_OSTEOPOROSIS_TREATMENT";

    /// <summary>25-OH vitamin D unknown where it matters, or between 12 and 20 ng/mL: have it checked or rechecked.</summary>
    public const string CheckVitaminD = "CHECK_VITAMIN_D";

    /// <summary>Bone loss of at least the least significant change between two scans, or a Z-score ≤ −2.0: ask for the
    /// laboratory work-up for secondary causes (NOGG/ROS, AACE), naming a TSH on levothyroxine and a review of a proton-pump
    /// inhibitor.</summary>
    public const string SecondaryCausesWorkUp = "SECONDARY_CAUSES_WORKUP";

    /// <summary>ISCD 2019 indications for vertebral fracture assessment met (T &lt; −1.0 and a woman ≥ 70, a man ≥ 80, or
    /// glucocorticoids ≥ 5 mg/day for ≥ 3 months): ask about a spine check for hidden fractures.</summary>
    public const string VertebralFractureAssessment = "VERTEBRAL_FRACTURE_ASSESSMENT";

    /// <summary>Kidney stones: keep 1,000–1,200 mg of dietary calcium a day, fluids and less salt (AUA 2014); never a
    /// restriction of dietary calcium.</summary>
    public const string KidneyStoneDiet = "KIDNEY_STONE_DIET";

    /// <summary>Hyperparathyroidism: the Fifth International Workshop's criteria for parathyroid surgery, met (High: ask for a
    /// referral) or not met on the data given (Medium: the tests that decide it).</summary>
    public const string ParathyroidReview = "PARATHYROID_REVIEW";

    /// <summary>eGFR &lt; 60 (or stage 4–5 CKD, or CKD without an eGFR): calcium, phosphate, PTH, alkaline phosphatase and
    /// 25-OH vitamin D (KDIGO 2017 CKD–MBD).</summary>
    public const string CkdMineralBoneLabs = "CKD_MINERAL_BONE_LABS";

    /// <summary>25-OH vitamin D adequate (20–50 ng/mL) on the vitamin D already taken: keep taking it, add no more.</summary>
    public const string KeepVitaminD = "KEEP_VITAMIN_D";

    /// <summary>Glucocorticoids ≥ 2.5 mg/day prednisolone-equivalent for more than 3 months: calcium and vitamin D as ACR
    /// advises for everyone on glucocorticoids.</summary>
    public const string GlucocorticoidCalciumVitaminD = "GLUCOCORTICOID_CALCIUM_VITAMIN_D";

    /// <summary>Every code, in declaration order.</summary>
    public static IReadOnlyList<string> All { get; } =
    [
        SeeClinicianPromptly, TreatVitaminDDeficiency, ReduceVitaminD, ReduceCalcium, TakeVitaminK2, TakeVitaminD3, PreferVitaminD3, TakeCalcium,
        NoVitaminKSupplement, NoVitaminDSupplement, NoCalciumSupplement, StopSmoking, LimitAlcohol, FallsPrevention,
        WeightBearingAndBalanceExercise, Protein, LowBodyWeight, DxaReferral, DiscussTreatment, OnOsteoporosisTreatment, CheckVitaminD,
        SecondaryCausesWorkUp, VertebralFractureAssessment, KidneyStoneDiet, ParathyroidReview, CkdMineralBoneLabs, KeepVitaminD,
        GlucocorticoidCalciumVitaminD,
    ];
}
