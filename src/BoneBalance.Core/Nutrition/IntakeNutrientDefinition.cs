namespace BoneBalance.Core.Nutrition;

/// <summary>
/// What an <see cref="IntakeNutrient"/> is: its JSON/CSV code, display name, whether it is counted in milligrams
/// (calcium) or micrograms (the rest), and the food-composition forms summed into it.
/// </summary>
/// <param name="Nutrient">The intake nutrient.</param>
/// <param name="Code">Stable code, e.g. <c>calcium_mg</c>, <c>mk7plus_ug</c>.</param>
/// <param name="Name">Display name.</param>
/// <param name="InMilligrams">True when shown in mg (calcium), false for µg.</param>
/// <param name="Forms">The catalogue nutrients summed (per food, all must be analysed for the food's value to be
/// complete). Vitamin D is <see cref="Nutrient.VitaminD"/> (SR28 328), read from SR28 324 (IU ÷ 40) when 328 is absent.</param>
public sealed record IntakeNutrientDefinition(IntakeNutrient Nutrient, string Code, string Name, bool InMilligrams, IReadOnlyList<Nutrient> Forms)
{
    private static readonly IntakeNutrientDefinition[] Table =
    [
        new(IntakeNutrient.Calcium, "calcium_mg", "Calcium", true, [Nutrition.Nutrient.Calcium]),
        new(IntakeNutrient.VitaminD, "vitamin_d_ug", "Vitamin D", false, [Nutrition.Nutrient.VitaminD]),
        new(IntakeNutrient.VitaminK1, "vitamin_k1_ug", "Vitamin K1", false, [Nutrition.Nutrient.VitaminK1]),
        new(IntakeNutrient.Menaquinone4, "mk4_ug", "MK-4", false, [Nutrition.Nutrient.Menaquinone4]),
        new(IntakeNutrient.LongChainMenaquinones, "mk7plus_ug", "MK-7+", false, NutrientDefinition.LongChainMenaquinones),
        new(IntakeNutrient.VitaminK2Total, "k2_total_ug", "K2 total", false, NutrientDefinition.Menaquinones),
        new(IntakeNutrient.VitaminKTotal, "vitamin_k_total_ug", "Vitamin K total", false, [Nutrition.Nutrient.VitaminK1, .. NutrientDefinition.Menaquinones]),
    ];

    /// <summary>True when this sum contains every menaquinone (K2 total, total vitamin K), so a food's published K2
    /// total (<see cref="Nutrition.Nutrient.VitaminK2"/>, CIQUAL) stands for the MK-4 … MK-10 forms in it. MK-4 and
    /// MK-7+ are parts of K2, not all of it: a K2 total cannot be split into them, so for such a food they stay not
    /// analysed and their sums lower bounds.</summary>
    public bool TakesPublishedK2Total => Forms.Count >= NutrientDefinition.Menaquinones.Count && Forms.Contains(Nutrition.Nutrient.Menaquinone4);

    /// <summary>What a reader of an intake needs to know about published K2 totals (shown under the intake tables of the
    /// CLI and the web diary; no codes, fit for a patient page).</summary>
    public const string PublishedK2TotalNote =
        "Some foods' vitamin K2 comes from the French food composition table (CIQUAL 2025), which gives one K2 figure "
        + "without splitting it into MK-4 and MK-7; it counts in K2 total and in vitamin K total, while MK-4 and MK-7+ "
        + "then show a lower bound (≥).";

    /// <summary>All seven, in <see cref="IntakeNutrient"/> order.</summary>
    public static IReadOnlyList<IntakeNutrientDefinition> All => Table;

    /// <summary>The definition of an intake nutrient.</summary>
    public static IntakeNutrientDefinition Of(IntakeNutrient nutrient) => Table[(int)nutrient];

    /// <summary>The unit symbol: <c>mg</c> or <c>µg</c>.</summary>
    public string UnitSymbol => InMilligrams ? "mg" : "µg";

    /// <summary>The amount as a number in this nutrient's unit (mg for calcium, µg otherwise).</summary>
    public double InUnit(Measures.NutrientAmount amount) => InMilligrams ? amount.Milligrams : amount.Micrograms;

    /// <summary>
    /// This nutrient in 100 g of <paramref name="food"/>: the sum of the analysed forms, and whether every form was
    /// analysed. For K2 total and total vitamin K a published K2 total (CIQUAL) is taken in place of the menaquinone
    /// forms. Vitamin D falls back to SR28 324 (IU, converted by <see cref="Measures.NutrientAmount"/>) for the
    /// few foods that publish vitamin D only in IU.
    /// </summary>
    public (Measures.NutrientAmount Amount, bool IsComplete) PerHundredGrams(Food food)
    {
        ArgumentNullException.ThrowIfNull(food);
        var micrograms = 0.0;
        var complete = true;
        // A published K2 total replaces the menaquinone forms (a food never has both; see Food): it is all of K2, so the
        // K2 part of this sum is complete.
        var k2Total = TakesPublishedK2Total ? food.PerHundredGrams(Nutrition.Nutrient.VitaminK2) : null;
        if (k2Total is { } total)
        {
            micrograms += total;
        }

        // An indexed loop over the forms: this runs for every nutrient of every diary food, and an enumerator over
        // the IReadOnlyList would be allocated each time.
        for (var i = 0; i < Forms.Count; i++)
        {
            var form = Forms[i];
            if (k2Total is not null && IsMenaquinone(form))
            {
                continue;
            }

            if (food.PerHundredGrams(form) is { } v)
            {
                micrograms += InMilligrams ? v * 1000.0 : v;
            }
            else if (form == Nutrition.Nutrient.VitaminD && food.PerHundredGrams(Nutrition.Nutrient.VitaminDInternationalUnits) is { } iu)
            {
                micrograms += Measures.NutrientAmount.FromVitaminDInternationalUnits(iu).Micrograms;
            }
            else
            {
                complete = false;
            }
        }

        return (Measures.NutrientAmount.FromMicrograms(micrograms), complete);
    }

    private static bool IsMenaquinone(Nutrition.Nutrient form) =>
        form is >= Nutrition.Nutrient.Menaquinone4 and <= Nutrition.Nutrient.Menaquinone10;
}
