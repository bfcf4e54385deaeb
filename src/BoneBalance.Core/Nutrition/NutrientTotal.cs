namespace BoneBalance.Core.Nutrition;

/// <summary>
/// The sum of several forms of a nutrient in one food (e.g. MK-7 … MK-10), with the forms that had a value and
/// those that were not analysed. <see cref="PerHundredGrams"/> is null when none was analysed; when only some
/// were, the sum covers those and <see cref="IsComplete"/> is false.
/// </summary>
/// <param name="PerHundredGrams">Sum of the analysed forms per 100 g (same unit as the forms), or null.</param>
/// <param name="Analysed">The forms that had a value.</param>
/// <param name="NotAnalysed">The forms without a value.</param>
public sealed record NutrientTotal(double? PerHundredGrams, IReadOnlyList<Nutrient> Analysed, IReadOnlyList<Nutrient> NotAnalysed)
{
    /// <summary>True when every form had a value.</summary>
    public bool IsComplete => NotAnalysed.Count == 0;
}
