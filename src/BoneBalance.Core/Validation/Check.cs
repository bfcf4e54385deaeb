using System.Globalization;

namespace BoneBalance.Core.Validation;

/// <summary>
/// Range checks used by every factory that accepts a number from outside. NaN and infinities always fail;
/// nothing is ever clamped.
/// </summary>
internal static class Check
{
    /// <summary>Formats a number the way error messages show it (invariant, shortest round-trip).</summary>
    internal static string Show(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    internal static string Range(double min, double max, string? unit = null) =>
        unit is null ? $"{Show(min)} to {Show(max)}" : $"{Show(min)} to {Show(max)} {unit}";

    /// <summary>The <see cref="FieldError.Problem"/> for a refused number: NaN is not a number; anything else is out of range.</summary>
    internal static string Problem(double value) => double.IsNaN(value) ? FieldError.NotANumber : FieldError.OutOfRange;

    /// <summary>True when <paramref name="value"/> is finite and in [min, max].</summary>
    internal static bool InRange(double value, double min, double max) => value >= min && value <= max;

    /// <summary>Throws <see cref="InvalidInputException"/> unless value is finite and in [min, max].</summary>
    internal static double Inclusive(string field, double value, double min, double max, string? unit = null)
    {
        if (!InRange(value, min, max))
        {
            throw new InvalidInputException(
                field, Show(value), Range(min, max, unit), Problem(value));
        }

        return value;
    }

    /// <summary>Throws unless value is finite and strictly positive.</summary>
    internal static double Positive(string field, double value, string unit)
    {
        if (!(value > 0) || double.IsInfinity(value))
        {
            throw new InvalidInputException(
                field, Show(value), $"a finite number greater than 0 {unit}", Problem(value));
        }

        return value;
    }
}
