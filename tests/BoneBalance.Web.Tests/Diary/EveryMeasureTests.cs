using System.Diagnostics;
using System.Globalization;
using BoneBalance.Core.Validation;
using BoneBalance.Data.Persistence;
using BoneBalance.Data.Persistence.Sqlite;
using BoneBalance.Web.Api;
using BoneBalance.Web.Diary;
using BoneBalance.Web.Tests.TestSupport;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Routing;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Xunit.Abstractions;

namespace BoneBalance.Web.Tests.Diary;

/// <summary>
/// Every one of SR28's 15,438 household measures, 1 and 2.5 of it by its label, through the API's add-food endpoint
/// (<c>POST /api/diary/foods</c>'s handler) and the diary page's add-food handler, down to the row each would store:
/// each weighs quantity × its Gm_Wgt, read here straight from data/nutrition/usda-sr28-weights.tsv.gz. The handlers
/// are called in-process (an HTTP round trip and an fsync per row would take minutes); the HTTP routes themselves are covered by <see cref="Api.ApiTests"/> and <see cref="DiaryPageTests"/>.
/// </summary>
[Trait("Database", TestDatabase.SqliteOnly)]
public sealed class EveryMeasureTests(BoneBalanceFactory factory, ITestOutputHelper output) : IClassFixture<BoneBalanceFactory>
{
    private const string Day = "2026-11-20";
    private static readonly double[] Quantities = [1, 2.5];

    /// <summary>Each WEIGHT row with the label the catalogue gives it (found by food and SR28 sequence).</summary>
    private static List<(Sr28Weights.Row Row, string Label)> Labelled()
    {
        var catalogue = SharedCatalogue.Instance;
        var rows = new List<(Sr28Weights.Row, string)>(Sr28Weights.All.Count);
        foreach (var row in Sr28Weights.All)
        {
            var portion = Assert.Single(catalogue.Find(row.FoodId)!.Portions, p => p.Sequence == row.Sequence);
            // The label is the file's amount and description (plus the weight when another measure of the food has
            // the same text and another weight).
            Assert.StartsWith(row.AmountText + " " + row.Description, portion.Label, StringComparison.Ordinal);
            rows.Add((row, portion.Label));
        }

        Assert.Equal(15_438, rows.Count);
        return rows;
    }

    [Fact]
    public async Task Every_measure_weighs_quantity_times_its_SR28_grams_through_the_api_and_the_diary_page()
    {
        var labelled = Labelled();
        var refusedExpected = labelled.SelectMany(l => Quantities.Where(q => q * l.Row.Grams > 5000)).Count();
        var clock = Stopwatch.StartNew();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;

        var api = await WalkAsync(labelled, async (book, model, foodId, quantity, label) =>
        {
            var created = await DiaryEndpoints.AddFoodAsync(new NewDiaryFood(Day, foodId, null, quantity, label), book, default);
            return created.Value!.Grams;
        });
        var apiTime = clock.Elapsed;

        var page = await WalkAsync(labelled, async (book, model, foodId, quantity, label) =>
        {
            var result = await model.OnPostAddFoodAsync(Day, null, foodId, quantity.ToString(CultureInfo.InvariantCulture), label, default);
            if (result is not RedirectResult)
            {
                var errors = model.ModelState.SelectMany(e => e.Value!.Errors.Select(x => $"{e.Key}: {x.ErrorMessage}")).ToList();
                throw new InvalidInputException("amount", quantity.ToString(CultureInfo.InvariantCulture), string.Join("; ", errors));
            }

            return null;
        });

        output.WriteLine($"{labelled.Count} measures × {Quantities.Length}: API handler {apiTime.TotalSeconds:0.0} s, page handler {(clock.Elapsed - apiTime).TotalSeconds:0.0} s (wall); {(Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds:0.0} s CPU for both");
        foreach (var (name, (grams, refused)) in new[] { ("API", api), ("page", page) })
        {
            var i = 0;
            foreach (var (row, label) in labelled)
            {
                foreach (var q in Quantities)
                {
                    var expected = q * row.Grams;
                    if (expected > 5000)
                    {
                        Assert.Contains((row.FoodId, label, q), refused);
                    }
                    else
                    {
                        Assert.True(expected == grams[i], $"{name}: {q} × '{label}' of {row.FoodId} stored {grams[i]} g, expected {q} × {row.Grams} = {expected} g");
                        i++;
                    }
                }
            }

            Assert.Equal(i, grams.Count);
            Assert.Equal(refusedExpected, refused.Count);
        }
    }

    private delegate Task<double?> Add(DiaryBook book, DiaryModel model, string foodId, double quantity, string label);

    // Adds every (measure, quantity) to a fresh in-memory database, returning the grams of the stored rows in
    // insertion order and the additions refused as above 5,000 g.
    private async Task<(List<double> Grams, List<(string FoodId, string Label, double Quantity)> Refused)> WalkAsync(List<(Sr28Weights.Row Row, string Label)> labelled, Add add)
    {
        // An in-memory database with the app's schema and one account: the rows are real inserts, without file I/O.
        await using var connection = new SqliteConnection("Data Source=:memory:");
        await connection.OpenAsync();
        var stored = new StoredRows();
        var options = new DbContextOptionsBuilder<SqliteBoneBalanceDbContext>().UseSqlite(connection).AddInterceptors(stored).Options;
        await using (var setup = new SqliteBoneBalanceDbContext(options, DataOwner.Nobody))
        {
            await setup.Database.MigrateAsync();
        }

        using var scope = factory.Services.CreateScope();
        await using var db = new SqliteBoneBalanceDbContext(options, new DataOwner("walker"));
        var book = new DiaryBook(db, SharedCatalogue.Instance, new PersonDay(new Microsoft.AspNetCore.Http.HttpContextAccessor(), TimeProvider.System), NullLogger<DiaryBook>.Instance);
        var refused = new List<(string, string, double)>();
        var returned = new List<double>();
        foreach (var (row, label) in labelled)
        {
            foreach (var q in Quantities)
            {
                var model = NewModel(book, scope.ServiceProvider);
                try
                {
                    if (await add(book, model, row.FoodId, q, label) is { } grams)
                    {
                        returned.Add(grams);
                    }
                }
                catch (InvalidInputException e) when (e.Message.Contains("grams", StringComparison.Ordinal) && e.Message.Contains("5000", StringComparison.Ordinal))
                {
                    refused.Add((row.FoodId, label, q));
                }

                db.ChangeTracker.Clear();
            }
        }

        if (returned.Count > 0)
        {
            Assert.Equal(stored.Grams, returned);
        }

        return (stored.Grams, refused);
    }

    // Takes the diary rows each save would insert, as they would be stored, and skips the INSERT itself: the walk
    // checks what the handlers would store (30,876 real single-row inserts per path cost a minute of CPU here; the
    // insert and read-back are covered by ApiTests, DiaryPageTests and DiaryMeasureRepairTests).
    private sealed class StoredRows : SaveChangesInterceptor
    {
        public List<double> Grams { get; } = [];

        public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
        {
            var added = eventData.Context!.ChangeTracker.Entries<DiaryFood>().Where(e => e.State == EntityState.Added).ToList();
            Grams.AddRange(added.Select(e => e.Entity.Grams));
            return ValueTask.FromResult(InterceptionResult<int>.SuppressWithResult(added.Count));
        }
    }

    private static DiaryModel NewModel(DiaryBook book, IServiceProvider services)
    {
        var modelState = new ModelStateDictionary();
        var actionContext = new ActionContext(new DefaultHttpContext { RequestServices = services }, new RouteData(), new ActionDescriptor(), modelState);
        return new DiaryModel(book, services.GetRequiredService<BoneBalance.Web.Profile.ProfileStore>(), SharedCatalogue.Instance,
            services.GetRequiredService<BoneBalance.Core.Nutrition.DietaryReferenceIntakes>(), services.GetRequiredService<PersonDay>(), services.GetRequiredService<BoneBalance.Core.Guidance.Assessor>())
        {
            PageContext = new PageContext(actionContext) { ViewData = new ViewDataDictionary(new EmptyModelMetadataProvider(), modelState) },
        };
    }
}
