using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.Playwright;

namespace BoneBalance.Web.Tests.RealBrowser;

/// <summary>The history page with two saved assessments, in headless Chromium on a desktop and on a phone.</summary>
[Trait("Category", "Browser")]
public sealed class HistoryFlowTests(ChromiumApp app) : IClassFixture<ChromiumApp>
{
    /// <summary>
    /// The osteopenia example (two scans of two sites) saved twice through <c>POST /api/assessments</c>, with 100 g and then
    /// 30 g of natto logged yesterday and 58 then 54 kg: the list, the trends, a comparison and one saved assessment pass axe,
    /// fit the width, and every chart text is drawn at 12 px or more, inside its chart.
    /// </summary>
    [BrowserFact]
    public Task The_history_of_two_saved_assessments_passes_axe_with_readable_charts_on_a_desktop() => HistoryAsync(1280, 900, "history");

    /// <inheritdoc cref="The_history_of_two_saved_assessments_passes_axe_with_readable_charts_on_a_desktop"/>
    [BrowserFact]
    public Task The_history_of_two_saved_assessments_passes_axe_with_readable_charts_on_a_phone() => HistoryAsync(375, 812, "phone-history");

    private async Task HistoryAsync(int width, int height, string name)
    {
        var page = await app.RegisteredAsync(name, width, height);
        var first = await SaveAsync(page, natto: 100, weightKg: 58);
        await SaveAsync(page, natto: 30, weightKg: 54);

        await page.GotoAsync("/History");
        await Assertions.Expect(page.Locator("[data-assessment]")).ToHaveCountAsync(2);
        await Assertions.Expect(page.Locator(".chart-scroll svg")).ToHaveCountAsync(5);
        await AssertChartTextReadableAsync(page);
        await page.AssertNoHorizontalScrollAsync("/History");
        await page.ScreenshotAsync(name);
        await page.AssertNoSeriousAxeViolationsAsync("history");

        await page.GetByRole(AriaRole.Button, new() { Name = "Compare" }).ClickAsync();
        await page.WaitForURLAsync("**/History/Compare?*");
        await Assertions.Expect(page.GetByTestId("compare-table")).ToBeVisibleAsync();
        await page.AssertNoHorizontalScrollAsync("/History/Compare");
        await page.ScreenshotAsync(name + "-compare");
        await page.AssertNoSeriousAxeViolationsAsync("history compare");

        await page.GotoAsync($"/History/{first}");
        await Assertions.Expect(page.GetByTestId("saved-dxa")).ToHaveTextAsync("Low bone mass (osteopenia)");
        await page.AssertNoHorizontalScrollAsync("/History/{id}");
        await page.ScreenshotAsync(name + "-saved");
        await page.AssertNoSeriousAxeViolationsAsync("saved assessment");

        await page.GotoAsync("/History");
        await page.GetByRole(AriaRole.Button, new() { Name = "Delete the assessment of " + (await page.Locator($"[data-assessment='{first}'] th a").TextContentAsync()) + $" (number {first})" }).ClickAsync();
        try
        {
            await page.WaitForURLAsync("**/History?deleted=true");
        }
        catch (TimeoutException e)
        {
            // Seen once in a full run under load (not reproduced in 3 runs of this class and a full rerun): say where the
            // page was and what it showed, so the next occurrence says why.
            throw new TimeoutException($"No redirect after deleting: the page is at {page.Url} and shows: {(await page.InnerTextAsync("body"))[..Math.Min(400, (await page.InnerTextAsync("body")).Length)]}", e);
        }

        await Assertions.Expect(page.Locator("[data-assessment]")).ToHaveCountAsync(1);
    }

    private static async Task<long> SaveAsync(IPage page, double natto, double weightKg)
    {
        var profile = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(Repository.Root, "examples", "woman-55-osteopenia-omeprazole-levothyroxine.json")))!.AsObject();
        profile["person"]!["weightKg"] = weightKg;
        profile["diary"] = new JsonArray(new JsonObject
        {
            ["date"] = DateTime.UtcNow.AddDays(-1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), ["food"] = "usda:16113", ["grams"] = natto,
        });
        var response = await page.APIRequest.PostAsync("/api/assessments", new()
        {
            DataString = profile.ToJsonString(),
            Headers = new Dictionary<string, string> { ["Content-Type"] = "application/json", ["X-Time-Zone"] = "UTC" },
        });
        Assert.True(response.Status == 201, await response.TextAsync());
        var location = response.Headers["location"];
        return long.Parse(location[(location.LastIndexOf('/') + 1)..], CultureInfo.InvariantCulture);
    }

    /// <summary>Every text of every trend chart: its drawn size (font size × the SVG's scale) at least 12 px, and its box
    /// inside the chart's drawing (no cut label).</summary>
    private static async Task AssertChartTextReadableAsync(IPage page)
    {
        var problems = await page.EvaluateAsync<string[]>("""
            () => [...document.querySelectorAll('.chart-scroll svg')].flatMap(svg => {
                const box = svg.viewBox.baseVal;
                const scale = svg.getBoundingClientRect().width / box.width;
                return [...svg.querySelectorAll('text')].flatMap(t => {
                    const size = parseFloat(t.getAttribute('font-size')) * scale;
                    const b = t.getBBox();
                    const out = [];
                    if (size < 12) out.push(`"${t.textContent}" drawn at ${size.toFixed(1)} px`);
                    if (b.x < 0 || b.y < 0 || b.x + b.width > box.width || b.y + b.height > box.height) out.push(`"${t.textContent}" outside the chart`);
                    return out;
                });
            })
            """);
        Assert.True(problems.Length == 0, string.Join("; ", problems));
    }
}
