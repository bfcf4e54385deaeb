using BoneBalance.Core.Measures;

namespace BoneBalance.Core.Nutrition;

/// <summary>A catalogue food that would help close a gap, with a real household portion.</summary>
/// <param name="Food">The food.</param>
/// <param name="Portion">The household measure (the food's <see cref="Serving"/>: one serving, e.g. 1 cup of milk, 1 oz of cheese).</param>
/// <param name="PerPortion">The gap nutrient in one portion (analysed values only).</param>
/// <param name="PortionsToClose">Portions a day that would close the gap on their own.</param>
/// <param name="RankedBy">Why it was chosen: <see cref="IntakeNutrient.VitaminK2Total"/> for the K2-rich foods listed
/// first for a vitamin K gap, otherwise the gap nutrient.</param>
public sealed record GapFood(Food Food, Portion Portion, NutrientAmount PerPortion, double PortionsToClose, IntakeNutrient RankedBy);
