using BoneBalance.Core.Guidance;
using BoneBalance.Core.Nutrition;
using BoneBalance.Core.Safety;
using BoneBalance.Core.People;
using BoneBalance.Core.Validation;
using BoneBalance.Data;
using BoneBalance.Data.Persistence;
using BoneBalance.Web.Profile;
using BoneBalance.Web.Forms;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace BoneBalance.Web.Diary;

/// <summary>
/// The food diary for one day: search the catalogue and add a food by household measure or grams, add supplements,
/// delete rows, copy yesterday, and the day's and 7-day intake against the person's reference intakes. Every action is
/// a form post that redirects back (post/redirect/get); a refused input re-renders the page with the message next to
/// its field.
/// </summary>
[Authorize]
internal sealed class DiaryModel(DiaryBook diary, ProfileStore profiles, FoodCatalogue catalogue, DietaryReferenceIntakes intakes, PersonDay day, Assessor assessor) : PageModel
{
    /// <summary>How many search hits the page lists.</summary>
    public const int SearchHits = 10;

    /// <summary>The measure value that means "grams" in the add-food form.</summary>
    public const string Grams = "g";

    /// <summary>
    /// A food's vitamin K2 per 100 g in patient words, with where it comes from (by name, no codes): a French-table total,
    /// the sum of the MK forms ("at least" when some form was not analysed), or "not analysed".
    /// </summary>
    public static string VitaminK2Text(Food food)
    {
        ArgumentNullException.ThrowIfNull(food);
        var values = food.AnalysedValues.Where(v => v.Nutrient == Nutrient.VitaminK2 || NutrientDefinition.Menaquinones.Contains(v.Nutrient)).ToList();
        if (values.Count == 0)
        {
            return "Vitamin K2: not analysed";
        }

        var (amount, complete) = IntakeNutrientDefinition.Of(IntakeNutrient.VitaminK2Total).PerHundredGrams(food);
        var sources = string.Join(" and ", values.Select(v => v.Source!.Dataset switch
        {
            ValueSource.Ciqual => "French food composition table (CIQUAL 2025)",
            ValueSource.UsdaSr28 => "US food composition table (USDA)",
            _ => "published study",
        }).Distinct());
        var number = amount.Micrograms.ToString(amount.Micrograms >= 10 ? "0.#" : "0.##", System.Globalization.CultureInfo.InvariantCulture);
        return $"Vitamin K2: {(complete ? string.Empty : "at least ")}{number} µg per 100 g — {sources}";
    }

    // Core's field names → the inputs that carry them on this page.
    private static readonly Dictionary<string, string> FoodInputs = new(StringComparer.Ordinal) { ["grams"] = "amount", ["quantity"] = "amount" };
    private static readonly Dictionary<string, string> SupplementInputs = new(StringComparer.Ordinal) { ["supplement"] = "form" };
    private static readonly Dictionary<string, string> EditInputs = new(StringComparer.Ordinal) { ["grams"] = "edit-amount", ["quantity"] = "edit-amount", ["measure"] = "edit-measure" };
    private static readonly Dictionary<string, string> EditSupplementInputs = new(StringComparer.Ordinal)
    {
        ["supplement"] = "edit-form", ["form"] = "edit-form", ["dose"] = "edit-dose", ["unit"] = "edit-unit",
    };

    /// <summary>The day shown.</summary>
    public DateOnly Date { get; private set; }

    /// <summary>The search text, when searching.</summary>
    public string? Query { get; private set; }

    /// <summary>Foods matching <see cref="Query"/>.</summary>
    public IReadOnlyList<Food> Matches { get; private set; } = [];

    /// <summary>The day's food rows.</summary>
    public IReadOnlyList<DiaryFood> Foods { get; private set; } = [];

    /// <summary>The day's supplement rows.</summary>
    public IReadOnlyList<DiarySupplement> Supplements { get; private set; } = [];

    /// <summary>The intake of the day and the 7 days ending with it, or null until age and sex are known.</summary>
    public IntakeReport? Intake { get; private set; }

    /// <summary>The supplements the profile says are taken every day (counted on every logged day).</summary>
    public IReadOnlyList<DailySupplement> DailySupplements { get; private set; } = [];

    /// <summary>The vitamin K antagonists in the person's profile ("warfarin", "Coumadin (warfarin)"); empty when none.</summary>
    public IReadOnlyList<string> VitaminKAntagonists { get; private set; } = [];

    /// <summary>For a vitamin K antagonist user, the day's rows that are natto or hold at least
    /// <see cref="VitaminKFoods.HighPortionMicrograms"/> of vitamin K (the threshold of VKA_VITAMIN_K_FOOD, Schurgers
    /// 2004): the page warns about them as soon as they are logged. Empty for everyone else.</summary>
    public IReadOnlyList<VitaminKFoodEntry> HighVitaminKFoods { get; private set; } = [];

    /// <summary>The supplement form tokens, for the form's list.</summary>
    public static IReadOnlyList<string> SupplementForms => [.. Enum.GetValues<SupplementForm>().Select(SupplementTokens.Forms.ToToken)];

    /// <summary>The unit tokens, for the form's list.</summary>
    public static IReadOnlyList<string> Units => [.. Enum.GetValues<DoseUnit>().Select(SupplementTokens.Units.ToToken)];

    /// <summary>A food's name.</summary>
    public string FoodName(string id) => diary.FoodName(id);

    /// <summary>The row being edited, as <c>food-ID</c> or <c>supplement-ID</c>; null when none.</summary>
    public string? Editing { get; private set; }

    /// <summary>The catalogue food of a row (for its household measures), or null when it left the catalogue.</summary>
    public Food? CatalogueFood(string id) => catalogue.Find(id);

    /// <summary>Shows a day (default today) and, with <paramref name="q"/>, the matching foods; with <paramref name="edit"/>
    /// (<c>food-ID</c> or <c>supplement-ID</c>) that row as a form.</summary>
    public async Task OnGetAsync(string? date, string? q, string? edit, CancellationToken cancellationToken)
    {
        await LoadAsync(ReadDate(date), q, cancellationToken).ConfigureAwait(false);
        Editing = edit is not null && (Foods.Any(f => "food-" + f.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) == edit)
            || Supplements.Any(s => "supplement-" + s.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) == edit)) ? edit : null;
    }

    /// <summary>Changes a food row's amount: <paramref name="amount"/> grams or that many of <paramref name="measure"/>.</summary>
    public async Task<IActionResult> OnPostEditFoodAsync(string? date, long id, string? amount, string? measure, CancellationToken cancellationToken)
    {
        var day = ReadDate(date);
        try
        {
            var byGrams = string.IsNullOrWhiteSpace(measure) || measure == Grams;
            var value = FormNumber.Parse(byGrams ? "grams" : "quantity", amount, "a number of at least 0")
                ?? throw new InvalidInputException(byGrams ? "grams" : "quantity", string.Empty, "a number of at least 0");
            return await diary.UpdateFoodAsync(id, null, byGrams ? value : null, byGrams ? null : value, byGrams ? null : measure, cancellationToken).ConfigureAwait(false) is null
                ? NotFound()
                : RedirectToDay(day);
        }
        catch (InvalidInputException e)
        {
            ModelState.AddFieldErrors(e, EditInputs);
            await LoadAsync(day, null, cancellationToken).ConfigureAwait(false);
            Editing = "food-" + id.ToString(System.Globalization.CultureInfo.InvariantCulture);
            return Page();
        }
    }

    /// <summary>Changes a supplement row.</summary>
    public async Task<IActionResult> OnPostEditSupplementAsync(string? date, long id, string? form, string? dose, string? unit, CancellationToken cancellationToken)
    {
        var day = ReadDate(date);
        try
        {
            var value = FormNumber.Parse("dose", dose, "a number of at least 0");
            return await diary.UpdateSupplementAsync(id, null, form, value, unit, cancellationToken).ConfigureAwait(false) is null
                ? NotFound()
                : RedirectToDay(day);
        }
        catch (InvalidInputException e)
        {
            ModelState.AddFieldErrors(e, EditSupplementInputs);
            await LoadAsync(day, null, cancellationToken).ConfigureAwait(false);
            Editing = "supplement-" + id.ToString(System.Globalization.CultureInfo.InvariantCulture);
            return Page();
        }
    }

    /// <summary>Adds a food: <paramref name="amount"/> grams when <paramref name="measure"/> is <see cref="Grams"/>, else that many measures.</summary>
    public async Task<IActionResult> OnPostAddFoodAsync(string? date, string? q, string? foodId, string? amount, string? measure, CancellationToken cancellationToken)
    {
        var day = ReadDate(date);
        ViewData["ErrorScope"] = foodId;
        try
        {
            var byGrams = string.IsNullOrWhiteSpace(measure) || measure == Grams;
            var value = FormNumber.Parse(byGrams ? "grams" : "quantity", amount, "a number of at least 0")
                ?? throw new InvalidInputException(byGrams ? "grams" : "quantity", string.Empty, "a number of at least 0");
            await diary.AddFoodAsync(day, foodId, byGrams ? value : null, byGrams ? null : value, byGrams ? null : measure, cancellationToken).ConfigureAwait(false);
            return RedirectToDay(day);
        }
        catch (InvalidInputException e)
        {
            ModelState.AddFieldErrors(e, FoodInputs);
            await LoadAsync(day, q, cancellationToken).ConfigureAwait(false);
            return Page();
        }
    }

    /// <summary>Adds a supplement dose.</summary>
    public async Task<IActionResult> OnPostAddSupplementAsync(string? date, string? form, string? dose, string? unit, CancellationToken cancellationToken)
    {
        var day = ReadDate(date);
        try
        {
            var value = FormNumber.Parse("dose", dose, "a number of at least 0");
            await diary.AddSupplementAsync(day, form, value, unit, cancellationToken).ConfigureAwait(false);
            return RedirectToDay(day);
        }
        catch (InvalidInputException e)
        {
            ModelState.AddFieldErrors(e, SupplementInputs);
            await LoadAsync(day, null, cancellationToken).ConfigureAwait(false);
            return Page();
        }
    }

    /// <summary>Deletes a food row (another person's id does nothing).</summary>
    public async Task<IActionResult> OnPostDeleteFoodAsync(string? date, long id, CancellationToken cancellationToken)
    {
        var day = ReadDate(date);
        return await diary.DeleteFoodAsync(id, cancellationToken).ConfigureAwait(false) ? RedirectToDay(day) : NotFound();
    }

    /// <summary>Deletes a supplement row (another person's id does nothing).</summary>
    public async Task<IActionResult> OnPostDeleteSupplementAsync(string? date, long id, CancellationToken cancellationToken)
    {
        var day = ReadDate(date);
        return await diary.DeleteSupplementAsync(id, cancellationToken).ConfigureAwait(false) ? RedirectToDay(day) : NotFound();
    }

    /// <summary>Copies the previous day's rows to this day.</summary>
    public async Task<IActionResult> OnPostCopyYesterdayAsync(string? date, CancellationToken cancellationToken)
    {
        var day = ReadDate(date);
        try
        {
            await diary.CopyDayAsync(day.AddDays(-1), day, cancellationToken).ConfigureAwait(false);
            return RedirectToDay(day);
        }
        catch (InvalidInputException e)
        {
            ModelState.AddFieldErrors(e);
            await LoadAsync(day, null, cancellationToken).ConfigureAwait(false);
            return Page();
        }
    }

    /// <summary>Saves age and sex to the profile so the intake can be compared with reference intakes.</summary>
    public async Task<IActionResult> OnPostPersonAsync(string? date, string? age, string? sex, CancellationToken cancellationToken)
    {
        var day = ReadDate(date);
        var errors = new List<FieldError>();
        int years = 0;
        Sex parsed = default;
        try
        {
            years = ProfileJson.ParseAge("age", age);
        }
        catch (InvalidInputException e)
        {
            errors.AddRange(e.Errors);
        }

        try
        {
            parsed = ProfileJson.ParseSex("sex", sex);
        }
        catch (InvalidInputException e)
        {
            errors.AddRange(e.Errors);
        }

        if (errors.Count > 0)
        {
            ModelState.AddFieldErrors(new InvalidInputException(errors));
            await LoadAsync(day, null, cancellationToken).ConfigureAwait(false);
            return Page();
        }

        try
        {
            await profiles.SaveBasicsAsync(years, parsed, cancellationToken).ConfigureAwait(false);
        }
        catch (InvalidInputException e)
        {
            // The saved profile itself is refused by the contract (e.g. saved by a program before a rule tightened):
            // say so rather than overwrite it.
            foreach (var error in e.Errors)
            {
                ModelState.AddModelError("profile", error.Message);
            }

            await LoadAsync(day, null, cancellationToken).ConfigureAwait(false);
            return Page();
        }

        return RedirectToDay(day);
    }

    private RedirectResult RedirectToDay(DateOnly day) => Redirect($"/Diary?date={DiaryDates.Format(day)}");

    private DateOnly ReadDate(string? text)
    {
        var today = day.Today;
        try
        {
            return DiaryDates.Parse("date", text, today);
        }
        catch (InvalidInputException e)
        {
            ModelState.AddFieldErrors(e);
            return today;
        }
    }

    private async Task LoadAsync(DateOnly day, string? q, CancellationToken cancellationToken)
    {
        Date = day;
        Query = string.IsNullOrWhiteSpace(q) ? null : q.Trim();
        Matches = Query is null ? [] : [.. catalogue.Search(Query, SearchHits).Select(h => h.Food)];
        Foods = await diary.FoodsAsync(day, day, cancellationToken).ConfigureAwait(false);
        Supplements = await diary.SupplementsAsync(day, day, cancellationToken).ConfigureAwait(false);
        var profile = await profiles.InputAsync(cancellationToken).ConfigureAwait(false);
        VitaminKAntagonists = profile is null ? [] : assessor.Safety.VitaminKAntagonists(profile.Medications);
        if (VitaminKAntagonists.Count > 0)
        {
            HighVitaminKFoods =
            [
                .. Foods.Select(r => catalogue.Find(r.FoodId) is { } food ? VitaminKFoods.Entry(DiaryEntry.InGrams(r.Date, food, r.Grams)) : null)
                    .OfType<VitaminKFoodEntry>()
                    .Where(e => e.IsHighVitaminK),
            ];
        }

        if (profile?.Person is { } person)
        {
            var (foods, supplements, skipped) = await diary.EntriesAsync(day.AddDays(-6), day, cancellationToken).ConfigureAwait(false);
            DailySupplements = profile.Supplements;
            Intake = IntakeReport.For(day.AddDays(-6), day, person, foods, supplements, profile.Supplements, intakes, catalogue.CommonFoods, skipped);
        }
    }
}
