using System.Threading.Channels;
using BoneBalance.Data.Persistence;
using Microsoft.EntityFrameworkCore;

namespace BoneBalance.Web.Assessments;

/// <summary>
/// Stores saved assessments with group commit: requests queue their rows, one writer inserts whatever is waiting in
/// one transaction, and each request is answered only after the transaction holding its row has committed.
/// </summary>
/// <remarks>
/// <para>Why: a stored assessment is one SQLite commit, and with <c>synchronous=FULL</c> every commit waits for an
/// fsync. One transaction per request made the disk's sync rate the ceiling of <c>POST /api/assessments</c> (the load
/// benchmark measured ~440 requests/s stored against ~1,800 not stored). Committing the rows that arrived during the
/// previous commit together costs one fsync for all of them, so throughput follows the CPU again while
/// "acknowledged" still means "on disk": no response is sent before its row's commit.</para>
/// <para>The limit of saved assessments per account (<see cref="Accounts.AccountQuotas.SavedAssessments"/>) is checked
/// here, with one count per batch for the batch's accounts rather than one query per request: a row that would pass
/// its account's limit fails its own request (<see cref="BoneBalance.Core.Validation.InvalidInputException"/>, field
/// <c>assessments</c>) and the rest of the batch is committed. Within one process this writer is the only one that
/// inserts saved assessments; several instances of the app on one database each have their own, so the count and the
/// insert share one transaction that first holds the batch's accounts (<see cref="BoneBalanceDbContext.LockAccountsAsync"/>:
/// PostgreSQL row locks, SQLite's write lock): the limit is kept by the database, and two writers cannot both take an
/// account's last place.</para>
/// <para>Failures: a failed batch is retried one row at a time, so one bad row (say, of an account deleted a moment
/// earlier) fails only its own request. The queue is bounded; when it is full, requests wait (back-pressure). On
/// shutdown the writer stops taking rows and commits the ones already queued.</para>
/// </remarks>
internal sealed partial class AssessmentWriter(IServiceScopeFactory scopes, ILogger<AssessmentWriter> logger) : BackgroundService
{
    /// <summary>Most rows in one transaction (each row is ~10–15 kB: the result is kept compressed).</summary>
    public const int MaxBatch = 64;

    /// <summary>Most rows waiting; beyond it, requests wait to enqueue.</summary>
    public const int Capacity = 1024;

    private readonly Channel<Pending> _queue = Channel.CreateBounded<Pending>(
        new BoundedChannelOptions(Capacity) { SingleReader = true, FullMode = BoundedChannelFullMode.Wait });

    /// <summary>
    /// Queues <paramref name="row"/> (its owner and creation time set) and completes once it is committed, with its
    /// id set. Cancelling stops the wait, not necessarily the write.
    /// </summary>
    public async Task SaveAsync(SavedAssessment row, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(row);
        if (row.OwnerId.Length == 0)
        {
            throw new InvalidOperationException("A saved assessment needs its owner.");
        }

        var pending = new Pending(row, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
        await _queue.Writer.WriteAsync(pending, cancellationToken).ConfigureAwait(false);
        await pending.Committed.Task.WaitAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc/>
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var batch = new List<Pending>(MaxBatch);
        try
        {
            while (await _queue.Reader.WaitToReadAsync(stoppingToken).ConfigureAwait(false))
            {
                await DrainAsync(batch).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down: take no more rows, commit the ones already queued.
        }

        _queue.Writer.TryComplete();
        await DrainAsync(batch).ConfigureAwait(false);
    }

    // Commits everything queued now, MaxBatch rows per transaction.
    private async Task DrainAsync(List<Pending> batch)
    {
        while (true)
        {
            batch.Clear();
            while (batch.Count < MaxBatch && _queue.Reader.TryRead(out var pending))
            {
                batch.Add(pending);
            }

            if (batch.Count == 0)
            {
                return;
            }

            if (await TryCommitAsync(batch).ConfigureAwait(false) is { } failure)
            {
                if (batch.Count == 1)
                {
                    batch[0].Committed.TrySetException(failure);
                    continue;
                }

                BatchFailed(logger, batch.Count, failure);
                foreach (var pending in batch)
                {
                    if (!pending.Committed.Task.IsCompleted && await TryCommitAsync([pending]).ConfigureAwait(false) is { } alone)
                    {
                        pending.Committed.TrySetException(alone);
                    }
                }
            }
        }
    }

    // One transaction of the rows within their accounts' limit; on success every request in it is answered (a row past
    // its limit is answered with the refusal at once). Returns the failure instead of throwing.
    private async Task<Exception?> TryCommitAsync(IReadOnlyList<Pending> batch)
    {
        var accepted = new List<Pending>(batch.Count);
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<BoneBalanceDbContext>();
            // Count and insert in one transaction that holds the batch's accounts, so that another instance's writer
            // (several app instances on one database) cannot take an account's last place between the two.
            await using var transaction = await db.Database.BeginTransactionAsync(CancellationToken.None).ConfigureAwait(false);
            await db.LockAccountsAsync([.. batch.Select(p => p.Row.OwnerId).Distinct(StringComparer.Ordinal)], CancellationToken.None).ConfigureAwait(false);
            var counts = await CountsAsync(db, batch).ConfigureAwait(false);
            foreach (var pending in batch)
            {
                var kept = counts.GetValueOrDefault(pending.Row.OwnerId);
                if (Accounts.AccountQuotas.SavedAssessmentRefusal(kept) is { } refused)
                {
                    pending.Committed.TrySetException(refused);
                    continue;
                }

                counts[pending.Row.OwnerId] = kept + 1;
                accepted.Add(pending);
            }

            if (accepted.Count > 0)
            {
                await db.AppendAssessmentsAsync(accepted.ConvertAll(p => p.Row), CancellationToken.None).ConfigureAwait(false);
            }

            await transaction.CommitAsync(CancellationToken.None).ConfigureAwait(false);
        }
#pragma warning disable CA1031 // Any failure of the write belongs to the waiting requests, not to this loop.
        catch (Exception e)
#pragma warning restore CA1031
        {
            // Nothing was committed: the rows go back to unsaved (an insert may have given them ids before the commit
            // failed), so that the retry one by one can append them again.
            foreach (var pending in accepted)
            {
                pending.Row.Id = 0;
            }

            return e;
        }

        foreach (var pending in accepted)
        {
            pending.Committed.TrySetResult();
        }

        return null;
    }

    // How many saved assessments each account of the batch keeps now (across owners: the context of this background
    // scope has none; the owners come from the authenticated requests that queued the rows).
    private static async Task<Dictionary<string, int>> CountsAsync(BoneBalanceDbContext db, IReadOnlyList<Pending> batch)
    {
        var owners = batch.Select(p => p.Row.OwnerId).Distinct(StringComparer.Ordinal).ToList();
        return await db.Assessments.IgnoreQueryFilters().AsNoTracking()
            .Where(a => owners.Contains(a.OwnerId))
            .GroupBy(a => a.OwnerId)
            .Select(g => new { Owner = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Owner, g => g.Count, StringComparer.Ordinal, CancellationToken.None).ConfigureAwait(false);
    }

    private sealed record Pending(SavedAssessment Row, TaskCompletionSource Committed);

    [LoggerMessage(Level = LogLevel.Warning, Message = "A group commit of {Count} assessments failed; retrying them one by one")]
    private static partial void BatchFailed(ILogger logger, int count, Exception exception);
}
