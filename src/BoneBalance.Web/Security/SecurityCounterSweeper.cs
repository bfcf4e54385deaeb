namespace BoneBalance.Web.Security;

/// <summary>
/// Deletes ended <see cref="SharedCounters"/> rows every <see cref="Interval"/>, so the table holds only live windows
/// (a few rows per active address, browser and CDS token). Every instance sweeps; a sweep deletes only what has ended, so
/// two at once do no harm.
/// </summary>
internal sealed partial class SecurityCounterSweeper(SharedCounters counters, TimeProvider clock, ILogger<SecurityCounterSweeper> logger) : BackgroundService
{
    /// <summary>Time between sweeps.</summary>
    public static readonly TimeSpan Interval = TimeSpan.FromMinutes(10);

    /// <inheritdoc/>
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, clock);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false))
            {
                try
                {
                    await counters.SweepAsync(stoppingToken).ConfigureAwait(false);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    // A database briefly away must not stop the sweeping for good; the next tick tries again.
                    SweepFailed(logger, e);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down.
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Sweeping ended security counters failed; trying again at the next interval")]
    private static partial void SweepFailed(ILogger logger, Exception exception);
}
