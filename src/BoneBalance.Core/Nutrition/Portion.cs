using System.Globalization;
using BoneBalance.Core.Validation;

namespace BoneBalance.Core.Nutrition;

/// <summary>
/// A household measure of a food from SR28's WEIGHT table: <see cref="Amount"/> <see cref="Description"/> weighs
/// <see cref="Grams"/> g (e.g. 1 cup of salted butter = 227 g).
/// </summary>
/// <param name="Sequence">SR28 <c>Seq</c> (order within the food).</param>
/// <param name="Amount">SR28 <c>Amount</c>, e.g. 1 or 0.5.</param>
/// <param name="Description">SR28 <c>Msre_Desc</c>, e.g. <c>cup</c>, <c>tbsp</c>, <c>large</c>.</param>
/// <param name="Grams">SR28 <c>Gm_Wgt</c>: grams of <see cref="Amount"/> measures.</param>
public sealed record Portion(int Sequence, double Amount, string Description, double Grams)
{
    /// <summary>The measure as people say it: <c>1 cup</c>, <c>0.5 cup, diced</c>.</summary>
    public string Label => string.Create(CultureInfo.InvariantCulture, $"{Amount:0.###} {Description}");

    /// <summary>Writes <see cref="Label"/> (the same text, same format) into <paramref name="destination"/> without
    /// making a string, for writers that copy it straight on.</summary>
    /// <param name="destination">Where to write.</param>
    /// <param name="written">How many characters were written.</param>
    /// <returns>False when the label does not fit (nothing usable is written).</returns>
    public bool TryFormatLabel(Span<char> destination, out int written) =>
        destination.TryWrite(CultureInfo.InvariantCulture, $"{Amount:0.###} {Description}", out written);

    /// <summary>Grams in <paramref name="quantity"/> of these measures (e.g. 2 × "1 cup" of butter = 454 g).</summary>
    public double GramsFor(double quantity)
    {
        if (!(quantity >= 0) || double.IsInfinity(quantity))
        {
            throw new InvalidInputException("quantity", quantity.ToString("R", CultureInfo.InvariantCulture), "a finite number of at least 0", Check.Problem(quantity));
        }

        return quantity * Grams / Amount;
    }
}
