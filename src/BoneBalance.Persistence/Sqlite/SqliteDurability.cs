using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace BoneBalance.Data.Persistence.Sqlite;

/// <summary>
/// Sets the pragmas that make a committed write survive a crash, on every connection as it opens.
/// </summary>
/// <remarks>
/// <para><c>journal_mode=WAL</c>: a commit appends to the write-ahead log and readers keep reading the last committed
/// state meanwhile; a process killed mid-transaction leaves an uncommitted tail in the log that the next open ignores,
/// so nothing half-written is ever read back. (WAL is stored in the file; setting it again is a no-op.)</para>
/// <para><c>synchronous=FULL</c>: the log is fsynced at every commit. A killed process (kill -9) loses nothing
/// committed even with NORMAL, because a commit's log pages are already in the operating system's cache, which outlives
/// the process. But NORMAL lets the last commits vanish if the machine loses power or the OS crashes before the next
/// checkpoint; for health data someone typed in, "acknowledged" should mean "on disk", and one fsync per commit costs
/// little at the rate people write a diary. Hence FULL.</para>
/// <para><c>busy_timeout</c>: a writer waits up to 5 s for another writer instead of failing at once.</para>
/// </remarks>
public sealed class SqliteDurability : DbConnectionInterceptor
{
    /// <summary>The statement run on each new connection.</summary>
    public const string Pragmas = "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; PRAGMA busy_timeout=5000; PRAGMA foreign_keys=ON;";

    // The physical connections already set up. Microsoft.Data.Sqlite pools them, and the pragmas stay set on a pooled
    // connection, so they run once per physical connection rather than on every open (each API request opens one or
    // more). Weak keys: a connection the pool drops is forgotten with it.
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<object, object> Configured = [];

    /// <inheritdoc/>
    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        ArgumentNullException.ThrowIfNull(connection);
        if (IsConfigured(connection))
        {
            return;
        }

        using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        command.ExecuteNonQuery();
        MarkConfigured(connection);
    }

    /// <inheritdoc/>
    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(connection);
        if (IsConfigured(connection))
        {
            return;
        }

        var command = connection.CreateCommand();
        await using (command.ConfigureAwait(false))
        {
            command.CommandText = Pragmas;
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        MarkConfigured(connection);
    }

    private static bool IsConfigured(DbConnection connection) =>
        connection is Microsoft.Data.Sqlite.SqliteConnection { Handle: { } handle } && Configured.TryGetValue(handle, out _);

    private static void MarkConfigured(DbConnection connection)
    {
        if (connection is Microsoft.Data.Sqlite.SqliteConnection { Handle: { } handle })
        {
            Configured.AddOrUpdate(handle, handle);
        }
    }
}
