using BoneBalance.Core.Evidence;

namespace BoneBalance.Core.Guidance;

/// <summary>
/// The guidelines behind vitamin D and calcium that fit the situation (age, care home, glucocorticoids, level), each checked with the search tool on
/// 2026-12-07 (said per entry).
/// </summary>
public static partial class GuidanceSources
{
    /// <summary>BHOF 2022 Clinician's Guide: vitamin D 800–1,000 IU (20–25 µg) a day for adults aged 50 and over [S: the
    /// range as quoted by secondary pages (NOF/BHOF recommendation for adults over 50); the guide's own page was not
    /// re-read].</summary>
    // checked 2026-12-07: citation as in FractureRisk.GuidelineThresholds.Bhof (PMC9546973); the 800-1,000 IU from 50 was
    // found only on secondary pages quoting NOF/BHOF.
    public static Citation LeBoff2022VitaminD { get; } = new(
        "LeBoff MS, Greenspan SL, Insogna KL, Lewiecki EM, Saag KG, Singer AJ, Siris ES",
        "The clinician's guide to prevention and treatment of osteoporosis (vitamin D 800–1,000 IU a day from age 50)",
        "Osteoporos Int 33:2049-2102", 2022, "https://doi.org/10.1007/s00198-021-05900-y");

    /// <summary>Endocrine Society 2024: suggests empiric vitamin D for adults aged 75 or over, in pregnancy and in high-risk
    /// prediabetes; the recommendations do not replace the DRIs and do not apply to people with established indications for
    /// vitamin D treatment or 25-OH vitamin D testing (such as malabsorption) [P abstract].</summary>
    // checked 2026-12-07: PubMed 38828931 abstract (mirror), endocrine.org guideline page, library record
    // (J Clin Endocrinol Metab 109(8):1907-1947, DOI 10.1210/clinem/dgae290).
    public static Citation Demay2024 { get; } = new(
        "Demay MB, Pittas AG, Bikle DD, Diab DL, Kiely ME, Lazaretti-Castro M, Lips P, Mitchell DM, Murad MH, Powers S, Rao SD, Scragg R, Tayek JA, Valent AM, Walsh JME, McCartney CR",
        "Vitamin D for the Prevention of Disease: An Endocrine Society Clinical Practice Guideline",
        "J Clin Endocrinol Metab 109(8):1907-1947", 2024, "https://doi.org/10.1210/clinem/dgae290");

    /// <summary>ACR 2017 glucocorticoid-induced osteoporosis guideline: for adults on glucocorticoids ≥ 2.5 mg/day for 3 months
    /// or more, optimise calcium (1,000–1,200 mg a day) and vitamin D (600–800 IU a day) with lifestyle measures; calcium and
    /// vitamin D alone at low fracture risk [S: the abstract (read) says "treating only with calcium and vitamin D in adults
    /// at low fracture risk"; the 1,000–1,200 mg and 600–800 IU ranges are those widely quoted from its text, not read in
    /// the original]. The 2022 update keeps "adequate age-appropriate dietary and supplemental intake of calcium and
    /// vitamin D" for all patients receiving glucocorticoids [S: guideline key points].</summary>
    // checked 2026-12-07: University of Minnesota experts record and arthros.org summary - authors, title, Arthritis Care Res
    // (Hoboken) 69(8):1095-1110, DOI 10.1002/acr.23279; the numeric ranges NOT confirmed in the text read.
    public static Citation Buckley2017 { get; } = new(
        "Buckley L, Guyatt G, Fink HA, Cannon M, Grossman J, Hansen KE, et al.",
        "2017 American College of Rheumatology Guideline for the Prevention and Treatment of Glucocorticoid-Induced Osteoporosis",
        "Arthritis Care Res (Hoboken) 69(8):1095-1110", 2017, "https://doi.org/10.1002/acr.23279");
}
