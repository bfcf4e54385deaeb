using BoneBalance.Data.Persistence;
using BoneBalance.Web.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;

namespace BoneBalance.Web.Tests.Persistence;

/// <summary>
/// Diary rows stored by the code that divided by SR28's Amount are weighed again when the app starts on the old
/// database (WEIGHT rows: salmon 15076 "3 oz" = 85 g; yogurt 01117 "0.5 container (4 oz)" = 113 g; milk 01077
/// "1 cup" = 244 g; biscuits 18014 "1 biscuit" = 58 g and 43 g).
/// </summary>
public sealed class DiaryMeasureRepairTests
{
    [Fact]
    [Trait("Database", TestDatabase.SqliteOnly)]
    public Task Starting_on_an_old_database_weighs_divided_rows_again_and_stores_labels() =>
        RepairAsync(new SqliteBoneBalanceFactory(), "20261125235613_ResultAsUtf8");

    [PostgresFact]
    [Trait("Database", TestDatabase.PostgresOnly)]
    public Task Starting_on_an_old_postgres_database_weighs_divided_rows_again_and_stores_labels() =>
        RepairAsync(new PostgresBoneBalanceFactory(), "20261125235617_ResultAsUtf8");

    private static async Task RepairAsync(BoneBalanceFactory factory, string migrationBeforeLabels)
    {
        try
        {
            await RepairOnAsync(factory, migrationBeforeLabels);
        }
        finally
        {
            factory.Dispose();
        }
    }

    private static async Task RepairOnAsync(BoneBalanceFactory factory, string migrationBeforeLabels)
    {
        var created = new DateTime(2026, 11, 25, 0, 0, 0, DateTimeKind.Utc);
        await using (var old = factory.Database(null))
        {
            // The schema before labels, with rows as the old code stored them (grams = Q × Gm_Wgt ÷ Amount).
            await old.GetService<IMigrator>().MigrateAsync(migrationBeforeLabels);
            await old.Database.ExecuteSqlAsync(
                $"INSERT INTO \"AspNetUsers\" (\"Id\", \"AccessFailedCount\", \"EmailConfirmed\", \"LockoutEnabled\", \"PhoneNumberConfirmed\", \"TwoFactorEnabled\", \"CreatedUtc\") VALUES ('u1', {0}, {false}, {false}, {false}, {false}, {created})");
            foreach (var (food, grams, quantity, measure) in new (string, double, double?, string?)[]
            {
                ("usda:15076", 1 * 85 / 3.0, 1, "oz"),                   // 28.3 g → 85 g
                ("usda:15076", 2 * 85 / 3.0, 2, "3 oz"),                 // typed as the label: 56.7 g → 170 g
                ("usda:01117", 1 * 113 / 0.5, 1, "container (4 oz)"),    // 226 g → 113 g
                ("usda:01077", 2 * 244 / 1.0, 2, "CUP"),                 // right already: label only
                ("usda:18014", 1 * 58 / 1.0, 1, "biscuit"),              // the first "biscuit": label with its weight
                ("usda:15076", 100, null, null),                         // grams: untouched
                ("usda:99999", 10, 1, "cup"),                            // not in the catalogue: untouched
            })
            {
                await old.Database.ExecuteSqlAsync(
                    $"INSERT INTO \"DiaryFoods\" (\"OwnerId\", \"Date\", \"FoodId\", \"Grams\", \"Quantity\", \"Measure\", \"CreatedUtc\") VALUES ('u1', {new DateOnly(2026, 11, 20)}, {food}, {grams}, {quantity}, {measure}, {created})");
            }
        }

        _ = factory.Services; // starts the app: the repair, then the migrations
        await using var db = factory.Database("u1");
        var rows = await db.DiaryFoods.AsNoTracking().OrderBy(f => f.Id).Select(f => new { f.Grams, f.Measure }).ToListAsync();
        Assert.Equal(
            [(85.0, "3 oz"), (170.0, "3 oz"), (113.0, "0.5 container (4 oz)"), (488.0, "1 cup"), (58.0, "1 biscuit (58 g)"), (100.0, null), (10.0, "cup")],
            rows.Select(r => (Math.Round(r.Grams, 9), r.Measure)));
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());

        // Running it again changes nothing.
        var again = await DiaryMeasureRepair.RunAsync(db, factory.Services.GetRequiredService<BoneBalance.Data.FoodCatalogue>());
        Assert.Equal(new DiaryMeasureRepair.Result(0, 0, 6), again);
    }
}
