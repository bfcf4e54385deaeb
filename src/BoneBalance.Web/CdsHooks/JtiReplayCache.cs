using System.Collections.Concurrent;

namespace BoneBalance.Web.CdsHooks;

/// <summary>
/// The <c>jti</c> values already accepted, each kept until its token's <c>exp</c> (plus the clock skew), so a token is
/// accepted once. Held in this process's memory: several instances of the app behind a load balancer each keep their own
/// set, and a token replayed to another instance is not caught (README, "CDS Hooks").
/// </summary>
internal sealed class JtiReplayCache(TimeProvider time)
{
    private const int PurgeEvery = 1_024;
    private readonly ConcurrentDictionary<string, DateTimeOffset> _seen = new(StringComparer.Ordinal);
    private int _adds;

    /// <summary>True the first time an issuer's <paramref name="jti"/> is offered; false while it is remembered.</summary>
    public bool TryUse(string issuer, string jti, DateTimeOffset keepUntil)
    {
        var now = time.GetUtcNow();
        if (Interlocked.Increment(ref _adds) % PurgeEvery == 0)
        {
            foreach (var (key, until) in _seen)
            {
                if (until < now)
                {
                    _seen.TryRemove(key, out _);
                }
            }
        }

        var entry = issuer + "\n" + jti;
        if (_seen.TryAdd(entry, keepUntil))
        {
            return true;
        }

        // An entry whose token has expired may be reused only once the original could no longer be accepted anyway.
        return _seen.TryGetValue(entry, out var old) && old < now && _seen.TryUpdate(entry, keepUntil, old);
    }
}
