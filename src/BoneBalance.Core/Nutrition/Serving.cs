namespace BoneBalance.Core.Nutrition;

/// <summary>
/// The household measure of a food that is one serving, for suggesting foods that close a gap: "1 cup" of milk,
/// "1 oz" of cheese, "3 oz" of fish, "1 cup, chopped" of cooked kale — not "1 cup, diced" of cheese, a quart of
/// milk or a teaspoon of cod liver oil.
/// </summary>
/// <remarks>
/// The rule (a design rule built on unit conversions, not a medical constant):
/// <list type="number">
/// <item>A food has a target serving (the first that applies, in this order: ounce, drink, otherwise):
/// <see cref="CupOfDrinkGrams"/> (one cup, 8 fl oz) when it is a drink — SR28
/// gives it a "fl oz" measure (milk, soy drink, juice; yogurt's "cup (8 fl oz)" too); <see cref="OunceGrams"/>
/// (1 oz) for foods eaten by the ounce or less — cheese (SR28 dairy foods named "cheese", other than cottage cheese
/// and ricotta), nuts and seeds, and fats, oils and cream (whose real serving, a tablespoon, is below
/// <see cref="MinimumGrams"/>, so a spread, an oil or cream gets at most a small measure, and "1 cup" of margarine or of
/// heavy cream is never offered); otherwise
/// <see cref="ThreeOunceGrams"/> (3 oz, the usual portion of fish, meat, tofu or a side of cooked vegetables).
/// These echo the US label serving sizes (FDA reference amounts customarily consumed, 21 CFR 101.12), whose table we
/// did not verify value by value, so the targets are stated as the household units they are.</item>
/// <item>Only measures from <see cref="MinimumGrams"/> to <see cref="MaximumGrams"/> qualify: below, a measure is an
/// ingredient amount (a teaspoon, a tablespoon, a cubic inch, one almond); above, a package or a whole cake.</item>
/// <item>The serving is the qualifying measure nearest the target by ratio (|ln(grams / target)|; ties go to SR28
/// order), and it must lie within a factor <see cref="MaximumFactorFromTarget"/> of the target — a food whose only
/// measures are far from a serving (1 cup of sesame seeds, 144 g, for an ounce-eaten food) has none.</item>
/// </list>
/// </remarks>
public static class Serving
{
    /// <summary>Smallest measure (g) that is a serving rather than an ingredient amount.</summary>
    public const double MinimumGrams = 20;

    /// <summary>Largest measure (g) that is a serving rather than a package.</summary>
    public const double MaximumGrams = 250;

    /// <summary>One cup of a drink: 8 US fl oz ≈ 237 mL, ≈ 240 g for milk-like densities (SR28 weighs a cup of whole
    /// milk at 244 g, of calcium-fortified soy drink at 243 g).</summary>
    public const double CupOfDrinkGrams = 240;

    /// <summary>One avoirdupois ounce, 28.35 g: the serving of cheese, nuts and seeds.</summary>
    public const double OunceGrams = 28.35;

    /// <summary>Three ounces, 85.05 g: the serving of fish, meat, tofu and cooked vegetables.</summary>
    public const double ThreeOunceGrams = 3 * OunceGrams;

    /// <summary>How far (as a ratio either way) the chosen measure may lie from the target and still be a serving.</summary>
    public const double MaximumFactorFromTarget = 2.5;

    /// <summary>The target serving (g) of a food (see the remarks).</summary>
    public static double TargetGrams(Food food)
    {
        ArgumentNullException.ThrowIfNull(food);
        var eatenByTheOunce = string.Equals(food.Group, "Nut and Seed Products", StringComparison.OrdinalIgnoreCase)
            || string.Equals(food.Group, "Fats and Oils", StringComparison.OrdinalIgnoreCase)
            || food.Name.StartsWith("Cream,", StringComparison.OrdinalIgnoreCase)
            || (string.Equals(food.Group, "Dairy and Egg Products", StringComparison.OrdinalIgnoreCase)
                && food.Name.Contains("cheese", StringComparison.OrdinalIgnoreCase)
                && !food.Name.Contains("cottage", StringComparison.OrdinalIgnoreCase)
                && !food.Name.Contains("ricotta", StringComparison.OrdinalIgnoreCase));
        if (eatenByTheOunce)
        {
            return OunceGrams;
        }

        return food.Portions.Any(p => p.Description.Contains("fl oz", StringComparison.OrdinalIgnoreCase)) ? CupOfDrinkGrams : ThreeOunceGrams;
    }

    /// <summary>The food's serving measure, or null when none of its household measures is a serving.</summary>
    public static Portion? Of(Food food)
    {
        var target = TargetGrams(food);
        Portion? best = null;
        var bestDistance = double.PositiveInfinity;
        foreach (var portion in food.Portions)
        {
            if (!(portion.Grams >= MinimumGrams && portion.Grams <= MaximumGrams))
            {
                continue;
            }

            var distance = Math.Abs(Math.Log(portion.Grams / target));
            if (distance < bestDistance)
            {
                best = portion;
                bestDistance = distance;
            }
        }

        return bestDistance <= Math.Log(MaximumFactorFromTarget) ? best : null;
    }
}
