namespace BoneBalance.Core.Nutrition;

/// <summary>
/// The seven amounts an intake analysis reports. The vitamin K forms are kept apart and summed only as stated:
/// <see cref="VitaminK2Total"/> = every menaquinone MK-4 … MK-10 (so MK-5 and MK-6, where a source gives them, count
/// towards K2 but neither towards MK-4 nor MK-7+), <see cref="VitaminKTotal"/> = K1 + K2. For a food whose source
/// publishes K2 only as one total without forms (CIQUAL 2025, <see cref="Nutrient.VitaminK2"/>), that total is its K2
/// (complete) and counts towards K2 total and total K, while its MK-4 and MK-7+ stay not analysed (lower bounds). Dihydrophylloquinone
/// (SR28 429, from hydrogenated oils) is in none of them: it is not phylloquinone, and the IOM adequate intake was set
/// from phylloquinone intakes.
/// </summary>
public enum IntakeNutrient
{
    /// <summary>Calcium, elemental, mg (<c>calcium_mg</c>).</summary>
    Calcium,

    /// <summary>Vitamin D (D2 + D3), µg (<c>vitamin_d_ug</c>).</summary>
    VitaminD,

    /// <summary>Vitamin K1, phylloquinone (SR28 430), µg (<c>vitamin_k1_ug</c>).</summary>
    VitaminK1,

    /// <summary>Menaquinone-4, µg (<c>mk4_ug</c>).</summary>
    Menaquinone4,

    /// <summary>Long-chain menaquinones MK-7 … MK-10, µg (<c>mk7plus_ug</c>).</summary>
    LongChainMenaquinones,

    /// <summary>All menaquinones MK-4 … MK-10, or a food's published K2 total, µg (<c>k2_total_ug</c>).</summary>
    VitaminK2Total,

    /// <summary>K1 + K2, µg (<c>vitamin_k_total_ug</c>).</summary>
    VitaminKTotal,
}
