using System.Globalization;
using BoneBalance.Core.Nutrition;
using BoneBalance.Core.Validation;
using BoneBalance.Data;
using BoneBalance.Data.Persistence;
using Microsoft.EntityFrameworkCore;

namespace BoneBalance.Web.Diary;

/// <summary>
/// The signed-in person's food and supplement diary: rows are checked by Core (<see cref="DiaryEntry"/>,
/// <see cref="SupplementEntry"/>) before they are stored, and read back as Core entries for the intake analysis. The
/// diary page and the diary API both go through here, so both accept and refuse exactly the same input.
/// </summary>
internal sealed partial class DiaryBook(BoneBalanceDbContext db, FoodCatalogue catalogue, PersonDay day, ILogger<DiaryBook> logger)
{
    /// <summary>Food rows from <paramref name="from"/> to <paramref name="to"/>, in date then entry order.</summary>
    public async Task<List<DiaryFood>> FoodsAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken) =>
        await db.DiaryFoods.AsNoTracking().Where(f => f.Date >= from && f.Date <= to)
            .OrderBy(f => f.Date).ThenBy(f => f.Id).ToListAsync(cancellationToken).ConfigureAwait(false);

    /// <summary>Supplement rows from <paramref name="from"/> to <paramref name="to"/>, in date then entry order.</summary>
    public async Task<List<DiarySupplement>> SupplementsAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken) =>
        await db.DiarySupplements.AsNoTracking().Where(s => s.Date >= from && s.Date <= to)
            .OrderBy(s => s.Date).ThenBy(s => s.Id).ToListAsync(cancellationToken).ConfigureAwait(false);

    /// <summary>The food row with this id, or null (also when it belongs to someone else).</summary>
    public Task<DiaryFood?> FindFoodAsync(long id, CancellationToken cancellationToken) =>
        db.DiaryFoods.AsNoTracking().SingleOrDefaultAsync(f => f.Id == id, cancellationToken);

    /// <summary>The supplement row with this id, or null (also when it belongs to someone else).</summary>
    public Task<DiarySupplement?> FindSupplementAsync(long id, CancellationToken cancellationToken) =>
        db.DiarySupplements.AsNoTracking().SingleOrDefaultAsync(s => s.Id == id, cancellationToken);

    /// <summary>
    /// Adds a food: either <paramref name="grams"/>, or <paramref name="quantity"/> of the food's household
    /// <paramref name="measure"/>.
    /// </summary>
    /// <exception cref="InvalidInputException">Unknown food, neither or both amounts, or an amount Core refuses.</exception>
    public async Task<DiaryFood> AddFoodAsync(DateOnly date, string? foodId, double? grams, double? quantity, string? measure, CancellationToken cancellationToken)
    {
        var row = CheckedFood(date, foodId, grams, quantity, measure);
        await Accounts.AccountQuotas.EnsureRoomAsync(db.DiaryFoods, 1, Accounts.AccountQuotas.DiaryFoods, "diary", "food rows", "delete rows you no longer need", cancellationToken).ConfigureAwait(false);
        db.DiaryFoods.Add(row);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        Added(logger, db.Owner.UserId, "food", row.Id);
        return row;
    }

    /// <summary>
    /// Changes a food row's amount (and, when given, its day): the same checks as adding. Null when the signed-in person
    /// has no food row with that id.
    /// </summary>
    /// <exception cref="InvalidInputException">The amount or the day is refused, as when adding.</exception>
    public async Task<DiaryFood?> UpdateFoodAsync(long id, DateOnly? date, double? grams, double? quantity, string? measure, CancellationToken cancellationToken)
    {
        if (await db.DiaryFoods.SingleOrDefaultAsync(f => f.Id == id, cancellationToken).ConfigureAwait(false) is not { } row)
        {
            return null;
        }

        var changed = CheckedFood(date ?? row.Date, row.FoodId, grams, quantity, measure);
        (row.Date, row.Grams, row.Quantity, row.Measure) = (changed.Date, changed.Grams, changed.Quantity, changed.Measure);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        Changed(logger, db.Owner.UserId, "food", row.Id);
        return row;
    }

    // A row is for a day that has happened, in the person's own calendar: "today" at the latest. (Showing a later day
    // is fine; writing what was eaten on it is not.)
    private void CheckNotFuture(DateOnly date)
    {
        var today = day.Today;
        if (date > today)
        {
            throw new InvalidInputException("date", DiaryDates.Format(date), $"a date YYYY-MM-DD from {DiaryDates.Format(DiaryDates.Earliest)} to today ({DiaryDates.Format(today)})", "is in the future");
        }
    }

    private DiaryFood CheckedFood(DateOnly date, string? foodId, double? grams, double? quantity, string? measure)
    {
        CheckNotFuture(date);
        var food = catalogue.Find(foodId ?? string.Empty)
            ?? throw new InvalidInputException("foodId", foodId ?? string.Empty, "the id of a catalogue food (see GET /api/foods?q=…)", FieldError.NotAValidValue);
        var byMeasure = !string.IsNullOrWhiteSpace(measure);
        if (grams is not null && quantity is not null)
        {
            throw new InvalidInputException("quantity", quantity.Value.ToString("R", CultureInfo.InvariantCulture),
                "empty when grams are given (grams or quantity + measure, not both)", FieldError.ConflictsWith("grams"));
        }

        var entry = (grams, byMeasure) switch
        {
            ({ } g, false) => DiaryEntry.InGrams(date, food, g),
            (null, true) => DiaryEntry.InMeasure(date, food, quantity ?? throw new InvalidInputException("quantity", string.Empty, "a number of at least 0"), measure!),
            (null, false) => throw new InvalidInputException("grams", string.Empty, $"0 to {DiaryEntry.MaximumGrams.ToString(CultureInfo.InvariantCulture)} g, or a quantity and a measure"),
            _ => throw new InvalidInputException("measure", measure!, "empty when grams are given (grams or quantity + measure, not both)", FieldError.ConflictsWith("grams")),
        };
        return new DiaryFood
        {
            Date = date, FoodId = food.Id, Grams = entry.Grams,
            Quantity = byMeasure ? quantity : null, Measure = entry.Measure?.Label,
        };
    }

    /// <summary>Adds a supplement dose (<paramref name="form"/> and <paramref name="unit"/> as tokens).</summary>
    /// <exception cref="InvalidInputException">Unknown form or unit, a unit that does not fit the form, or a bad dose.</exception>
    public async Task<DiarySupplement> AddSupplementAsync(DateOnly date, string? form, double? dose, string? unit, CancellationToken cancellationToken)
    {
        var row = CheckedSupplement(date, form, dose, unit);
        await Accounts.AccountQuotas.EnsureRoomAsync(db.DiarySupplements, 1, Accounts.AccountQuotas.DiarySupplements, "diary", "supplement rows", "delete rows you no longer need", cancellationToken).ConfigureAwait(false);
        db.DiarySupplements.Add(row);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        Added(logger, db.Owner.UserId, "supplement", row.Id);
        return row;
    }

    /// <summary>Changes a supplement row (form, dose, unit and, when given, the day) with the same checks as adding; null
    /// when the signed-in person has no supplement row with that id.</summary>
    /// <exception cref="InvalidInputException">The form, dose, unit or day is refused, as when adding.</exception>
    public async Task<DiarySupplement?> UpdateSupplementAsync(long id, DateOnly? date, string? form, double? dose, string? unit, CancellationToken cancellationToken)
    {
        if (await db.DiarySupplements.SingleOrDefaultAsync(s => s.Id == id, cancellationToken).ConfigureAwait(false) is not { } row)
        {
            return null;
        }

        var changed = CheckedSupplement(date ?? row.Date, form, dose, unit);
        (row.Date, row.Form, row.Dose, row.Unit) = (changed.Date, changed.Form, changed.Dose, changed.Unit);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        Changed(logger, db.Owner.UserId, "supplement", row.Id);
        return row;
    }

    private DiarySupplement CheckedSupplement(DateOnly date, string? form, double? dose, string? unit)
    {
        CheckNotFuture(date);
        var errors = new List<FieldError>();
        SupplementForm? parsedForm = SupplementTokens.Forms.TryParse(form ?? string.Empty, out var f) ? f : null;
        DoseUnit? parsedUnit = SupplementTokens.Units.TryParse(unit ?? string.Empty, out var u) ? u : null;
        if (parsedForm is null)
        {
            errors.Add(new FieldError("form", form ?? string.Empty, SupplementTokens.Forms.ValidValues, FieldError.NotAValidValue));
        }

        if (parsedUnit is null)
        {
            errors.Add(new FieldError("unit", unit ?? string.Empty, SupplementTokens.Units.ValidValues, FieldError.NotAValidValue));
        }

        if (dose is null)
        {
            errors.Add(new FieldError("dose", string.Empty, "a number of at least 0"));
        }

        if (errors.Count > 0)
        {
            throw new InvalidInputException(errors);
        }

        SupplementEntry.Create(date, parsedForm!.Value, dose!.Value, parsedUnit!.Value);
        return new DiarySupplement
        {
            Date = date, Form = SupplementTokens.Forms.ToToken(parsedForm.Value), Dose = dose.Value, Unit = SupplementTokens.Units.ToToken(parsedUnit.Value),
        };
    }

    /// <summary>Deletes a food row; false when the signed-in person has none with that id.</summary>
    public async Task<bool> DeleteFoodAsync(long id, CancellationToken cancellationToken) =>
        await db.DiaryFoods.Where(f => f.Id == id).ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false) > 0;

    /// <summary>Deletes a supplement row; false when the signed-in person has none with that id.</summary>
    public async Task<bool> DeleteSupplementAsync(long id, CancellationToken cancellationToken) =>
        await db.DiarySupplements.Where(s => s.Id == id).ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false) > 0;

    /// <summary>Copies every row of <paramref name="from"/> to <paramref name="to"/> in one transaction; returns how many.</summary>
    public async Task<int> CopyDayAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        CheckNotFuture(to);
        var foods = await FoodsAsync(from, from, cancellationToken).ConfigureAwait(false);
        var supplements = await SupplementsAsync(from, from, cancellationToken).ConfigureAwait(false);
        await Accounts.AccountQuotas.EnsureRoomAsync(db.DiaryFoods, foods.Count, Accounts.AccountQuotas.DiaryFoods, "diary", "food rows", "delete rows you no longer need", cancellationToken).ConfigureAwait(false);
        await Accounts.AccountQuotas.EnsureRoomAsync(db.DiarySupplements, supplements.Count, Accounts.AccountQuotas.DiarySupplements, "diary", "supplement rows", "delete rows you no longer need", cancellationToken).ConfigureAwait(false);
        db.DiaryFoods.AddRange(foods.Select(r => new DiaryFood { Date = to, FoodId = r.FoodId, Grams = r.Grams, Quantity = r.Quantity, Measure = r.Measure }));
        db.DiarySupplements.AddRange(supplements.Select(r => new DiarySupplement { Date = to, Form = r.Form, Dose = r.Dose, Unit = r.Unit }));
        // SaveChanges writes all the copies in one transaction: a crash copies all of the day or none of it.
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return foods.Count + supplements.Count;
    }

    /// <summary>The rows from <paramref name="from"/> to <paramref name="to"/> as Core entries (rows whose food has
    /// left the catalogue are skipped and counted).</summary>
    public async Task<(List<DiaryEntry> Foods, List<SupplementEntry> Supplements, int Skipped)> EntriesAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        var foods = new List<DiaryEntry>();
        var skipped = 0;
        foreach (var row in await FoodsAsync(from, to, cancellationToken).ConfigureAwait(false))
        {
            if (catalogue.Find(row.FoodId) is { } food)
            {
                foods.Add(DiaryEntry.InGrams(row.Date, food, row.Grams));
            }
            else
            {
                skipped++;
            }
        }

        var supplements = (await SupplementsAsync(from, to, cancellationToken).ConfigureAwait(false))
            .Select(r => SupplementEntry.Create(r.Date, SupplementTokens.Forms.Parse("form", r.Form), r.Dose, SupplementTokens.Units.Parse("unit", r.Unit)))
            .ToList();
        return (foods, supplements, skipped);
    }

    /// <summary>The catalogue's name of a food id (or the id when the food is gone).</summary>
    public string FoodName(string foodId) => catalogue.Find(foodId)?.Name ?? foodId;

    [LoggerMessage(Level = LogLevel.Information, Message = "Account {UserId} added diary {Kind} row {RowId}")]
    private static partial void Added(ILogger logger, string? userId, string kind, long rowId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Account {UserId} changed diary {Kind} row {RowId}")]
    private static partial void Changed(ILogger logger, string? userId, string kind, long rowId);
}
