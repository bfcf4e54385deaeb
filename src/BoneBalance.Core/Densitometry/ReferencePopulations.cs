namespace BoneBalance.Core.Densitometry;

/// <summary>
/// The T-score references BoneBalance computes with — only the two that ISCD names as universal. ISCD (Adult
/// Official Positions 2019/2023 [P]) uses one uniform White (non-race-adjusted) female database for the T-scores
/// of women and men of all ethnic groups, and NHANES III for the femoral neck and total hip. There is no universal
/// lumbar-spine or radius reference (spine T-scores come from each manufacturer's own database), so those
/// T-scores are taken from the DXA report only.
/// </summary>
public static class ReferencePopulations
{
    private const string Verification =
        "verified-secondary: mean and SD read in several independent public analysis codes that cite Looker 1998 " +
        "(not in the paper itself); NHANES III is treated as Hologic-calibrated (pencil-beam DXA, Looker 2010 abstract; " +
        "that the scanners were Hologic was not read).";

    /// <summary>
    /// Femoral neck, NHANES III non-Hispanic white women aged 20–29: mean 0.858, SD 0.120 g/cm²
    /// (Looker 1998 [S]; data/sources/reference/bmd_reference.csv row 1). Worked check: T −2.5 ⇔ 0.558, T −1.0 ⇔ 0.738 g/cm².
    /// </summary>
    public static ReferencePopulation NhanesIiiFemoralNeck { get; } = new(
        "NHANES III non-Hispanic white women 20-29 y (femoral neck)",
        SkeletalSite.FemoralNeck,
        0.858,
        0.120,
        DxaManufacturer.Hologic,
        Verification,
        DensitometrySources.Looker1998);

    /// <summary>
    /// Total hip, NHANES III non-Hispanic white women aged 20–29: mean 0.942, SD 0.122 g/cm²
    /// (Looker 1998 [S]; data/sources/reference/bmd_reference.csv row 2).
    /// </summary>
    public static ReferencePopulation NhanesIiiTotalHip { get; } = new(
        "NHANES III non-Hispanic white women 20-29 y (total hip)",
        SkeletalSite.TotalHip,
        0.942,
        0.122,
        DxaManufacturer.Hologic,
        Verification,
        DensitometrySources.Looker1998);

    /// <summary>The reference for a site, or null where none is universal (lumbar spine, one-third radius).</summary>
    public static ReferencePopulation? For(SkeletalSite site) => site switch
    {
        SkeletalSite.FemoralNeck => NhanesIiiFemoralNeck,
        SkeletalSite.TotalHip => NhanesIiiTotalHip,
        _ => null,
    };
}
