using BoneBalance.Core.Validation;

namespace BoneBalance.Core.Densitometry;

/// <summary>
/// A facility's DXA precision error for one site, as the root-mean-square standard deviation (RMS-SD) of repeat
/// scans in g/cm² — the form the ISCD precision calculator recommends (glossary [P]; %CV is "not advised").
/// It must come from the facility's own precision study (15 patients × 3 scans or 30 × 2): BoneBalance ships no
/// default, because the commonly quoted minimum-precision figures are unverified percentages, not RMS-SDs.
/// </summary>
public readonly record struct PrecisionError
{
    /// <summary>
    /// Largest RMS-SD accepted (g/cm²). A typing-error guard (e.g. a %CV of 1.9 typed as g/cm²), not a clinical
    /// limit: it is a fifth of the smallest plausible adult BMD range and far above any real precision error.
    /// </summary>
    public const double Maximum = 0.2;

    private PrecisionError(double value) => RmsSdGramsPerSquareCentimetre = value;

    /// <summary>The precision error (RMS-SD) in g/cm².</summary>
    public double RmsSdGramsPerSquareCentimetre { get; }

    /// <summary>Creates a precision error from an RMS-SD in g/cm² (greater than 0, at most <see cref="Maximum"/>).</summary>
    /// <exception cref="InvalidInputException">The value is not finite or out of range (field <paramref name="field"/>).</exception>
    public static PrecisionError FromRmsSd(double gramsPerSquareCentimetre, string field = "precision_rms_sd")
    {
        if (!(gramsPerSquareCentimetre > 0) || !(gramsPerSquareCentimetre <= Maximum))
        {
            throw new InvalidInputException(field, Check.Show(gramsPerSquareCentimetre), $"greater than 0 and at most {Check.Show(Maximum)} g/cm²", Check.Problem(gramsPerSquareCentimetre));
        }

        return new(gramsPerSquareCentimetre);
    }

    /// <inheritdoc/>
    public override string ToString() => $"{RmsSdGramsPerSquareCentimetre:0.000} g/cm² (RMS-SD)";
}
