namespace BoneBalance.Core.Nutrition;

/// <summary>The unit a nutrient's food-composition value is expressed in (per 100 g of edible portion).</summary>
public enum NutrientUnit
{
    /// <summary>Grams (g).</summary>
    Gram,

    /// <summary>Milligrams (mg).</summary>
    Milligram,

    /// <summary>Micrograms (µg).</summary>
    Microgram,

    /// <summary>Kilocalories (kcal), for energy only.</summary>
    Kilocalorie,

    /// <summary>International units (IU), for vitamin D only (SR28 nutrient 324).</summary>
    InternationalUnit,
}
