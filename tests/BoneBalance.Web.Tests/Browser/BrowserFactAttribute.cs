namespace BoneBalance.Web.Tests.RealBrowser;

/// <summary>A test that drives Chromium: skipped (reported, not silent) only when <see cref="ChromiumApp.OptOutVariable"/> is 1.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute()
    {
        if (ChromiumApp.OptedOut)
        {
            Skip = $"{ChromiumApp.OptOutVariable}=1: browser tests switched off";
        }
    }
}
