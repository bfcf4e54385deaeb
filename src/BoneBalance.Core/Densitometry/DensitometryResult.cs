using BoneBalance.Core.Evidence;

namespace BoneBalance.Core.Densitometry;

/// <summary>Which score classifies the person (ISCD 2005 positions [P]; <see cref="People.PersonProfile.UsesTScores"/>).</summary>
public enum ClassificationBasis
{
    /// <summary>T-scores and the WHO categories: postmenopausal (or perimenopausal) women and men aged 50 or over.</summary>
    TScore,

    /// <summary>Z-scores and "below/within the expected range for age": premenopausal women and men under 50.</summary>
    ZScore,
}

/// <summary>
/// The interpretation of one DXA examination.
/// </summary>
/// <param name="Basis">Whether T-scores (WHO) or Z-scores (ISCD expected range) classify this person.</param>
/// <param name="Sites">Every site given, in <see cref="SkeletalSite"/> order.</param>
/// <param name="DiagnosticSite">The site whose score classifies the person (the lowest), or null when no usable
/// score was given.</param>
/// <param name="WhoCategory">The WHO category (T-score basis only), or null.</param>
/// <param name="ZScoreCategory">The ISCD Z-score category (Z-score basis only), or null.</param>
/// <param name="LowestCentralTScore">The lowest available T-score of lumbar spine, total hip and femoral neck (the sites
/// guidelines such as BHOF name), whatever the basis; null when none is available.</param>
/// <param name="LowestZScore">The lowest reported Z-score of the diagnostic sites, or null.</param>
/// <param name="Summary">One sentence for a person.</param>
/// <param name="Notes">Rules applied and caveats, in plain words.</param>
/// <param name="Citations">The sources of the rules and references used.</param>
public sealed record DensitometryResult(
    ClassificationBasis Basis,
    IReadOnlyList<SiteScore> Sites,
    SiteScore? DiagnosticSite,
    WhoCategory? WhoCategory,
    ZScoreCategory? ZScoreCategory,
    double? LowestCentralTScore,
    double? LowestZScore,
    string Summary,
    IReadOnlyList<string> Notes,
    IReadOnlyList<Citation> Citations);
