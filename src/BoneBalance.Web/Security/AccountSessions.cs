using System.Security.Claims;
using System.Security.Cryptography;
using BoneBalance.Data.Persistence;
using BoneBalance.Web.Accounts;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;

namespace BoneBalance.Web.Security;

/// <summary>
/// Browser sessions kept on the server (<see cref="AccountSession"/> rows). Each sign-in creates a row and puts its key
/// into the session cookie as the <see cref="KeyClaim"/> claim; every request with the cookie must find its live row
/// (<see cref="ValidateAsync"/>, before the security-stamp check). Signing out deletes this row only, so the cookie and any
/// copy of it stop working at once while the account's other devices stay signed in; <see cref="EndAllAsync"/> (sign out
/// everywhere, password change, account deletion) deletes every row of the account. Keys are never reused. The rows
/// live in the accounts database, so several app instances on one database share them.
/// </summary>
internal sealed class AccountSessions(IServiceScopeFactory scopes, TimeProvider clock)
{
    /// <summary>The claim carrying the session's key inside the (data-protected) cookie.</summary>
    public const string KeyClaim = "bonebalance:session";

    /// <summary>Wires the sessions into the Identity cookie's events and the security-stamp refresh.</summary>
    public static void Register(IServiceCollection services)
    {
        services.AddSingleton<AccountSessions>();
        services.AddOptions<CookieAuthenticationOptions>(IdentityConstants.ApplicationScheme).Configure<AccountSessions>((cookie, sessions) =>
        {
            cookie.Events.OnSigningIn = context => sessions.BeginAsync(context.Principal!, context.HttpContext);
            cookie.Events.OnValidatePrincipal = sessions.ValidateAsync;
            cookie.Events.OnSigningOut = context => sessions.EndAsync(context.HttpContext.User, context.HttpContext.RequestAborted);
        });

        // The stamp check rebuilds the principal on every request: the session key goes along with it.
        services.Configure<SecurityStampValidatorOptions>(options => options.OnRefreshingPrincipal = context =>
        {
            if (context.CurrentPrincipal?.FindFirst(KeyClaim) is { } key && context.NewPrincipal?.Identity is ClaimsIdentity identity)
            {
                identity.AddClaim(new Claim(KeyClaim, key.Value));
            }

            return Task.CompletedTask;
        });
    }

    /// <summary>The session key of a signed-in principal, or null.</summary>
    public static string? KeyOf(ClaimsPrincipal? principal) => principal?.FindFirstValue(KeyClaim);

    /// <summary>Starts a session for a principal being signed in: a new row, and its key as a claim of the principal.</summary>
    public async Task BeginAsync(ClaimsPrincipal principal, HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(principal);
        ArgumentNullException.ThrowIfNull(http);
        var userId = principal.FindFirstValue(ClaimTypes.NameIdentifier) ?? throw new InvalidOperationException("Signing in a principal without a user id.");
        var identity = principal.Identities.First(i => i.IsAuthenticated);
        var now = clock.GetUtcNow().UtcDateTime;
        var key = WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(32));
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BoneBalanceDbContext>();

        // A sign-in on top of a session (the same browser signing in again) ends the old one; its key is not carried over.
        foreach (var old in identity.FindAll(KeyClaim).ToList())
        {
            identity.RemoveClaim(old);
            await db.Sessions.Where(s => s.Id == old.Value).ExecuteDeleteAsync(http.RequestAborted).ConfigureAwait(false);
        }

        // Sessions that have run out go as the account starts a new one, so the table does not grow without end.
        await db.Sessions.Where(s => s.UserId == userId && s.ExpiresUtc < now).ExecuteDeleteAsync(http.RequestAborted).ConfigureAwait(false);
        db.Sessions.Add(new AccountSession
        {
            Id = key,
            UserId = userId,
            CreatedUtc = now,
            ExpiresUtc = now + AccountsRegistration.SessionLifetime,
            Device = DeviceName.Of(http.Request.Headers.UserAgent.ToString()),
        });
        await db.SaveChangesAsync(http.RequestAborted).ConfigureAwait(false);
        identity.AddClaim(new Claim(KeyClaim, key));
    }

    /// <summary>
    /// The cookie check of every request: the session's row must exist, belong to the cookie's account and be live, else
    /// the cookie is refused and cleared; a row past half its life is extended (as the cookie slides). Then the account's
    /// security stamp is checked as Identity does.
    /// </summary>
    public async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var key = KeyOf(context.Principal);
        var userId = context.Principal?.FindFirstValue(ClaimTypes.NameIdentifier);
        var now = clock.GetUtcNow().UtcDateTime;
        DateTime? expires = null;
        if (key is not null && userId is not null)
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<BoneBalanceDbContext>();
            expires = await db.Sessions.AsNoTracking().Where(s => s.Id == key && s.UserId == userId).Select(s => (DateTime?)s.ExpiresUtc)
                .SingleOrDefaultAsync(context.HttpContext.RequestAborted).ConfigureAwait(false);
            if (expires is { } end && end > now && end - now < AccountsRegistration.SessionLifetime / 2)
            {
                var extended = now + AccountsRegistration.SessionLifetime;
                await db.Sessions.Where(s => s.Id == key).ExecuteUpdateAsync(u => u.SetProperty(s => s.ExpiresUtc, extended), context.HttpContext.RequestAborted).ConfigureAwait(false);
            }
        }

        if (expires is not { } live || live <= now)
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme).ConfigureAwait(false);
            return;
        }

        await SecurityStampValidator.ValidatePrincipalAsync(context).ConfigureAwait(false);
    }

    /// <summary>Ends the session of a principal being signed out (nothing when it has none).</summary>
    public async Task EndAsync(ClaimsPrincipal? principal, CancellationToken cancellationToken)
    {
        if (KeyOf(principal) is not { } key)
        {
            return;
        }

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BoneBalanceDbContext>();
        await db.Sessions.Where(s => s.Id == key).ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Ends every session of an account; returns how many there were.</summary>
    public async Task<int> EndAllAsync(string userId, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BoneBalanceDbContext>();
        return await db.Sessions.Where(s => s.UserId == userId).ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Ends one session of the account by its key (another account's key changes nothing); true when it existed.</summary>
    public async Task<bool> EndAsync(string userId, string key, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BoneBalanceDbContext>();
        return await db.Sessions.Where(s => s.Id == key && s.UserId == userId).ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false) > 0;
    }

    /// <summary>The account's live sessions, newest first.</summary>
    public async Task<IReadOnlyList<AccountSession>> ListAsync(string userId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BoneBalanceDbContext>();
        return await db.Sessions.AsNoTracking().Where(s => s.UserId == userId && s.ExpiresUtc > now)
            .OrderByDescending(s => s.CreatedUtc).ToListAsync(cancellationToken).ConfigureAwait(false);
    }
}
