namespace BoneBalance.Core.Safety;

/// <summary>
/// The stable codes of <see cref="SafetyFinding"/>. A code names one rule and never changes meaning; programs
/// (the plan, CDS Hooks cards, JSON consumers) may switch on it. Each code has one fixed severity except where
/// its documentation says otherwise.
/// </summary>
public static class SafetyFindingCodes
{
    /// <summary>A vitamin K antagonist (warfarin, acenocoumarol, phenprocoumon, fluindione) with any vitamin K
    /// supplement or a large change in vitamin K-rich foods. Always
    /// <see cref="SafetySeverity.ContraindicatedWithoutSupervision"/>.</summary>
    public const string VkaVitaminK = "VKA_VITAMIN_K";

    /// <summary>A vitamin K antagonist with a food diary whose window (the 7 days the intake is averaged over) shows natto
    /// on any day, in any amount, or two food days whose vitamin K from food (K1 + every menaquinone) differs by at least
    /// <see cref="VitaminKFoods.DayToDayChangeMicrograms"/> (150 µg, Schurgers 2004). Names the days and the foods, and
    /// asks for a steady intake, no natto, and the anticoagulation clinic before any change. Always
    /// <see cref="SafetySeverity.Warning"/>.</summary>
    /// <remarks>How the three VKA codes coexist: <see cref="VkaVitaminK"/> is about supplements (or a dietary change the
    /// person states) and stays whatever the diary shows; this code is about what the diary shows and comes beside it when
    /// both apply (two causes, two actions); <see cref="VkaKeepVitaminKSteady"/> is given only when neither applies — a
    /// diary that triggers this code replaces it. A steady diet, however rich in vitamin K, gives
    /// <see cref="VkaKeepVitaminKSteady"/>. A direct oral anticoagulant never gives a VKA code.</remarks>
    public const string VkaVitaminKFood = "VKA_VITAMIN_K_FOOD";

    /// <summary>A vitamin K antagonist with no vitamin K supplement, no large dietary change stated and no diary showing
    /// natto or a day-to-day change of vitamin K from food (<see cref="VkaVitaminKFood"/>): keep dietary vitamin
    /// K steady. A separate code (not VKA_VITAMIN_K at a lower severity) so that VKA_VITAMIN_K always means "a
    /// combination to stop" and its severity never varies. <see cref="SafetySeverity.Info"/>.</summary>
    public const string VkaKeepVitaminKSteady = "VKA_KEEP_VITAMIN_K_STEADY";

    /// <summary>A direct oral anticoagulant (apixaban, rivaroxaban, dabigatran, edoxaban): no vitamin K interaction.
    /// <see cref="SafetySeverity.Info"/>.</summary>
    public const string DoacNoVitaminKInteraction = "DOAC_NO_VITAMIN_K_INTERACTION";

    /// <summary>Total calcium intake above the tolerable upper intake level for the life stage. <see cref="SafetySeverity.Warning"/>.</summary>
    public const string CalciumAboveUl = "CALCIUM_ABOVE_UL";

    /// <summary>Total vitamin D intake above the tolerable upper intake level for the life stage. <see cref="SafetySeverity.Warning"/>.</summary>
    public const string VitaminDAboveUl = "VITAMIN_D_ABOVE_UL";

    /// <summary>Risk of high blood calcium, one finding per trigger: a thiazide or an active vitamin D (calcitriol,
    /// alfacalcidol, paricalcitol, doxercalciferol) with calcium or vitamin D supplements or medicines
    /// (<see cref="SafetySeverity.Warning"/>); lithium, or digoxin (which high blood calcium makes toxic), with them
    /// (<see cref="SafetySeverity.Caution"/>); hypercalcaemia, sarcoidosis or hyperparathyroidism
    /// (<see cref="SafetySeverity.Caution"/> without calcium or vitamin D supplements); a serum calcium above 10.2 mg/dL or a
    /// 25-OH vitamin D above 150 ng/mL (<see cref="SafetySeverity.Warning"/>). A condition or lab trigger together with
    /// calcium or vitamin D supplements is <see cref="SafetySeverity.ContraindicatedWithoutSupervision"/>.</summary>
    public const string HypercalcaemiaRisk = "HYPERCALCAEMIA_RISK";

    /// <summary>History of kidney stones with calcium supplements. <see cref="SafetySeverity.Warning"/>.</summary>
    public const string KidneyStonesCalcium = "KIDNEY_STONES_CALCIUM";

    /// <summary>Chronic kidney disease or eGFR below 60: <see cref="SafetySeverity.Caution"/>; stage 4–5 or eGFR
    /// below 30: <see cref="SafetySeverity.Warning"/>.</summary>
    public const string CkdCaution = "CKD_CAUTION";

    /// <summary>A calcium supplement with a medicine whose absorption calcium reduces (levothyroxine, oral
    /// bisphosphonates, tetracyclines, quinolones, iron): space the doses. <see cref="SafetySeverity.Caution"/>.</summary>
    public const string AbsorptionSpacing = "ABSORPTION_SPACING";

    /// <summary>A medicine or condition that lowers absorption of fat-soluble vitamins (D, K).
    /// <see cref="SafetySeverity.Caution"/>.</summary>
    public const string FatSolubleMalabsorption = "FAT_SOLUBLE_MALABSORPTION";

    /// <summary>Glucocorticoids at ≥ 2.5 mg/day prednisolone-equivalent for ≥ 3 months: <see cref="SafetySeverity.Warning"/>;
    /// a glucocorticoid whose dose or duration is not known: <see cref="SafetySeverity.Caution"/>.</summary>
    public const string GlucocorticoidBoneLoss = "GLUCOCORTICOID_BONE_LOSS";

    /// <summary>A hormonal treatment (oestrogens, SERMs, aromatase inhibitors, GnRH analogues, depot medroxyprogesterone,
    /// tamoxifen): discuss with a clinician.
    /// <see cref="SafetySeverity.Caution"/>.</summary>
    public const string HormonalTreatment = "HORMONAL_TREATMENT";

    /// <summary>A medicine linked with bone loss or fractures that no other code covers, one finding per medicine: an SSRI,
    /// a thiazolidinedione (pioglitazone, rosiglitazone), an anticonvulsant (the enzyme-inducing ones — phenytoin,
    /// carbamazepine, phenobarbital, primidone — also lower vitamin D, and the text asks about checking it), a heparin, or a
    /// proton-pump inhibitor (high-dose or ≥ 1 year use; FDA 2010). Says it is no reason to stop the medicine and to tell the
    /// clinician who assesses the bones. Never for glucocorticoids (<see cref="GlucocorticoidBoneLoss"/>), hormonal treatments
    /// (<see cref="HormonalTreatment"/>), osteoporosis medicines or H2 blockers. <see cref="SafetySeverity.Caution"/>.</summary>
    public const string MedicineAffectsBone = "MEDICINE_AFFECTS_BONE";

    /// <summary>Denosumab taken now with a risk of severe low blood calcium: an eGFR below 30 mL/min/1.73 m², advanced chronic
    /// kidney disease or dialysis (Prolia boxed warning, 2024), a serum calcium below 8.5 mg/dL, or a 25-OH vitamin D below
    /// 20 ng/mL (the label: correct low calcium and supplement calcium and vitamin D before and during treatment). One finding
    /// naming every trigger. Always <see cref="SafetySeverity.Warning"/>.</summary>
    public const string DenosumabHypocalcaemiaRisk = "DENOSUMAB_HYPOCALCAEMIA_RISK";

    /// <summary>Denosumab stopped (status stopped): bone is lost quickly and multiple spine fractures can follow unless another
    /// antiresorptive follows (Cummings 2018; ECTS, Tsourdi 2021: start it 6 months after the last injection).
    /// <see cref="SafetySeverity.Warning"/> without a current bisphosphonate; <see cref="SafetySeverity.Caution"/> with one
    /// (the follow-on is in place; keep it and have it reviewed).</summary>
    public const string DenosumabStopped = "DENOSUMAB_STOPPED";

    /// <summary>Bleeding or healing signs that can mean vitamin K deficiency (or over-anticoagulation): see a
    /// clinician promptly. <see cref="SafetySeverity.Warning"/>.</summary>
    public const string VitaminKDeficiencySigns = "VITAMIN_K_DEFICIENCY_SIGNS";

    /// <summary>An INR above <see cref="SafetyCheck.InrUpperReference"/> (1.2) with no vitamin K antagonist: a key sign of
    /// vitamin K deficiency or liver disease, to be assessed the same day (MedlinePlus; StatPearls). Names the likelier causes
    /// (liver disease, malabsorption, medicines that lower vitamin K absorption, antibiotics). <see cref="SafetySeverity.Warning"/>;
    /// <see cref="SafetySeverity.Caution"/> with a direct oral anticoagulant, which can raise the INR a little (Ofek 2017) but
    /// whose prescriber should still see the value. Never with a vitamin K antagonist (the INR is then its measure).</summary>
    public const string InrHighWithoutAnticoagulant = "INR_HIGH_WITHOUT_ANTICOAGULANT";

    /// <summary>"Heavy menstrual bleeding" reported by a woman who is postmenopausal (as stated, or of unknown status and
    /// aged 55 or over): postmenopausal bleeding, a red flag of its own for endometrial cancer (NICE NG12: urgent referral
    /// from 55, considered below), beside VITAMIN_K_DEFICIENCY_SIGNS. Always <see cref="SafetySeverity.Warning"/>.</summary>
    public const string PostmenopausalBleeding = "POSTMENOPAUSAL_BLEEDING";

    /// <summary>Pregnant or breastfeeding: no supplement doses beyond the reference intakes without a clinician.
    /// <see cref="SafetySeverity.Caution"/>; <see cref="SafetySeverity.Warning"/> when a supplement's daily dose is
    /// above the life stage's RDA or AI.</summary>
    public const string PregnancyOrBreastfeeding = "PREGNANCY_OR_BREASTFEEDING";

    /// <summary>Under 18: no supplement doses beyond the reference intakes without a clinician. Severity as for
    /// <see cref="PregnancyOrBreastfeeding"/>.</summary>
    public const string Under18 = "UNDER_18";

    /// <summary>A medication the catalogue does not know, so no rule could check it. <see cref="SafetySeverity.Info"/>.</summary>
    public const string UnrecognisedMedication = "UNRECOGNISED_MEDICATION";

    /// <summary>A condition the catalogue does not know, so no rule could check it. <see cref="SafetySeverity.Info"/>.</summary>
    public const string UnrecognisedCondition = "UNRECOGNISED_CONDITION";

    /// <summary>Every code, in declaration order.</summary>
    public static IReadOnlyList<string> All { get; } =
    [
        VkaVitaminK, VkaVitaminKFood, VkaKeepVitaminKSteady, DoacNoVitaminKInteraction, CalciumAboveUl, VitaminDAboveUl, HypercalcaemiaRisk,
        KidneyStonesCalcium, CkdCaution, AbsorptionSpacing, FatSolubleMalabsorption, GlucocorticoidBoneLoss,
        HormonalTreatment, MedicineAffectsBone, DenosumabHypocalcaemiaRisk, DenosumabStopped, VitaminKDeficiencySigns, InrHighWithoutAnticoagulant,
        PostmenopausalBleeding, PregnancyOrBreastfeeding, Under18, UnrecognisedMedication,
        UnrecognisedCondition,
    ];
}
