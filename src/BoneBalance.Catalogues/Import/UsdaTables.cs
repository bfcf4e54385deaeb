namespace BoneBalance.Data.Import;

/// <summary>
/// The part of USDA SR28 the catalogue keeps, with SR28's own ids, units and source codes: every food, food
/// group and household measure, the nutrient dictionary entries and values of the nutrients in
/// <see cref="BoneBalance.Core.Nutrition.NutrientDefinition.All"/> that have an SR28 number, and the source-code table.
/// </summary>
internal sealed record UsdaTables(
    IReadOnlyList<UsdaTables.Group> Groups,
    IReadOnlyList<UsdaTables.NutrientDef> Nutrients,
    IReadOnlyList<UsdaTables.SourceCode> SourceCodes,
    IReadOnlyList<UsdaTables.FoodRow> Foods,
    IReadOnlyList<UsdaTables.Weight> Weights,
    IReadOnlyList<UsdaTables.Value> Values)
{
    /// <summary>FD_GROUP row.</summary>
    internal sealed record Group(string Code, string Description);

    /// <summary>NUTR_DEF row (units as SR28 spells them: g, mg, µg, kcal, IU).</summary>
    internal sealed record NutrientDef(string Number, string Unit, string Tag, string Description);

    /// <summary>SRC_CD row.</summary>
    internal sealed record SourceCode(string Code, string Description);

    /// <summary>FOOD_DES row (the fields the catalogue uses).</summary>
    internal sealed record FoodRow(string Ndb, string GroupCode, string LongDescription, string ShortDescription,
        string CommonName, string Manufacturer, bool Survey);

    /// <summary>WEIGHT row.</summary>
    internal sealed record Weight(string Ndb, int Sequence, double Amount, string Description, double Grams);

    /// <summary>NUT_DATA row: the value exactly as published (text) and parsed, with its source and derivation codes.</summary>
    internal sealed record Value(string Ndb, string NutrientNumber, string Text, double Amount, string SourceCode, string DerivationCode);
}
