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

    /// <summary>
    /// Saves a full-page screenshot to <see cref="ChromiumApp.ScreenshotDirectory"/>. A screenshot is an artefact, not an
    /// assertion: Chromium's "Unable to capture screenshot" (seen once in a full run under load, on a page that passed
    /// every check) is retried once, and if it fails again the reason is written beside where the picture would be
    /// (<c>name.png.txt</c>) instead of failing the test whose checks passed.
    /// </summary>
    public static async Task ScreenshotAsync(this IPage page, string name)
    {
        ArgumentNullException.ThrowIfNull(page);
        var path = Path.Combine(ChromiumApp.ScreenshotDirectory, name + ".png");
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await page.ScreenshotAsync(new() { Path = path, FullPage = true });
                return;
            }
            catch (PlaywrightException e) when (e.Message.Contains("Unable to capture screenshot", StringComparison.Ordinal))
            {
                if (attempt == 2)
                {
                    await File.WriteAllTextAsync(path + ".txt", $"{page.Url}: {e.Message}");
                    return;
                }

                await Task.Delay(500);
            }
        }
    }
}
