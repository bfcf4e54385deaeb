using BoneBalance.Core.Measures;

namespace BoneBalance.Core.Nutrition;

/// <summary>How much one food gave of one nutrient over the averaged days, per day, and its share of the food total.</summary>
/// <param name="Food">The food.</param>
/// <param name="PerDay">Mean amount per logged day of the window.</param>
/// <param name="Share">Fraction (0–1) of the nutrient's food total in the window.</param>
public sealed record FoodContribution(Food Food, NutrientAmount PerDay, double Share);
