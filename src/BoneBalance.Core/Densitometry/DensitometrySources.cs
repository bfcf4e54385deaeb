using BoneBalance.Core.Evidence;

namespace BoneBalance.Core.Densitometry;

/// <summary>
/// The publications behind the densitometry rules. Reading levels follow
/// <c>data/sources/reference/densitometry_rules.md</c>: [P] read in the primary or official text (or its official
/// abstract), [S] read only in third-party material citing it.
/// </summary>
public static class DensitometrySources
{
    /// <summary>NHANES III proximal-femur reference data (young-adult means and SDs) [S: values read in public
    /// analysis code citing this paper, not in the paper itself].</summary>
    public static Citation Looker1998 { get; } = new(
        "Looker AC, Wahner HW, Dunn WL, et al.",
        "Updated data on proximal femur bone mineral levels of US adults",
        "Osteoporos Int 8:468-489",
        1998,
        "https://pubmed.ncbi.nlm.nih.gov/9850356/");

    /// <summary>ISCD adult positions: uniform White-female reference for T-scores of women and men of all ethnic
    /// groups; NHANES III for the hip; spine from the manufacturer's database; lowest-site rule [P for reference
    /// databases; S for the detailed site rules].</summary>
    public static Citation IscdAdultPositions2023 { get; } = new(
        "International Society for Clinical Densitometry",
        "Adult Official Positions of the ISCD (updated 2019 and 2023)",
        "iscd.org",
        2023,
        "https://iscd.org/official-positions-2023/");

    /// <summary>ISCD 2005 positions: Z-scores and "below/within the expected range for age" for premenopausal women
    /// and men under 50 [P, abstract].</summary>
    public static Citation Iscd2005Positions { get; } = new(
        "International Society for Clinical Densitometry",
        "Official positions of the ISCD, 2005 position development conference (WHO classification in other populations)",
        "J Clin Densitom 9:22-30",
        2006);

    /// <summary>WHO densitometric categories [S: restated by BMJ Best Practice, RACGP, 4bonehealth.org].</summary>
    public static Citation Who1994 { get; } = new(
        "WHO Study Group",
        "Assessment of fracture risk and its application to screening for postmenopausal osteoporosis",
        "WHO Technical Report Series 843",
        1994);

    /// <summary>ISCD precision assessment: RMS-SD precision error and LSC = 2.77 × precision error [P, iscd.org
    /// precision-calculator glossary and FAQ].</summary>
    public static Citation IscdPrecision { get; } = new(
        "International Society for Clinical Densitometry",
        "Precision calculator: glossary and FAQ (precision error as RMS-SD, least significant change)",
        "iscd.org",
        2023,
        "https://iscd.org/learn/resources/calculators/");

    /// <summary>Cross-calibration of Hologic and GE Lunar scanners: standard errors of 4–7 % are too large for
    /// comparing an individual across scanners [P abstract; S for the SEE remark].</summary>
    public static Citation Fan2010 { get; } = new(
        "Fan B, Lu Y, Genant H, Fuerst T, Shepherd J",
        "Does standardized BMD still remove differences between Hologic and GE-Lunar state-of-the-art DXA systems?",
        "Osteoporos Int 21:1227",
        2010);
}
