namespace BoneBalance.Core.FractureRisk;

/// <summary>
/// Guideline treatment thresholds: which criteria of BHOF 2022, NOGG 2022 and the ACR 2022 glucocorticoid guideline a
/// person meets. Every number compared sits in <see cref="GuidelineThresholds"/> with its source. FRAX criteria are
/// evaluated only with a <see cref="FraxResult"/> entered from the official calculator; a QFracture risk is never
/// substituted (incidence, not probability — Kanis et al. 2017), and missing information gives
/// <see cref="FindingStatus.CannotEvaluate"/>, never a guess.
/// </summary>
public static class TreatmentThresholds
{
    /// <summary>
    /// Evaluates every criterion, in this order: BHOF 2022 (hip or vertebral fracture; T ≤ −2.5; low bone mass with
    /// FRAX), NOGG 2022 (prior fragility fracture; FRAX intervention threshold; glucocorticoids), ACR 2022
    /// (glucocorticoid risk category).
    /// </summary>
    public static IReadOnlyList<GuidelineFinding> Evaluate(TreatmentThresholdInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(input.Person);
        return
        [
            .. BhofCriteria.Evaluate(input),
            .. NoggCriteria.Evaluate(input),
            AcrGlucocorticoidRisk.Evaluate(input),
        ];
    }
}
