using BoneBalance.Data;
using BoneBalance.Data.Persistence;
using BoneBalance.Data.Persistence.Postgres;
using BoneBalance.Data.Persistence.Sqlite;
using BoneBalance.Web.Accounts;
using Microsoft.EntityFrameworkCore;

namespace BoneBalance.Web.Hosting;

/// <summary>
/// Chooses the accounts database from configuration (<c>Database:Provider</c> = <c>sqlite</c>|<c>postgres</c>,
/// <c>ConnectionStrings:BoneBalance</c>; SQLite at <see cref="BoneBalanceDatabase.DefaultSqlitePath"/> when no
/// connection string is set) and creates or migrates it at start-up.
/// </summary>
internal static class DatabaseRegistration
{
    // The context is per request (it carries the request's DataOwner), its options are built once: the options depend
    // on nothing of the request, and building them for every context was a visible share of each request's CPU and
    // allocation in the load benchmark (EF Core's warnings configuration and option extensions, rebuilt per request).
    private const ServiceLifetime OptionsLifetime = ServiceLifetime.Singleton;

    /// <summary>Registers <see cref="BoneBalanceDbContext"/> (scoped, for the signed-in <see cref="DataOwner"/>).</summary>
    public static void AddBoneBalanceDatabase(this WebApplicationBuilder builder)
    {
        var provider = BoneBalanceDatabase.ParseProvider(builder.Configuration["Database:Provider"]);
        var connectionString = builder.Configuration.GetConnectionString("BoneBalance");
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddScoped(services =>
        {
            var http = services.GetRequiredService<IHttpContextAccessor>();
            return new DataOwner(() => http.HttpContext?.User.UserId());
        });
        if (provider == DatabaseProvider.Postgres)
        {
            if (string.IsNullOrWhiteSpace(connectionString))
            {
                throw new InvalidOperationException("Database:Provider is postgres but ConnectionStrings:BoneBalance is empty.");
            }

            builder.Services.AddDbContext<BoneBalanceDbContext, PostgresBoneBalanceDbContext>(
                o => BoneBalanceDatabase.UsePostgres(o, connectionString), ServiceLifetime.Scoped, OptionsLifetime);
        }
        else
        {
            var sqlite = string.IsNullOrWhiteSpace(connectionString)
                ? BoneBalanceDatabase.SqliteConnectionString(BoneBalanceDatabase.DefaultSqlitePath)
                : connectionString;
            builder.Services.AddDbContext<BoneBalanceDbContext, SqliteBoneBalanceDbContext>(
                o => BoneBalanceDatabase.UseSqlite(o, sqlite), ServiceLifetime.Scoped, OptionsLifetime);
        }
    }

    /// <summary>
    /// At start-up: migrates (<c>Database:MigrateAtStartup</c>, the default: one instance on its own database), or, when
    /// that is <c>false</c> (several instances, migrated by one <c>migrate</c> step at deploy), only checks that no
    /// migration is pending. Returns null when the app may start, else why not (naming the missing migrations and the
    /// step that applies them).
    /// </summary>
    public static async Task<string?> PrepareDatabaseAsync(this WebApplication app)
    {
        if (app.Configuration.GetValue("Database:MigrateAtStartup", true))
        {
            await app.MigrateDatabaseAsync().ConfigureAwait(false);
            return null;
        }

        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BoneBalanceDbContext>();
        var pending = (await db.Database.GetPendingMigrationsAsync().ConfigureAwait(false)).ToList();
        return pending.Count == 0
            ? null
            : $"the database lacks {pending.Count} migration(s) this version needs ({string.Join(", ", pending)}) and Database:MigrateAtStartup is false; " +
              "valid: run 'dotnet BoneBalance.Web.dll migrate' with the same configuration first, then start the instances";
    }

    /// <summary>Creates the database if needed, applies pending migrations and prints where it is.</summary>
    public static async Task MigrateDatabaseAsync(this WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BoneBalanceDbContext>();
        if (db.Database.IsSqlite())
        {
            var path = BoneBalanceDatabase.SqlitePath(db.Database.GetConnectionString()!);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            Console.WriteLine($"BoneBalance database: {path}");
        }
        else
        {
            Console.WriteLine($"BoneBalance database: PostgreSQL ({db.Database.GetDbConnection().Database})");
        }

        // Diary rows stored before a household measure meant the whole SR28 portion are weighed again once, while the
        // migration that marks it is pending (not on a new database: nothing is stored yet).
        var pending = (await db.Database.GetPendingMigrationsAsync().ConfigureAwait(false)).ToList();
        if (pending.Any(m => m.EndsWith("_DiaryMeasureLabels", StringComparison.Ordinal)) && !pending.Any(m => m.EndsWith("_Initial", StringComparison.Ordinal)))
        {
            var repair = await DiaryMeasureRepair.RunAsync(db, scope.ServiceProvider.GetRequiredService<FoodCatalogue>()).ConfigureAwait(false);
            Console.WriteLine($"Diary rows logged by household measure: {repair.Reweighed} weighed again as whole SR28 portions, {repair.Relabelled} given the measure's label, {repair.LeftAlone} unchanged.");
        }

        await db.Database.MigrateAsync().ConfigureAwait(false);
    }
}
