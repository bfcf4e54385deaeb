using BoneBalance.Core.Validation;

namespace BoneBalance.Core.Measures;

/// <summary>
/// A body mass. Stored in kilograms; create it with <see cref="FromKilograms"/> or <see cref="FromPounds"/>
/// so the unit is always explicit. Always finite and greater than zero.
/// </summary>
public readonly record struct Mass
{
    /// <summary>Kilograms in one international avoirdupois pound (exact by definition, 1959).</summary>
    public const double KilogramsPerPound = 0.45359237;

    private Mass(double kilograms) => Kilograms = kilograms;

    /// <summary>The mass in kilograms.</summary>
    public double Kilograms { get; }

    /// <summary>The mass in pounds.</summary>
    public double Pounds => Kilograms / KilogramsPerPound;

    /// <summary>Creates a mass from kilograms. Throws <see cref="InvalidInputException"/> (field <c>weight_kg</c>)
    /// unless the value is finite and greater than 0.</summary>
    public static Mass FromKilograms(double kilograms, string field = "weight_kg") =>
        new(Check.Positive(field, kilograms, "kg"));

    /// <summary>Creates a mass from pounds (field <c>weight_lb</c> in errors).</summary>
    public static Mass FromPounds(double pounds, string field = "weight_lb") =>
        new(Check.Positive(field, pounds, "lb") * KilogramsPerPound);


    /// <inheritdoc/>
    public override string ToString() => $"{Kilograms:0.#} kg";
}
