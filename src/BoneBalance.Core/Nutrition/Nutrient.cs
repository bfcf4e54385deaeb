namespace BoneBalance.Core.Nutrition;

/// <summary>
/// The nutrients the food catalogue carries. Each has one <see cref="NutrientDefinition"/> (code, name, unit and,
/// where there is one, its USDA SR28 nutrient number). Vitamin K forms are kept apart: phylloquinone (K1), its
/// hydrogenated form, MK-4 and the long-chain menaquinones MK-5 … MK-10 are never folded into one number.
/// <see cref="VitaminK2"/> is a published total of all menaquinones for a food whose source gives no split by form
/// (CIQUAL 2025); a food never carries both it and a per-form value.
/// </summary>
public enum Nutrient
{
    /// <summary>Energy, kcal (SR28 208).</summary>
    Energy,

    /// <summary>Protein, g (SR28 203).</summary>
    Protein,

    /// <summary>Calcium, mg (SR28 301).</summary>
    Calcium,

    /// <summary>Magnesium, mg (SR28 304).</summary>
    Magnesium,

    /// <summary>Phosphorus, mg (SR28 305).</summary>
    Phosphorus,

    /// <summary>Vitamin D (D2 + D3), µg (SR28 328).</summary>
    VitaminD,

    /// <summary>Vitamin D in international units as published, IU (SR28 324).</summary>
    VitaminDInternationalUnits,

    /// <summary>Vitamin D2, ergocalciferol, µg (SR28 325).</summary>
    VitaminD2,

    /// <summary>Vitamin D3, cholecalciferol, µg (SR28 326).</summary>
    VitaminD3,

    /// <summary>Vitamin K1, phylloquinone, µg (SR28 430).</summary>
    VitaminK1,

    /// <summary>Dihydrophylloquinone (from hydrogenated plant oils), µg (SR28 429).</summary>
    Dihydrophylloquinone,

    /// <summary>Menaquinone-4 (MK-4), µg (SR28 428 or literature).</summary>
    Menaquinone4,

    /// <summary>Menaquinone-5 (MK-5), µg (literature only).</summary>
    Menaquinone5,

    /// <summary>Menaquinone-6 (MK-6), µg (literature only).</summary>
    Menaquinone6,

    /// <summary>Menaquinone-7 (MK-7), µg (literature only).</summary>
    Menaquinone7,

    /// <summary>Menaquinone-8 (MK-8), µg (literature only).</summary>
    Menaquinone8,

    /// <summary>Menaquinone-9 (MK-9), µg (literature only).</summary>
    Menaquinone9,

    /// <summary>Menaquinone-10 (MK-10), µg (literature only).</summary>
    Menaquinone10,

    /// <summary>Vitamin K2, total of the menaquinones as one published number without a split by form, µg (CIQUAL 2025
    /// "Vitamin K2 (µg/100g)"). Counted in K2 total and total vitamin K, never in MK-4 or MK-7+.</summary>
    VitaminK2,
}
