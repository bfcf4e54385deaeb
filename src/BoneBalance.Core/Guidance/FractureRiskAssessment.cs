using BoneBalance.Core.Evidence;
using BoneBalance.Core.FractureRisk;
using BoneBalance.Core.Validation;

namespace BoneBalance.Core.Guidance;

/// <summary>
/// The fracture-risk part of an assessment: QFracture-2012 10-year risks when the person is inside the model's ranges
/// (otherwise why not), the screening tools, USPSTF screening advice and the guideline treatment-threshold findings.
/// </summary>
/// <param name="QFracture">10-year major osteoporotic and hip fracture risk, or null when the model cannot be applied
/// (a BMI outside its range is computed at the nearest bound: see <see cref="QFractureBmi"/>).</param>
/// <param name="QFractureNotApplicable">Why QFracture was not computed (the fields outside its ranges); empty when it was.</param>
/// <param name="Screening">OST, ORAI, SCORE, OSIRIS results that apply to this person.</param>
/// <param name="ScreeningAdvice">USPSTF 2025 screening (DXA referral) advice.</param>
/// <param name="Thresholds">BHOF, NOGG and ACR-GIOP findings.</param>
/// <param name="Citations">QFracture's citations for the person's sex.</param>
public sealed record FractureRiskAssessment(
    QFractureResult? QFracture,
    IReadOnlyList<FieldError> QFractureNotApplicable,
    IReadOnlyList<ScreeningToolResult> Screening,
    OsteoporosisScreeningAdvice ScreeningAdvice,
    IReadOnlyList<GuidelineFinding> Thresholds,
    IReadOnlyList<Citation> Citations)
{
    /// <summary>
    /// What the reader must know about how the numbers were reached, e.g. a risk factor counted in QFracture because a
    /// listed medication or condition is one (prednisone ⇒ regular oral corticosteroids) although it was not ticked.
    /// </summary>
    public IReadOnlyList<string> Notes { get; init; } = [];

    /// <summary>When the person's BMI is outside QFracture's 20–40 kg/m²: the BMI given and the bound the risk was
    /// computed at (its note is also in <see cref="Notes"/>); null when the BMI is inside the range or QFracture was not
    /// computed.</summary>
    public QFractureBmiBound? QFractureBmi { get; init; }

    /// <summary>The FRAX result the person or clinician entered, if any (BoneBalance never computes FRAX).</summary>
    public FraxResult? Frax { get; init; }
}
