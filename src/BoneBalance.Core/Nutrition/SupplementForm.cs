namespace BoneBalance.Core.Nutrition;

/// <summary>
/// What a supplement row contains. Each form adds to exactly one <see cref="IntakeNutrient"/>; a combined product
/// (e.g. D3 + K2) is logged as one row per ingredient, because its label gives one dose per ingredient. Calcium salts
/// are dosed as the weight of the salt and converted to elemental calcium with the fractions of
/// <see cref="CalciumSalts"/>; <see cref="CalciumElemental"/> is a dose already stated as elemental calcium (as US and
/// Canadian labels must state it).
/// </summary>
public enum SupplementForm
{
    /// <summary>Vitamin K2 as menaquinone-7 (<c>k2-mk7</c>), µg or mg.</summary>
    VitaminK2Mk7,

    /// <summary>Vitamin K2 as menaquinone-4 / menatetrenone (<c>k2-mk4</c>), mg or µg.</summary>
    VitaminK2Mk4,

    /// <summary>Vitamin K1, phylloquinone (<c>k1</c>), µg or mg.</summary>
    VitaminK1,

    /// <summary>Vitamin D3, cholecalciferol (<c>d3</c>), µg or IU.</summary>
    VitaminD3,

    /// <summary>Vitamin D2, ergocalciferol (<c>d2</c>), µg or IU.</summary>
    VitaminD2,

    /// <summary>Elemental calcium as stated on the label (<c>calcium</c>), mg.</summary>
    CalciumElemental,

    /// <summary>Calcium carbonate, mg of the salt (<c>calcium-carbonate</c>).</summary>
    CalciumCarbonate,

    /// <summary>Calcium citrate, mg of the salt (<c>calcium-citrate</c>).</summary>
    CalciumCitrate,

    /// <summary>Calcium lactate, mg of the salt (<c>calcium-lactate</c>).</summary>
    CalciumLactate,

    /// <summary>Calcium gluconate, mg of the salt (<c>calcium-gluconate</c>).</summary>
    CalciumGluconate,

    /// <summary>Tricalcium phosphate, mg of the salt (<c>calcium-phosphate</c>).</summary>
    CalciumPhosphate,
}
