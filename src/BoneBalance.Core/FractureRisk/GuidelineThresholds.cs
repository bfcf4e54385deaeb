using BoneBalance.Core.Evidence;

namespace BoneBalance.Core.FractureRisk;

/// <summary>
/// Every number the treatment-threshold rules compare against, each next to its source, with the reading level
/// of data/sources/reference/treatment_thresholds.md ([P] primary/official text or abstract, [S] third-party restatement).
/// </summary>
public static class GuidelineThresholds
{
    /// <summary>Bone Health &amp; Osteoporosis Foundation Clinician's Guide 2022 (§1 of the notes). Abstract [P]; the
    /// treatment criteria below were read only in restatements of the BHOF/NOF rule [S].</summary>
    public static class Bhof
    {
        /// <summary>The guideline: LeBoff MS et al., Osteoporos Int 2022;33:2049–2102 (PMC9546973; authors and DOI
        /// checked on the PMC page).</summary>
        public static Citation Citation { get; } = new(
            "LeBoff MS, Greenspan SL, Insogna KL, Lewiecki EM, Saag KG, Singer AJ, Siris ES",
            "The clinician's guide to prevention and treatment of osteoporosis",
            "Osteoporos Int 33:2049-2102",
            2022,
            "https://doi.org/10.1007/s00198-021-05900-y");

        /// <summary>Youngest age of men covered (years) [S].</summary>
        public const int MinimumAgeMen = 50;

        /// <summary>Treat at T ≤ −2.5 at femoral neck, total hip or lumbar spine [S].</summary>
        public const double OsteoporosisTScore = -2.5;

        /// <summary>Low bone mass is −1.0 &gt; T &gt; −2.5 [S].</summary>
        public const double LowBoneMassUpperTScore = -1.0;

        /// <summary>With low bone mass, treat when US-adapted FRAX hip probability ≥ 3 % [S].</summary>
        public const double FraxHipPercent = 3.0;

        /// <summary>With low bone mass, treat when US-adapted FRAX major osteoporotic probability ≥ 20 % [S].</summary>
        public const double FraxMajorOsteoporoticPercent = 20.0;
    }

    /// <summary>National Osteoporosis Guideline Group (UK) 2022, updated 2024 (§3 of the notes).</summary>
    public static class Nogg
    {
        /// <summary>The guideline (nogg.org.uk; Section 4 read [P]; glucocorticoid section read in public notes
        /// copying Section 7 [S]).</summary>
        public static Citation Citation { get; } = new(
            "National Osteoporosis Guideline Group (NOGG)",
            "Clinical guideline for the prevention and treatment of osteoporosis (2022, updated 2024)",
            "nogg.org.uk",
            2022,
            "https://www.nogg.org.uk/full-guideline");

        /// <summary>Youngest age of men covered (years).</summary>
        public const int MinimumAgeMen = 50;

        /// <summary>Glucocorticoids: women of this age or older → bone protection without waiting for DXA [S].</summary>
        public const int GlucocorticoidWomenAge = 70;

        /// <summary>Glucocorticoids: ≥ 7.5 mg/day prednisolone … [S].</summary>
        public const double GlucocorticoidHighDoseMilligramsPerDay = 7.5;

        /// <summary>… for ≥ 3 months, in postmenopausal women and men ≥ 50 [S].</summary>
        public const double GlucocorticoidHighDoseMonths = 3;
    }

    /// <summary>American College of Rheumatology 2022 glucocorticoid-induced osteoporosis guideline (§6 of the notes).
    /// Scope from the abstract [P]; the risk-category table from the BMJ Best Practice reproduction and an ACR
    /// summary [S].</summary>
    public static class Acr
    {
        /// <summary>The guideline (Humphrey MB et al., 2022 ACR guideline; abstract read).</summary>
        public static Citation Citation { get; } = new(
            "Humphrey MB, et al.",
            "2022 American College of Rheumatology Guideline for the Prevention and Treatment of Glucocorticoid-Induced Osteoporosis",
            "American College of Rheumatology (abstract read; risk-category table read in the BMJ Best Practice reproduction)",
            2022);

        /// <summary>Applies to glucocorticoids ≥ 2.5 mg/day … [P].</summary>
        public const double MinimumDailyDose = 2.5;

        /// <summary>… for more than 3 months [P].</summary>
        public const double MinimumMonthsExclusive = 3;

        /// <summary>The age that separates the two risk tables (years) [S].</summary>
        public const int AdultTableAge = 40;

        /// <summary>Very high: T ≤ −3.5 (≥ 40 y) [S].</summary>
        public const double VeryHighTScore = -3.5;

        /// <summary>High: −3.5 &lt; T ≤ −2.5 (≥ 40 y) [S].</summary>
        public const double HighTScore = -2.5;

        /// <summary>Moderate: T −1.0 to −2.4 (≥ 40 y); low: T &gt; −1.0 [S].</summary>
        public const double ModerateTScore = -1.0;

        /// <summary>Very high: GC-adjusted FRAX MOF ≥ 30 % [S].</summary>
        public const double VeryHighFraxMajorOsteoporoticPercent = 30;

        /// <summary>Very high: GC-adjusted FRAX hip ≥ 4.5 % [S].</summary>
        public const double VeryHighFraxHipPercent = 4.5;

        /// <summary>High: MOF 20 to &lt; 30 % [S].</summary>
        public const double HighFraxMajorOsteoporoticPercent = 20;

        /// <summary>High: hip 3 to &lt; 4.5 % [S].</summary>
        public const double HighFraxHipPercent = 3;

        /// <summary>Moderate: MOF 10 to &lt; 20 % [S].</summary>
        public const double ModerateFraxMajorOsteoporoticPercent = 10;

        /// <summary>Moderate: hip &gt; 1 to &lt; 3 %; low: hip &lt; 1 % in one source, ≤ 1 % in another — a hip probability of
        /// exactly 1 % is therefore treated as low (it is not "&gt; 1") [S].</summary>
        public const double ModerateFraxHipPercentExclusive = 1;

        /// <summary>Very high: prednisone ≥ 30 mg/day … [S].</summary>
        public const double VeryHighDailyDose = 30;

        /// <summary>… for more than 30 days [S].</summary>
        public const double VeryHighDoseDaysExclusive = 30;

        /// <summary>Very high: cumulative ≥ 5 g in a year [S].</summary>
        public const double VeryHighCumulativeGramsPerYear = 5;

        /// <summary>Under 40, moderate: continuing ≥ 7.5 mg/day … [S].</summary>
        public const double YoungModerateDailyDose = 7.5;

        /// <summary>… for ≥ 6 months … [S].</summary>
        public const double YoungModerateMonths = 6;

        /// <summary>… and Z &lt; −3 (or BMD loss greater than the LSC) [S].</summary>
        public const double YoungModerateZScoreExclusive = -3;
    }

    /// <summary>Why a QFracture risk never stands in for a FRAX probability: FRAX outputs probability (competing
    /// mortality), QFracture and Garvan incidence [P, abstract].</summary>
    public static Citation Kanis2017 { get; } = new(
        "Kanis JA, Harvey NC, Johansson H, Odén A, McCloskey EV, Leslie WD",
        "Overview of fracture prediction tools",
        "J Clin Densitom 20(3):444-450",
        2017,
        "https://doi.org/10.1016/j.jocd.2017.06.013");

    /// <summary>Glucocorticoid dose adjustment of FRAX (referred to, not applied) [P, abstract].</summary>
    public static Citation Kanis2011 { get; } = new(
        "Kanis JA, Johansson H, Oden A, McCloskey EV",
        "Guidance for the adjustment of FRAX according to the dose of glucocorticoids",
        "Osteoporos Int 22(3):809-816",
        2011,
        "https://doi.org/10.1007/s00198-010-1524-7");
}
