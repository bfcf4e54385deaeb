using BoneBalance.Core.Nutrition;

namespace BoneBalance.Reporting.Charts;

/// <summary>One nutrient's average daily intake against its reference intake.</summary>
/// <param name="Nutrient">The nutrient.</param>
/// <param name="Name">Display name (<see cref="IntakeNutrientDefinition.Name"/>).</param>
/// <param name="Unit"><c>mg</c> or <c>µg</c>.</param>
/// <param name="Amount">The average daily total (food + supplements) in <paramref name="Unit"/>, or null when not analysed:
/// no food logged had a value for it and nothing was supplemented (not analysed is not zero).</param>
/// <param name="IsLowerBound">True when some food logged lacked a value, so the amount is a lower bound.</param>
/// <param name="Reference">The dietary reference intake that applies to this nutrient itself (RDA/AI and UL), or null
/// (K1, MK-4 and MK-7+ have none of their own: the vitamin K AI is for total vitamin K).</param>
public sealed record IntakeBar(IntakeNutrient Nutrient, string Name, string Unit, double? Amount, bool IsLowerBound, DietaryReferenceIntake? Reference)
{
    /// <summary>The target (RDA or AI) in <see cref="Unit"/>, or null.</summary>
    public double? Target => Reference is null ? null : InUnit(Reference.Target);

    /// <summary>The tolerable upper intake level in <see cref="Unit"/>, or null when none exists.</summary>
    public double? UpperLimit => Reference?.UpperLimit is { } ul ? InUnit(ul) : null;

    /// <summary><c>RDA</c> or <c>AI</c>, or null.</summary>
    public string? TargetKind => Reference?.Kind switch
    {
        ReferenceIntakeKind.RecommendedDietaryAllowance => "RDA",
        ReferenceIntakeKind.AdequateIntake => "AI",
        _ => null,
    };

    private double InUnit(Core.Measures.NutrientAmount amount) => IntakeNutrientDefinition.Of(Nutrient).InUnit(amount);
}

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
            return new IntakeBar(nutrient, definition.Name, definition.UnitSymbol, notAnalysed ? null : definition.InUnit(amount.Total),
                !amount.IsComplete && !notAnalysed, intake.References.GetValueOrDefault(nutrient));
        }

        return new IntakeChartData(intake.Average.From, intake.Average.To, intake.Average.Days.Count,
        [
            new("Vitamin K", "µg", [Bar(IntakeNutrient.VitaminK1), Bar(IntakeNutrient.Menaquinone4), Bar(IntakeNutrient.LongChainMenaquinones), Bar(IntakeNutrient.VitaminKTotal)]),
            new("Vitamin D", "µg", [Bar(IntakeNutrient.VitaminD)]),
            new("Calcium", "mg", [Bar(IntakeNutrient.Calcium)]),
        ]);
    }
}
