using System.Collections.Frozen;

namespace BoneBalance.Core.Nutrition;

/// <summary>
/// What a <see cref="Nutrient"/> is: a stable lower-case code (used in files, JSON and the database), a display
/// name, the unit its per-100 g values are in, and the USDA SR28 nutrient number when SR28 has it.
/// Units and numbers are those of SR28's NUTR_DEF table (USDA ARS Nutrient Data Laboratory, SR28, 2016).
/// </summary>
/// <param name="Nutrient">The nutrient.</param>
/// <param name="Code">Stable code, e.g. <c>calcium_mg</c>, <c>mk7_ug</c>.</param>
/// <param name="Name">Display name.</param>
/// <param name="Unit">Unit of the per-100 g value.</param>
/// <param name="UsdaNumber">SR28 <c>Nutr_No</c> (e.g. <c>301</c>), or null for nutrients SR28 does not report.</param>
public sealed record NutrientDefinition(Nutrient Nutrient, string Code, string Name, NutrientUnit Unit, string? UsdaNumber)
{
    private static readonly NutrientDefinition[] Table =
    [
        new(Nutrient.Energy, "energy_kcal", "Energy", NutrientUnit.Kilocalorie, "208"),
        new(Nutrient.Protein, "protein_g", "Protein", NutrientUnit.Gram, "203"),
        new(Nutrient.Calcium, "calcium_mg", "Calcium", NutrientUnit.Milligram, "301"),
        new(Nutrient.Magnesium, "magnesium_mg", "Magnesium", NutrientUnit.Milligram, "304"),
        new(Nutrient.Phosphorus, "phosphorus_mg", "Phosphorus", NutrientUnit.Milligram, "305"),
        new(Nutrient.VitaminD, "vitamin_d_ug", "Vitamin D (D2 + D3)", NutrientUnit.Microgram, "328"),
        new(Nutrient.VitaminDInternationalUnits, "vitamin_d_iu", "Vitamin D (IU, as published)", NutrientUnit.InternationalUnit, "324"),
        new(Nutrient.VitaminD2, "vitamin_d2_ug", "Vitamin D2 (ergocalciferol)", NutrientUnit.Microgram, "325"),
        new(Nutrient.VitaminD3, "vitamin_d3_ug", "Vitamin D3 (cholecalciferol)", NutrientUnit.Microgram, "326"),
        new(Nutrient.VitaminK1, "vitamin_k1_ug", "Vitamin K1 (phylloquinone)", NutrientUnit.Microgram, "430"),
        new(Nutrient.Dihydrophylloquinone, "dihydrophylloquinone_ug", "Dihydrophylloquinone", NutrientUnit.Microgram, "429"),
        new(Nutrient.Menaquinone4, "mk4_ug", "Menaquinone-4 (MK-4)", NutrientUnit.Microgram, "428"),
        new(Nutrient.Menaquinone5, "mk5_ug", "Menaquinone-5 (MK-5)", NutrientUnit.Microgram, null),
        new(Nutrient.Menaquinone6, "mk6_ug", "Menaquinone-6 (MK-6)", NutrientUnit.Microgram, null),
        new(Nutrient.Menaquinone7, "mk7_ug", "Menaquinone-7 (MK-7)", NutrientUnit.Microgram, null),
        new(Nutrient.Menaquinone8, "mk8_ug", "Menaquinone-8 (MK-8)", NutrientUnit.Microgram, null),
        new(Nutrient.Menaquinone9, "mk9_ug", "Menaquinone-9 (MK-9)", NutrientUnit.Microgram, null),
        new(Nutrient.Menaquinone10, "mk10_ug", "Menaquinone-10 (MK-10)", NutrientUnit.Microgram, null),
        new(Nutrient.VitaminK2, "vitamin_k2_ug", "Vitamin K2 (menaquinones, total without forms)", NutrientUnit.Microgram, null),
    ];

    private static readonly FrozenDictionary<string, NutrientDefinition> ByCodeTable =
        Table.ToFrozenDictionary(d => d.Code, StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenDictionary<string, NutrientDefinition> ByUsdaTable =
        Table.Where(d => d.UsdaNumber is not null).ToFrozenDictionary(d => d.UsdaNumber!, StringComparer.Ordinal);

    /// <summary>Every nutrient the catalogue carries, in <see cref="Nutrient"/> order.</summary>
    public static IReadOnlyList<NutrientDefinition> All => Table;

    /// <summary>The menaquinones (MK-4 … MK-10): the forms summed as total vitamin K2 when a food has no published
    /// total (<see cref="Nutrient.VitaminK2"/>).</summary>
    public static IReadOnlyList<Nutrient> Menaquinones { get; } =
    [
        Nutrient.Menaquinone4, Nutrient.Menaquinone5, Nutrient.Menaquinone6, Nutrient.Menaquinone7,
        Nutrient.Menaquinone8, Nutrient.Menaquinone9, Nutrient.Menaquinone10,
    ];

    /// <summary>The long-chain menaquinones MK-7 … MK-10 (the "MK-7+" of the CLI and the reports).</summary>
    public static IReadOnlyList<Nutrient> LongChainMenaquinones { get; } =
    [
        Nutrient.Menaquinone7, Nutrient.Menaquinone8, Nutrient.Menaquinone9, Nutrient.Menaquinone10,
    ];

    /// <summary>The definition of a nutrient.</summary>
    public static NutrientDefinition Of(Nutrient nutrient) => Table[(int)nutrient];

    /// <summary>Finds a nutrient by its code (case-insensitive); false when the code is unknown.</summary>
    public static bool TryFromCode(string code, out NutrientDefinition definition) =>
        ByCodeTable.TryGetValue(code, out definition!);

    /// <summary>Finds a nutrient by its SR28 <c>Nutr_No</c>; false when the catalogue does not carry it.</summary>
    public static bool TryFromUsdaNumber(string number, out NutrientDefinition definition) =>
        ByUsdaTable.TryGetValue(number, out definition!);

    /// <summary>The unit's usual symbol (g, mg, µg, kcal, IU).</summary>
    public string UnitSymbol => Unit switch
    {
        NutrientUnit.Gram => "g",
        NutrientUnit.Milligram => "mg",
        NutrientUnit.Microgram => "µg",
        NutrientUnit.Kilocalorie => "kcal",
        _ => "IU",
    };
}
