namespace BoneBalance.Data.Persistence;

/// <summary>
/// A food diary row: a food of the catalogue eaten on a day, stored as the person entered it (grams, or a quantity
/// of one of the food's household measures) together with the grams it came to when it was entered.
/// </summary>
public sealed class DiaryFood : OwnedRow
{
    /// <summary>The day it was eaten.</summary>
    public DateOnly Date { get; set; }

    /// <summary>The catalogue food id (<c>usda:11003</c>, <c>lit:natto</c>).</summary>
    public string FoodId { get; set; } = string.Empty;

    /// <summary>Grams eaten.</summary>
    public double Grams { get; set; }

    /// <summary>How many household measures, when entered that way.</summary>
    public double? Quantity { get; set; }

    /// <summary>The household measure's label (<see cref="Core.Nutrition.Portion.Label"/>: <c>1 cup</c>, <c>3 oz</c>),
    /// when entered that way. Rows written before labels were stored hold the text as typed (<c>cup</c>).</summary>
    public string? Measure { get; set; }
}
