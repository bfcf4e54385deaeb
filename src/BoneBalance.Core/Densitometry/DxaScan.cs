using BoneBalance.Core.Measures;

namespace BoneBalance.Core.Densitometry;

/// <summary>One BMD measurement at one site, for comparing scans over time.</summary>
/// <param name="Site">The region of interest.</param>
/// <param name="Manufacturer">The scanner's manufacturer.</param>
/// <param name="Bmd">The BMD.</param>
/// <param name="Date">The scan date, when known.</param>
public sealed record DxaScan(SkeletalSite Site, DxaManufacturer Manufacturer, BoneMineralDensity Bmd, DateOnly? Date = null);
