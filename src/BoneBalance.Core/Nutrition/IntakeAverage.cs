namespace BoneBalance.Core.Nutrition;

/// <summary>
/// The 7-day average: the mean over the logged days among the seven calendar days <see cref="From"/> … <see cref="To"/>,
/// where <see cref="To"/> is the diary's last date. A day with no row at all is "not logged" and left out (it is not a
/// day of zero intake); a day with only supplement rows counts, with no food. Complete only when every day averaged is.
/// </summary>
/// <param name="From">First calendar day of the window (<see cref="To"/> − 6).</param>
/// <param name="To">The diary's last date.</param>
/// <param name="Days">The logged days averaged (1 to 7).</param>
/// <param name="Totals">The mean amounts per day.</param>
/// <param name="AboveUpperLimit">Nutrients whose mean total exceeds the person's UL.</param>
public sealed record IntakeAverage(DateOnly From, DateOnly To, IReadOnlyList<DateOnly> Days, IntakeTotals Totals, IReadOnlyList<IntakeNutrient> AboveUpperLimit)
{
    /// <summary>False when any averaged day is incomplete.</summary>
    public bool IsComplete => Totals.IsComplete;
}
