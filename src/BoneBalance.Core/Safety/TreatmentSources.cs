using BoneBalance.Core.Evidence;

namespace BoneBalance.Core.Safety;

/// <summary>
/// The sources behind the rules about osteoporosis medicines a person takes or took (DENOSUMAB_HYPOCALCAEMIA_RISK,
/// DENOSUMAB_STOPPED, ON_OSTEOPOROSIS_TREATMENT) and the kidney screening of treatment suggestions. Each says how it was
/// read: [P] the original, its abstract or its official label text; [S] a third-party page quoting it. All were found and
/// read with the search tool on 2026-12-07.
/// </summary>
public static class TreatmentSources
{
    /// <summary>Prolia (denosumab) boxed warning, added 2024: patients with advanced chronic kidney disease (eGFR &lt; 30
    /// mL/min/1.73 m²), including dialysis-dependent patients, are at greater risk of severe hypocalcaemia; hospitalisation,
    /// life-threatening events and fatal cases reported; CKD–mineral bone disorder markedly increases the risk and is to be
    /// evaluated before starting; treatment in these patients supervised by a provider with expertise [P: the label's boxed
    /// warning as served by openFDA; the biosimilars' labels carry the same text]. The label also asks that pre-existing
    /// hypocalcaemia be corrected and all patients be adequately supplemented with calcium and vitamin D (as in the
    /// catalogue row of <c>data/safety/medications.csv</c>).</summary>
    public static Citation ProliaLabel { get; } = new(
        "Amgen Inc.",
        "Prolia (denosumab) injection, prescribing information: boxed warning — severe hypocalcemia in patients with advanced kidney disease",
        "U.S. Food and Drug Administration label, via openFDA (read 2026)", 2024,
        "https://api.fda.gov/drug/label.json?search=openfda.brand_name%3A%22PROLIA%22");

    /// <summary>Alendronate is not recommended for patients with creatinine clearance below 35 mL/min; no dose adjustment at
    /// 35–60 mL/min [S: the FDA label sentence quoted by clinical-summary and drug-information pages; the label itself
    /// (openFDA set 14e931fd…) was found but its renal paragraph not read].</summary>
    public static Citation FosamaxLabel { get; } = new(
        "Organon LLC",
        "FOSAMAX (alendronate sodium) tablets, prescribing information: renal impairment",
        "U.S. Food and Drug Administration label (renal sentence read as quoted)", 2026,
        "https://api.fda.gov/drug/label.json?search=set_id%3A%2214e931fd-2c5f-4d90-b7db-5980706f4a56%22");

    /// <summary>Risedronate (Actonel) is not recommended for patients with severe renal impairment (creatinine clearance
    /// &lt; 30 mL/min) because of lack of clinical experience [P: FDA MedWatch safety-labeling change, July 2009].</summary>
    public static Citation ActonelRenal2009 { get; } = new(
        "U.S. Food and Drug Administration, MedWatch",
        "Actonel (risedronate sodium) tablets: safety labeling changes, July 2009 (renal impairment)",
        "fda.gov Safety Information", 2009,
        "http://www.fda.gov/Safety/MedWatch/SafetyInformation/ucm175765.htm");

    /// <summary>Ibandronate (Boniva) is not recommended (tablets) and not to be given (injection) with creatinine clearance
    /// below 30 mL/min; no adjustment at 30 mL/min or more [S: dosing pages quoting the label]. The ibandronate label's
    /// limitation of use — optimal duration not determined; for patients at low risk, consider stopping after 3 to 5 years —
    /// was read in the label itself [P].</summary>
    public static Citation IbandronateLabel { get; } = new(
        "U.S. Food and Drug Administration",
        "Ibandronate sodium (Boniva) tablets and injection, prescribing information: renal impairment; limitations of use",
        "U.S. FDA label, via openFDA (read 2026)", 2025,
        "https://api.fda.gov/drug/label.json?search=set_id%3Aa5741ef6-0599-4657-8cda-2902ded4f680");

    /// <summary>Zoledronic acid 5 mg (Reclast/Aclasta, osteoporosis) is contraindicated with creatinine clearance below
    /// 35 mL/min and in acute renal impairment; hypocalcaemia must be corrected before it is given [S: clinical-summary pages
    /// quoting the label]. The label's limitation of use — for patients at low risk, consider stopping after 3 to 5 years —
    /// was read in a zoledronic acid (osteoporosis) label itself [P].</summary>
    public static Citation ZoledronicAcidLabel { get; } = new(
        "U.S. Food and Drug Administration",
        "Zoledronic acid injection 5 mg/100 mL (Reclast), prescribing information: contraindications (creatinine clearance below 35 mL/min); limitations of use",
        "U.S. FDA label, via openFDA (read 2026)", 2026,
        "https://api.fda.gov/drug/label.json?search=set_id%3A%221977d713-4cc7-405e-b4c1-a9a91635eff6%22");

    /// <summary>ASBMR task force on long-term bisphosphonates: after 5 years of an oral or 3 years of an intravenous
    /// bisphosphonate, reassess risk; for women at high risk (older, low hip T-score or high fracture-risk score, previous
    /// major osteoporotic fracture, fracture on therapy) consider continuing up to 10 years (oral) or 6 years (intravenous);
    /// for those not at high risk after 3 to 5 years, a drug holiday of 2 to 3 years can be considered [P abstract,
    /// PubMed 26350171].</summary>
    public static Citation Adler2016 { get; } = new(
        "Adler RA, El-Hajj Fuleihan G, Bauer DC, et al.",
        "Managing Osteoporosis in Patients on Long-Term Bisphosphonate Treatment: Report of a Task Force of the American Society for Bone and Mineral Research",
        "J Bone Miner Res 31(1):16-35", 2016, "https://pubmed.ncbi.nlm.nih.gov/26350171/");

    /// <summary>ECTS position statement: stopping denosumab raises bone turnover above pre-treatment levels, with rapid bone
    /// loss in most and multiple vertebral fractures in some; risk factors include prevalent vertebral fractures and longer
    /// time off therapy; when denosumab is stopped, another antiresorptive should be started 6 months after the final
    /// injection [P abstract, read on the journal's page (106/1/264) and the Aarhus University record].</summary>
    public static Citation Tsourdi2021 { get; } = new(
        "Tsourdi E, Zillikens MC, Meier C, et al.",
        "Fracture Risk and Management of Discontinuation of Denosumab Therapy: A Systematic Review and Position Statement by ECTS",
        "J Clin Endocrinol Metab 106(1):264-281", 2021,
        "https://pure.au.dk/portal/en/publications/fracture-risk-and-management-of-discontinuation-of-denosumab-therapy(30703304-af07-450f-b284-5d1c9ae31a62).html");

    /// <summary>Post hoc analysis of FREEDOM and its extension: after denosumab was stopped, the vertebral fracture rate rose
    /// to that of untreated women, and multiple vertebral fractures were more frequent [S: title, journal, volume and pages
    /// (PMID 29105841) confirmed in several independent reference lists; the abstract itself was not read here].</summary>
    public static Citation Cummings2018 { get; } = new(
        "Cummings SR, Ferrari S, Eastell R, et al.",
        "Vertebral Fractures After Discontinuation of Denosumab: A Post Hoc Analysis of the Randomized Placebo-Controlled FREEDOM Trial and Its Extension",
        "J Bone Miner Res 33(2):190-198", 2018, "https://pubmed.ncbi.nlm.nih.gov/29105841/");

    /// <summary>Tymlos (abaloparatide) label: cumulative use of abaloparatide and parathyroid hormone analogues for more than
    /// 2 years during a patient's lifetime is not recommended; Forteo (teriparatide) label: use beyond 2 years only if the
    /// patient remains at or returns to high fracture risk [S: the labels were found via openFDA, the duration sentences
    /// are as widely quoted and were not read in the label text here].</summary>
    public static Citation ParathyroidHormoneAnalogueLabels { get; } = new(
        "U.S. Food and Drug Administration",
        "TYMLOS (abaloparatide) and FORTEO (teriparatide) prescribing information: duration of use",
        "U.S. FDA labels, via openFDA (read 2026)", 2026,
        "https://api.fda.gov/drug/label.json?search=openfda.generic_name%3A%22Abaloparatide%22");

    /// <summary>EVENITY (romosozumab) SmPC 4.2: 210 mg once a month for 12 months; treatment started and supervised by
    /// specialists [P: the EU product information (Czech and Danish texts read)]. The US label's boxed warning (myocardial
    /// infarction, stroke, cardiovascular death; not to be started within a year of either) was read via openFDA [P].</summary>
    public static Citation EvenityLabel { get; } = new(
        "European Medicines Agency; U.S. Food and Drug Administration",
        "EVENITY (romosozumab) summary of product characteristics, section 4.2, and US prescribing information, boxed warning",
        "EU community register (2019) and openFDA (read 2026)", 2019,
        "https://ec.europa.eu/health/documents/community-register/2019/20191209146605/anx_146605_da.pdf");
}
