using BoneBalance.Core.Validation;

namespace BoneBalance.Core.Nutrition;

/// <summary>The tokens diary files use for <see cref="SupplementForm"/> and <see cref="DoseUnit"/>.</summary>
public static class SupplementTokens
{
    /// <summary><c>k2-mk7|k2-mk4|k1|d3|d2|calcium|calcium-carbonate|calcium-citrate|calcium-lactate|calcium-gluconate|calcium-phosphate</c>.</summary>
    public static TokenTable<SupplementForm> Forms { get; } = new(
        ("k2-mk7", SupplementForm.VitaminK2Mk7),
        ("k2-mk4", SupplementForm.VitaminK2Mk4),
        ("k1", SupplementForm.VitaminK1),
        ("d3", SupplementForm.VitaminD3),
        ("d2", SupplementForm.VitaminD2),
        ("calcium", SupplementForm.CalciumElemental),
        ("calcium-carbonate", SupplementForm.CalciumCarbonate),
        ("calcium-citrate", SupplementForm.CalciumCitrate),
        ("calcium-lactate", SupplementForm.CalciumLactate),
        ("calcium-gluconate", SupplementForm.CalciumGluconate),
        ("calcium-phosphate", SupplementForm.CalciumPhosphate),
        ("mk7", SupplementForm.VitaminK2Mk7),
        ("mk4", SupplementForm.VitaminK2Mk4),
        ("calcium-elemental", SupplementForm.CalciumElemental),
        ("tricalcium-phosphate", SupplementForm.CalciumPhosphate));

    /// <summary><c>ug|mg|iu</c> (also <c>µg</c>, <c>mcg</c>).</summary>
    public static TokenTable<DoseUnit> Units { get; } = new(
        ("ug", DoseUnit.Microgram),
        ("mg", DoseUnit.Milligram),
        ("iu", DoseUnit.InternationalUnit),
        ("µg", DoseUnit.Microgram),
        ("mcg", DoseUnit.Microgram));
}
