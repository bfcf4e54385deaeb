using System.Globalization;
using BoneBalance.Core.People;

namespace BoneBalance.Core.FractureRisk;

/// <summary>
/// A body mass index outside QFracture-2012's range (20–40 kg/m², ClinRisk's validity range), computed at the nearest
/// bound instead of refusing the risk: underweight people are a high-risk group, and refusing left them with no risk at
/// all. Which way the result is probably wrong follows the equations' own BMI terms (Hippisley-Cox and Coupland 2012;
/// ClinRisk's C code, <see cref="QFracture2012Female"/>, <see cref="QFracture2012Male"/>): every equation's risk falls as
/// BMI rises near 20, so below 20 the risk is probably an underestimate; near 40 the women's risks and the men's hip
/// risk still fall, so above 40 they are probably overestimates, but the men's major-fracture equation
/// (18.18·(10/BMI) − 18.92·√(10/BMI)) turns at BMI ≈ 36.9 and rises from there, so for men it may be an underestimate.
/// The Core tests check these slopes on ClinRisk's reference vectors at the bounds. Population screening keeps
/// ClinRisk's refusal unless asked otherwise.
/// </summary>
/// <param name="GivenBodyMassIndex">The person's BMI (kg/m²), outside the range.</param>
/// <param name="ComputedAtBodyMassIndex">The bound the risk was computed at: <see cref="QFracture2012.MinimumBodyMassIndex"/>
/// or <see cref="QFracture2012.MaximumBodyMassIndex"/>.</param>
/// <param name="Sex">The person's sex (it selects the equations, and so the direction above 40).</param>
public sealed record QFractureBmiBound(double GivenBodyMassIndex, double ComputedAtBodyMassIndex, Sex Sex)
{
    /// <summary>True when the given BMI is below the range.</summary>
    public bool BelowRange => GivenBodyMassIndex < ComputedAtBodyMassIndex;

    /// <summary>Which way the risk computed at the bound is probably wrong, in words: "probably an underestimate" below
    /// the range; above it "probably an overestimate" for women, and for men the hip risk probably an overestimate but
    /// the major-fracture risk possibly an underestimate.</summary>
    public string Estimate =>
        BelowRange ? "probably an underestimate"
        : Sex == Sex.Female ? "probably an overestimate"
        : "the hip risk probably an overestimate, the major-fracture risk possibly an underestimate";

    /// <summary>The plain sentence shown with the risk, e.g. "BMI 17.8 is below the model's range (20–40); risk
    /// computed at BMI 20, probably an underestimate."</summary>
    public string Note => string.Create(
        CultureInfo.InvariantCulture,
        $"BMI {GivenBodyMassIndex:0.##} is {(BelowRange ? "below" : "above")} the model's range ({QFracture2012.MinimumBodyMassIndex:0}–{QFracture2012.MaximumBodyMassIndex:0}); risk computed at BMI {ComputedAtBodyMassIndex:0}, {Estimate}.");

    /// <summary>The bound for <paramref name="bodyMassIndex"/>, or null when it is inside the range (20 and 40 themselves
    /// are inside) or not a finite number (left to <see cref="QFracture2012.Validate(in QFractureInput)"/> to refuse).</summary>
    public static QFractureBmiBound? For(double bodyMassIndex, Sex sex) =>
        !double.IsFinite(bodyMassIndex) ? null
        : bodyMassIndex < QFracture2012.MinimumBodyMassIndex ? new(bodyMassIndex, QFracture2012.MinimumBodyMassIndex, sex)
        : bodyMassIndex > QFracture2012.MaximumBodyMassIndex ? new(bodyMassIndex, QFracture2012.MaximumBodyMassIndex, sex)
        : null;
}
