using BoneBalance.Core.Nutrition;
using BoneBalance.Core.People;
using BoneBalance.Core.Safety;

namespace BoneBalance.Core.Guidance;

/// <summary>
/// Everything BoneBalance has to say about one person, from <see cref="Assessor.Assess"/>: fracture risk, densitometry,
/// intake, safety findings (most severe first), the supplement plan and the recommendations (highest priority first).
/// Every number and recommendation in it carries its citations. It informs; it does not diagnose.
/// </summary>
/// <param name="Person">The person assessed.</param>
/// <param name="FractureRisk">QFracture, screening tools, USPSTF advice, treatment thresholds.</param>
/// <param name="Densitometry">The DXA interpretation, or null when no DXA results were given.</param>
/// <param name="Intake">The diary's intake analysis (K1, K2, D, calcium against the DRIs), or null with no diary.</param>
/// <param name="Findings">Safety findings, most severe first.</param>
/// <param name="Plan">The supplement plan.</param>
/// <param name="Recommendations">Safety, supplement, lifestyle and next-step advice, highest priority first.</param>
/// <param name="Disclaimer">The "informs, does not diagnose" statement every report shows.</param>
public sealed record Assessment(
    PersonProfile Person,
    FractureRiskAssessment FractureRisk,
    DensitometryAssessment? Densitometry,
    IntakeAnalysis? Intake,
    IReadOnlyList<SafetyFinding> Findings,
    SupplementPlan Plan,
    IReadOnlyList<Recommendation> Recommendations,
    string Disclaimer);
