using BoneBalance.Core.Validation;

namespace BoneBalance.Core.Measures;

/// <summary>
/// Body mass index in kg/m² (Quetelet index: mass divided by the square of height). Any finite value in
/// 5–150 kg/m² is representable; models such as QFracture impose their own narrower validity ranges.
/// </summary>
public readonly record struct BodyMassIndex
{
    /// <summary>Smallest BMI accepted as physically plausible (kg/m²).</summary>
    public const double PlausibleMinimum = 5;

    /// <summary>Largest BMI accepted as physically plausible (kg/m²).</summary>
    public const double PlausibleMaximum = 150;

    private BodyMassIndex(double value) => KilogramsPerSquareMetre = value;

    /// <summary>The index in kg/m².</summary>
    public double KilogramsPerSquareMetre { get; }

    /// <summary>Creates a BMI from a value in kg/m² (field <c>bmi</c> in errors); NaN and infinities are refused.</summary>
    public static BodyMassIndex FromKilogramsPerSquareMetre(double value, string field = "bmi") =>
        new(Check.Inclusive(field, value, PlausibleMinimum, PlausibleMaximum, "kg/m²"));

    /// <summary>Computes BMI = mass / height².</summary>
    public static BodyMassIndex FromMassAndHeight(Mass mass, Length height)
    {
        // kg / m² written as 10,000 · kg / cm², so a height in whole centimetres enters exactly.
        var value = mass.Kilograms * 10_000.0 / (height.Centimetres * height.Centimetres);
        if (!Check.InRange(value, PlausibleMinimum, PlausibleMaximum))
        {
            throw new InvalidInputException(
                "bmi",
                $"{Check.Show(value)} (from weight {Check.Show(mass.Kilograms)} kg and height {Check.Show(height.Centimetres)} cm)",
                Check.Range(PlausibleMinimum, PlausibleMaximum, "kg/m²"));
        }

        return new(value);
    }


    /// <inheritdoc/>
    public override string ToString() => $"{KilogramsPerSquareMetre:0.0} kg/m²";
}
