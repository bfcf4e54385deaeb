namespace BoneBalance.Web.Security;

/// <summary>
/// A few words naming a browser from its User-Agent header ("Firefox on Windows"), for the person's list of signed-in
/// sessions. Only the family of browser and system is kept: never the full header, which can identify a device.
/// </summary>
internal static class DeviceName
{
    // Order matters: Edge and Opera also say "Chrome", Chrome also says "Safari", Android also says "Linux", iOS "Mac OS X".
    private static readonly (string Token, string Name)[] Browsers =
        [("Edg/", "Edge"), ("OPR/", "Opera"), ("Firefox/", "Firefox"), ("Chrome/", "Chrome"), ("Chromium/", "Chromium"), ("Safari/", "Safari")];

    private static readonly (string Token, string Name)[] Systems =
        [("Android", "Android"), ("iPhone", "iPhone"), ("iPad", "iPad"), ("Windows", "Windows"), ("Mac OS X", "macOS"), ("CrOS", "ChromeOS"), ("Linux", "Linux")];

    /// <summary>"Browser on System", "a program" for anything else (curl, scripts), "unknown browser" for no header.</summary>
    public static string Of(string? userAgent)
    {
        if (string.IsNullOrWhiteSpace(userAgent))
        {
            return "unknown browser";
        }

        var browser = First(Browsers, userAgent);
        var system = First(Systems, userAgent);
        return (browser, system) switch
        {
            (null, null) => "a program",
            ({ } b, null) => b,
            (null, { } s) => $"a browser on {s}",
            ({ } b, { } s) => $"{b} on {s}",
        };
    }

    private static string? First((string Token, string Name)[] table, string userAgent)
    {
        foreach (var (token, name) in table)
        {
            if (userAgent.Contains(token, StringComparison.Ordinal))
            {
                return name;
            }
        }

        return null;
    }
}
