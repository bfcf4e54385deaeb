namespace BoneBalance.Core.Guidance;

/// <summary>The order of the recommendations: High before Low, then Safety, Supplement, Lifestyle, NextStep, then by code
/// (ordinal), so the same input always lists them the same way.</summary>
internal static class RecommendationOrder
{
    public static IReadOnlyList<Recommendation> Sort(IEnumerable<Recommendation> recommendations) =>
    [
        .. recommendations
            .OrderByDescending(r => r.Priority)
            .ThenBy(r => r.Category)
            .ThenBy(r => r.Code, StringComparer.Ordinal),
    ];
}
