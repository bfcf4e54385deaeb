using BoneBalance.Core.Evidence;

namespace BoneBalance.Core.FractureRisk;

/// <summary>
/// The publications behind the screening tools and the USPSTF advice, with what was checked in each
/// (look-ups made on 2026-11-25 with the project's search tool; the addresses are the pages read).
/// </summary>
public static class ScreeningSources
{
    /// <summary>
    /// Koh LK et al. 2001 — the OSTA derivation (Asian women). Formula 0.2 × (weight − age) read only in secondary
    /// sources (UW osteoed, QxMD, fpnotebook); the paper's own abstract was not found.
    /// </summary>
    public static Citation KohOsta2001 { get; } = new(
        "Koh LK, Sedrine WB, Torralba TP, et al.",
        "The Osteoporosis Self-Assessment Tool for Asians (OSTA) derivation paper (title not checked)",
        "Osteoporos Int 12:699",
        2001);

    /// <summary>
    /// Geusens P et al. 2002 — OST in US/Dutch postmenopausal women aged ≥ 45. PubMed abstract read
    /// (ncbi.nlm.nih.gov/pubmed/12108600): population and "one risk index was calculated from age and weight";
    /// the abstract gives neither the formula nor the cut-offs.
    /// </summary>
    public static Citation GeusensOst2002 { get; } = new(
        "Geusens P, Hochberg MC, van der Voort DJ, et al.",
        "Performance of risk indices for identifying low bone density in postmenopausal women",
        "Mayo Clin Proc 77(7):629-637",
        2002,
        "https://pubmed.ncbi.nlm.nih.gov/12108600/");

    /// <summary>
    /// Adler RA et al. 2003 — OST in men. PubMed abstract read (via bjgp.org external-ref, PMID 12934782):
    /// risk "low, 4 or greater; moderate, −1 to 3; high, −2 or less"; index range −5 to 19; cut-off 3 gave
    /// sensitivity 93 %, specificity 66 % for T ≤ −2.5. Verified-primary.
    /// </summary>
    public static Citation AdlerOstMen2003 { get; } = new(
        "Adler RA, et al.",
        "Performance of the Osteoporosis Self-assessment Screening Tool for osteoporosis in American men",
        "Mayo Clin Proc 78(6):723-727",
        2003,
        "https://doi.org/10.4065/78.6.723");

    /// <summary>
    /// Cadarette SM et al. 2000 — ORAI. Abstract read (PMC1232411; cmaj.ca full text): women aged ≥ 45; age, weight
    /// and current estrogen use; outcome T ≤ −2 at femoral neck or L1–L4; sensitivity 93.3 %. The point table
    /// (age 45–54: 0, 55–64: 5, 65–74: 9, ≥ 75: 15; weight &lt; 60 kg: 9, 60–69: 3, ≥ 70: 0; not on estrogen: 2;
    /// DXA at ≥ 9) was read only in secondary sources (UW osteoed tools page, openEHR CKM ORAI archetype).
    /// </summary>
    public static Citation CadaretteOrai2000 { get; } = new(
        "Cadarette SM, Jaglal SB, Kreiger N, McIsaac WJ, Darlington GA, Tu JV",
        "Development and validation of the Osteoporosis Risk Assessment Instrument to facilitate selection of women for bone densitometry",
        "CMAJ 162(9):1289-1294",
        2000,
        "https://pmc.ncbi.nlm.nih.gov/articles/PMC1232411/");

    /// <summary>
    /// Lydick E et al. 1998 — SCORE. The original abstract was not found. Items and weights (5 if not Black, 4 for RA,
    /// 4 per low-trauma fracture after 45 of wrist/forearm, hip or rib up to 12, 3 × first digit of age, 1 if estrogen
    /// never used, − weight in lb / 10; DXA at ≥ 6) were read in fpnotebook and Skyscape (secondary); the fracture
    /// sites also in the EBSCO SCORE questionnaire. The variables (race, weight, age, estrogen use, fracture history,
    /// RA) and the 6-point threshold are confirmed by the abstract of a validation study: J Clin Densitom
    /// 2003;6(3):231-236 (PubMed 14514992). Medscape/MDCalc's variant (3 × age/10 continuous, spine/hip/wrist, bands
    /// 0–6/7–15/≥ 16) differs and is not used.
    /// </summary>
    public static Citation LydickScore1998 { get; } = new(
        "Lydick E, Cook K, Turpin J, et al.",
        "Development and validation of a simple questionnaire to facilitate identification of women likely to have low bone density",
        "Am J Manag Care 4(1):37-48",
        1998);

    /// <summary>
    /// Ben Sedrine W et al. 2002 — OSIRIS. Abstract read (paperexplained.cn copy of the abstract): four variables
    /// (age, body weight, current HRT use, previous low-impact fracture); categories low &gt; +1, intermediate
    /// −3 to +1, high &lt; −3. The weights (0.2 × kg − 0.2 × age + 2 HRT − 2 fracture) are secondary
    /// (data/reference §7: one public code file).
    /// </summary>
    public static Citation SedrineOsiris2002 { get; } = new(
        "Ben Sedrine W, et al.",
        "Development and assessment of the Osteoporosis Index of Risk (OSIRIS) to facilitate selection of women for bone densitometry",
        "Gynecol Endocrinol 16:245-250",
        2002);

    /// <summary>
    /// Pecina JL et al. 2016 (JABFM) — abstract read (jabfm.org citation record) and its Table 1 ("suggested threshold
    /// for bone density screening"): FRAX ≥ 9.3 %, SCORE ≥ 6, OST &lt; 2, ORAI ≥ 9, in women aged 50–64. These are
    /// the cut-offs BoneBalance uses for the USPSTF "increased risk" step; they are secondary with respect to the
    /// tools' original papers. OST &lt; 2 is also the conventional strategy in Crandall CJ et al., J Bone Miner Res
    /// 2014;29(7):1661-1666 (abstract read).
    /// </summary>
    public static Citation PecinaJabfm2016 { get; } = new(
        "Pecina JL, Romanovsky L, Merry SP, Kennel KA, Thacher TD",
        "Comparison of Clinical Risk Tools for Predicting Osteoporosis in Women Ages 50-64",
        "J Am Board Fam Med 29(2):233-239",
        2016,
        "https://doi.org/10.3122/jabfm.2016.02.150237");

    /// <summary>
    /// USPSTF final recommendation, January 14 2025 (official page read): women ≥ 65 — screen (B); postmenopausal
    /// women &lt; 65 with ≥ 1 risk factor at increased risk as estimated by clinical risk assessment — screen (B);
    /// men — insufficient evidence (I). Population: adults ≥ 40 without known osteoporosis or fragility fracture
    /// (JAMA abstract).
    /// </summary>
    public static Citation Uspstf2025 { get; } = new(
        "US Preventive Services Task Force; Nicholson WK, Silverstein M, Wong JB, et al.",
        "Screening for Osteoporosis to Prevent Fractures: US Preventive Services Task Force Recommendation Statement",
        "JAMA (published online January 14, 2025); final recommendation statement at uspreventiveservicestaskforce.org",
        2025,
        "https://uspreventiveservicestaskforce.org/page/document/updatesummaryfinal/osteoporosis-screening");

    /// <summary>
    /// ISCD Official Positions on DXA indications. Abstract of Malabanan AO et al., J Clin Densitom 2013;16(4):467-471
    /// read (clinicaldensitometry.com): DXA for women ≥ 65 and men ≥ 70; postmenopausal women &lt; 65 and men 50–69
    /// only with clinical risk factors such as low body weight, prior fracture, high-risk medication use, or a disease
    /// or condition associated with bone loss. Carried forward in the 2019/2023 positions (data/reference §5 [P]).
    /// </summary>
    public static Citation IscdDxaIndications2013 { get; } = new(
        "Malabanan AO, Rosen HN, Vokes TJ, Deal CL, Alele JD, Olenginski TP, Schousboe JT",
        "Indications of DXA in women younger than 65 yr and men younger than 70 yr: the 2013 Official Positions",
        "J Clin Densitom 16(4):467-471",
        2013,
        "https://doi.org/10.1016/j.jocd.2013.08.002");

    /// <summary>
    /// Kendler DL et al., 2019 ISCD Official Position on repeating BMD measurement when monitoring with DXA. PubMed
    /// abstract read (pubmed.ncbi.nlm.nih.gov/31378452, 2026-12-07): repeat BMD can identify people who lose bone; when
    /// follow-up scans are repeated depends on the least significant change (the scanner's precision) [P abstract].
    /// </summary>
    public static Citation IscdRepeatBmd2019 { get; } = new(
        "Kendler DL, et al.",
        "Repeating Measurement of Bone Mineral Density when Monitoring with Dual-energy X-ray Absorptiometry: 2019 ISCD Official Position",
        "J Clin Densitom 22(4):489-500",
        2019,
        "https://doi.org/10.1016/j.jocd.2019.07.010");

    /// <summary>
    /// Gourlay ML et al. 2012 (NEJM; PMC3285114 abstract read 2026-12-07): in 4,957 women aged 67 or over without
    /// osteoporosis, the time for 10 % to develop osteoporosis was 16.8 years with normal BMD, 17.3 with mild, 4.7 with
    /// moderate and 1.1 with advanced osteopenia [P abstract]: the reason a normal scan is repeated much later.
    /// </summary>
    public static Citation GourlayInterval2012 { get; } = new(
        "Gourlay ML, Fine JP, Preisser JS, May RC, Li C, Lui LY, Ransohoff DF, Cauley JA, Ensrud KE",
        "Bone-Density Testing Interval and Transition to Osteoporosis in Older Women",
        "N Engl J Med 366(3):225-233",
        2012,
        "https://doi.org/10.1056/NEJMoa1107142");
}
