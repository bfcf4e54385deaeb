namespace BoneBalance.Core.Safety;

/// <summary>What a medication is, as far as the safety rules are concerned.</summary>
public enum DrugClass
{
    /// <summary>Known to the catalogue, but no safety rule concerns it (e.g. atorvastatin, lisinopril, metformin): no known
    /// interaction with calcium, vitamin D or vitamin K, or one that does not change the advice (each row of
    /// <c>data/safety/medications.csv</c> says which, in its <c>interaction</c> column).</summary>
    NoSafetyRule,

    /// <summary>Vitamin K antagonist: warfarin, acenocoumarol, phenprocoumon, fluindione (ATC B01AA).</summary>
    VitaminKAntagonist,

    /// <summary>Direct oral anticoagulant: apixaban, rivaroxaban, edoxaban (B01AF), dabigatran (B01AE).</summary>
    DirectOralAnticoagulant,

    /// <summary>Thiazide or thiazide-like diuretic (lowers urinary calcium).</summary>
    ThiazideDiuretic,

    /// <summary>Thyroid hormone (levothyroxine).</summary>
    ThyroidHormone,

    /// <summary>Oral bisphosphonate (absorption reduced by calcium): alendronic, risedronic, ibandronic acid.</summary>
    OralBisphosphonate,

    /// <summary>Tetracycline antibiotic (chelated by calcium).</summary>
    Tetracycline,

    /// <summary>Fluoroquinolone antibiotic (chelated by calcium).</summary>
    Quinolone,

    /// <summary>Other antibiotic: long courses can lower vitamin K status.</summary>
    OtherAntibiotic,

    /// <summary>Iron, zinc or strontium (absorption reduced by calcium).</summary>
    MineralReducedByCalcium,

    /// <summary>Lipase inhibitor (orlistat): blocks fat-soluble vitamin absorption.</summary>
    LipaseInhibitor,

    /// <summary>Bile-acid sequestrant (colestyramine, colestipol, colesevelam).</summary>
    BileAcidSequestrant,

    /// <summary>Mineral oil / liquid paraffin laxative.</summary>
    MineralOil,

    /// <summary>Systemic glucocorticoid.</summary>
    Glucocorticoid,

    /// <summary>Another hormonal treatment that changes bone (tamoxifen, oral medroxyprogesterone); the more specific
    /// hormonal classes (<see cref="MenopausalHormoneTherapy"/>, <see cref="SelectiveEstrogenReceptorModulator"/>,
    /// <see cref="AromataseInhibitor"/>, <see cref="GonadotropinReleasingHormoneAnalogue"/>,
    /// <see cref="DepotMedroxyprogesterone"/>) come under the same finding.</summary>
    HormonalTreatment,

    /// <summary>Acid suppressant: proton-pump inhibitor or H2-receptor antagonist. The supplement plan chooses calcium citrate
    /// for it, because calcium carbonate needs stomach acid to be absorbed; a proton-pump inhibitor also gives
    /// MEDICINE_AFFECTS_BONE (FDA 2010: fractures with high-dose or long-term use), an H2 blocker does not.</summary>
    AcidSuppressant,

    /// <summary>Active vitamin D (calcitriol, alfacalcidol, paricalcitol, doxercalciferol): with calcium or vitamin D it can
    /// raise blood calcium too high (Rocaltrol label: other vitamin D withheld during treatment).</summary>
    ActiveVitaminD,

    /// <summary>Vitamin D prescribed as a medicine (colecalciferol, ergocalciferol, calcifediol): counts as vitamin D taken
    /// for the combination rules of HYPERCALCAEMIA_RISK.</summary>
    VitaminD,

    /// <summary>Calcium prescribed as a medicine (calcium carbonate, citrate, acetate): counts as calcium taken for the
    /// combination rules of HYPERCALCAEMIA_RISK. Named by salt only, so "atorvastatin calcium" is not one.</summary>
    CalciumSalt,

    /// <summary>Cardiac glycoside (digoxin): high blood calcium raises its toxicity (Kalcipos-D SmPC 4.5; Rocaltrol label).</summary>
    CardiacGlycoside,

    /// <summary>Lithium: long-term use raises blood calcium (lithium-induced hyperparathyroidism; Kovacs 2022).</summary>
    Lithium,

    /// <summary>Intravenous bisphosphonate (zoledronic acid, pamidronate): an osteoporosis treatment that can lower blood
    /// calcium; no spacing from calcium is needed.</summary>
    IntravenousBisphosphonate,

    /// <summary>Denosumab: an osteoporosis treatment that can cause severe hypocalcaemia (Prolia boxed warning, advanced
    /// CKD); its label asks that all patients be adequately supplemented with calcium and vitamin D.</summary>
    Denosumab,

    /// <summary>Parathyroid hormone analogue (teriparatide, abaloparatide): an anabolic osteoporosis treatment.</summary>
    ParathyroidHormoneAnalogue,

    /// <summary>Romosozumab: a sclerostin-inhibiting osteoporosis treatment.</summary>
    Romosozumab,

    /// <summary>Selective oestrogen receptor modulator used for osteoporosis (raloxifene, bazedoxifene).</summary>
    SelectiveEstrogenReceptorModulator,

    /// <summary>Menopausal hormone therapy: oestradiol, conjugated or esterified oestrogens, tibolone (oestrogen HRT is a
    /// QFracture-2012 predictor).</summary>
    MenopausalHormoneTherapy,

    /// <summary>Aromatase inhibitor (anastrozole, letrozole, exemestane): speeds bone loss and raises fracture risk.</summary>
    AromataseInhibitor,

    /// <summary>GnRH agonist or antagonist (leuprorelin, goserelin, triptorelin, degarelix, relugolix, elagolix): lowers sex
    /// hormones and causes bone loss.</summary>
    GonadotropinReleasingHormoneAnalogue,

    /// <summary>Depot medroxyprogesterone acetate injection (Depo-Provera): boxed warning for loss of bone mineral density.</summary>
    DepotMedroxyprogesterone,

    /// <summary>Selective serotonin reuptake inhibitor: linked with bone loss and fractures (Panday 2014); MEDICINE_AFFECTS_BONE.</summary>
    SelectiveSerotoninReuptakeInhibitor,

    /// <summary>Thiazolidinedione (pioglitazone, rosiglitazone): raises fracture risk (Panday 2014); MEDICINE_AFFECTS_BONE.</summary>
    Thiazolidinedione,

    /// <summary>Anticonvulsant (antiepileptic, ATC N03): bone loss and fractures, enzyme inducers speed vitamin D breakdown
    /// (Panday 2014); MEDICINE_AFFECTS_BONE.</summary>
    Anticonvulsant,

    /// <summary>Heparin or low-molecular-weight heparin: long-term use causes bone loss (Panday 2014); MEDICINE_AFFECTS_BONE.</summary>
    Heparin,
}
