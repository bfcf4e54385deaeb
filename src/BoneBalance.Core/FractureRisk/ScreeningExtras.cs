using BoneBalance.Core.Validation;

namespace BoneBalance.Core.FractureRisk;

/// <summary>
/// Facts the screening tools need that a <see cref="People.PersonProfile"/> cannot state exactly. Every field is
/// optional; when one is null a documented default derived from the profile is used and named in
/// <see cref="ScreeningToolResult.DefaultsUsed"/>. A struct, so the batch path can pass it without allocating.
/// </summary>
/// <param name="CurrentEstrogenUse">
/// Currently taking oestrogen / hormone replacement therapy (ORAI, OSIRIS). Default: the profile's
/// <see cref="People.RiskFactors.Hrt"/> flag (which records oestrogen-only HRT, so combined HRT is missed).
/// </param>
/// <param name="EverUsedEstrogen">
/// Has ever used oestrogen therapy (SCORE). Default: same as current use — a woman not currently on oestrogen is
/// taken as never having used it, which adds SCORE's 1 point (the cautious direction: towards referral).
/// </param>
/// <param name="RheumatoidArthritis">
/// Rheumatoid arthritis (SCORE counts RA only, not lupus). Default: the profile's
/// <see cref="People.RiskFactors.RaOrSle"/> flag, which also covers SLE and so may over-count.
/// </param>
/// <param name="LowTraumaFracturesAfter45">
/// Number of low-trauma fractures (wrist/forearm, hip, rib) after age 45 (SCORE; 4 points each, at most 12).
/// Default: 1 when the profile has <see cref="People.RiskFactors.PriorFracture"/>, otherwise 0.
/// </param>
/// <param name="PriorLowImpactFracture">
/// A previous low-impact fracture (OSIRIS). Default: the profile's <see cref="People.RiskFactors.PriorFracture"/> flag.
/// </param>
public readonly record struct ScreeningExtras(
    bool? CurrentEstrogenUse = null,
    bool? EverUsedEstrogen = null,
    bool? RheumatoidArthritis = null,
    int? LowTraumaFracturesAfter45 = null,
    bool? PriorLowImpactFracture = null)
{
    /// <summary>Most fractures accepted in <see cref="LowTraumaFracturesAfter45"/> (a plausibility bound, not a cap).</summary>
    public const int MaximumFractureCount = 50;

    /// <summary>Throws <see cref="InvalidInputException"/> (field <c>low_trauma_fractures_after_45</c>) for a negative or implausible count.</summary>
    public void Validate()
    {
        if (LowTraumaFracturesAfter45 is { } n && n is < 0 or > MaximumFractureCount)
        {
            throw new InvalidInputException(
                "low_trauma_fractures_after_45",
                n.ToString(System.Globalization.CultureInfo.InvariantCulture),
                $"0 to {MaximumFractureCount}");
        }
    }
}
