using BoneBalance.Core.Validation;

namespace BoneBalance.Web.Diary;

/// <summary>
/// "Today" for the person making the request: the calendar date in their time zone, so that dinner at 20:00 in
/// California goes into that day's diary and not into tomorrow's (the server's clock is UTC). Programs name the zone
/// in the <c>X-Time-Zone</c> header; the browser's zone comes from the <c>bb_tz</c> cookie that <c>site.js</c>
/// sets; without either, UTC.
/// </summary>
internal sealed class PersonDay(IHttpContextAccessor http, TimeProvider clock)
{
    /// <summary>The request header a program may send (an IANA name such as <c>America/Los_Angeles</c>).</summary>
    public const string Header = "X-Time-Zone";

    /// <summary>The cookie the web pages' script sets to the browser's time zone.</summary>
    public const string Cookie = "bb_tz";

    private const string Valid = "an IANA time zone name such as Europe/London, America/Los_Angeles or UTC";

    /// <summary>Today's date in the person's time zone.</summary>
    /// <exception cref="InvalidInputException">The <c>X-Time-Zone</c> header names no known time zone.</exception>
    public DateOnly Today => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), Zone()).DateTime);

    /// <summary>The person's time zone: the header's (which must be valid), else the cookie's (ignored when unknown), else UTC.</summary>
    /// <exception cref="InvalidInputException">The header names no known time zone.</exception>
    public TimeZoneInfo Zone()
    {
        var request = http.HttpContext?.Request;
        if (request is null)
        {
            return TimeZoneInfo.Utc;
        }

        if (request.Headers[Header].ToString() is { Length: > 0 } named)
        {
            return Find(named) ?? throw new InvalidInputException(Header, named, Valid);
        }

        return request.Cookies[Cookie] is { Length: > 0 } cookie && Find(Uri.UnescapeDataString(cookie)) is { } zone ? zone : TimeZoneInfo.Utc;
    }

    // IANA names only (Windows names such as "Pacific Standard Time" are refused, so a document means the same
    // everywhere); the operating system's time-zone database resolves them.
    private static TimeZoneInfo? Find(string name)
    {
        var trimmed = name.Trim();
        if (trimmed.Length is 0 or > 64 || !TimeZoneInfo.TryFindSystemTimeZoneById(trimmed, out var zone))
        {
            return null;
        }

        return zone.HasIanaId || trimmed == "UTC" ? zone : null;
    }
}
