using BoneBalance.Core.Densitometry;
using BoneBalance.Core.FractureRisk;
using BoneBalance.Core.Guidance;
using BoneBalance.Core.Measures;
using static BoneBalance.TestSupport.GuidanceFixtures;

namespace BoneBalance.Core.Tests.Guidance;

/// <summary>
/// ACR 2022, adults under 40 continuing ≥ 7.5 mg prednisolone a day for ≥ 6 months: moderate risk with a BMD loss greater
/// than the least significant change. The assessor reads the largest loss between the two latest scans, whichever site
/// it is at: spine −0.040 g/cm² (LSC 0.0277 g/cm² for a 0.010 g/cm² precision, ISCD 2.77 × RMS-SD) beside a hip that
/// gained.
/// </summary>
public class YoungBoneLossTests
{
    private static readonly PrecisionError Precision = PrecisionError.FromRmsSd(0.010);

    private static DxaMeasurement Scan(SkeletalSite site, double bmd, DateOnly date) =>
        DxaMeasurement.Create(site, BoneMineralDensity.FromGramsPerSquareCentimetre(bmd), manufacturer: DxaManufacturer.Hologic, date: date, precision: Precision);

    private static GuidelineFinding Acr(params DxaMeasurement[] scans) =>
        Assess(new AssessmentInput(Woman(35)) { Medications = [Med("prednisolone", 10, 12)], Dxa = scans })
            .FractureRisk.Thresholds.Single(t => t.Citation == GuidelineThresholds.Acr.Citation);

    [Fact]
    public void The_spine_loss_counts_though_the_hip_gained()
    {
        DateOnly first = new(2024, 3, 1), second = new(2025, 3, 1);
        var acr = Acr(
            Scan(SkeletalSite.LumbarSpine, 1.000, first), Scan(SkeletalSite.FemoralNeck, 0.800, first),
            Scan(SkeletalSite.LumbarSpine, 0.960, second), Scan(SkeletalSite.FemoralNeck, 0.840, second));
        Assert.Equal(FindingStatus.Met, acr.Status);
        Assert.Contains("BMD loss 0.040 g/cm² greater than the LSC 0.028 g/cm²", acr.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Only_the_change_to_the_latest_scan_counts()
    {
        // Lost 0.040 from 2023 to 2024, then steady to 2025: no loss now.
        var acr = Acr(
            Scan(SkeletalSite.LumbarSpine, 1.000, new(2023, 3, 1)),
            Scan(SkeletalSite.LumbarSpine, 0.960, new(2024, 3, 1)),
            Scan(SkeletalSite.LumbarSpine, 0.960, new(2025, 3, 1)));
        Assert.NotEqual(FindingStatus.Met, acr.Status);
    }
}
