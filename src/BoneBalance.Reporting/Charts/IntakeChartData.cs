using BoneBalance.Core.Evidence;
using BoneBalance.Core.Nutrition;
using BoneBalance.Data.Contracts;

namespace BoneBalance.Reporting.Charts;

/// <summary>One nutrient's average daily intake against its reference intake.</summary>
/// <param name="Nutrient">The nutrient.</param>
/// <param name="Name">Display name (<see cref="IntakeNutrientDefinition.Name"/>).</param>
/// <param name="Unit"><c>mg</c> or <c>µg</c>.</param>
/// <param name="Amount">The average daily total (food + supplements) in <paramref name="Unit"/>, or null when not analysed:
/// no food logged had a value for it and nothing was supplemented (not analysed is not zero).</param>
/// <param name="IsLowerBound">True when some food logged lacked a value, so the amount is a lower bound.</param>
/// <param name="Reference">The reference intake that applies to this nutrient itself (RDA/AI and UL), or null
/// (K1, MK-4 and MK-7+ have none of their own: the vitamin K AI is for total vitamin K).</param>
public sealed record IntakeBar(IntakeNutrient Nutrient, string Name, string Unit, double? Amount, bool IsLowerBound, IntakeReference? Reference)
{
    /// <summary>The target (RDA or AI) in <see cref="Unit"/>, or null.</summary>
    public double? Target => Reference?.Target;

    /// <summary>The tolerable upper intake level in <see cref="Unit"/>, or null when none exists.</summary>
    public double? UpperLimit => Reference?.UpperLimit;

    /// <summary><c>RDA</c> or <c>AI</c>, or null.</summary>
    public string? TargetKind => Reference?.Kind;
}

/// <summary>A nutrient's reference intake as the chart draws it, in the bar's unit.</summary>
/// <param name="Kind"><c>RDA</c> or <c>AI</c>.</param>
/// <param name="Target">The RDA or AI.</param>
/// <param name="UpperLimit">The tolerable upper intake level, or null when none exists.</param>
/// <param name="NoUpperLimitReason">Why there is none, or null.</param>
/// <param name="Source">Where the values come from, or null when not known (an assessment document written before
/// each nutrient carried its source).</param>
public sealed record IntakeReference(string Kind, double Target, double? UpperLimit, string? NoUpperLimitReason, Citation? Source);

/// <summary>Nutrients that share a unit and a scale (vitamin K forms, vitamin D, calcium).</summary>
/// <param name="Name">The group's heading.</param>
/// <param name="Unit"><c>mg</c> or <c>µg</c>.</param>
/// <param name="Bars">The nutrients.</param>
public sealed record IntakeGroup(string Name, string Unit, IReadOnlyList<IntakeBar> Bars);

/// <summary>
/// The data of the intake chart: the diary's average daily intake of K1, MK-4, MK-7+ and total vitamin K, vitamin D and
/// calcium, each against the person's RDA or AI with the UL where one exists.
/// </summary>
/// <param name="FirstDay">First day of the averaging window.</param>
/// <param name="LastDay">Last day of the window.</param>
/// <param name="DaysLogged">The logged days averaged.</param>
/// <param name="Groups">Vitamin K, vitamin D, calcium.</param>
public sealed record IntakeChartData(DateOnly FirstDay, DateOnly LastDay, int DaysLogged, IReadOnlyList<IntakeGroup> Groups)
{
    /// <summary>Builds the chart data from an intake analysis.</summary>
    public static IntakeChartData From(IntakeAnalysis intake)
    {
        ArgumentNullException.ThrowIfNull(intake);
        IntakeBar Bar(IntakeNutrient nutrient)
        {
            var definition = IntakeNutrientDefinition.Of(nutrient);
            var amount = intake.Average.Totals[nutrient];
            var notAnalysed = !amount.IsComplete && amount.Total.Micrograms == 0;
            var reference = intake.References.GetValueOrDefault(nutrient) is { } r
                ? new IntakeReference(
                    r.Kind == ReferenceIntakeKind.AdequateIntake ? "AI" : "RDA", definition.InUnit(r.Target),
                    r.UpperLimit is { } ul ? definition.InUnit(ul) : null, r.NoUpperLimitReason, r.Source)
                : null;
            return new IntakeBar(nutrient, definition.Name, definition.UnitSymbol, notAnalysed ? null : definition.InUnit(amount.Total),
                !amount.IsComplete && !notAnalysed, reference);
        }

        return Grouped(intake.Average.From, intake.Average.To, intake.Average.Days.Count, Bar);
    }

    /// <summary>Builds the chart data from an assessment document's intake, its numbers as the document rounded them: an
    /// incomplete average of 0 is not analysed, as in <see cref="From(IntakeAnalysis)"/>.</summary>
    public static IntakeChartData From(ReportedIntake intake)
    {
        ArgumentNullException.ThrowIfNull(intake);
        IntakeBar Bar(IntakeNutrient nutrient)
        {
            var n = intake[nutrient];
            var notAnalysed = n.IsLowerBound && n.Average == 0;
            var reference = n.Target is { } target
                ? new IntakeReference(n.Kind == "ai" ? "AI" : "RDA", target, n.UpperLimit, n.UpperLimitNote, n.Citations.Count > 0 ? n.Citations[0] : null)
                : null;
            return new IntakeBar(nutrient, n.Name, IntakeNutrientDefinition.Of(nutrient).UnitSymbol, notAnalysed ? null : n.Average,
                n.IsLowerBound && !notAnalysed, reference);
        }

        return Grouped(intake.From, intake.To, intake.DaysLogged, Bar);
    }

    private static IntakeChartData Grouped(DateOnly from, DateOnly to, int days, Func<IntakeNutrient, IntakeBar> bar) => new(from, to, days,
    [
        new("Vitamin K", "µg", [bar(IntakeNutrient.VitaminK1), bar(IntakeNutrient.Menaquinone4), bar(IntakeNutrient.LongChainMenaquinones), bar(IntakeNutrient.VitaminKTotal)]),
        new("Vitamin D", "µg", [bar(IntakeNutrient.VitaminD)]),
        new("Calcium", "mg", [bar(IntakeNutrient.Calcium)]),
    ]);
}
