using System.Globalization;
using BoneBalance.Core.Validation;

namespace BoneBalance.Core.Nutrition;

/// <summary>
/// One food eaten on one day, with its weight in grams. Create it from grams (<see cref="InGrams"/>) or from a count
/// of one of the food's household measures (<see cref="InMeasure"/>: "2 × 1 cup", "1 × large" for an egg — SR28's
/// WEIGHT table, so a count of eggs is a quantity of the <c>large</c> measure).
/// </summary>
public sealed record DiaryEntry
{
    /// <summary>Most grams accepted for one entry (5 kg): more is a typing mistake, not a meal.</summary>
    public const double MaximumGrams = 5000;

    private DiaryEntry(DateOnly date, Food food, double grams, string amount)
    {
        Date = date;
        Food = food;
        Grams = grams;
        Amount = amount;
    }

    /// <summary>The day it was eaten.</summary>
    public DateOnly Date { get; }

    /// <summary>The food.</summary>
    public Food Food { get; }

    /// <summary>Grams eaten (edible portion).</summary>
    public double Grams { get; }

    /// <summary>The amount as logged, e.g. <c>150 g</c> or <c>2 × 1 cup</c>.</summary>
    public string Amount { get; }

    /// <summary>An entry of <paramref name="grams"/> g (finite, 0 to <see cref="MaximumGrams"/>).</summary>
    /// <exception cref="InvalidInputException">grams is NaN, infinite, negative or above 5,000.</exception>
    public static DiaryEntry InGrams(DateOnly date, Food food, double grams)
    {
        ArgumentNullException.ThrowIfNull(food);
        Check.Inclusive("grams", grams, 0, MaximumGrams, "g");
        return new(date, food, grams, string.Create(CultureInfo.InvariantCulture, $"{grams:0.###} g"));
    }

    /// <summary>The household measure, when logged as a count of one (null when logged in grams).</summary>
    public Portion? Measure { get; private init; }

    /// <summary>
    /// An entry of <paramref name="quantity"/> household measures of the food: <paramref name="measure"/> names one of
    /// SR28's WEIGHT rows (<see cref="Food.Measure"/>: its label <c>3 oz</c>, <c>1 cup</c>, or a unit that names one
    /// measure, <c>cup</c>, <c>large</c>). Grams = quantity × the measure's whole weight (<see cref="Portion.GramsFor"/>).
    /// </summary>
    /// <exception cref="InvalidInputException">The food has no such measure, or several (the error lists the valid
    /// ones), the quantity is not finite or negative, or the grams exceed 5,000.</exception>
    public static DiaryEntry InMeasure(DateOnly date, Food food, double quantity, string measure)
    {
        ArgumentNullException.ThrowIfNull(food);
        ArgumentNullException.ThrowIfNull(measure);
        var portion = food.Measure(measure);
        var grams = portion.GramsFor(quantity);
        Check.Inclusive("grams", grams, 0, MaximumGrams, "g");
        return new(date, food, grams, string.Create(CultureInfo.InvariantCulture, $"{quantity:0.###} × {portion.Label}")) { Measure = portion };
    }
}
