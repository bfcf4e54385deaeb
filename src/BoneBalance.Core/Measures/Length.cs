using BoneBalance.Core.Validation;

namespace BoneBalance.Core.Measures;

/// <summary>
/// A body length (height). Stored in centimetres, the unit heights are measured in, so that BMI from a height
/// in whole centimetres is computed without a detour through inexact binary metres; create it with
/// <see cref="FromCentimetres"/>, <see cref="FromMetres"/> or <see cref="FromInches"/>. Always finite and
/// greater than zero.
/// </summary>
public readonly record struct Length
{
    /// <summary>Centimetres in one international inch (exact by definition, 1959).</summary>
    public const double CentimetresPerInch = 2.54;

    private Length(double centimetres) => Centimetres = centimetres;

    /// <summary>The length in centimetres.</summary>
    public double Centimetres { get; }

    /// <summary>The length in metres.</summary>
    public double Metres => Centimetres / 100.0;

    /// <summary>The length in inches.</summary>
    public double Inches => Centimetres / CentimetresPerInch;

    /// <summary>Creates a length from centimetres (field <c>height_cm</c> in errors).</summary>
    public static Length FromCentimetres(double centimetres, string field = "height_cm") =>
        new(Check.Positive(field, centimetres, "cm"));

    /// <summary>Creates a length from metres (field <c>height_m</c> in errors).</summary>
    public static Length FromMetres(double metres, string field = "height_m") =>
        new(Check.Positive(field, metres, "m") * 100.0);

    /// <summary>Creates a length from inches (field <c>height_in</c> in errors).</summary>
    public static Length FromInches(double inches, string field = "height_in") =>
        new(Check.Positive(field, inches, "in") * CentimetresPerInch);

    /// <inheritdoc/>
    public override string ToString() => $"{Centimetres:0.#} cm";
}
