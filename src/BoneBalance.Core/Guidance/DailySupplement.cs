using BoneBalance.Core.Measures;
using BoneBalance.Core.Nutrition;
using BoneBalance.Core.Validation;

namespace BoneBalance.Core.Guidance;

/// <summary>
/// A supplement taken every day, as the label states it: the form (the diary's supplement names), the dose and its
/// unit. For a calcium salt the dose is the salt's weight and <see cref="Amount"/> is the elemental calcium derived
/// from it; for vitamin D in IU the amount is converted in <see cref="NutrientAmount"/> only.
/// </summary>
public sealed record DailySupplement
{
    private DailySupplement(SupplementEntry entry) => Entry = entry;

    /// <summary>The supplement's form.</summary>
    public SupplementForm Form => Entry.Form;

    /// <summary>The dose per day as labelled, in <see cref="Unit"/>.</summary>
    public double Dose => Entry.Dose;

    /// <summary>The unit of <see cref="Dose"/>.</summary>
    public DoseUnit Unit => Entry.Unit;

    /// <summary>Which nutrient the supplement supplies.</summary>
    public IntakeNutrient Nutrient => Entry.Nutrient;

    /// <summary>The nutrient supplied per day (elemental calcium for a calcium salt).</summary>
    public NutrientAmount Amount => Entry.Amount;

    // The diary's supplement entry carries the one place form/unit/dose rules and salt fractions are applied; a daily
    // supplement is that entry without a date.
    private SupplementEntry Entry { get; }

    /// <summary>Creates a daily supplement, validating form, unit and dose with the diary's rules.</summary>
    /// <param name="form">The supplement's form.</param>
    /// <param name="dose">The labelled dose per day.</param>
    /// <param name="unit">The dose's unit (one of <see cref="SupplementEntry.UnitsFor"/> for the form).</param>
    /// <param name="field">The field name used in errors, e.g. <c>supplements[1]</c>.</param>
    /// <exception cref="InvalidInputException">The dose is not finite, out of range or in a unit the form does not use.</exception>
    public static DailySupplement Create(SupplementForm form, double dose, DoseUnit unit, string field = "supplement")
    {
        try
        {
            return new(SupplementEntry.Create(DateOnly.MinValue, form, dose, unit));
        }
        catch (InvalidInputException e)
        {
            throw new InvalidInputException([.. e.Errors.Select(error => error with { Field = $"{field}.{(error.Field == "supplement" ? "form" : error.Field)}" })]);
        }
    }

    /// <inheritdoc/>
    public override string ToString() => $"{SupplementTokens.Forms.ToToken(Form)} {Dose} {SupplementTokens.Units.ToToken(Unit)}/day";

    /// <summary>
    /// The diary's supplement rows, and each daily supplement once on every logged day (a day with a food or a supplement
    /// row): supplements taken every day count in the intake of every day the diary covers. The assessment and the diary
    /// page both count them this way, so they show the same intake.
    /// </summary>
    public static List<SupplementEntry> OnLoggedDays(IReadOnlyList<DiaryEntry> foods, IReadOnlyList<SupplementEntry> diarySupplements, IReadOnlyList<DailySupplement> daily)
    {
        ArgumentNullException.ThrowIfNull(foods);
        ArgumentNullException.ThrowIfNull(diarySupplements);
        ArgumentNullException.ThrowIfNull(daily);

        // The diary's dates, each once in date order, then every daily supplement on each: plain loops into lists sized
        // up front instead of a Distinct/Order/SelectMany chain spread into a growing list.
        var days = new List<DateOnly>(foods.Count + diarySupplements.Count);
        foreach (var e in foods)
        {
            days.Add(e.Date);
        }

        foreach (var s in diarySupplements)
        {
            days.Add(s.Date);
        }

        days.Sort();
        var distinct = 0;
        for (var i = 0; i < days.Count; i++)
        {
            if (distinct == 0 || days[i] != days[distinct - 1])
            {
                days[distinct++] = days[i];
            }
        }

        days.RemoveRange(distinct, days.Count - distinct);
        var supplements = new List<SupplementEntry>(diarySupplements.Count + (days.Count * daily.Count));
        supplements.AddRange(diarySupplements);
        foreach (var day in days)
        {
            foreach (var s in daily)
            {
                supplements.Add(SupplementEntry.Create(day, s.Form, s.Dose, s.Unit));
            }
        }

        return supplements;
    }
}
