namespace BoneBalance.Core.Evidence;

/// <summary>
/// The trials and statements behind vitamin K2 in its place, calcium and the heart, and falls: each checked
/// with the search tool on 2026-12-07 (said per entry).
/// </summary>
public static partial class EvidenceSources
{
    /// <summary>334 healthy Norwegian women 1–5 years after the menopause, MK-7 360 µg a day (natto capsules) or placebo for
    /// 12 months: no difference in bone loss at the total hip or any other site; undercarboxylated osteocalcin fell
    /// [P abstract].</summary>
    // checked 2026-12-07: Springer article page (link.springer.com/article/10.1007/s00198-009-1126-4) - authors, title,
    // Osteoporos Int 21(10):1731-1740, abstract.
    public static Citation Emaus2010 { get; } = new(
        "Emaus N, Gjesdal CG, Almås B, Christensen M, Grimsgaard AS, Berntsen GKR, Salomonsen L, Fønnebø V",
        "Vitamin K2 supplementation does not influence bone loss in early menopausal women: a randomised double-blind placebo-controlled trial",
        "Osteoporos Int 21(10):1731-1740", 2010, "https://doi.org/10.1007/s00198-009-1126-4");

    /// <summary>148 postmenopausal women with osteopenia, MK-7 375 µg a day or placebo (all with calcium and vitamin D) for
    /// 12 months: no difference in bone density at any site; trabecular structure at the tibia was preserved [P abstract].</summary>
    // checked 2026-12-07: Aarhus University Pure record (abstract, authors) and a copy of the article's first page
    // (docslib) naming European Journal of Endocrinology, DOI 10.1530/EJE-16-0498. Volume and pages not read, so not given.
    public static Citation Ronn2016 { get; } = new(
        "Rønn SH, Harsløf T, Pedersen SB, Langdahl BL",
        "Vitamin K2 (menaquinone-7) prevents age-related deterioration of trabecular bone microarchitecture at the tibia in postmenopausal women",
        "Eur J Endocrinol (volume and pages not checked)", 2016, "https://doi.org/10.1530/EJE-16-0498");

    /// <summary>AVADEC: 365 men (mean age 71) with aortic valve calcification, MK-7 720 µg plus vitamin D 25 µg a day or
    /// placebo for 24 months: no difference in the progression of valve calcification (difference 17 AU, P = 0.64), nor of
    /// aortic or coronary calcification; dp-ucMGP fell [P abstract].</summary>
    // checked 2026-12-07: PubMed 35465686 abstract (mirror) - title, Circulation 145(18):1387-1397, DOI, results.
    public static Citation Diederichsen2022 { get; } = new(
        "Diederichsen ACP, et al.",
        "Vitamin K2 and D in Patients With Aortic Valve Calcification: A Randomized Double-Blinded Clinical Trial (AVADEC)",
        "Circulation 145(18):1387-1397", 2022, "https://doi.org/10.1161/CIRCULATIONAHA.121.057008");

    /// <summary>Cochrane review, 108 trials, 23,407 people aged 60 or over living in the community: exercise reduced the rate
    /// of falls by 23 % (rate ratio 0.77, 95 % CI 0.71–0.83; 59 studies; high-certainty evidence) [P abstract].</summary>
    // checked 2026-12-07: Cochrane Library abstract (CD012424.pub2) and the abridged review in Br J Sports Med.
    public static Citation Sherrington2019 { get; } = new(
        "Sherrington C, Fairhall NJ, Wallbank GK, Tiedemann A, Michaleff ZA, Howard K, Clemson L, Hopewell S, Lamb SE",
        "Exercise for preventing falls in older people living in the community",
        "Cochrane Database Syst Rev 2019, Issue 1, CD012424", 2019, "https://doi.org/10.1002/14651858.CD012424.pub2");

    /// <summary>Reanalysis of the WHI calcium/vitamin D trial and meta-analysis: calcium supplements with or without vitamin
    /// D modestly increased cardiovascular events, especially myocardial infarction (relative risk 1.24, 1.07–1.45)
    /// [P abstract].</summary>
    // checked 2026-12-07: BMJ article page (bmj.com/content/342/bmj.d2040) - authors, title, BMJ 2011;342:d2040, results.
    public static Citation Bolland2011 { get; } = new(
        "Bolland MJ, Grey A, Avenell A, Gamble GD, Reid IR",
        "Calcium supplements with or without vitamin D and risk of cardiovascular events: reanalysis of the Women's Health Initiative limited access dataset and meta-analysis",
        "BMJ 342:d2040", 2011, "https://doi.org/10.1136/bmj.d2040");

    /// <summary>NOF and the American Society for Preventive Cardiology: moderate-quality evidence (B) that calcium with or
    /// without vitamin D, from food or supplements, has no relationship (beneficial or harmful) to cardiovascular disease in
    /// generally healthy adults; intake up to the upper level (2,000–2,500 mg a day) is safe from a cardiovascular
    /// standpoint [P abstract].</summary>
    // checked 2026-12-07: PubMed 27776362 abstract - title, Ann Intern Med 165(12):867-868, DOI 10.7326/M16-1743; first author
    // Kopecky SL from the MDedge summary of the paper.
    public static Citation Kopecky2016 { get; } = new(
        "Kopecky SL, Bauer DC, Gulati M, et al.",
        "Lack of Evidence Linking Calcium With or Without Vitamin D Supplementation to Cardiovascular Disease in Generally Healthy Adults: A Clinical Guideline From the National Osteoporosis Foundation and the American Society for Preventive Cardiology",
        "Ann Intern Med 165(12):867-868", 2016, "https://doi.org/10.7326/M16-1743");

    /// <summary>USPSTF 2018: recommends against daily 400 IU or less of vitamin D with 1,000 mg or less of calcium for the
    /// primary prevention of fractures in community-dwelling postmenopausal women (grade D); evidence insufficient for higher
    /// doses and for men and premenopausal women (I) [P recommendation summary].</summary>
    // checked 2026-12-07: USPSTF final recommendation statement page (April 17, 2018) and the OHSU record of the JAMA paper
    // (Grossman DC, Curry SJ, Owens DK, et al.). JAMA 319(15):1592-1599 and the DOI are as commonly cited; not re-read here.
    public static Citation Grossman2018 { get; } = new(
        "US Preventive Services Task Force; Grossman DC, Curry SJ, Owens DK, et al.",
        "Vitamin D, Calcium, or Combined Supplementation for the Primary Prevention of Fractures in Community-Dwelling Adults: US Preventive Services Task Force Recommendation Statement",
        "JAMA 319(15):1592-1599", 2018, "https://doi.org/10.1001/jama.2018.3185");
}
