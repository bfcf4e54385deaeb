using BoneBalance.Data.Persistence;
using BoneBalance.Web.Tests.TestSupport;

namespace BoneBalance.Web.Tests.Persistence;

/// <summary>
/// The counters several instances share (<see cref="BoneBalanceDbContext.IncrementCounterAsync"/>): windows that end,
/// fixed or sliding, the sweep, and increments from many connections at once, on SQLite
/// (<see cref="SecurityCounterTests"/>) and PostgreSQL (<see cref="PostgresSecurityCounterTests"/>). Times are Unix
/// milliseconds chosen by the test, not the clock.
/// </summary>
internal static class SecurityCounterChecks
{
    public static async Task A_fixed_window_counts_up_and_starts_again_at_one_once_it_has_ended(BoneBalanceFactory factory)
    {
        var key = Key();
        await using var db = Started(factory);
        Assert.Equal(1, await db.IncrementCounterAsync(key, now: 1_000, expiresAt: 61_000, sliding: false));
        Assert.Equal(2, await db.IncrementCounterAsync(key, now: 2_000, expiresAt: 62_000, sliding: false));
        Assert.Equal(3, await db.IncrementCounterAsync(key, now: 60_999, expiresAt: 120_999, sliding: false));
        Assert.Equal(3, await db.ReadCounterAsync(key, now: 60_999));
        Assert.Equal(0, await db.ReadCounterAsync(key, now: 61_000)); // the window of the first count has ended
        Assert.Equal(1, await db.IncrementCounterAsync(key, now: 61_000, expiresAt: 121_000, sliding: false));
        Assert.Equal(1, await db.ReadCounterAsync(key, now: 120_999));
    }

    public static async Task A_sliding_window_ends_its_length_after_the_latest_count(BoneBalanceFactory factory)
    {
        var key = Key();
        await using var db = Started(factory);
        Assert.Equal(1, await db.IncrementCounterAsync(key, now: 1_000, expiresAt: 901_000, sliding: true));
        Assert.Equal(2, await db.IncrementCounterAsync(key, now: 500_000, expiresAt: 1_400_000, sliding: true));
        Assert.Equal(2, await db.ReadCounterAsync(key, now: 1_399_999));
        Assert.Equal(0, await db.ReadCounterAsync(key, now: 1_400_000));
        await db.ClearCounterAsync(key);
        Assert.Equal(0, await db.ReadCounterAsync(key, now: 1_000));
    }

    public static async Task The_sweep_deletes_only_ended_counters(BoneBalanceFactory factory)
    {
        var (ended, live) = (Key(), Key());
        await using var db = Started(factory);
        // Far in the past and far in the future of whatever other tests of the class left: only "ended" is between.
        await db.IncrementCounterAsync(ended, now: 1, expiresAt: 2, sliding: false);
        await db.IncrementCounterAsync(live, now: 1, expiresAt: long.MaxValue / 2, sliding: false);
        Assert.True(await db.DeleteExpiredCountersAsync(now: 3) >= 1);
        Assert.Equal(1, await db.ReadCounterAsync(live, now: 3));
        Assert.Empty(db.SecurityCounters.Where(c => c.Key == ended));
    }

    public static async Task Increments_from_many_connections_at_once_are_each_counted_once(BoneBalanceFactory factory)
    {
        const int Increments = 24;
        var key = Key();
        await using (Started(factory))
        {
        }

        var counts = await Task.WhenAll(Enumerable.Range(0, Increments).Select(async _ =>
        {
            await using var db = factory.Database(null);
            return await db.IncrementCounterAsync(key, now: 1_000, expiresAt: 61_000, sliding: false);
        }));

        // Each increment saw the count its own statement made: 1 to 24, each once.
        Assert.Equal(Enumerable.Range(1, Increments), counts.Order());
        await using var check = factory.Database(null);
        Assert.Equal(Increments, await check.ReadCounterAsync(key, now: 1_000));
    }

    public static async Task A_key_longer_than_the_column_is_refused_naming_the_valid_length(BoneBalanceFactory factory)
    {
        await using var db = Started(factory);
        var refused = await Assert.ThrowsAsync<ArgumentException>(() => db.IncrementCounterAsync(new string('k', 101), 1, 2, sliding: false));
        Assert.Contains("valid: 1 to 100", refused.Message, StringComparison.Ordinal);
    }

    private static string Key() => "test:" + Guid.NewGuid().ToString("N");

    // The app's start-up migrates the database; then a context with no owner (the counters are not owned rows).
    private static BoneBalanceDbContext Started(BoneBalanceFactory factory)
    {
        _ = factory.Services;
        return factory.Database(null);
    }
}

public sealed class SecurityCounterTests(BoneBalanceFactory factory) : IClassFixture<BoneBalanceFactory>
{
    [Fact]
    public Task A_fixed_window_counts_up_and_starts_again_at_one_once_it_has_ended() => SecurityCounterChecks.A_fixed_window_counts_up_and_starts_again_at_one_once_it_has_ended(factory);

    [Fact]
    public Task A_sliding_window_ends_its_length_after_the_latest_count() => SecurityCounterChecks.A_sliding_window_ends_its_length_after_the_latest_count(factory);

    [Fact]
    public Task The_sweep_deletes_only_ended_counters() => SecurityCounterChecks.The_sweep_deletes_only_ended_counters(factory);

    [Fact]
    public Task Increments_from_many_connections_at_once_are_each_counted_once() => SecurityCounterChecks.Increments_from_many_connections_at_once_are_each_counted_once(factory);

    [Fact]
    public Task A_key_longer_than_the_column_is_refused_naming_the_valid_length() => SecurityCounterChecks.A_key_longer_than_the_column_is_refused_naming_the_valid_length(factory);
}

[Trait("Database", TestDatabase.PostgresOnly)]
public sealed class PostgresSecurityCounterTests(PostgresBoneBalanceFactory factory) : IClassFixture<PostgresBoneBalanceFactory>
{
    [PostgresFact]
    public Task A_fixed_window_counts_up_and_starts_again_at_one_once_it_has_ended() => SecurityCounterChecks.A_fixed_window_counts_up_and_starts_again_at_one_once_it_has_ended(factory);

    [PostgresFact]
    public Task A_sliding_window_ends_its_length_after_the_latest_count() => SecurityCounterChecks.A_sliding_window_ends_its_length_after_the_latest_count(factory);

    [PostgresFact]
    public Task The_sweep_deletes_only_ended_counters() => SecurityCounterChecks.The_sweep_deletes_only_ended_counters(factory);

    [PostgresFact]
    public Task Increments_from_many_connections_at_once_are_each_counted_once() => SecurityCounterChecks.Increments_from_many_connections_at_once_are_each_counted_once(factory);
}
