using BoneBalance.Core.Validation;

namespace BoneBalance.Core.Measures;

/// <summary>
/// Areal bone mineral density measured by DXA, in g/cm². Values are accepted from 0.1 to 3.0 g/cm², which
/// covers every adult site on every manufacturer's scanner with a wide margin; anything else is a unit error
/// (mg/cm² typed as g/cm², a T-score typed as a BMD).
/// </summary>
public readonly record struct BoneMineralDensity
{
    /// <summary>Smallest accepted value (g/cm²).</summary>
    public const double Minimum = 0.1;

    /// <summary>Largest accepted value (g/cm²).</summary>
    public const double Maximum = 3.0;

    private BoneMineralDensity(double value) => GramsPerSquareCentimetre = value;

    /// <summary>The density in g/cm².</summary>
    public double GramsPerSquareCentimetre { get; }

    /// <summary>The density in mg/cm² (the unit of standardised BMD, sBMD).</summary>
    public double MilligramsPerSquareCentimetre => GramsPerSquareCentimetre * 1000.0;

    /// <summary>Creates a BMD from g/cm²; <paramref name="field"/> names the input in errors.</summary>
    public static BoneMineralDensity FromGramsPerSquareCentimetre(double value, string field = "bmd") =>
        new(Check.Inclusive(field, value, Minimum, Maximum, "g/cm²"));


    /// <inheritdoc/>
    public override string ToString() => $"{GramsPerSquareCentimetre:0.000} g/cm²";
}
