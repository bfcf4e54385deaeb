using BoneBalance.Core.Nutrition;
using BoneBalance.Core.People;

namespace BoneBalance.Web.Diary;

/// <summary>
/// What the diary page's intake table and <c>GET /api/intake</c> show: per logged day and as the 7-day average, the
/// intake of each nutrient (food, supplements, total, complete or a lower bound) and the person's reference intakes.
/// Numbers are in each nutrient's unit (<see cref="IntakeRow.Unit"/>). Computed by Core's <see cref="IntakeAnalysis"/>;
/// this only reshapes it.
/// </summary>
/// <param name="From">First day asked for.</param>
/// <param name="To">Last day asked for.</param>
/// <param name="Age">The person's age used for the reference intakes.</param>
/// <param name="Sex">The person's sex used for the reference intakes (<c>female</c>|<c>male</c>).</param>
/// <param name="Days">Each logged day.</param>
/// <param name="Average">The 7-day average (logged days among the 7 ending at the last logged day), or null when
/// nothing is logged.</param>
/// <param name="Targets">The reference intakes (calcium, vitamin D, total vitamin K).</param>
/// <param name="SkippedRows">Food rows left out because their food is no longer in the catalogue.</param>
internal sealed record IntakeReport(
    DateOnly From,
    DateOnly To,
    int Age,
    string Sex,
    IReadOnlyList<IntakeDayReport> Days,
    IntakeDayReport? Average,
    IReadOnlyList<IntakeTarget> Targets,
    int SkippedRows)
{
    /// <summary>The nutrients in the order the table lists them: the vitamin K forms first (BoneBalance's point), then D and calcium.</summary>
    public static readonly IReadOnlyList<IntakeNutrient> Order =
    [
        IntakeNutrient.VitaminK1, IntakeNutrient.Menaquinone4, IntakeNutrient.LongChainMenaquinones, IntakeNutrient.VitaminK2Total,
        IntakeNutrient.VitaminKTotal, IntakeNutrient.VitaminD, IntakeNutrient.Calcium,
    ];

    /// <summary>Analyses the entries for the person (an empty diary gives no days and no average).</summary>
    /// <remarks>The supplements taken every day (<paramref name="daily"/>, from the profile) count on every logged day, as
    /// the assessment counts them, so the diary and the dashboard show the same intake.</remarks>
    public static IntakeReport For(
        DateOnly from, DateOnly to, PersonProfile person, IReadOnlyList<DiaryEntry> foods, IReadOnlyList<SupplementEntry> supplements,
        IReadOnlyList<BoneBalance.Core.Guidance.DailySupplement> daily, DietaryReferenceIntakes intakes, IReadOnlyList<Food> catalogue, int skippedRows)
    {
        ArgumentNullException.ThrowIfNull(person);
        ArgumentNullException.ThrowIfNull(intakes);
        var references = intakes.For(person.AgeYears, person.Sex);
        var targets = Order.Where(references.ContainsKey).Select(n => IntakeTarget.Of(references[n])).ToList();
        var sex = person.Sex == BoneBalance.Core.People.Sex.Female ? "female" : "male";
        if (foods.Count == 0 && supplements.Count == 0)
        {
            return new IntakeReport(from, to, person.AgeYears, sex, [], null, targets, skippedRows);
        }

        var analysis = IntakeAnalysis.Analyse(foods, BoneBalance.Core.Guidance.DailySupplement.OnLoggedDays(foods, supplements, daily), person, intakes, catalogue);
        var foodDays = foods.Select(f => f.Date).ToHashSet();
        var days = analysis.Days.Select(d => new IntakeDayReport(d.Date, d.Date, 1, foodDays.Contains(d.Date) ? 1 : 0, Rows(d.Totals), Codes(d.AboveUpperLimit))).ToList();
        var average = new IntakeDayReport(
            analysis.Average.From, analysis.Average.To, analysis.Average.Days.Count, analysis.Average.FoodDays, Rows(analysis.Average.Totals), Codes(analysis.Average.AboveUpperLimit));
        return new IntakeReport(from, to, person.AgeYears, sex, days, average, targets, skippedRows);
    }

    /// <summary>The day's report, or null when nothing was logged that day.</summary>
    public IntakeDayReport? Day(DateOnly date) => Days.FirstOrDefault(d => d.From == date);

    /// <summary>The target for a nutrient, when it has one.</summary>
    public IntakeTarget? TargetFor(string code) => Targets.FirstOrDefault(t => t.Nutrient == code);

    private static List<IntakeRow> Rows(IntakeTotals totals) => [.. Order.Select(n =>
    {
        var definition = IntakeNutrientDefinition.Of(n);
        var amount = totals[n];
        return new IntakeRow(definition.Code, definition.Name, definition.UnitSymbol,
            definition.InUnit(amount.Food), definition.InUnit(amount.Supplements), definition.InUnit(amount.Total), amount.IsComplete);
    })];

    private static List<string> Codes(IReadOnlyList<IntakeNutrient> nutrients) => [.. nutrients.Select(n => IntakeNutrientDefinition.Of(n).Code)];
}

/// <summary>One day, or an average over <paramref name="DaysLogged"/> logged days from <paramref name="From"/> to <paramref name="To"/>.</summary>
/// <param name="From">First day.</param>
/// <param name="To">Last day (equal to <paramref name="From"/> for one day).</param>
/// <param name="DaysLogged">Logged days the numbers are the mean of.</param>
/// <param name="FoodDaysLogged">Of those, the days with food logged (advice that depends on the diet needs
/// <see cref="IntakeAverage.MinimumFoodDays"/> of the 7).</param>
/// <param name="Nutrients">One row per nutrient, in <see cref="IntakeReport.Order"/>.</param>
/// <param name="AboveUpperLimit">Codes of the nutrients whose total is above the person's upper limit.</param>
internal sealed record IntakeDayReport(DateOnly From, DateOnly To, int DaysLogged, int FoodDaysLogged, IReadOnlyList<IntakeRow> Nutrients, IReadOnlyList<string> AboveUpperLimit)
{
    /// <summary>True when enough days have food for advice that depends on the diet.</summary>
    public bool EnoughFoodDays => FoodDaysLogged >= IntakeAverage.MinimumFoodDays;
}

/// <summary>One nutrient's intake.</summary>
/// <param name="Nutrient">Code (<c>vitamin_k1_ug</c>, <c>calcium_mg</c>…).</param>
/// <param name="Name">Name for people.</param>
/// <param name="Unit"><c>mg</c> or <c>µg</c>.</param>
/// <param name="Food">From foods.</param>
/// <param name="Supplements">From supplements.</param>
/// <param name="Total">Food plus supplements.</param>
/// <param name="Complete">False when a logged food had no value for it (the total is then a lower bound).</param>
internal sealed record IntakeRow(string Nutrient, string Name, string Unit, double Food, double Supplements, double Total, bool Complete);

/// <summary>A reference intake.</summary>
/// <param name="Nutrient">Code of the nutrient it applies to.</param>
/// <param name="Kind"><c>RDA</c> or <c>AI</c>.</param>
/// <param name="Target">The daily target, in the nutrient's unit.</param>
/// <param name="UpperLimit">The tolerable upper intake level, or null when none was set.</param>
/// <param name="NoUpperLimitReason">Why there is none, when there is none.</param>
/// <param name="Source">The citation.</param>
internal sealed record IntakeTarget(string Nutrient, string Kind, double Target, double? UpperLimit, string? NoUpperLimitReason, string Source)
{
    /// <summary>Reshapes a Core reference intake.</summary>
    public static IntakeTarget Of(DietaryReferenceIntake reference)
    {
        var definition = IntakeNutrientDefinition.Of(reference.Nutrient);
        return new IntakeTarget(
            definition.Code,
            reference.Kind == ReferenceIntakeKind.RecommendedDietaryAllowance ? "RDA" : "AI",
            definition.InUnit(reference.Target),
            reference.UpperLimit is { } limit ? definition.InUnit(limit) : null,
            reference.NoUpperLimitReason,
            reference.Source.ToString());
    }
}
