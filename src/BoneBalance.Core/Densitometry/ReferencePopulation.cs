using BoneBalance.Core.Evidence;
using BoneBalance.Core.Measures;

namespace BoneBalance.Core.Densitometry;

/// <summary>
/// A young-adult reference group for T-scores at one site: the mean and SD of BMD, the scanner calibration the
/// values belong to, and where the numbers come from.
/// </summary>
/// <param name="Name">Short description shown in results (e.g. <c>NHANES III non-Hispanic white women 20–29</c>).</param>
/// <param name="Site">The region of interest.</param>
/// <param name="MeanGramsPerSquareCentimetre">Mean BMD of the reference group (g/cm²).</param>
/// <param name="StandardDeviationGramsPerSquareCentimetre">SD of BMD in the reference group (g/cm²).</param>
/// <param name="Calibration">The manufacturer scale the values are on.</param>
/// <param name="Verification">How the numbers were verified, in words.</param>
/// <param name="Citation">The original publication.</param>
public sealed record ReferencePopulation(
    string Name,
    SkeletalSite Site,
    double MeanGramsPerSquareCentimetre,
    double StandardDeviationGramsPerSquareCentimetre,
    DxaManufacturer Calibration,
    string Verification,
    Citation Citation)
{
    /// <summary>
    /// T = (BMD − reference mean) / reference SD, rounded to 9 decimals: BMD is given to 0.001 g/cm², and without the
    /// rounding binary arithmetic turns e.g. (0.738 − 0.858) / 0.120 into −1.0000000000000002, moving a BMD that is
    /// exactly at the Normal boundary into low bone mass.
    /// </summary>
    public double TScoreOf(BoneMineralDensity bmd) =>
        Math.Round((bmd.GramsPerSquareCentimetre - MeanGramsPerSquareCentimetre) / StandardDeviationGramsPerSquareCentimetre, 9);

    /// <summary>The BMD whose T-score is <paramref name="tScore"/> (the inverse of <see cref="TScoreOf"/>).</summary>
    public double BmdAtTScore(double tScore) =>
        MeanGramsPerSquareCentimetre + (tScore * StandardDeviationGramsPerSquareCentimetre);
}
