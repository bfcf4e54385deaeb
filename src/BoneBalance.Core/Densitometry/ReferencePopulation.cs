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
    /// <summary>T = (BMD − reference mean) / reference SD.</summary>
    public double TScoreOf(BoneMineralDensity bmd) =>
        (bmd.GramsPerSquareCentimetre - MeanGramsPerSquareCentimetre) / StandardDeviationGramsPerSquareCentimetre;

    /// <summary>The BMD whose T-score is <paramref name="tScore"/> (the inverse of <see cref="TScoreOf"/>).</summary>
    public double BmdAtTScore(double tScore) =>
        MeanGramsPerSquareCentimetre + (tScore * StandardDeviationGramsPerSquareCentimetre);
}
