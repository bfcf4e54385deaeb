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
/// <param name="FoodDays">The averaged days with at least one food row (the others have supplements only).</param>
public sealed record IntakeAverage(DateOnly From, DateOnly To, IReadOnlyList<DateOnly> Days, IntakeTotals Totals, IReadOnlyList<IntakeNutrient> AboveUpperLimit, int FoodDays)
{
    /// <summary>Calendar days in the window.</summary>
    public const int WindowDays = 7;

    /// <summary>
    /// Fewest days with food logged, among the <see cref="WindowDays"/>, before the average stands for the person's usual
    /// diet and advice may depend on it (a supplement sized to the diet, "food already gives you enough"). One day is not
    /// a diet: intakes of calcium and especially of vitamin K vary several-fold from day to day, and a single logged day
    /// turned "no calcium supplement" into "take calcium". Three days is the shortest food record in common use for
    /// dietary assessment (the 3-day record); the number is BoneBalance's design rule, not a guideline's. Safety checks do
    /// not wait for it: a warfarin user's natto or a total above the upper level is reported from the first logged day.
    /// </summary>
    public const int MinimumFoodDays = 3;

    /// <summary>True when <see cref="FoodDays"/> reaches <see cref="MinimumFoodDays"/>.</summary>
    public bool EnoughFoodDays => FoodDays >= MinimumFoodDays;

    /// <summary>False when any averaged day is incomplete.</summary>
    public bool IsComplete => Totals.IsComplete;
}
