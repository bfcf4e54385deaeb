using System.Globalization;
using BoneBalance.Core.Validation;

namespace BoneBalance.Web.Forms;

/// <summary>Reads a number typed into a form (invariant culture: <c>1.5</c>), naming the field when it is not one.</summary>
internal static class FormNumber
{
    /// <summary>The number, or null when the field is empty.</summary>
    /// <exception cref="InvalidInputException">The text is not a finite number.</exception>
    public static double? Parse(string field, string? text, string validRange)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        return double.TryParse(text.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value)
            ? value
            : throw new InvalidInputException(field, text, validRange, FieldError.NotANumber);
    }
}
