using BoneBalance.Core.Densitometry;
using BoneBalance.Core.People;

namespace BoneBalance.Core.FractureRisk;

/// <summary>
/// Everything the guideline treatment thresholds look at.
/// </summary>
/// <param name="Person">The person.</param>
/// <param name="Densitometry">The interpreted DXA examination, or null when there is none.</param>
/// <param name="Frax">A FRAX result from the official calculator, or null. Only a <see cref="FraxResult"/> is accepted
/// — there is deliberately no way to pass a QFracture risk here.</param>
/// <param name="PriorHipOrVertebralFracture">A previous hip or vertebral (clinical or morphometric) fracture.</param>
/// <param name="PriorFragilityFracture">A previous fragility fracture at any site; a hip or vertebral fracture counts
/// even if this is false.</param>
/// <param name="Glucocorticoids">Current oral glucocorticoid use, or null for none.</param>
/// <param name="BmdChange">A comparison of two scans (for the ACR rule in adults under 40), or null.</param>
public sealed record TreatmentThresholdInput(
    PersonProfile Person,
    DensitometryResult? Densitometry = null,
    FraxResult? Frax = null,
    bool PriorHipOrVertebralFracture = false,
    bool PriorFragilityFracture = false,
    GlucocorticoidExposure? Glucocorticoids = null,
    ScanComparison? BmdChange = null)
{
    /// <summary>True when any fragility fracture is recorded (a hip or vertebral fracture included).</summary>
    public bool AnyFragilityFracture => PriorFragilityFracture || PriorHipOrVertebralFracture;
}
