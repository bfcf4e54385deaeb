using System.Globalization;
using BoneBalance.Core.Validation;

namespace BoneBalance.Core.Nutrition;

/// <summary>
/// A household measure of a food from SR28's WEIGHT table: the whole portion <see cref="Amount"/>
/// <see cref="Description"/> (its <see cref="Label"/>, e.g. <c>3 oz</c>, <c>0.5 container (4 oz)</c>) weighs
/// <see cref="Grams"/> g, and a quantity Q of it weighs Q × <see cref="Grams"/> (<see cref="GramsFor"/>; e.g. 2 ×
/// "1 cup" of salted butter = 454 g, 1 × "3 oz" of salmon = 85 g).
/// </summary>
/// <param name="Sequence">SR28 <c>Seq</c> (order within the food).</param>
/// <param name="Amount">SR28 <c>Amount</c>, e.g. 1, 3 or 0.5.</param>
/// <param name="Description">SR28 <c>Msre_Desc</c>, e.g. <c>cup</c>, <c>oz</c>, <c>container (4 oz)</c>.</param>
/// <param name="Grams">SR28 <c>Gm_Wgt</c>: the weight of the whole portion, <see cref="Amount"/> ×
/// <see cref="Description"/>, as the table's own rows show (salmon 15076: 3 oz = 85 g, i.e. 3 × 28.35 g; yogurt 01117:
/// 0.5 container (4 oz) = 113 g, i.e. 4 oz).</param>
public sealed record Portion(int Sequence, double Amount, string Description, double Grams)
{
    /// <summary>
    /// The canonical name of the measure, the one text shown everywhere (web drop-down, <c>foods show</c>, the API's
    /// <c>measures[].label</c>, diary rows) and accepted everywhere (diary CSV <c>measure</c>, API <c>measure</c>):
    /// the amount to three decimals and the description, <c>1 cup</c>, <c>3 oz</c>, <c>0.5 container (4 oz)</c>. When a
    /// food has two measures with that text and different weights (15 SR28 foods, e.g. "1 biscuit" of 58 g and of 43 g),
    /// <see cref="Food"/> adds the weight to tell them apart: <c>1 biscuit (58 g)</c> (<see cref="LabelShowsGrams"/>).
    /// </summary>
    public string Label { get; init; } = PlainLabel(Amount, Description);

    /// <summary>True when <see cref="Label"/> already ends with the weight (see <see cref="Label"/>).</summary>
    public bool LabelShowsGrams { get; init; }

    /// <summary>The label with its weight, for people: <c>3 oz (85 g)</c>, <c>1 biscuit (58 g)</c>.</summary>
    public string LabelWithGrams => LabelShowsGrams ? Label : string.Create(CultureInfo.InvariantCulture, $"{Label} ({Grams:0.###} g)");

    /// <summary>The amount and the description, <c>0.5 cup, diced</c> (the label before any weight is added).</summary>
    public static string PlainLabel(double amount, string description) =>
        string.Create(CultureInfo.InvariantCulture, $"{amount:0.###} {description}");

    /// <summary>Writes <see cref="Label"/> into <paramref name="destination"/> without making a string, for writers that
    /// copy it straight on.</summary>
    /// <param name="destination">Where to write.</param>
    /// <param name="written">How many characters were written.</param>
    /// <returns>False when the label does not fit (nothing usable is written).</returns>
    public bool TryFormatLabel(Span<char> destination, out int written)
    {
        if (Label.AsSpan().TryCopyTo(destination))
        {
            written = Label.Length;
            return true;
        }

        written = 0;
        return false;
    }

    /// <summary>
    /// Grams in <paramref name="quantity"/> of this whole measure: quantity × <see cref="Grams"/> (2 × "1 cup" of butter
    /// = 454 g; 1 × "0.5 container (4 oz)" of yogurt = 113 g). This is the only place a count of household measures
    /// becomes grams.
    /// </summary>
    /// <exception cref="InvalidInputException">The quantity is NaN, infinite or negative.</exception>
    public double GramsFor(double quantity)
    {
        if (!(quantity >= 0) || double.IsInfinity(quantity))
        {
            throw new InvalidInputException("quantity", quantity.ToString("R", CultureInfo.InvariantCulture), "a finite number of at least 0", Check.Problem(quantity));
        }

        return quantity * Grams;
    }
}
