using BoneBalance.Core.Evidence;

namespace BoneBalance.Core.Guidance;

/// <summary>
/// The sources behind the supplement plan's doses and the lifestyle and next-step advice that are not already cited by
/// the safety rules, the reference intakes, the evidence base or the fracture-risk guidelines (those are reused). Each
/// says how it was read: [P] the original or its official page; [S] a third-party page quoting or summarising it.
/// </summary>
public static class GuidanceSources
{
    /// <summary>NOGG 2022, the journal version: postmenopausal women and men ≥ 50; recommendations graded by evidence
    /// [P abstract].</summary>
    // checked 2026-11-25: ORA Oxford record (ora.ox.ac.uk) - Archives of Osteoporosis volume 17, issue 1, article 58, published
    // 2022-04-05, DOI 10.1007/s11657-022-01061-5; the 20 authors from the Crossref record on ouci.dntb.gov.ua; the NOGG
    // reference list (nogg.org.uk/full-guideline/references, ref. 4) cites it as Arch Osteoporos 2022;17(1):58.
    public static Citation Gregson2022 { get; } = new(
        "Gregson CL, Armstrong DJ, Bowden J, Cooper C, Edwards J, Gittoes NJL, Harvey N, Kanis J, Leyland S, Low R, McCloskey E, Moss K, Parker J, Paskins Z, Poole K, Reid DM, Stone M, Thomson J, Vine N, Compston J",
        "UK clinical guideline for the prevention and treatment of osteoporosis",
        "Arch Osteoporos 17(1):58", 2022, "https://doi.org/10.1007/s11657-022-01061-5");

    /// <summary>NOGG Section 5, non-pharmacological management, strong recommendations for postmenopausal women and men
    /// ≥ 50 with osteoporosis or at risk of fragility fracture: a nutrient-rich balanced diet; calcium at least 700 mg a day,
    /// preferably from food; regular weight-bearing and muscle-strengthening exercise tailored to the person; advice to
    /// stop smoking; alcohol restricted to ≤ 2 units a day; a falls assessment for everyone with osteoporosis and fragility
    /// fractures, with balance or combined exercise programmes for those at risk [P].</summary>
    // checked 2026-11-25: nogg.org.uk/full-guideline/section-5-non-pharmacological-management-osteoporosis, the
    // "Recommendations" list, read with the research tools.
    public static Citation NoggNonPharmacological { get; } = new(
        "National Osteoporosis Guideline Group (NOGG)",
        "Clinical guideline for the prevention and treatment of osteoporosis, Section 5: Non-pharmacological management of osteoporosis",
        "nogg.org.uk (read 2026)", 2022,
        "https://www.nogg.org.uk/full-guideline/section-5-non-pharmacological-management-osteoporosis");

    /// <summary>IOM 2011 serum 25-OH vitamin D ranges, tabulated by the AHRQ evidence review for the USPSTF: &lt; 30 nmol/L
    /// (&lt; 12 ng/mL) at risk of deficiency; 30–50 nmol/L (12–20 ng/mL) some, not all, at risk; ≥ 50 nmol/L (20 ng/mL)
    /// sufficient for practically all; above 125 nmol/L (50 ng/mL) may be cause for concern [S, quoting IOM 2011; the 12–20,
    /// ≥ 20 and &gt; 50 ng/mL statements also read in the IOM report itself, p. 14, P].</summary>
    // checked 2026-11-25: NCBI Bookshelf NBK525404, Appendix A Table 1 "Serum Vitamin D Level Reference Ranges" (as described
    // in IOM 2011); IOM report page 14 on books.nap.edu (record 13050): "inadequacy at serum 25OHD levels between 30 and
    // 50 nmol/L (12 and 20 ng/mL). Practically all persons are sufficient at ... at least 50 nmol/L (20 ng/mL) ... There may be
    // reason for concern at serum 25OHD levels above 125 nmol/L (50 ng/mL)."
    public static Citation Kahwati2018 { get; } = new(
        "Kahwati LC, Weber RP, Pan H, et al.",
        "Vitamin D, Calcium, or Combined Supplementation for the Primary Prevention of Fractures in Community-Dwelling Adults: An Evidence Review for the U.S. Preventive Services Task Force, Appendix A Table 1: Serum Vitamin D Level Reference Ranges",
        "Agency for Healthcare Research and Quality, Evidence Synthesis No. 160, NCBI Bookshelf NBK525404", 2018,
        "https://www.ncbi.nlm.nih.gov/books/NBK525404/");

    /// <summary>Calcium carbonate needs stomach acid and is taken with food; calcium citrate does not and can be taken
    /// without food, and is the choice with a prescription acid suppressant; no more than 500–600 mg at one time
    /// [S: a university patient-education page].</summary>
    // checked 2026-11-25: uab.edu/shp/toneyourbones ... /calcium-supplement-tips (University of Alabama at Birmingham School
    // of Health Professions, "Tone Your Bones"), read with the research tools. Pharmacist pages read at the same time say the
    // same for proton-pump inhibitors and H2 blockers (omeprazole, esomeprazole, lansoprazole, pantoprazole, famotidine).
    public static Citation UabCalciumSupplementTips { get; } = new(
        "University of Alabama at Birmingham, School of Health Professions",
        "Tone Your Bones: calcium supplement tips",
        "uab.edu (read 2026)", 2026,
        "https://uab.edu/shp/toneyourbones/step-4-nutrition-and-supplements/why-calcium-is-important/calcium-supplement-tips");

    /// <summary>Aim for a healthy weight, a body mass index of 20–25 kg/m², as advice for bone health [S: the National
    /// Osteoporosis Society's (now Royal Osteoporosis Society) page for GPs].</summary>
    // checked 2026-11-25: nos.org.uk/health-professionals/orpc-initiation, "What advice should GPs give patients about
    // nutrition and exercise?", read with the research tools.
    public static Citation NosHealthyWeight { get; } = new(
        "National Osteoporosis Society (now Royal Osteoporosis Society)",
        "What advice should GPs give patients about nutrition and exercise? (healthy weight: body mass index 20–25 kg/m²)",
        "nos.org.uk (read 2026)", 2026,
        "https://www.nos.org.uk/health-professionals/orpc-initiation");

    /// <summary>Systematic review of six clinical practice guidelines (AGREE II ≥ 60): non-pharmacological recommendations
    /// centre on calcium, vitamin D and exercise, and include maintaining adequate protein intake, identifying and treating
    /// fall risk factors, and limiting coffee, alcohol and tobacco [P abstract].</summary>
    // checked 2026-11-25: PMC6838743 abstract page; authors, Osteoporos Sarcopenia 2019, issue 3, pp. 69-77, DOI
    // 10.1016/j.afos.2019.09.005 from the Crossref record on ouci.dntb.gov.ua and the Universidad Veracruzana catalogue record
    // (PMID 31728423). The volume number was not shown on the pages read, so none is given.
    public static Citation CoronadoZarco2019 { get; } = new(
        "Coronado-Zarco R, Olascoaga-Gómez de León A, García-Lara A, Quinzaños-Fresnedo J, Nava-Bringas TI, Macías-Hernández SI",
        "Nonpharmacological interventions for osteoporosis treatment: systematic review of clinical practice guidelines",
        "Osteoporos Sarcopenia, issue 3, pp. 69-77", 2019, "https://doi.org/10.1016/j.afos.2019.09.005");

    /// <summary>RACGP osteoporosis guideline, Recommendation 12 (the guideline's grade B): for frail and institutionalised
    /// older people, calcium and vitamin D supplementation, with adequate protein, are recommended for fracture prevention;
    /// optimising calcium and vitamin D should be the standard of care for this group. Recommendation 11, for generally
    /// healthy older people: the absolute benefit of the supplements for fracture is low (grade C) [P].</summary>
    // checked 2026-12-07: racgp.org.au ... /osteoporosis/summary-of-recommendations, section 2.1 "Calcium, protein, and
    // vitamin D". The edition year is not shown on the page read; 2024 is the year of the edition that page belongs to as
    // far as known, not confirmed.
    public static Citation RacgpInstitutionalised { get; } = new(
        "Royal Australian College of General Practitioners (RACGP) and Healthy Bones Australia",
        "Osteoporosis prevention, diagnosis and management in postmenopausal women and men over 50 years of age: summary of recommendations, Recommendation 12 (frail and institutionalised older people)",
        "racgp.org.au (read 2026)", 2024,
        "https://www.racgp.org.au/clinical-resources/clinical-guidelines/key-racgp-guidelines/view-all-racgp-guidelines/osteoporosis/summary-of-recommendations");

    /// <summary>RACGP evidence statement on older and frailer people: in residential-care populations vitamin D reduced
    /// non-vertebral fractures significantly only when combined with calcium (Chapuy: 28 % fewer at three years; hip
    /// fractures fewer, P &lt; 0.02; Decalyos II P = 0.07), while trials of vitamin D alone there (Lips, Lyons) showed no
    /// significant effect [P].</summary>
    // checked 2026-12-07: racgp.org.au ... /osteoporosis/recommendations/special-issues/management-of-osteoporosis-in-the-elderly/introduction,
    // "Evidence statement".
    public static Citation RacgpResidentialCareEvidence { get; } = new(
        "Royal Australian College of General Practitioners (RACGP) and Healthy Bones Australia",
        "Osteoporosis prevention, diagnosis and management in postmenopausal women and men over 50 years of age: management of osteoporosis in the elderly, evidence statement",
        "racgp.org.au (read 2026)", 2024,
        "https://www.racgp.org.au/clinical-resources/clinical-guidelines/key-racgp-guidelines/view-all-racgp-guidelines/osteoporosis/recommendations/special-issues/management-of-osteoporosis-in-the-elderly/introduction");
}
