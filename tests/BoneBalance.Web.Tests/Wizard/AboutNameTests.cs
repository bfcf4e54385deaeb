using BoneBalance.Web.Tests.TestSupport;
using static BoneBalance.Web.Tests.Wizard.WizardTests;

namespace BoneBalance.Web.Tests.Wizard;

/// <summary>"About you" asks for an optional name, stored as <c>person.name</c> for the clinician report.</summary>
public sealed class AboutNameTests(BoneBalanceFactory factory) : IClassFixture<BoneBalanceFactory>
{
    private async Task<Browser> SignedInAsync()
    {
        var browser = factory.Browser();
        await browser.RegisterAsync(TestAccounts.NewEmail("about-name"));
        return browser;
    }

    [Fact]
    public async Task The_name_is_optional_labelled_for_the_report_stored_trimmed_shown_in_the_review_and_removed_when_cleared()
    {
        using var browser = await SignedInAsync();
        var page = await browser.GetPageAsync("/Assessment/about");
        Assert.Contains("<label for=\"person-name\">Your name (printed on the report for your clinician)</label>", page, StringComparison.Ordinal);
        Assert.Contains("id=\"person-name\" name=\"person.name\" type=\"text\"", page, StringComparison.Ordinal);
        Assert.Contains("autocomplete=\"name\" maxlength=\"100\"", page, StringComparison.Ordinal);

        await StepAsync(browser, "about", [.. About]);
        Assert.False((await ProfileAsync(browser)).GetProperty("person").TryGetProperty("name", out _));

        await StepAsync(browser, "about", [.. About, ("person.name", "  Mary Seacole ")]);
        Assert.Equal("Mary Seacole", (await ProfileAsync(browser)).GetProperty("person").GetProperty("name").GetString());
        Assert.Contains("value=\"Mary Seacole\"", await browser.GetPageAsync("/Assessment/about"), StringComparison.Ordinal);
        Assert.Matches(@"<dt>Name</dt>\s*<dd>Mary Seacole</dd>", await browser.GetPageAsync("/Assessment/review"));

        await StepAsync(browser, "about", [.. About, ("person.name", "")]);
        Assert.False((await ProfileAsync(browser)).GetProperty("person").TryGetProperty("name", out _));
    }

    [Fact]
    public async Task A_name_over_100_characters_is_refused_next_to_its_input()
    {
        using var browser = await SignedInAsync();
        var html = await RefusedAsync(browser, "about", [.. About, ("person.name", new string('a', 101))]);
        Assert.Contains("<a href=\"#person-name\">", html, StringComparison.Ordinal);
        Assert.Contains("id=\"person.name-error\"", html, StringComparison.Ordinal);
        Assert.Contains("is longer than 100 characters (101)", html, StringComparison.Ordinal);
    }
}
