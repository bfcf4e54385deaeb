using System.Globalization;
using BoneBalance.Core.Validation;

namespace BoneBalance.Core.Nutrition;

/// <summary>
/// One nutrient's content in one food, per 100 g of edible portion, in the nutrient's unit
/// (<see cref="NutrientDefinition.Unit"/>) — or the fact that it was not analysed. "Not analysed" is a state of
/// its own and never reads as zero: SR28 leaves a nutrient out when nobody measured it, and an analysed zero
/// is a different fact.
/// </summary>
public sealed record NutrientValue
{
    private NutrientValue(Nutrient nutrient, double? perHundredGrams, ValueSource? source)
    {
        Nutrient = nutrient;
        PerHundredGrams = perHundredGrams;
        Source = source;
    }

    /// <summary>The nutrient.</summary>
    public Nutrient Nutrient { get; }

    /// <summary>The amount per 100 g in the nutrient's unit; null when not analysed.</summary>
    public double? PerHundredGrams { get; }

    /// <summary>Where the value comes from; null when not analysed.</summary>
    public ValueSource? Source { get; }

    /// <summary>True when a value (possibly zero) was analysed, calculated or published.</summary>
    public bool IsAnalysed => PerHundredGrams.HasValue;

    /// <summary>The unit of <see cref="PerHundredGrams"/>.</summary>
    public NutrientUnit Unit => NutrientDefinition.Of(Nutrient).Unit;

    /// <summary>The value for a nutrient nobody analysed in this food.</summary>
    public static NutrientValue NotAnalysed(Nutrient nutrient) => new(nutrient, null, null);

    /// <summary>An analysed value per 100 g. Refuses NaN, infinities and negative amounts.</summary>
    public static NutrientValue Analysed(Nutrient nutrient, double perHundredGrams, ValueSource source)
    {
        ArgumentNullException.ThrowIfNull(source);
        if (!(perHundredGrams >= 0) || double.IsInfinity(perHundredGrams))
        {
            throw new InvalidInputException(
                NutrientDefinition.Of(nutrient).Code,
                perHundredGrams.ToString("R", CultureInfo.InvariantCulture),
                "a finite amount of at least 0 per 100 g");
        }

        return new(nutrient, perHundredGrams, source);
    }

    /// <summary>The amount in <paramref name="grams"/> of the food, or null when not analysed.</summary>
    public double? ForGrams(double grams)
    {
        if (!(grams >= 0) || double.IsInfinity(grams))
        {
            throw new InvalidInputException("grams", grams.ToString("R", CultureInfo.InvariantCulture), "a finite number of at least 0 g", Check.Problem(grams));
        }

        return PerHundredGrams * grams / 100.0;
    }

    /// <inheritdoc/>
    public override string ToString() => PerHundredGrams is { } value
        ? string.Create(CultureInfo.InvariantCulture, $"{value:0.###} {NutrientDefinition.Of(Nutrient).UnitSymbol}/100 g")
        : "not analysed";
}
