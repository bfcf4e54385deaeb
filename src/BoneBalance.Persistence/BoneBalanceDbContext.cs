using System.Collections.Concurrent;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace BoneBalance.Data.Persistence;

/// <summary>
/// The web application's database: Identity's tables plus the rows people enter (<see cref="OwnedRow"/>s).
/// </summary>
/// <remarks>
/// <para>Ownership is enforced here, not by each caller. The context is created for one <see cref="DataOwner"/>:
/// every query of an owned table is filtered to that owner (a global query filter, so a forgotten
/// <c>Where(OwnerId == …)</c> cannot leak another person's rows: another owner's id reads as not found), and
/// <see cref="SaveChanges(bool)"/> stamps the owner on new rows and refuses to insert, change or delete a row of
/// anyone else. Only <see cref="FindApiTokenAsync"/> reads across owners, because a bearer token is what tells whose
/// request it is.</para>
/// <para>Every write is a transaction: <c>SaveChanges</c> wraps its statements in one, and operations of several
/// steps (<see cref="DeleteOwnedRowsAsync"/>, copying a day) open an explicit one.</para>
/// <para>Migrations are per provider. EF Core keys migrations by context type, so each provider has its own
/// subclass with its own migrations folder (<c>Persistence/Sqlite/Migrations</c>,
/// <c>Persistence/Postgres/Migrations</c>) in this one assembly; the model itself is defined once, here.</para>
/// <para>Everything that several app instances on one database must agree on lives here too: sessions, the
/// data-protection key ring (<see cref="DataProtectionKeys"/>) and the security counters (<see cref="SecurityCounters"/>).</para>
/// </remarks>
public abstract class BoneBalanceDbContext : IdentityDbContext<BoneBalanceUser>, IDataProtectionKeyContext
{
    /// <summary>Creates the context for <paramref name="owner"/>.</summary>
    protected BoneBalanceDbContext(DbContextOptions options, DataOwner owner)
        : base(options)
    {
        ArgumentNullException.ThrowIfNull(owner);
        Owner = owner;
    }

    /// <summary>Whose rows this context sees.</summary>
    public DataOwner Owner { get; }

    /// <summary>Profiles (at most one per account).</summary>
    public DbSet<StoredProfile> Profiles => Set<StoredProfile>();

    /// <summary>Food diary rows.</summary>
    public DbSet<DiaryFood> DiaryFoods => Set<DiaryFood>();

    /// <summary>Supplement diary rows.</summary>
    public DbSet<DiarySupplement> DiarySupplements => Set<DiarySupplement>();

    /// <summary>Saved assessments.</summary>
    public DbSet<SavedAssessment> Assessments => Set<SavedAssessment>();

    /// <summary>API tokens.</summary>
    public DbSet<ApiToken> ApiTokens => Set<ApiToken>();

    /// <summary>Signed-in browser sessions (<see cref="AccountSession"/>): not owner-filtered, read by key.</summary>
    public DbSet<AccountSession> Sessions => Set<AccountSession>();

    /// <summary>The ASP.NET Core data-protection key ring (XML elements), shared by every instance of the app.</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    /// <summary>Counts shared by every instance (<see cref="SecurityCounter"/>): not owner-filtered, read by key.</summary>
    public DbSet<SecurityCounter> SecurityCounters => Set<SecurityCounter>();

    // Read by the query filters: EF Core evaluates a context member per query, so each context sees its own owner.
    private string? OwnerId => Owner.UserId;

    private static readonly TimeSpan LastUsedResolution = TimeSpan.FromMinutes(1);

    // Every API request runs this query, so it is compiled once rather than translated (and its parameters extracted
    // from the expression tree) on each call. Once per context type: a compiled query keeps the executor of the last
    // model it ran on, so one shared by the SQLite and PostgreSQL contexts in one process (the tests) ran SQLite's
    // executor on a PostgreSQL connection when two requests interleaved.
    private static readonly ConcurrentDictionary<Type, Func<BoneBalanceDbContext, byte[], CancellationToken, Task<ApiToken?>>> TokenByHash = new();

    private static Func<BoneBalanceDbContext, byte[], CancellationToken, Task<ApiToken?>> CompileTokenByHash() =>
        EF.CompileAsyncQuery((BoneBalanceDbContext db, byte[] hash, CancellationToken _) =>
            db.ApiTokens.IgnoreQueryFilters().AsNoTracking().SingleOrDefault(t => t.Hash == hash));

    /// <summary>
    /// The token whose hash is <paramref name="hash"/>, whoever owns it; null when there is none. Its last use is set to
    /// <paramref name="nowUtc"/> when the stored one is a minute old or older. The one cross-owner read: it is how a
    /// bearer request finds its owner.
    /// </summary>
    public async Task<ApiToken?> FindApiTokenAsync(byte[] hash, DateTime nowUtc, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(hash);
        var token = await TokenByHash.GetOrAdd(GetType(), static _ => CompileTokenByHash())(this, hash, cancellationToken).ConfigureAwait(false);
        // "Last used" is shown to a minute (My data), so it is written at most once a minute per token: writing it on
        // every request made every API call a SQLite write with an fsync, which capped the whole API at the disk's
        // sync rate (the load benchmark, bench/load, measured GET /api/echo at a few hundred requests a second).
        if (token is not null && (token.LastUsedUtc is not { } last || nowUtc - last >= LastUsedResolution))
        {
            await ApiTokens.IgnoreQueryFilters().Where(t => t.Id == token.Id)
                .ExecuteUpdateAsync(s => s.SetProperty(t => t.LastUsedUtc, nowUtc), cancellationToken).ConfigureAwait(false);
            token.LastUsedUtc = nowUtc;
        }

        return token;
    }

    /// <summary>
    /// Inserts saved assessments of one or more accounts in one transaction: one commit, hence one fsync, for all of
    /// them (the group commit of the web app's assessment writer). The one cross-owner write: each row must already
    /// carry its <see cref="OwnedRow.OwnerId"/>, which the caller takes from the authenticated request, never from
    /// its body; nothing else may be pending on this context. Returns with every row's <see cref="OwnedRow.Id"/> set,
    /// or throws with nothing written.
    /// </summary>
    /// <exception cref="InvalidOperationException">A row without an owner, a row already saved, or other pending changes.</exception>
    public async Task AppendAssessmentsAsync(IReadOnlyList<SavedAssessment> rows, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(rows);
        if (ChangeTracker.HasChanges())
        {
            throw new InvalidOperationException("Assessments are appended on a context with no other pending changes.");
        }

        foreach (var row in rows)
        {
            if (row.OwnerId.Length == 0 || row.Id != 0 || row.CreatedUtc == default)
            {
                throw new InvalidOperationException("An appended assessment needs its owner and creation time, and no id yet.");
            }
        }

        Assessments.AddRange(rows);
        try
        {
            // base: the per-owner guard of SaveChanges is what this method replaces (owners checked above).
            await base.SaveChangesAsync(acceptAllChangesOnSuccess: true, cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            // Nothing was written: the rows go back to unsaved, so that the caller may retry them.
            foreach (var row in rows)
            {
                row.Id = 0;
            }

            throw;
        }
        finally
        {
            ChangeTracker.Clear();
        }
    }

    /// <summary>
    /// Adds one to the counter <paramref name="key"/> and returns its new count, in one statement (an upsert, atomic on
    /// SQLite and PostgreSQL alike, so two instances counting at once both count). A counter whose window has ended
    /// starts again at 1 with a new window ending at <paramref name="expiresAt"/>; a live one keeps its window unless
    /// <paramref name="sliding"/>, when every increment moves the end to <paramref name="expiresAt"/>.
    /// </summary>
    /// <param name="key">The counter (at most <see cref="SecurityCounter.MaximumKeyLength"/> characters).</param>
    /// <param name="now">Now, in Unix milliseconds.</param>
    /// <param name="expiresAt">The end of a new (or, when sliding, of the current) window, in Unix milliseconds.</param>
    /// <param name="sliding">Whether each increment extends the window.</param>
    /// <param name="cancellationToken">Cancels the statement.</param>
    public async Task<int> IncrementCounterAsync(string key, long now, long expiresAt, bool sliding, CancellationToken cancellationToken = default)
    {
        CheckCounterKey(key);
        var slide = sliding ? 1 : 0;
        // Plain SQL both providers accept: INSERT … ON CONFLICT DO UPDATE … RETURNING (SQLite ≥ 3.35, PostgreSQL ≥ 9.5).
        var counts = await Database.SqlQuery<int>($"""
            INSERT INTO "SecurityCounters" ("Key", "Count", "ExpiresAt") VALUES ({key}, 1, {expiresAt})
            ON CONFLICT ("Key") DO UPDATE SET
              "Count" = CASE WHEN "SecurityCounters"."ExpiresAt" <= {now} THEN 1 ELSE "SecurityCounters"."Count" + 1 END,
              "ExpiresAt" = CASE WHEN "SecurityCounters"."ExpiresAt" <= {now} OR {slide} = 1 THEN {expiresAt} ELSE "SecurityCounters"."ExpiresAt" END
            RETURNING "Count" AS "Value"
            """).ToListAsync(cancellationToken).ConfigureAwait(false);
        return counts[0];
    }

    /// <summary>The count of <paramref name="key"/> within its window (0 when there is none or it has ended).</summary>
    public async Task<int> ReadCounterAsync(string key, long now, CancellationToken cancellationToken = default)
    {
        CheckCounterKey(key);
        return await SecurityCounters.AsNoTracking().Where(c => c.Key == key && c.ExpiresAt > now).Select(c => c.Count)
            .FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Forgets the counter <paramref name="key"/>.</summary>
    public async Task ClearCounterAsync(string key, CancellationToken cancellationToken = default)
    {
        CheckCounterKey(key);
        await SecurityCounters.Where(c => c.Key == key).ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Deletes the counters whose window ended before <paramref name="now"/> (Unix milliseconds); returns how many.</summary>
    public Task<int> DeleteExpiredCountersAsync(long now, CancellationToken cancellationToken = default) =>
        SecurityCounters.Where(c => c.ExpiresAt <= now).ExecuteDeleteAsync(cancellationToken);

    /// <summary>
    /// Within the current transaction, waits until no other transaction holds the accounts <paramref name="userIds"/>,
    /// then holds them until this one ends, so that counting an account's rows and inserting more is one step even when
    /// several app instances write (the saved-assessment limit). PostgreSQL: the accounts' rows are locked
    /// (<c>FOR NO KEY UPDATE</c>, in id order so that two writers cannot deadlock; foreign-key checks of other inserts are
    /// not blocked). SQLite: nothing to do, a write transaction already holds the whole database
    /// (Microsoft.Data.Sqlite begins it <c>IMMEDIATE</c>).
    /// </summary>
    /// <exception cref="InvalidOperationException">No transaction is open.</exception>
    public async Task LockAccountsAsync(IReadOnlyCollection<string> userIds, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(userIds);
        if (Database.CurrentTransaction is null)
        {
            throw new InvalidOperationException("Accounts are locked within a transaction: begin one first.");
        }

        if (Database.ProviderName == "Npgsql.EntityFrameworkCore.PostgreSQL" && userIds.Count > 0)
        {
            var ids = userIds.Order(StringComparer.Ordinal).ToArray();
            await Database.SqlQuery<string>($"""SELECT "Id" AS "Value" FROM "AspNetUsers" WHERE "Id" = ANY({ids}) ORDER BY "Id" FOR NO KEY UPDATE""")
                .ToListAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    private static void CheckCounterKey(string key)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        if (key.Length > SecurityCounter.MaximumKeyLength)
        {
            throw new ArgumentException($"A counter key of {key.Length} characters is too long; valid: 1 to {SecurityCounter.MaximumKeyLength}.", nameof(key));
        }
    }

    /// <summary>
    /// Deletes every owned row of the current owner, in one transaction that the caller may extend (the account row
    /// itself is deleted through Identity, whose cascade would remove these rows too; deleting them explicitly does
    /// not rely on the provider enforcing foreign keys).
    /// </summary>
    public async Task<int> DeleteOwnedRowsAsync(CancellationToken cancellationToken = default)
    {
        RequireOwner();
        var deleted = 0;
        deleted += await Profiles.ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
        deleted += await DiaryFoods.ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
        deleted += await DiarySupplements.ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
        deleted += await Assessments.ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
        deleted += await ApiTokens.ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
        var owner = RequireOwner();
        deleted += await Sessions.Where(s => s.UserId == owner).ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
        return deleted;
    }

    /// <inheritdoc/>
    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        GuardOwnership();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    /// <inheritdoc/>
    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        GuardOwnership();
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    /// <inheritdoc/>
    protected override void OnModelCreating(ModelBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        base.OnModelCreating(builder);

        Owned<StoredProfile>(builder).HasIndex(p => p.OwnerId).IsUnique();
        Owned<DiaryFood>(builder, e =>
        {
            e.HasIndex(d => new { d.OwnerId, d.Date });
            e.Property(d => d.FoodId).HasMaxLength(64);
            e.Property(d => d.Measure).HasMaxLength(200);
        });
        Owned<DiarySupplement>(builder, e =>
        {
            e.HasIndex(d => new { d.OwnerId, d.Date });
            e.Property(d => d.Form).HasMaxLength(32);
            e.Property(d => d.Unit).HasMaxLength(8);
        });
        Owned<SavedAssessment>(builder).HasIndex(a => new { a.OwnerId, a.CreatedUtc });
        Owned<ApiToken>(builder, e =>
        {
            e.HasIndex(t => t.Hash).IsUnique();
            e.Property(t => t.Name).HasMaxLength(100);
        });
        builder.Entity<AccountSession>(e =>
        {
            e.Property(s => s.Id).HasMaxLength(64);
            e.Property(s => s.Device).HasMaxLength(AccountSession.MaximumDeviceLength);
            e.HasIndex(s => s.UserId);
            e.HasOne<BoneBalanceUser>().WithMany().HasForeignKey(s => s.UserId).OnDelete(DeleteBehavior.Cascade);
        });
        builder.Entity<SecurityCounter>(e =>
        {
            e.HasKey(c => c.Key);
            e.Property(c => c.Key).HasMaxLength(SecurityCounter.MaximumKeyLength);
            e.HasIndex(c => c.ExpiresAt);
        });
    }

    private Microsoft.EntityFrameworkCore.Metadata.Builders.EntityTypeBuilder<T> Owned<T>(ModelBuilder builder, Action<Microsoft.EntityFrameworkCore.Metadata.Builders.EntityTypeBuilder<T>>? configure = null)
        where T : OwnedRow
    {
        var entity = builder.Entity<T>();
        entity.HasQueryFilter(row => row.OwnerId == OwnerId);
        entity.Property(row => row.OwnerId).IsRequired();
        entity.HasOne<BoneBalanceUser>().WithMany().HasForeignKey(row => row.OwnerId).OnDelete(DeleteBehavior.Cascade);
        configure?.Invoke(entity);
        return entity;
    }

    private string RequireOwner() =>
        Owner.UserId ?? throw new InvalidOperationException("No account is signed in: owned rows cannot be written.");

    private void GuardOwnership()
    {
        foreach (var entry in ChangeTracker.Entries<OwnedRow>())
        {
            switch (entry.State)
            {
                case EntityState.Added:
                    var owner = RequireOwner();
                    if (entry.Entity.OwnerId.Length == 0)
                    {
                        entry.Entity.OwnerId = owner;
                    }
                    else if (entry.Entity.OwnerId != owner)
                    {
                        throw new InvalidOperationException($"A {entry.Metadata.ClrType.Name} of another account cannot be inserted.");
                    }

                    if (entry.Entity.CreatedUtc == default)
                    {
                        entry.Entity.CreatedUtc = DateTime.UtcNow;
                    }

                    break;
                case EntityState.Modified or EntityState.Deleted:
                    RefuseForeign(entry);
                    break;
            }
        }
    }

    private void RefuseForeign(EntityEntry<OwnedRow> entry)
    {
        var original = (string?)entry.Property(r => r.OwnerId).OriginalValue;
        if (original != RequireOwner() || entry.Entity.OwnerId != original)
        {
            throw new InvalidOperationException($"A {entry.Metadata.ClrType.Name} of another account cannot be changed.");
        }
    }
}
