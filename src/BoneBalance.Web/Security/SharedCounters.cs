using BoneBalance.Data.Persistence;

namespace BoneBalance.Web.Security;

/// <summary>
/// Counts kept in the accounts database (<see cref="SecurityCounter"/>) rather than in this process, so that a limit
/// holds across every instance of the app behind a load balancer: the sign-in attempts of an address
/// (<see cref="SignInRateLimit"/>), a known browser's failures (<see cref="TrustedDevices"/>), the uses of a CDS Hooks
/// token's <c>jti</c> (<see cref="CdsHooks.JtiReplayGuard"/>). Each increment is one atomic statement; a counter's window
/// ends by time and the row is swept later (<see cref="SecurityCounterSweeper"/>).
/// </summary>
internal sealed class SharedCounters(IServiceScopeFactory scopes, TimeProvider clock)
{
    /// <summary>Adds one to <paramref name="key"/> within a window of <paramref name="window"/> (from the first count, or
    /// from this one when <paramref name="sliding"/>) and returns the new count.</summary>
    public async Task<int> IncrementAsync(string key, TimeSpan window, bool sliding, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BoneBalanceDbContext>();
        return await db.IncrementCounterAsync(key, now.ToUnixTimeMilliseconds(), (now + window).ToUnixTimeMilliseconds(), sliding, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Adds one to <paramref name="key"/>, whose window ends at <paramref name="expires"/>, and returns the new
    /// count (a window already running keeps its end).</summary>
    public async Task<int> IncrementUntilAsync(string key, DateTimeOffset expires, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BoneBalanceDbContext>();
        return await db.IncrementCounterAsync(key, now.ToUnixTimeMilliseconds(), expires.ToUnixTimeMilliseconds(), sliding: false, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The count of <paramref name="key"/> in its current window (0 when none).</summary>
    public async Task<int> ReadAsync(string key, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BoneBalanceDbContext>();
        return await db.ReadCounterAsync(key, clock.GetUtcNow().ToUnixTimeMilliseconds(), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Forgets <paramref name="key"/>.</summary>
    public async Task ClearAsync(string key, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BoneBalanceDbContext>();
        await db.ClearCounterAsync(key, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Deletes the counters whose window has ended; returns how many.</summary>
    public async Task<int> SweepAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BoneBalanceDbContext>();
        return await db.DeleteExpiredCountersAsync(clock.GetUtcNow().ToUnixTimeMilliseconds(), cancellationToken).ConfigureAwait(false);
    }
}
