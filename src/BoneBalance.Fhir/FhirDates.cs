using System.Globalization;
using Hl7.Fhir.Model;

namespace BoneBalance.Fhir;

/// <summary>
/// The clinical date of FHIR date and dateTime values: the calendar date as written (a time and offset are dropped — the
/// date the clinician saw), a partial date at its first day (<c>2019-04</c> → 1 April 2019).
/// </summary>
internal static class FhirDates
{
    private static readonly string[] Formats = ["yyyy-MM-dd", "yyyy-MM", "yyyy"];

    /// <summary>The date of a FHIR date or dateTime string; null when absent or not a date.</summary>
    public static DateOnly? Of(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return null;
        }

        return Of(value.AsSpan());
    }

    /// <summary>The date of a FHIR date or dateTime as characters (the bulk reader's); null when empty or not a date.</summary>
    public static DateOnly? Of(ReadOnlySpan<char> value)
    {
        if (value.IsEmpty)
        {
            return null;
        }

        var text = value.Length >= 10 ? value[..10] : value;
        return DateOnly.TryParseExact(text, Formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;
    }

    /// <summary>
    /// The last day a partial date can mean (<c>2003</c> → 31 December 2003, <c>2019-02</c> → 28 February 2019); a full
    /// date is itself. Null when absent or not a date.
    /// </summary>
    public static DateOnly? LastDayOf(string? value)
    {
        if (Of(value) is not { } first)
        {
            return null;
        }

        return value!.Length switch
        {
            4 => new DateOnly(first.Year, 12, 31),
            7 => first.AddMonths(1).AddDays(-1),
            _ => first,
        };
    }

    /// <summary>The date of a choice element: dateTime, Period (its end, else its start), instant or date.</summary>
    public static DateOnly? Of(DataType? value) => value switch
    {
        FhirDateTime dateTime => Of(dateTime.Value),
        Period period => Of(period.End) ?? Of(period.Start),
        Instant instant => instant.Value is { } at ? DateOnly.FromDateTime(at.DateTime) : null,
        Date date => Of(date.Value),
        _ => null,
    };

    /// <summary>Whole months from <paramref name="from"/> to <paramref name="to"/> (a month begun is not counted).</summary>
    public static int MonthsBetween(DateOnly from, DateOnly to)
    {
        var months = ((to.Year - from.Year) * 12) + to.Month - from.Month;
        return to.Day < from.Day ? Math.Max(0, months - 1) : Math.Max(0, months);
    }

    /// <summary>yyyy-MM-dd.</summary>
    public static string Show(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
