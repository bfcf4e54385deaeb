using BoneBalance.Data.Persistence;
using BoneBalance.Web.Diary;

namespace BoneBalance.Web.Api;

/// <summary>
/// <c>/api/diary/foods</c> and <c>/api/diary/supplements</c>: list (<c>?from=&amp;to=</c>, default the last 7 days),
/// read, add, change and delete the person's diary rows. Another person's row id is 404.
/// </summary>
internal static class DiaryEndpoints
{
    /// <summary>Maps the endpoints.</summary>
    public static void MapDiaryEndpoints(this RouteGroupBuilder api)
    {
        var foods = api.MapGroup("/diary/foods").WithTags("Diary");
        foods.MapGet("/", async (DiaryBook diary, PersonDay day, string? from, string? to, CancellationToken ct) =>
        {
            var (first, last) = Span(day, from, to);
            return TypedResults.Ok((await diary.FoodsAsync(first, last, ct).ConfigureAwait(false)).Select(r => DiaryFoodJson.Of(r, diary)).ToArray());
        }).WithSummary("Food rows from `from` to `to` (YYYY-MM-DD; default the 7 days ending today)");
        foods.MapGet("/{id:long}", async Task<Results<Ok<DiaryFoodJson>, NotFound>> (long id, DiaryBook diary, CancellationToken ct) =>
                await diary.FindFoodAsync(id, ct).ConfigureAwait(false) is { } row
                    ? TypedResults.Ok(DiaryFoodJson.Of(row, diary))
                    : TypedResults.NotFound())
            .WithSummary("One food row");
        foods.MapPost("/", AddFoodAsync).WithSummary("Add a food: grams, or quantity + one of the food's household measures (its label, e.g. \"3 oz\", as GET /api/foods/{id} lists them)");
        foods.MapPut("/{id:long}", async Task<Results<Ok<DiaryFoodJson>, NotFound>> (long id, DiaryFoodChange change, DiaryBook diary, CancellationToken ct) =>
                await diary.UpdateFoodAsync(id, change.Date is null ? null : DiaryDates.Parse("date", change.Date), change.Grams, change.Quantity, change.Measure, ct).ConfigureAwait(false) is { } row
                    ? TypedResults.Ok(DiaryFoodJson.Of(row, diary))
                    : TypedResults.NotFound())
            .WithSummary("Change a food row's amount (grams, or quantity + measure) and, with `date`, its day; the food stays (delete and add to change it)");
        foods.MapDelete("/{id:long}", async Task<Results<NoContent, NotFound>> (long id, DiaryBook diary, CancellationToken ct) =>
                await diary.DeleteFoodAsync(id, ct).ConfigureAwait(false) ? TypedResults.NoContent() : TypedResults.NotFound())
            .WithSummary("Delete a food row");

        var supplements = api.MapGroup("/diary/supplements").WithTags("Diary");
        supplements.MapGet("/", async (DiaryBook diary, PersonDay day, string? from, string? to, CancellationToken ct) =>
        {
            var (first, last) = Span(day, from, to);
            return TypedResults.Ok((await diary.SupplementsAsync(first, last, ct).ConfigureAwait(false)).Select(DiarySupplementJson.Of).ToArray());
        }).WithSummary("Supplement rows from `from` to `to` (YYYY-MM-DD; default the 7 days ending today)");
        supplements.MapGet("/{id:long}", async Task<Results<Ok<DiarySupplementJson>, NotFound>> (long id, DiaryBook diary, CancellationToken ct) =>
                await diary.FindSupplementAsync(id, ct).ConfigureAwait(false) is { } row
                    ? TypedResults.Ok(DiarySupplementJson.Of(row))
                    : TypedResults.NotFound())
            .WithSummary("One supplement row");
        supplements.MapPost("/", async (NewDiarySupplement entry, DiaryBook diary, CancellationToken ct) =>
        {
            var row = await diary.AddSupplementAsync(DiaryDates.Parse("date", entry.Date), entry.Form, entry.Dose, entry.Unit, ct).ConfigureAwait(false);
            return TypedResults.Created($"/api/diary/supplements/{row.Id}", DiarySupplementJson.Of(row));
        }).WithSummary("Add a supplement dose (form k2-mk7|k2-mk4|k1|d3|d2|calcium|calcium-carbonate|…, unit ug|mg|iu)");
        supplements.MapPut("/{id:long}", async Task<Results<Ok<DiarySupplementJson>, NotFound>> (long id, NewDiarySupplement change, DiaryBook diary, CancellationToken ct) =>
                await diary.UpdateSupplementAsync(id, change.Date is null ? null : DiaryDates.Parse("date", change.Date), change.Form, change.Dose, change.Unit, ct).ConfigureAwait(false) is { } row
                    ? TypedResults.Ok(DiarySupplementJson.Of(row))
                    : TypedResults.NotFound())
            .WithSummary("Change a supplement row: form, dose and unit, and with `date` its day");
        supplements.MapDelete("/{id:long}", async Task<Results<NoContent, NotFound>> (long id, DiaryBook diary, CancellationToken ct) =>
                await diary.DeleteSupplementAsync(id, ct).ConfigureAwait(false) ? TypedResults.NoContent() : TypedResults.NotFound())
            .WithSummary("Delete a supplement row");
    }

    /// <summary><c>POST /api/diary/foods</c>: adds the row and returns it, <c>201 Created</c>.</summary>
    internal static async Task<Created<DiaryFoodJson>> AddFoodAsync(NewDiaryFood entry, DiaryBook diary, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentNullException.ThrowIfNull(diary);
        var row = await diary.AddFoodAsync(DiaryDates.Parse("date", entry.Date), entry.FoodId, entry.Grams, entry.Quantity, entry.Measure, ct).ConfigureAwait(false);
        return TypedResults.Created($"/api/diary/foods/{row.Id}", DiaryFoodJson.Of(row, diary));
    }

    /// <summary>The span a list or intake request covers: <c>to</c> defaults to the person's today, <c>from</c> to six days before it.</summary>
    internal static (DateOnly From, DateOnly To) Span(PersonDay day, string? from, string? to)
    {
        var last = DiaryDates.Parse("to", to, string.IsNullOrWhiteSpace(to) ? day.Today : null);
        var first = DiaryDates.Parse("from", from, last.AddDays(-6));
        if (first > last || last.DayNumber - first.DayNumber >= DiaryDates.MaximumSpanDays)
        {
            throw new Core.Validation.InvalidInputException("from", from ?? DiaryDates.Format(first),
                $"a date on or before 'to' ({DiaryDates.Format(last)}) and at most {DiaryDates.MaximumSpanDays} days before it");
        }

        return (first, last);
    }
}

/// <summary>A food row to add: <paramref name="Grams"/>, or <paramref name="Quantity"/> of the household
/// <paramref name="Measure"/> (its label, <c>3 oz</c>, as <c>GET /api/foods/{id}</c> lists it; quantity × its grams).</summary>
internal sealed record NewDiaryFood(string? Date, string? FoodId, double? Grams, double? Quantity, string? Measure);

/// <summary>A food row's new amount: <paramref name="Grams"/>, or <paramref name="Quantity"/> of <paramref name="Measure"/>;
/// <paramref name="Date"/> moves it to another day (optional).</summary>
internal sealed record DiaryFoodChange(string? Date, double? Grams, double? Quantity, string? Measure);

/// <summary>A supplement dose to add (or a supplement row's new values; <c>date</c> is then optional).</summary>
internal sealed record NewDiarySupplement(string? Date, string? Form, double? Dose, string? Unit);

/// <summary>A food row.</summary>
internal sealed record DiaryFoodJson(long Id, DateOnly Date, string FoodId, string FoodName, double Grams, double? Quantity, string? Measure)
{
    /// <summary>Reshapes a stored row.</summary>
    public static DiaryFoodJson Of(DiaryFood row, DiaryBook diary) =>
        new(row.Id, row.Date, row.FoodId, diary.FoodName(row.FoodId), row.Grams, row.Quantity, row.Measure);
}

/// <summary>A supplement row.</summary>
internal sealed record DiarySupplementJson(long Id, DateOnly Date, string Form, double Dose, string Unit)
{
    /// <summary>Reshapes a stored row.</summary>
    public static DiarySupplementJson Of(DiarySupplement row) => new(row.Id, row.Date, row.Form, row.Dose, row.Unit);
}
