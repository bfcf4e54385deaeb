using System.Globalization;
using BoneBalance.Core.Validation;

namespace BoneBalance.Web.Diary;

/// <summary>
/// Diary dates as people and programs write them (<c>YYYY-MM-DD</c>). Dates outside 1900–2100 are refused as typing
/// mistakes (a design rule, not a medical one).
/// </summary>
internal static class DiaryDates
{
    /// <summary>Earliest date accepted.</summary>
    public static readonly DateOnly Earliest = new(1900, 1, 1);

    /// <summary>Latest date accepted.</summary>
    public static readonly DateOnly Latest = new(2100, 12, 31);

    /// <summary>Longest span one intake request may cover, in days.</summary>
    public const int MaximumSpanDays = 366;

    /// <summary>The valid range in words.</summary>
    public static string Range => $"a date YYYY-MM-DD from {Format(Earliest)} to {Format(Latest)}";

    /// <summary>Parses a date, or returns <paramref name="fallback"/> when the text is empty.</summary>
    /// <exception cref="InvalidInputException">Not a date, or outside the range.</exception>
    public static DateOnly Parse(string field, string? text, DateOnly? fallback = null)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return fallback ?? throw new InvalidInputException(field, string.Empty, Range);
        }

        if (!DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            throw new InvalidInputException(field, text, Range, FieldError.NotADate);
        }

        return date >= Earliest && date <= Latest ? date : throw new InvalidInputException(field, text, Range);
    }

    /// <summary>The date as <c>YYYY-MM-DD</c>.</summary>
    public static string Format(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
