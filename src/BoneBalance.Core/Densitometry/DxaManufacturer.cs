using BoneBalance.Core.Validation;

namespace BoneBalance.Core.Densitometry;

/// <summary>
/// The maker of the DXA scanner. BMD values from different manufacturers are not interchangeable
/// (different calibration and edge detection), so T-scores and scan comparisons depend on it.
/// </summary>
public enum DxaManufacturer
{
    /// <summary>Not stated.</summary>
    Unknown,

    /// <summary>Hologic.</summary>
    Hologic,

    /// <summary>GE Healthcare Lunar.</summary>
    GeLunar,

    /// <summary>Norland.</summary>
    Norland,
}

/// <summary>Tokens for <see cref="DxaManufacturer"/>: <c>unknown|hologic|ge_lunar|norland</c>.</summary>
public static class DxaManufacturerTokens
{
    /// <summary>The token table.</summary>
    public static TokenTable<DxaManufacturer> Table { get; } = new(
        ("unknown", DxaManufacturer.Unknown),
        ("hologic", DxaManufacturer.Hologic),
        ("ge_lunar", DxaManufacturer.GeLunar),
        ("norland", DxaManufacturer.Norland),
        ("lunar", DxaManufacturer.GeLunar),
        ("ge", DxaManufacturer.GeLunar));
}
