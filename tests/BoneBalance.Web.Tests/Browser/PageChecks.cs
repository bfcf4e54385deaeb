using System.Text;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace BoneBalance.Web.Tests.RealBrowser;

/// <summary>What every main page must pass in a real browser: axe, a phone's width, and a screenshot kept as an artefact.</summary>
public static class PageChecks
{
    /// <summary>Runs axe-core on the page and fails listing every serious or critical violation.</summary>
    public static async Task AssertNoSeriousAxeViolationsAsync(this IPage page, string name)
    {
        ArgumentNullException.ThrowIfNull(page);
        var result = await page.RunAxe();
        // Every violation, whatever its impact, is kept as an artefact next to the screenshots (the test fails on serious ones).
        var all = string.Join("\n", result.Violations.Select(v => $"[{v.Impact}] {v.Id}: {v.Help} ({v.Nodes.Length} element(s))"));
        var file = string.Concat(name.Select(c => char.IsLetterOrDigit(c) ? c : '-'));
        await File.WriteAllTextAsync(Path.Combine(ChromiumApp.ScreenshotDirectory, $"axe-{file}.txt"), $"{page.Url}\n{all}\n");
        var serious = result.Violations.Where(v => v.Impact is "serious" or "critical").ToList();
        if (serious.Count == 0)
        {
            return;
        }

        var report = new StringBuilder($"axe on {name} ({page.Url}): {serious.Count} serious/critical violation(s)\n");
        foreach (var violation in serious)
        {
            report.AppendLine($"- [{violation.Impact}] {violation.Id}: {violation.Help} ({violation.HelpUrl})");
            foreach (var node in violation.Nodes.Take(5))
            {
                report.AppendLine($"    {string.Join(" ", node.Target?.ToString() ?? "")}: {node.Html}");
            }
        }

        Assert.Fail(report.ToString());
    }

    /// <summary>Fails when the page is wider than the viewport (horizontal scrolling on a phone).</summary>
    public static async Task AssertNoHorizontalScrollAsync(this IPage page, string name)
    {
        ArgumentNullException.ThrowIfNull(page);
        var widths = await page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]");
        Assert.True(widths[0] <= widths[1], $"{name} ({page.Url}) scrolls sideways at {widths[1]} px: content is {widths[0]} px wide");
    }

    /// <summary>Saves a full-page screenshot to <see cref="ChromiumApp.ScreenshotDirectory"/>.</summary>
    public static async Task ScreenshotAsync(this IPage page, string name)
    {
        ArgumentNullException.ThrowIfNull(page);
        await page.ScreenshotAsync(new() { Path = Path.Combine(ChromiumApp.ScreenshotDirectory, name + ".png"), FullPage = true });
    }
}
