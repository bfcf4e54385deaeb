using BoneBalance.Core.Evidence;
using BoneBalance.Core.Guidance;
using BoneBalance.Core.People;
using BoneBalance.Core.Safety;

namespace BoneBalance.Data.Contracts;

/// <summary>
/// An assessment document read back (<see cref="AssessmentDocument.Read"/>): what the document says, typed, and nothing
/// else — numbers as the document rounded them, texts as they were written, citations as saved. What a report needs to
/// be laid out from a saved assessment without assessing anything again. Parts whose every field the document carries
/// are Core's own records (findings, plan, recommendations, screening tools, threshold findings); the others are
/// <c>Reported*</c> records holding the document's fields.
/// </summary>
/// <param name="Person">The document's <c>person</c>.</param>
/// <param name="FractureRisk">The document's <c>fractureRisk</c>.</param>
/// <param name="Densitometry">The document's <c>densitometry</c>, or null when no DXA result was given.</param>
/// <param name="Intake">The document's <c>intake</c>, or null when no diary was given.</param>
/// <param name="Findings">The safety findings, in the document's order.</param>
/// <param name="Plan">The supplement plan (<see cref="PlannedSupplement.DividedDoses"/> and
/// <see cref="WithheldSupplement.ReviewWhatIsTaken"/> are not in the document and read as empty and false).</param>
/// <param name="Recommendations">The recommendations, in the document's order.</param>
/// <param name="Sources">Every citation once, in report order: <c>[n]</c> is <c>Sources[n-1]</c>.</param>
/// <param name="Disclaimer">The disclaimer.</param>
public sealed record ReportedAssessment(
    ReportedPerson Person,
    ReportedFractureRisk FractureRisk,
    ReportedDensitometry? Densitometry,
    ReportedIntake? Intake,
    IReadOnlyList<SafetyFinding> Findings,
    SupplementPlan Plan,
    IReadOnlyList<Recommendation> Recommendations,
    IReadOnlyList<Citation> Sources,
    string Disclaimer);

/// <summary>The document's <c>person</c>: the facts the rules used, as written.</summary>
/// <param name="Sex">Sex.</param>
/// <param name="Age">Age in whole years.</param>
/// <param name="MenopausalStatus">Menopausal status (not applicable for men).</param>
/// <param name="HeightCm">Height in cm (0.1), or null.</param>
/// <param name="WeightKg">Weight in kg (0.1), or null.</param>
/// <param name="Bmi">BMI in kg/m² (0.1), or null.</param>
/// <param name="Smoking">Smoking status.</param>
/// <param name="Alcohol">Alcohol intake.</param>
/// <param name="RiskFactors">The QFracture risk factors present, as tokens (<c>parental_hip_fracture</c>).</param>
public sealed record ReportedPerson(
    Sex Sex,
    int Age,
    MenopausalStatus MenopausalStatus,
    double? HeightCm,
    double? WeightKg,
    double? Bmi,
    SmokingStatus Smoking,
    AlcoholIntake Alcohol,
    IReadOnlyList<string> RiskFactors);
