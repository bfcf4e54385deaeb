using Microsoft.Playwright;

namespace BoneBalance.Web.Tests.RealBrowser;

/// <summary>Moving through a page with the keyboard alone, as a person who cannot use a pointer does.</summary>
public static class Keyboard
{
    /// <summary>Presses Tab until the element matching <paramref name="selector"/> has focus (fails after <paramref name="limit"/> presses).</summary>
    public static async Task TabToAsync(this IPage page, string selector, int limit = 60)
    {
        ArgumentNullException.ThrowIfNull(page);
        for (var i = 0; i < limit; i++)
        {
            if (await page.EvaluateAsync<bool>("s => document.activeElement?.matches(s) === true", selector))
            {
                return;
            }

            await page.Keyboard.PressAsync("Tab");
        }

        Assert.Fail($"{selector} never got focus after {limit} Tab presses on {page.Url}");
    }

    /// <summary>Tabs to a text field and types into it.</summary>
    public static async Task TabAndTypeAsync(this IPage page, string selector, string text)
    {
        await page.TabToAsync(selector);
        await page.Keyboard.TypeAsync(text);
    }
}
