namespace BoneBalance.Core.Nutrition;

/// <summary>One diary day: the seven amounts (food, supplements, completeness) and the nutrients whose total is above
/// the tolerable upper intake level.</summary>
/// <param name="Date">The day.</param>
/// <param name="Totals">The amounts.</param>
/// <param name="AboveUpperLimit">Nutrients whose total (food + supplements) exceeds the person's UL.</param>
public sealed record DailyIntake(DateOnly Date, IntakeTotals Totals, IReadOnlyList<IntakeNutrient> AboveUpperLimit)
{
    /// <summary>False when a food logged that day lacks a value for one of the seven nutrients.</summary>
    public bool IsComplete => Totals.IsComplete;
}
