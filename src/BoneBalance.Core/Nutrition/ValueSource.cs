namespace BoneBalance.Core.Nutrition;

/// <summary>
/// Where one food-composition value comes from, so it can be shown next to the number.
/// </summary>
/// <param name="Dataset">The dataset: <c>USDA SR28</c>, <c>literature</c> or <c>CIQUAL 2025</c>.</param>
/// <param name="Code">For SR28 the source code <c>Src_Cd</c> (e.g. <c>1</c>); for literature the row id of
/// <c>data/nutrition/menaquinone_literature.csv</c> (e.g. <c>kamao2007-natto</c>); for CIQUAL the food code
/// <c>alim_code</c> (e.g. <c>22002</c>).</param>
/// <param name="Description">For SR28 the meaning of the source code (e.g. <c>Analytical or derived from
/// analytical</c>); for literature the citation; for CIQUAL the food's CIQUAL name and the citation.</param>
public sealed record ValueSource(string Dataset, string Code, string Description)
{
    /// <summary>The dataset name used for USDA SR28 values.</summary>
    public const string UsdaSr28 = "USDA SR28";

    /// <summary>The dataset name used for values from the menaquinone literature table.</summary>
    public const string Literature = "literature";

    /// <summary>The dataset name used for values from the French food composition table CIQUAL 2025 (ANSES).</summary>
    public const string Ciqual = "CIQUAL 2025";

    /// <inheritdoc/>
    public override string ToString() => $"{Dataset} {Code}: {Description}";
}
