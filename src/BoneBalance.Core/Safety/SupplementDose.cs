using BoneBalance.Core.Measures;
using BoneBalance.Core.Validation;

namespace BoneBalance.Core.Safety;

/// <summary>What a supplement dose provides, as the safety rules see it.</summary>
public enum SupplementIngredient
{
    /// <summary>Vitamin K1, phylloquinone (µg).</summary>
    VitaminK1,

    /// <summary>Vitamin K2 as menaquinone-4 (MK-4, menatetrenone) (µg; the Japanese prescription dose is 45 mg).</summary>
    Menaquinone4,

    /// <summary>Vitamin K2 as menaquinone-7 (MK-7) (µg).</summary>
    Menaquinone7,

    /// <summary>Vitamin D2 or D3 (µg; 1 µg = 40 IU).</summary>
    VitaminD,

    /// <summary>Elemental calcium (mg) — not the weight of the salt.</summary>
    Calcium,
}

/// <summary>
/// One supplement taken (or proposed) every day: what it provides and how much. A calcium salt's dose is its
/// elemental calcium; the caller converts the salt's weight. Create it with <see cref="Create"/>.
/// </summary>
public sealed record SupplementDose
{
    private SupplementDose(SupplementIngredient ingredient, NutrientAmount amountPerDay)
    {
        Ingredient = ingredient;
        AmountPerDay = amountPerDay;
    }

    /// <summary>What the supplement provides.</summary>
    public SupplementIngredient Ingredient { get; }

    /// <summary>The daily amount of <see cref="Ingredient"/>.</summary>
    public NutrientAmount AmountPerDay { get; }

    /// <summary>True for vitamin K1, MK-4 and MK-7.</summary>
    public bool IsVitaminK => Ingredient is SupplementIngredient.VitaminK1 or SupplementIngredient.Menaquinone4 or SupplementIngredient.Menaquinone7;

    /// <summary>Creates a dose (field <c>supplement.form</c> when the ingredient is not defined).</summary>
    /// <exception cref="InvalidInputException">The ingredient is not one of <see cref="SupplementIngredient"/>.</exception>
    public static SupplementDose Create(SupplementIngredient ingredient, NutrientAmount amountPerDay, string field = "supplement")
    {
        if (!Enum.IsDefined(ingredient))
        {
            throw new InvalidInputException($"{field}.form", ingredient.ToString(), string.Join("|", Enum.GetNames<SupplementIngredient>()));
        }

        return new(ingredient, amountPerDay);
    }

    /// <summary>Plain words, e.g. "vitamin K2 (MK-7) 180 µg/day".</summary>
    public override string ToString() => $"{Describe(Ingredient)} {AmountPerDay}/day";

    /// <summary>Plain words for an ingredient.</summary>
    public static string Describe(SupplementIngredient ingredient) => ingredient switch
    {
        SupplementIngredient.VitaminK1 => "vitamin K1",
        SupplementIngredient.Menaquinone4 => "vitamin K2 (MK-4)",
        SupplementIngredient.Menaquinone7 => "vitamin K2 (MK-7)",
        SupplementIngredient.VitaminD => "vitamin D",
        SupplementIngredient.Calcium => "calcium (elemental)",
        _ => ingredient.ToString(),
    };
}
