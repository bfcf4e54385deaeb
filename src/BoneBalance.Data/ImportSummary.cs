namespace BoneBalance.Data;

/// <summary>What a build of the food database wrote.</summary>
/// <param name="Foods">Foods (SR28 plus literature-only foods).</param>
/// <param name="Values">Food × nutrient values (analysed values only; nothing is stored for "not analysed").</param>
/// <param name="Portions">Household measures.</param>
/// <param name="LiteratureValues">Menaquinone values attached from the literature table.</param>
/// <param name="Elapsed">Wall time of the build.</param>
public sealed record ImportSummary(int Foods, int Values, int Portions, int LiteratureValues, TimeSpan Elapsed);
