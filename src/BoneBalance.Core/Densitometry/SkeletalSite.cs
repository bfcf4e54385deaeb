using BoneBalance.Core.Validation;

namespace BoneBalance.Core.Densitometry;

/// <summary>
/// The DXA regions of interest that ISCD allows for diagnosis: lumbar spine (L1–L4), total hip, femoral neck,
/// and the 33 % ("one-third") radius (ISCD Adult Official Positions 2019/2023).
/// </summary>
public enum SkeletalSite
{
    /// <summary>PA lumbar spine, L1–L4 (or the evaluable vertebrae the report used).</summary>
    LumbarSpine,

    /// <summary>Total hip (total proximal femur).</summary>
    TotalHip,

    /// <summary>Femoral neck.</summary>
    FemoralNeck,

    /// <summary>33 % ("one-third") radius.</summary>
    OneThirdRadius,
}

/// <summary>
/// Tokens for <see cref="SkeletalSite"/> (<c>spine|total_hip|femoral_neck|radius</c>); the canonical token is also
/// the prefix of the site's input fields in errors (<c>spine_t</c>, <c>femoral_neck_bmd</c>).
/// </summary>
public static class SkeletalSiteTokens
{
    /// <summary>The token table.</summary>
    public static TokenTable<SkeletalSite> Table { get; } = new(
        ("spine", SkeletalSite.LumbarSpine),
        ("total_hip", SkeletalSite.TotalHip),
        ("femoral_neck", SkeletalSite.FemoralNeck),
        ("radius", SkeletalSite.OneThirdRadius),
        ("lumbar_spine", SkeletalSite.LumbarSpine),
        ("one_third_radius", SkeletalSite.OneThirdRadius));

    /// <summary>The name of one input of a site in errors, e.g. <c>spine_t</c> for (LumbarSpine, "t").</summary>
    public static string Field(SkeletalSite site, string suffix) => $"{Table.ToToken(site)}_{suffix}";
}
