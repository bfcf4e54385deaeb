using BoneBalance.Core.Evidence;
using BoneBalance.Core.Nutrition;

namespace BoneBalance.Core.Safety;

/// <summary>
/// The sources behind the safety rules, in one place. Each says how it was read: [P] the original or its official
/// abstract/label; [S] a third-party page quoting the original. Documents without a publication date (product
/// information, living web pages) carry the year they were read.
/// </summary>
public static class SafetySources
{
    /// <summary>MK-7 10–20 µg/day lowered INR relevantly in ≥ 40–60 % of anticoagulated volunteers; authors: avoid MK-7
    /// supplements on VKAs [P abstract].</summary>
    public static Citation Theuwissen2013 { get; } = new(
        "Theuwissen E, et al.",
        "Effect of low-dose supplements of menaquinone-7 (vitamin K2) on the stability of oral anticoagulant treatment: dose-response relationship in healthy volunteers",
        "J Thromb Haemost 11(6):1085-1092", 2013);

    /// <summary>Vitamin K1 taken daily for 7 days at weekly increasing doses (50–500 µg) by stably anticoagulated
    /// volunteers: 150 µg/day was the threshold dose that lowered the INR significantly (clinically relevant in 25 %);
    /// 100 µg/day did not; single spinach or broccoli meals gave a short-lived response [P abstract, PubMed 15231565].</summary>
    public static Citation Schurgers2004 { get; } = new(
        "Schurgers LJ, et al.",
        "Effect of vitamin K intake on the stability of oral anticoagulant treatment: dose-response relationships in healthy subjects",
        "Blood 104(9):2682-2689", 2004);

    /// <summary>53 stably anticoagulated warfarin patients, 4-week daily food records: each 100 µg/day more dietary
    /// vitamin K averaged over 4 days lowered the INR by 0.2; a consistent intake could reduce INR variability [P abstract].</summary>
    public static Citation Khan2004 { get; } = new(
        "Khan T, et al.",
        "Dietary vitamin K influences intra-individual variability in anticoagulant response to warfarin",
        "Br J Haematol 124(3):348-354", 2004, "https://doi.org/10.1046/j.1365-2141.2003.04787.x");

    /// <summary>Randomised crossover of 4-day in-hospital diets in 12 stably anticoagulated patients: the vitamin K-depleted
    /// diet raised the INR (2.6 → 3.3), the enriched one lowered it (3.1 → 2.8); vitamin K intake independently associated
    /// with over- and under-anticoagulation in 39 clinic patients [P abstract, PubMed 15121490].</summary>
    public static Citation Franco2004 { get; } = new(
        "Franco V, et al.",
        "Role of dietary vitamin K intake in chronic oral anticoagulation: prospective evidence from observational and randomized protocols",
        "Am J Med 116(10):651-656", 2004, "https://pubmed.ncbi.nlm.nih.gov/15121490/");

    /// <summary>Menatetrenone (MK-4) label: contraindicated with warfarin [P label text].</summary>
    public static Citation GlakayLabel { get; } = new(
        "Eisai Co., Ltd.",
        "Glakay (menatetrenone) 15 mg capsules, Japanese package insert: contraindicated in patients on warfarin",
        "package insert revised April 2014 (copy on expydoc.com)", 2014);

    /// <summary>DOACs act directly on factor Xa or thrombin and do not depend on vitamin K [P abstract].</summary>
    public static Citation Mekaj2015 { get; } = new(
        "Mekaj YH, et al.",
        "New oral anticoagulants: advantages and disadvantages compared with vitamin K antagonists",
        "Ther Clin Risk Manag 11:967-977", 2015, "https://pmc.ncbi.nlm.nih.gov/articles/PMC4485791/");

    /// <summary>Calcium and vitamin D ULs and RDAs: the same report the shipped reference intakes cite.</summary>
    public static Citation Iom2011 => DietaryReferenceSources.Iom2011;

    /// <summary>Vitamin K AIs; no UL set: the same report the shipped reference intakes cite.</summary>
    public static Citation Iom2001 => DietaryReferenceSources.Iom2001;

    /// <summary>Interactions of calcium + vitamin D: thiazides (hypercalcaemia; monitor serum calcium), levothyroxine
    /// (≥ 4 h apart), bisphosphonates (≥ 1 h before calcium), tetracyclines (2 h before or 4–6 h after), quinolones,
    /// iron/zinc/strontium (2 h), orlistat, bile-acid sequestrants and paraffin oil (less vitamin D absorbed),
    /// glucocorticoids [P, SmPC section 4.5].</summary>
    public static Citation KalciposSmpc { get; } = new(
        "Kalcipos-D (calcium carbonate + colecalciferol)",
        "Summary of Product Characteristics, section 4.5 Interactions",
        "electronic Medicines Compendium, medicines.org.uk/emc/product/4481 (read 2026)", 2026,
        "https://www.medicines.org.uk/emc/product/4481/smpc");

    /// <summary>Calcium carbonate 500 mg SmPC: bisphosphonate ≥ 3 h before calcium; quinolone 2 h before or after [P].</summary>
    public static Citation CalciumCarbonateSmpc { get; } = new(
        "Calcium carbonate 500 mg",
        "Prescribing information: drug interactions",
        "MIMS (read 2026)", 2026);

    /// <summary>Calcium + vitamin D raised kidney stones in the WHI trial [P abstract, qualitative].</summary>
    public static Citation Jackson2006 { get; } = new(
        "Jackson RD, et al.",
        "Calcium plus vitamin D supplementation and the risk of fractures",
        "N Engl J Med 354(7)", 2006);

    /// <summary>Vitamin D toxicity: hypercalcaemia, 25(OH)D above 150 ng/mL; granulomatous disease and some lymphomas
    /// cause hypercalcaemia at usual doses [P abstract].</summary>
    public static Citation MarcinowskaSuchowierska2018 { get; } = new(
        "Marcinowska-Suchowierska E, et al.",
        "Vitamin D toxicity - a clinical perspective",
        "Front Endocrinol 9:550", 2018, "https://pmc.ncbi.nlm.nih.gov/articles/PMC6158375/");

    /// <summary>Total serum calcium reference range 8.5–10.2 mg/dL [S: MedlinePlus as quoted by third-party pages;
    /// the HL7 PDDI-CDS example observation uses the same range]. Laboratories' ranges differ slightly.</summary>
    public static Citation MedlinePlusCalcium { get; } = new(
        "MedlinePlus, U.S. National Library of Medicine",
        "Calcium blood test (normal range 8.5 to 10.2 mg/dL; read second-hand)",
        "medlineplus.gov (read 2026)", 2026);

    /// <summary>GFR categories G1–G5; CKD = GFR &lt; 60 for &gt; 3 months or markers of damage [S: table reprinted in CCJM
    /// and other journals with permission].</summary>
    public static Citation Kdigo2012 { get; } = new(
        "Kidney Disease: Improving Global Outcomes (KDIGO) CKD Work Group",
        "KDIGO 2012 Clinical Practice Guideline for the Evaluation and Management of Chronic Kidney Disease, chapter 1: definition and classification of CKD",
        "Kidney Int Suppl 3:19-62", 2013, "https://doi.org/10.1038/kisup.2012.64");

    /// <summary>Equivalent anti-inflammatory doses: prednisolone 5 mg = dexamethasone 750 µg = hydrocortisone 20 mg
    /// [S: BNF table as reproduced by the West Midlands Palliative Care guide].</summary>
    public static Citation BnfCorticosteroidEquivalence { get; } = new(
        "Joint Formulary Committee",
        "British National Formulary: equivalent anti-inflammatory doses of corticosteroids (read as reproduced by the West Midlands Palliative Care guide)",
        "BMJ Group and Pharmaceutical Press (read 2026)", 2026,
        "https://www.westmidspallcare.co.uk/wmpcp/guide/corticosteroids/preparations-and-dose-equivalence/");

    /// <summary>Prednisolone label: 15 mg prednisolone = 15 mg prednisone = 12 mg methylprednisolone = 60 mg
    /// hydrocortisone = 2.25 mg dexamethasone [S: quoted from the FDA label by a clinical summary page].</summary>
    public static Citation PrednisoloneLabelEquivalence { get; } = new(
        "U.S. Food and Drug Administration",
        "Prednisolone prescribing information: equivalent milligram dosages of glucocorticoids (read second-hand)",
        "FDA-approved label (read 2026)", 2026);

    /// <summary>Vitamin K deficiency: causes (low intake, fat malabsorption, prolonged antibiotics, VKAs) and bleeding
    /// signs [P, StatPearls text].</summary>
    public static Citation StatPearlsVitaminKDeficiency { get; } = new(
        "Eden RE, Coviello JM",
        "Vitamin K Deficiency",
        "StatPearls Publishing, NCBI Bookshelf NBK536983", 2019, "https://www.ncbi.nlm.nih.gov/books/NBK536983/");

    /// <summary>Aromatase inhibitors raise osteoporotic fracture risk [P abstract].</summary>
    public static Citation Lee2020 { get; } = new(
        "Lee YK, Lee EG, Kim HY, et al.",
        "Osteoporotic fractures of the spine, hip, and other locations after adjuvant endocrine therapy with aromatase inhibitors in breast cancer patients: a meta-analysis",
        "J Korean Med Sci 35(46):e403", 2020, "https://doi.org/10.3346/jkms.2020.35.e403");

    /// <summary>Oestrogen-only HRT, antidepressants and epilepsy or anticonvulsants are predictors in QFracture-2012 [P].</summary>
    public static Citation HippisleyCox2012 { get; } = new(
        "Hippisley-Cox J, Coupland C",
        "Derivation and validation of updated QFracture algorithm to predict risk of osteoporotic fracture in primary care in the United Kingdom: prospective open cohort study",
        "BMJ 344:e3427", 2012, "https://doi.org/10.1136/bmj.e3427");

    /// <summary>Take other medicines and supplements at least 1 hour before or 4 hours after a bile-acid resin [P, patient
    /// leaflet copy].</summary>
    public static Citation ColestipolLeaflet { get; } = new(
        "Colestipol",
        "Patient information leaflet: taking other medicines",
        "edrugswiki copy (read 2026)", 2026);

    /// <summary>Calcitriol: hypercalcaemia; vitamin D and its derivatives withheld during treatment to avoid additive
    /// effects; an abrupt rise in calcium intake can trigger hypercalcaemia; give cautiously with digitalis, as
    /// hypercalcaemia may precipitate arrhythmias [P, label pages on rocaltrol.us citing the 2009 package insert].</summary>
    public static Citation RocaltrolLabel { get; } = new(
        "Validus Pharmaceuticals",
        "Rocaltrol (calcitriol) capsules and oral solution: prescribing information (precautions, drug interactions)",
        "package insert 2009, as given on rocaltrol.us (read 2026)", 2009);

    /// <summary>Lithium raises calcium and parathyroid hormone; guidelines recommend calcium checks during lithium
    /// treatment [P abstract].</summary>
    public static Citation Kovacs2022 { get; } = new(
        "Kovacs Z, Vestergaard P, Licht RW, et al.",
        "Lithium induced hypercalcemia: an expert opinion and management algorithm",
        "Int J Bipolar Disord 10:34", 2022, "https://doi.org/10.1186/s40345-022-00283-3");

    /// <summary>Depot medroxyprogesterone acetate: boxed warning, loss of bone mineral density that grows with duration of
    /// use and may not be fully reversible; not recommended beyond 2 years unless other methods are inadequate [P, label
    /// sections read on pfizermedicalinformation.com].</summary>
    public static Citation DepoProveraLabel { get; } = new(
        "Pfizer",
        "Depo-Provera CI and depo-subQ provera 104 (medroxyprogesterone acetate injectable suspension): prescribing information, boxed warning and section 5.1 Loss of bone mineral density",
        "pfizermedicalinformation.com (read 2026)", 2026);

    /// <summary>Medicines that cause bone loss or fractures besides glucocorticoids: proton-pump inhibitors, SSRIs,
    /// thiazolidinediones, anticonvulsants, medroxyprogesterone acetate, aromatase inhibitors, androgen deprivation
    /// therapy, heparin, calcineurin inhibitors [P abstract].</summary>
    public static Citation Panday2014 { get; } = new(
        "Panday K, Gona A, Humphrey MB",
        "Medication-induced osteoporosis: screening and treatment strategies",
        "Ther Adv Musculoskelet Dis 6(5):185-202", 2014, "https://doi.org/10.1177/1759720X14546350");

    /// <summary>FDA revises prescription and OTC proton-pump inhibitor labels: possible increased risk of hip, wrist and
    /// spine fractures, greatest with high doses or use for a year or more, mostly in people aged 50 or older; patients
    /// should not stop a PPI unless told to by their healthcare professional (update 2011-03-23: fracture risk with
    /// short-term, low-dose OTC use unlikely) [P, the fda.gov page ucm213206 (safety announcement dated 2010-05-25) as
    /// stored and found with the search tool (corpus pages), 2026-12-07; title, date and address confirmed there].</summary>
    public static Citation FdaPpiFractures2010 { get; } = new(
        "U.S. Food and Drug Administration",
        "FDA Drug Safety Communication: Possible increased risk of fractures of the hip, wrist, and spine with the use of proton pump inhibitors",
        "FDA Drug Safety Communication, 25 May 2010 (updated 23 March 2011)", 2010,
        "http://www.fda.gov/Drugs/DrugSafety/PostmarketDrugSafetyInformationforPatientsandProviders/ucm213206.htm");

    /// <summary>The antiepileptic drugs most often reported to lower bone density and disturb bone metabolism are the
    /// cytochrome P450 enzyme inducers phenobarbital, phenytoin, carbamazepine and primidone [P abstract, PMC321183, found
    /// with the search tool (corpus pages), 2026-12-07].</summary>
    public static Citation Pack2003 { get; } = new(
        "Pack AM",
        "The association between antiepileptic drugs and bone disease",
        "Epilepsy Curr 3(3):91-95", 2003, "https://doi.org/10.1046/j.1535-7597.2003.03306.x");
}
