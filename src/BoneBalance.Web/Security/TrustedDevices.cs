using BoneBalance.Data.Persistence;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace BoneBalance.Web.Security;

/// <summary>
/// Browsers that have signed in to an account before ("device cookies", as OWASP's authentication guidance describes
/// them): a stranger who types wrong passwords for someone's address locks the account for everyone else, but not for
/// its owner's own browser, so one person cannot lock another out for good. The cookie is issued on a successful
/// sign-in, names the account and a random device id, is encrypted and signed with the app's data-protection keys, and
/// lasts <see cref="Lifetime"/>. A browser with the cookie that fails <see cref="MaxFailedAttempts"/> times is itself
/// refused for <see cref="ThrottleDuration"/> (a copied cookie buys a guesser nothing over the per-address rate limit).
/// The failures are counted in the database (<see cref="SharedCounters"/>), so they add up across every instance of the
/// app: a copied cookie gets <see cref="MaxFailedAttempts"/> tries in all, not that many per instance.
/// </summary>
internal sealed class TrustedDevices(IDataProtectionProvider protection, SharedCounters failures, TimeProvider clock)
{
    /// <summary>The cookie's name.</summary>
    public const string CookieName = "BoneBalance.Device";

    /// <summary>How long a browser stays known.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(180);

    /// <summary>Failures that make a known browser count as unknown.</summary>
    public const int MaxFailedAttempts = 5;

    /// <summary>How long a known browser counts as unknown after <see cref="MaxFailedAttempts"/> failures.</summary>
    public static readonly TimeSpan ThrottleDuration = TimeSpan.FromMinutes(15);

    private readonly IDataProtector _protector = protection.CreateProtector("BoneBalance.TrustedDevice.v1");

    /// <summary>True when the request comes from a browser that signed in to <paramref name="userId"/> before and has not
    /// failed too often since.</summary>
    public async Task<bool> IsTrustedForAsync(HttpContext context, string userId) =>
        Read(context) is { } device && device.UserId == userId
        && await failures.ReadAsync(Key(device.DeviceId), context.RequestAborted).ConfigureAwait(false) < MaxFailedAttempts;

    /// <summary>Remembers this browser for the account (after a successful sign-in).</summary>
    public async Task TrustAsync(HttpContext context, string userId)
    {
        var deviceId = Read(context) is { } known && known.UserId == userId ? known.DeviceId : Guid.NewGuid().ToString("N");
        await failures.ClearAsync(Key(deviceId), context.RequestAborted).ConfigureAwait(false);
        context.Response.Cookies.Append(CookieName, _protector.Protect(userId + "\n" + deviceId), new CookieOptions
        {
            HttpOnly = true,
            Secure = context.Request.IsHttps,
            SameSite = SameSiteMode.Strict,
            Path = "/Accounts",
            Expires = clock.GetUtcNow().Add(Lifetime),
            IsEssential = true,
        });
    }

    /// <summary>Counts a failed sign-in from this browser, when it is a known one.</summary>
    public async Task RecordFailureAsync(HttpContext context)
    {
        if (Read(context) is { } device)
        {
            // Sliding: the browser stays refused until ThrottleDuration after its latest failure.
            await failures.IncrementAsync(Key(device.DeviceId), ThrottleDuration, sliding: true, context.RequestAborted).ConfigureAwait(false);
        }
    }

    private static string Key(string deviceId) => "device:" + deviceId;

    private (string UserId, string DeviceId)? Read(HttpContext context)
    {
        if (!context.Request.Cookies.TryGetValue(CookieName, out var value) || string.IsNullOrEmpty(value) || value.Length > 1024)
        {
            return null;
        }

        try
        {
            var parts = _protector.Unprotect(value).Split('\n');
            return parts.Length == 2 ? (parts[0], parts[1]) : null;
        }
        catch (System.Security.Cryptography.CryptographicException)
        {
            return null;
        }
    }
}

/// <summary>Identity's sign-in manager, except that a lock-out does not apply in a browser the account has signed in
/// with before (<see cref="TrustedDevices"/>).</summary>
internal sealed class DeviceAwareSignInManager(
    UserManager<BoneBalanceUser> users,
    IHttpContextAccessor contextAccessor,
    IUserClaimsPrincipalFactory<BoneBalanceUser> claimsFactory,
    IOptions<IdentityOptions> options,
    ILogger<SignInManager<BoneBalanceUser>> logger,
    IAuthenticationSchemeProvider schemes,
    IUserConfirmation<BoneBalanceUser> confirmation,
    TrustedDevices devices)
    : SignInManager<BoneBalanceUser>(users, contextAccessor, claimsFactory, options, logger, schemes, confirmation)
{
    /// <inheritdoc/>
    protected override async Task<bool> IsLockedOut(BoneBalanceUser user) =>
        await base.IsLockedOut(user).ConfigureAwait(false) && !await devices.IsTrustedForAsync(Context, user.Id).ConfigureAwait(false);
}
