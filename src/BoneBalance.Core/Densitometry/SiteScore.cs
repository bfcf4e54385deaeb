using BoneBalance.Core.Measures;

namespace BoneBalance.Core.Densitometry;

/// <summary>Where a site's T-score came from.</summary>
public enum TScoreOrigin
{
    /// <summary>Taken from the DXA report.</summary>
    FromReport,

    /// <summary>Computed from the BMD against <see cref="SiteScore.Reference"/>.</summary>
    ComputedFromBmd,

    /// <summary>No T-score: none was reported and none can honestly be computed (see the site's notes).</summary>
    NotAvailable,
}

/// <summary>
/// The scores of one site after interpretation.
/// </summary>
/// <param name="Site">The region of interest.</param>
/// <param name="Manufacturer">The scanner's manufacturer as given.</param>
/// <param name="Bmd">The BMD, when given.</param>
/// <param name="TScore">The T-score used for classification, or null when not available.</param>
/// <param name="TScoreOrigin">Where <paramref name="TScore"/> came from.</param>
/// <param name="ComputedTScore">The T-score computed from the BMD against <paramref name="Reference"/>, when it could
/// be computed (shown next to a reported T-score for comparison; the reported one is used).</param>
/// <param name="Reference">The reference population of <paramref name="ComputedTScore"/>, or null.</param>
/// <param name="ZScore">The Z-score from the DXA report, or null: BoneBalance has no age-matched reference to
/// compute one.</param>
/// <param name="Notes">Why a score is missing, and caveats, in plain words.</param>
public sealed record SiteScore(
    SkeletalSite Site,
    DxaManufacturer Manufacturer,
    BoneMineralDensity? Bmd,
    double? TScore,
    TScoreOrigin TScoreOrigin,
    double? ComputedTScore,
    ReferencePopulation? Reference,
    double? ZScore,
    IReadOnlyList<string> Notes);
