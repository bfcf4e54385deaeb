using System.Globalization;

namespace BoneBalance.Cli.Commands;

/// <summary>
/// The <c>--as-of YYYY-MM-DD</c> option of <c>assess --fhir</c> and <c>screen --fhir</c>: the day the record is read
/// as of. A past day re-reads the record as it stood then; a day after today is refused, because the record cannot say
/// what will have happened by then (ages would move on while every measurement, medicine and event stayed frozen).
/// </summary>
internal static class AsOfDate
{
    /// <summary>
    /// Reads <paramref name="text"/> (null: <paramref name="today"/>). On failure writes one line naming the value and
    /// what is valid to <paramref name="error"/> and returns null.
    /// </summary>
    public static DateOnly? Read(string? text, DateOnly today, TextWriter error)
    {
        if (text is null)
        {
            return today;
        }

        var valid = $"valid: a date YYYY-MM-DD on or before today ({today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)})";
        if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            error.WriteLine($"error: --as-of '{text}' is not a date; {valid}.");
            return null;
        }

        if (day > today)
        {
            error.WriteLine($"error: --as-of '{text}' is after today; {valid}: the record cannot say what will have happened by a later day.");
            return null;
        }

        return day;
    }
}
