using BoneBalance.Core.Measures;

namespace BoneBalance.Core.Nutrition;

/// <summary>
/// One nutrient's intake: from food, from supplements, and whether the food part is complete. When a logged food
/// lacks a value for the nutrient (not analysed — which is not zero), <see cref="IsComplete"/> is false and
/// <see cref="Total"/> is a lower bound.
/// </summary>
/// <param name="Food">From foods (sum of the analysed values).</param>
/// <param name="Supplements">From supplements.</param>
/// <param name="IsComplete">False when at least one logged food had no value for this nutrient.</param>
public readonly record struct IntakeAmount(NutrientAmount Food, NutrientAmount Supplements, bool IsComplete)
{
    /// <summary>Food plus supplements.</summary>
    public NutrientAmount Total => Food + Supplements;
}
