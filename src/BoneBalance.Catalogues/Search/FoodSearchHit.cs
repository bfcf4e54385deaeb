using BoneBalance.Core.Nutrition;

namespace BoneBalance.Data.Search;

/// <summary>A search result: the food and its score (higher is better; only the order is meaningful).</summary>
/// <param name="Food">The food.</param>
/// <param name="Score">Relevance plus popularity, see <see cref="FoodCatalogue.Search"/>.</param>
public sealed record FoodSearchHit(Food Food, double Score);
