using BoneBalance.Core.Evidence;

namespace BoneBalance.Core.Guidance;

/// <summary>
/// The sources behind the supplement plan's doses and the lifestyle and next-step advice that are not already cited by
/// the safety rules, the reference intakes, the evidence base or the fracture-risk guidelines (those are reused). Each
/// says how it was read: [P] the original or its official page; [S] a third-party page quoting or summarising it.
/// </summary>
public static partial class GuidanceSources
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
    /// <summary>3,270 healthy ambulatory women, mean age 84 ± 6 years, in France: 1.2 g elemental calcium (tricalcium
    /// phosphate) and 20 µg (800 IU) vitamin D3 a day, or a double placebo, for 18 months: 43 % fewer hip fractures and
    /// 32 % fewer non-vertebral fractures; PTH fell 44 %, 25-OH vitamin D rose 162 % [P abstract]. The RACGP evidence
    /// statement (<see cref="RacgpResidentialCareEvidence"/>) counts it among the residential-care trials.</summary>
    // checked 2026-12-07: the NEJM abstract as reproduced on wbldb.lievers.net (PMID 1331788 record) and the Centre for
    // Policy on Ageing record (NEJM vol 327 no 23, 3 December 1992, pp 1637-1642; authors Chapuy MC, Arlot ME, Duboeuf F
    // first three). DOI from the NEJM numbering, not shown on the pages read.
    public static Citation Chapuy1992 { get; } = new(
        "Chapuy MC, Arlot ME, Duboeuf F, et al.",
        "Vitamin D3 and calcium to prevent hip fractures in elderly women",
        "N Engl J Med 327(23):1637-1642", 1992, "https://doi.org/10.1056/NEJM199212033272305");

    /// <summary>Cochrane review, third update: 53 trials, 91,791 participants; 31 trials of vitamin D with or without
    /// calcium in community, nursing-home or hospital populations, 12 of them with a mean or median age over 80. Vitamin D
    /// alone is unlikely to prevent fractures; vitamin D with calcium may prevent hip or any fracture [P abstract; the
    /// conclusion also as quoted by the RACGP evidence statement].</summary>
    // checked 2026-12-07: PubMed 24729336 abstract (mirror, mdsite.deno.dev) and the Cochrane Library record
    // CD000227.pub4 (zh-hans abstract page); the conclusion as quoted on racgp.org.au (management of osteoporosis in the elderly).
    public static Citation Avenell2014 { get; } = new(
        "Avenell A, et al.",
        "Vitamin D and vitamin D analogues for preventing fractures in post-menopausal women and older men",
        "Cochrane Database Syst Rev (4):CD000227", 2014, "https://doi.org/10.1002/14651858.CD000227.pub4");

    /// <summary>Meta-analysis of 33 randomised trials, 51,145 community-dwelling adults over 50: calcium, vitamin D or both
    /// were not associated with fewer hip fractures than placebo or no treatment (risk ratios 1.53, 1.21 and 1.09); the
    /// findings do not support routine use in community-dwelling older adults [P abstract].</summary>
    // checked 2026-12-07: JAMA article page (jamanetwork.com/journals/jama/article-abstract/2667071), key points and abstract.
    public static Citation Zhao2017 { get; } = new(
        "Zhao JG, Zeng XT, Wang J, Liu L",
        "Association between calcium or vitamin D supplementation and fracture incidence in community-dwelling older adults: a systematic review and meta-analysis",
        "JAMA 318(24):2466-2482", 2017, "https://doi.org/10.1001/jama.2017.19344");

    /// <summary>3,314 women aged 70 and over with a risk factor for hip fracture, in primary care (living at home): 1,000 mg
    /// calcium with 800 IU vitamin D3 a day did not lower clinical fractures (OR 1.01, 0.71–1.43) [P abstract].</summary>
    // checked 2026-12-07: bmj.com/content/330/7498/1003 full text (abstract).
    public static Citation Porthouse2005 { get; } = new(
        "Porthouse J, Cockayne S, King C, et al.",
        "Randomised controlled trial of calcium and supplementation with cholecalciferol (vitamin D3) for prevention of fractures in primary care",
        "BMJ 330(7498):1003", 2005, "https://doi.org/10.1136/bmj.330.7498.1003");

    /// <summary>Meta-analysis of double-blind trials of oral vitamin D in older individuals, defined as aged 65 or over:
    /// 12 trials for non-vertebral fractures (n = 42,279), 8 for hip fractures (n = 40,886) [P abstract].</summary>
    // checked 2026-12-07: jamanetwork.com/journals/jamainternalmedicine/fullarticle/414883 (abstract). Volume and pages
    // from the journal's numbering, not shown on the page read.
    public static Citation BischoffFerrari2009 { get; } = new(
        "Bischoff-Ferrari HA, Willett WC, Wong JB, et al.",
        "Prevention of nonvertebral fractures with oral vitamin D and dose dependency: a meta-analysis of randomized controlled trials",
        "Arch Intern Med 169(6):551-561", 2009, "https://doi.org/10.1001/archinternmed.2008.600");

    /// <summary>GRADE guidelines 8, indirectness: evidence is indirect when the patients, the intervention or the outcomes
    /// differ from those of interest (or in indirect comparisons); patients and interventions are judged by whether
    /// biological or social factors differ enough to expect a substantially different effect; indirect evidence is rated
    /// down one or two levels [P abstract].</summary>
    // checked 2026-12-07: the abstract on researchportal.plymouth.ac.uk and researchonline.lshtm.ac.uk (authors, J Clin
    // Epidemiol 64(12):1303-1310, 2011) and the DOI on the Elsevier record.
    public static Citation Guyatt2011Indirectness { get; } = new(
        "Guyatt GH, Oxman AD, Kunz R, Woodcock J, Brozek J, Helfand M, et al.",
        "GRADE guidelines: 8. Rating the quality of evidence - indirectness",
        "J Clin Epidemiol 64(12):1303-1310", 2011, "https://doi.org/10.1016/j.jclinepi.2011.04.014");
}
