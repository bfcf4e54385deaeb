using BoneBalance.Core.Validation;

namespace BoneBalance.Core.FractureRisk;

/// <summary>
/// A FRAX® result as printed by the official calculator (or a licensed service): the 10-year probabilities of a
/// major osteoporotic fracture and of a hip fracture, in percent. BoneBalance cannot compute FRAX — its algorithm is
/// not public (Allbritton-King 2022; data/sources/reference/treatment_thresholds.md §9) — so FRAX is only ever entered.
/// </summary>
/// <remarks>
/// This type deliberately has no conversion from any other risk score. QFracture and Garvan give an incidence
/// (risk), FRAX a probability that accounts for the competing risk of death (Kanis et al., J Clin Densitom 2017),
/// so a QFracture risk must never be compared with a FRAX threshold.
/// </remarks>
public sealed record FraxResult
{
    /// <summary>
    /// Creates a FRAX result; both probabilities must be finite and within 0–100 % (fields <c>frax_mof</c> and
    /// <c>frax_hip</c>).
    /// </summary>
    /// <param name="majorOsteoporoticPercent">10-year probability of a major osteoporotic fracture (%).</param>
    /// <param name="hipPercent">10-year probability of a hip fracture (%).</param>
    /// <param name="glucocorticoidAdjusted">True when the result is glucocorticoid-adjusted as the ACR 2022 guideline
    /// requires: FRAX run with "glucocorticoids = yes" and, above 7.5 mg/day prednisolone, revised for dose as in
    /// Kanis et al. 2011 (BoneBalance does not apply that revision itself).</param>
    /// <exception cref="InvalidInputException">A probability is out of range.</exception>
    public FraxResult(double majorOsteoporoticPercent, double hipPercent, bool glucocorticoidAdjusted = false)
    {
        var errors = new List<FieldError>();
        if (!Check.InRange(majorOsteoporoticPercent, 0, 100))
        {
            errors.Add(new("frax_mof", Check.Show(majorOsteoporoticPercent), Check.Range(0, 100, "%"), Check.Problem(majorOsteoporoticPercent)));
        }

        if (!Check.InRange(hipPercent, 0, 100))
        {
            errors.Add(new("frax_hip", Check.Show(hipPercent), Check.Range(0, 100, "%"), Check.Problem(hipPercent)));
        }

        if (errors.Count > 0)
        {
            throw new InvalidInputException(errors);
        }

        MajorOsteoporoticPercent = majorOsteoporoticPercent;
        HipPercent = hipPercent;
        GlucocorticoidAdjusted = glucocorticoidAdjusted;
    }

    /// <summary>10-year probability of a major osteoporotic fracture (clinical spine, hip, forearm, humerus), %.</summary>
    public double MajorOsteoporoticPercent { get; }

    /// <summary>10-year probability of a hip fracture, %.</summary>
    public double HipPercent { get; }

    /// <summary>True when the result is glucocorticoid-adjusted (see the constructor).</summary>
    public bool GlucocorticoidAdjusted { get; }
}
