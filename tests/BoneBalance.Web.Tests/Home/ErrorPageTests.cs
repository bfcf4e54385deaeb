using System.Net;
using BoneBalance.Web.Tests.TestSupport;

namespace BoneBalance.Web.Tests.Home;

/// <summary>People get errors as pages in the site's layout; programs calling /api get problem documents; neither gets a
/// bare "Status Code: 404; Not Found".</summary>
public sealed class ErrorPageTests(BoneBalanceFactory factory) : IClassFixture<BoneBalanceFactory>
{
    [Fact]
    public async Task An_unknown_page_is_a_404_page_in_the_layout()
    {
        using var browser = factory.Browser();
        using var response = await browser.Client.GetAsync("/no-such-page");
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<h1>Page not found</h1>", html, StringComparison.Ordinal);
        Assert.Contains("<nav aria-label=\"Main\">", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Status Code", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_api_address_is_a_problem_document()
    {
        using var browser = factory.Browser();
        using var response = await browser.Client.GetAsync("/api/no-such-thing");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("\"status\":404", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_form_post_without_its_antiforgery_token_is_a_400_page_not_a_bare_status_line()
    {
        using var browser = factory.Browser();
        using var content = new FormUrlEncodedContent([new("Input.Email", "a@example.org"), new("Input.Password", "x")]);
        using var response = await browser.Client.PostAsync("/Accounts/SignIn", content);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("<h1>The request could not be read</h1>", html, StringComparison.Ordinal);
        Assert.Contains("<nav aria-label=\"Main\">", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_method_no_page_accepts_gets_the_page_with_its_own_status()
    {
        using var browser = factory.Browser();
        using var request = new HttpRequestMessage(HttpMethod.Delete, "/Knowledge");
        using var response = await browser.Client.SendAsync(request);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("<h1>The request could not be read</h1>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_error_page_typed_into_the_address_bar_is_not_found_not_an_error()
    {
        using var browser = factory.Browser();
        using var response = await browser.Client.GetAsync("/Error/500");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("<h1>Page not found</h1>", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(400, "The request could not be read")]
    [InlineData(403, "This is not yours to see")]
    [InlineData(404, "Page not found")]
    [InlineData(405, "That cannot be done here")]
    [InlineData(413, "Too much was sent")]
    [InlineData(429, "Too many requests")]
    [InlineData(500, "Something went wrong on our side")]
    [InlineData(503, "Something went wrong on our side")]
    [InlineData(418, "The request could not be completed")]
    public void Every_status_has_words_for_people(int status, string title)
    {
        var (heading, explanation) = Web.Home.ErrorModel.Words(status);
        Assert.Equal(title, heading);
        Assert.DoesNotContain("Exception", explanation, StringComparison.Ordinal);
    }
}
