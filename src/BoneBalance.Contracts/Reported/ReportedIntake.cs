using BoneBalance.Core.Evidence;
using BoneBalance.Core.Nutrition;

namespace BoneBalance.Data.Contracts;

/// <summary>The document's <c>intake</c>: the 7-day average per nutrient against the person's targets.</summary>
/// <param name="From">First day of the averaging window.</param>
/// <param name="To">Last day.</param>
/// <param name="DaysLogged">The logged days averaged.</param>
/// <param name="Nutrients">One per intake nutrient, in <see cref="IntakeNutrientDefinition.All"/> order.</param>
public sealed record ReportedIntake(DateOnly From, DateOnly To, int DaysLogged, IReadOnlyList<ReportedNutrient> Nutrients)
{
    /// <summary>The nutrient's entry.</summary>
    public ReportedNutrient this[IntakeNutrient nutrient] => Nutrients.First(n => n.Nutrient == nutrient);
}

/// <summary>One nutrient of the intake (<c>intake.nutrients[]</c>); amounts in the nutrient's unit, to 0.1.</summary>
/// <param name="Nutrient">The nutrient.</param>
/// <param name="Name">Its name.</param>
/// <param name="Average">The average daily total (food and supplements).</param>
/// <param name="IsLowerBound">True when some food lacked a value: the real intake is at least this.</param>
/// <param name="Target">The RDA or AI, or null.</param>
/// <param name="Kind"><c>rda</c> or <c>ai</c>, or null.</param>
/// <param name="UpperLimit">The tolerable upper intake level, or null.</param>
/// <param name="UpperLimitNote">Why there is no upper limit, or null.</param>
/// <param name="AboveUpperLimit">True when the average is above the upper limit.</param>
/// <param name="Gap">The gap to the target, or null.</param>
/// <param name="Citations">The source of the target and upper limit (empty without one, and in documents written before
/// the field existed).</param>
public sealed record ReportedNutrient(
    IntakeNutrient Nutrient,
    string Name,
    double Average,
    bool IsLowerBound,
    double? Target,
    string? Kind,
    double? UpperLimit,
    string? UpperLimitNote,
    bool AboveUpperLimit,
    ReportedGap? Gap,
    IReadOnlyList<Citation> Citations);

/// <summary>A nutrient's gap to its target (<c>intake.nutrients[].gap</c>).</summary>
/// <param name="Shortfall">How much is missing per day.</param>
/// <param name="AverageIsLowerBound">True when the average is a lower bound (the real gap may be smaller).</param>
/// <param name="Note">A note, or null.</param>
/// <param name="Foods">Foods that would close it.</param>
public sealed record ReportedGap(double Shortfall, bool AverageIsLowerBound, string? Note, IReadOnlyList<ReportedGapFood> Foods);

/// <summary>A food that would close a gap (<c>intake.nutrients[].gap.foods[]</c>).</summary>
/// <param name="Name">The food.</param>
/// <param name="Portion">The portion's label (<c>1 cup</c>).</param>
public sealed record ReportedGapFood(string Name, string Portion);
