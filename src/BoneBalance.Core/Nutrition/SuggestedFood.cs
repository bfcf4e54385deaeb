namespace BoneBalance.Core.Nutrition;

/// <summary>
/// A food of the reviewed list of common foods that may be suggested to close a gap (<c>data/nutrition/suggested_foods.csv</c>,
/// rationale in <c>data/SOURCES.md</c>): a food in the form people eat it (cooked where it is usually cooked), not a
/// branded product, with the household portion a person would eat.
/// </summary>
/// <param name="Food">The catalogue food.</param>
/// <param name="Kind">What the food is to a person ("cheese", "salmon", "kale"): a gap's list takes one food of each kind.</param>
/// <param name="SuggestedFor">The gaps it may be suggested for (<see cref="IntakeNutrient.Calcium"/>,
/// <see cref="IntakeNutrient.VitaminD"/>, <see cref="IntakeNutrient.VitaminKTotal"/>): the nutrients of which a portion
/// is a worthwhile source (spinach is listed for vitamin K only, its calcium being poorly absorbed).</param>
/// <param name="Serving">The portion suggested (one serving, e.g. 1 cup of milk, 1.5 oz of cheese, 1 cup of cooked greens).</param>
/// <param name="HighOxalate">True for high-oxalate foods (spinach), not suggested to a person with kidney stones.</param>
public sealed record SuggestedFood(Food Food, string Kind, IReadOnlyList<IntakeNutrient> SuggestedFor, Portion Serving, bool HighOxalate);
