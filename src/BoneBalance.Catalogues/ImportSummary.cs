namespace BoneBalance.Data;

/// <summary>What a build of the food database wrote.</summary>
/// <param name="Foods">Foods (SR28 plus literature-only and CIQUAL foods).</param>
/// <param name="Values">Food × nutrient values (analysed values only; nothing is stored for "not analysed").</param>
/// <param name="Portions">SR28 household measures (the 100 g portion of each CIQUAL food is not counted).</param>
/// <param name="LiteratureValues">Menaquinone values attached from the literature table.</param>
/// <param name="Elapsed">Wall time of the build.</param>
public sealed record ImportSummary(int Foods, int Values, int Portions, int LiteratureValues, TimeSpan Elapsed)
{
    /// <summary>Values taken from CIQUAL 2025: those of the CIQUAL foods and the K2 totals given to SR28 foods.</summary>
    public int CiqualValues { get; init; }
}
