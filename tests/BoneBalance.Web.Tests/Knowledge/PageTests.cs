using System.Net;
using BoneBalance.Core.Evidence;
using BoneBalance.Web.Tests.TestSupport;

namespace BoneBalance.Web.Tests.Knowledge;

/// <summary>Every page renders, for a visitor and for a signed-in person, with the layout's navigation.</summary>
public sealed class PageTests(BoneBalanceFactory factory) : IClassFixture<BoneBalanceFactory>
{
    [Theory]
    [InlineData("/", "Medical disclaimer")]
    [InlineData("/Knowledge", "Claim check")]
    [InlineData("/Accounts/SignIn", "<h1>Sign in</h1>")]
    [InlineData("/Accounts/Register", "<h1>Create an account</h1>")]
    public async Task Public_pages_render(string path, string text)
    {
        using var browser = factory.Browser();
        var html = await browser.GetPageAsync(path);
        Assert.Contains(text, html, StringComparison.Ordinal);
        Assert.Contains("<nav aria-label=\"Main\">", html, StringComparison.Ordinal);
        Assert.Contains("<html lang=\"en\">", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/", "Open your food diary")]
    [InlineData("/Diary", "<h1>Food diary</h1>")]
    [InlineData("/Knowledge", "Claim check")]
    [InlineData("/MyData", "<h1>My data</h1>")]
    [InlineData("/Accounts/SignOut", "<h1>Sign out</h1>")]
    public async Task Pages_render_for_a_signed_in_person(string path, string text)
    {
        using var browser = factory.Browser();
        await browser.RegisterAsync(TestAccounts.NewEmail());
        var html = await browser.GetPageAsync(path);
        Assert.Contains(text, html, StringComparison.Ordinal);
        Assert.Contains("href=\"/MyData\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_knowledge_base_shows_all_twelve_questions_with_grades_and_every_claim_with_its_verdict()
    {
        using var browser = factory.Browser();
        var html = await browser.GetPageAsync("/Knowledge");
        foreach (var entry in KnowledgeBase.Entries)
        {
            Assert.Contains($"id=\"faq-{entry.Number}\"", html, StringComparison.Ordinal);
            Assert.Contains($"Evidence grade <strong>{entry.Grade}</strong>", html, StringComparison.Ordinal);
        }

        foreach (var claim in ClaimCheck.Claims)
        {
            Assert.Contains($"id=\"claim-{claim.Id}\"", html, StringComparison.Ordinal);
        }

        Assert.Contains("https://doi.org/", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Static_files_are_served()
    {
        using var browser = factory.Browser();
        using var css = await browser.Client.GetAsync("/css/site.css");
        Assert.Equal(HttpStatusCode.OK, css.StatusCode);
        using var js = await browser.Client.GetAsync("/js/site.js");
        Assert.Equal(HttpStatusCode.OK, js.StatusCode);
    }

    [Theory]
    [InlineData("/", 1)]
    [InlineData("/Knowledge", 1)]
    public async Task The_disclaimer_is_said_once_per_page(string path, int times)
    {
        using var browser = factory.Browser();
        var html = await browser.GetPageAsync(path);
        Assert.Equal(times, System.Text.RegularExpressions.Regex.Count(html, "it does not diagnose or prescribe"));
    }
}
