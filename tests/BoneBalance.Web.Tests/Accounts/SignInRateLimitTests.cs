using System.Net;
using BoneBalance.Web.Tests.TestSupport;

namespace BoneBalance.Web.Tests.Accounts;

public sealed class SignInRateLimitTests(SignInRateLimitTests.Factory factory) : IClassFixture<SignInRateLimitTests.Factory>
{
    public sealed class Factory : BoneBalanceFactory
    {
        protected override int SignInAttemptsPerMinute => 3;
    }

    [Fact]
    public async Task The_fourth_sign_in_post_within_a_minute_gets_429_but_the_page_still_shows()
    {
        using var browser = factory.Browser();
        for (var i = 0; i < 3; i++)
        {
            using var allowed = await browser.SignInAsync("nobody@example.org", "whatever password");
            Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
        }

        using var limited = await browser.SignInAsync("nobody@example.org", "whatever password");
        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        await browser.GetPageAsync("/Accounts/SignIn");
    }
}
