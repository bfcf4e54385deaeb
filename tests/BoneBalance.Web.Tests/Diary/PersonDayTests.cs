using System.Net;
using BoneBalance.Core.Validation;
using BoneBalance.Web.Diary;
using BoneBalance.Web.Tests.TestSupport;
using Microsoft.AspNetCore.Http;

namespace BoneBalance.Web.Tests.Diary;

/// <summary>"Today" is the person's calendar day: from the X-Time-Zone header, else the bb_tz cookie, else UTC.</summary>
public sealed class PersonDayTests(BoneBalanceFactory factory) : IClassFixture<BoneBalanceFactory>
{
    // 20:00 UTC on 25 November 2026: 12:00 in Los Angeles (UTC−8), 10:00 on the 26th in Kiritimati (UTC+14).
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 20, 0, 0, TimeSpan.Zero);

    private sealed class Fixed(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }

    private static PersonDay Day(string? header = null, string? cookie = null)
    {
        var context = new DefaultHttpContext();
        if (header is not null)
        {
            context.Request.Headers[PersonDay.Header] = header;
        }

        if (cookie is not null)
        {
            context.Request.Headers.Cookie = $"{PersonDay.Cookie}={cookie}";
        }

        return new PersonDay(new HttpContextAccessor { HttpContext = context }, new Fixed(Now));
    }

    [Theory]
    [InlineData("America/Los_Angeles", "2026-11-25")]
    [InlineData("Pacific/Kiritimati", "2026-11-26")]
    [InlineData("Europe/London", "2026-11-25")]
    [InlineData("UTC", "2026-11-25")]
    public void The_header_names_the_zone_of_the_day(string zone, string expected)
    {
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), Day(header: zone).Today);
    }

    [Fact]
    public void The_cookie_names_it_for_the_browser_url_encoded_or_not_and_the_header_wins()
    {
        Assert.Equal(new DateOnly(2026, 11, 26), Day(cookie: "Pacific%2FKiritimati").Today);
        Assert.Equal(new DateOnly(2026, 11, 26), Day(cookie: "Pacific/Kiritimati").Today);
        Assert.Equal(new DateOnly(2026, 11, 25), Day(header: "America/Los_Angeles", cookie: "Pacific/Kiritimati").Today);
    }

    [Theory]
    [InlineData("Mars/Olympus_Mons")]
    [InlineData("Pacific Standard Time")]
    [InlineData("+02:00")]
    public void A_header_that_is_not_an_iana_zone_is_refused_naming_the_header_and_value(string zone)
    {
        var e = Assert.Throws<InvalidInputException>(() => Day(header: zone).Today);
        var error = Assert.Single(e.Errors);
        Assert.Equal("X-Time-Zone", error.Field);
        Assert.Equal(zone, error.Value);
        Assert.Contains("IANA time zone", error.ValidRange, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_either_or_with_a_cookie_naming_no_zone_it_is_utc()
    {
        Assert.Equal(new DateOnly(2026, 11, 25), Day().Today);
        Assert.Equal(new DateOnly(2026, 11, 25), Day(cookie: "Nowhere/Land").Today);
    }

    [Fact]
    public async Task The_diary_list_defaults_to_the_week_ending_on_the_persons_day_and_a_bad_zone_is_a_problem()
    {
        using var browser = factory.Browser();
        await browser.RegisterAsync(TestAccounts.NewEmail("tz"));
        // Kiritimati (UTC+14) and Pago Pago (UTC−11) are 25 hours apart: Kiritimati's today is always after Pago Pago's.
        var kiritimati = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("Pacific/Kiritimati")).DateTime);
        // Logged by a person in Kiritimati (a diary row may not be for a day still to come in the person's own calendar).
        browser.Client.DefaultRequestHeaders.Add(PersonDay.Header, "Pacific/Kiritimati");
        var (added, _) = await browser.JsonAsync(HttpMethod.Post, "/api/diary/foods", new { date = kiritimati.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), foodId = "usda:16113", grams = 50 });
        Assert.Equal(HttpStatusCode.Created, added);

        async Task<int> RowsAsync(string zone)
        {
            browser.Client.DefaultRequestHeaders.Remove(PersonDay.Header);
            browser.Client.DefaultRequestHeaders.Add(PersonDay.Header, zone);
            var (status, rows) = await browser.JsonAsync(HttpMethod.Get, "/api/diary/foods");
            Assert.Equal(HttpStatusCode.OK, status);
            return rows.GetArrayLength();
        }

        Assert.Equal(1, await RowsAsync("Pacific/Kiritimati"));
        Assert.Equal(0, await RowsAsync("Pacific/Pago_Pago"));

        browser.Client.DefaultRequestHeaders.Remove(PersonDay.Header);
        browser.Client.DefaultRequestHeaders.Add(PersonDay.Header, "Mars/Olympus_Mons");
        var (bad, problem) = await browser.JsonAsync(HttpMethod.Get, "/api/diary/foods");
        Assert.Equal(HttpStatusCode.BadRequest, bad);
        Assert.True(problem.GetProperty("errors").TryGetProperty("X-Time-Zone", out _), problem.GetRawText());
    }
}
