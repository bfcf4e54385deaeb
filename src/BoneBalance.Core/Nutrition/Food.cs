using System.Globalization;
using BoneBalance.Core.Validation;

namespace BoneBalance.Core.Nutrition;

/// <summary>
/// A food of the catalogue with its composition per 100 g and its household measures. Ids are
/// <c>usda:</c> + the 5-digit SR28 NDB number (e.g. <c>usda:01001</c>), <c>lit:</c> + a slug for foods that
/// exist only in the menaquinone literature table, or <c>ciqual:</c> + the CIQUAL 2025 food code for French foods
/// with a K2 value and no SR28 counterpart (e.g. <c>ciqual:16400</c>). A food carries either a published K2 total
/// (<see cref="Nutrient.VitaminK2"/>) or per-form menaquinone values, never both.
/// </summary>
public sealed class Food
{
    private readonly Dictionary<Nutrient, NutrientValue> _values;

    /// <summary>Creates a food; nutrients missing from <paramref name="values"/> read as not analysed.</summary>
    public Food(string id, string name, string group, string? commonName, IEnumerable<NutrientValue> values, IEnumerable<Portion> portions)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(values);
        ArgumentNullException.ThrowIfNull(portions);
        Id = id;
        Name = name;
        Group = group ?? string.Empty;
        CommonName = string.IsNullOrWhiteSpace(commonName) ? null : commonName;
        _values = values.Where(v => v.IsAnalysed).ToDictionary(v => v.Nutrient);
        if (_values.ContainsKey(Nutrient.VitaminK2))
        {
            foreach (var form in NutrientDefinition.Menaquinones)
            {
                if (_values.ContainsKey(form))
                {
                    throw new ArgumentException(
                        $"Food {id} has a published K2 total and a {NutrientDefinition.Of(form).Code} value: the form would be counted twice in K2 total.",
                        nameof(values));
                }
            }
        }

        Portions = Labelled([.. portions.OrderBy(p => p.Sequence)]);
    }

    /// <summary>The catalogue id (<c>usda:01001</c>, <c>lit:…</c>, <c>ciqual:…</c>).</summary>
    public string Id { get; }

    /// <summary>The descriptive name (SR28 <c>Long_Desc</c>).</summary>
    public string Name { get; }

    /// <summary>The food group (SR28 <c>FdGrp_Desc</c>).</summary>
    public string Group { get; }

    /// <summary>Other names (SR28 <c>ComName</c>), when given.</summary>
    public string? CommonName { get; }

    /// <summary>Household measures in SR28 order.</summary>
    public IReadOnlyList<Portion> Portions { get; }

    /// <summary>The analysed values (nutrients not listed were not analysed).</summary>
    public IEnumerable<NutrientValue> AnalysedValues => _values.Values;

    /// <summary>The value of a nutrient per 100 g, or a not-analysed value.</summary>
    public NutrientValue this[Nutrient nutrient] =>
        _values.TryGetValue(nutrient, out var value) ? value : NutrientValue.NotAnalysed(nutrient);

    /// <summary>The amount of a nutrient per 100 g, or null when it was not analysed; unlike the indexer it makes no
    /// not-analysed value (the intake analysis asks this for every nutrient of every diary food).</summary>
    internal double? PerHundredGrams(Nutrient nutrient) =>
        _values.TryGetValue(nutrient, out var value) ? value.PerHundredGrams : null;

    /// <summary>The sum of several forms (e.g. <see cref="NutrientDefinition.LongChainMenaquinones"/>), keeping
    /// track of the forms that were not analysed.</summary>
    public NutrientTotal Sum(IReadOnlyList<Nutrient> forms)
    {
        ArgumentNullException.ThrowIfNull(forms);
        double? total = null;
        var analysed = new List<Nutrient>();
        var missing = new List<Nutrient>();
        foreach (var form in forms)
        {
            if (_values.TryGetValue(form, out var value))
            {
                total = (total ?? 0) + value.PerHundredGrams!.Value;
                analysed.Add(form);
            }
            else
            {
                missing.Add(form);
            }
        }

        return new NutrientTotal(total, analysed, missing);
    }

    /// <summary>
    /// Grams in <paramref name="quantity"/> of the household measure named <paramref name="measure"/>: quantity × the
    /// measure's whole SR28 weight (<see cref="Portion.GramsFor"/>; 1 × "3 oz" of salmon = 85 g). The measure is
    /// found by <see cref="Measure"/>.
    /// </summary>
    /// <exception cref="InvalidInputException">No measure, or several, fit <paramref name="measure"/> (the error lists
    /// the valid ones), or the quantity is not finite or negative.</exception>
    public double GramsFor(double quantity, string measure) => Measure(measure).GramsFor(quantity);

    /// <summary>
    /// The household measure named <paramref name="measure"/> (case-insensitive; runs of spaces count as one, on both sides):
    /// <list type="number">
    /// <item>its <see cref="Portion.Label"/> (<c>1 cup</c>, <c>3 oz</c>, <c>0.5 container (4 oz)</c>, <c>1 biscuit (58 g)</c>);</item>
    /// <item>otherwise the measures it names without ambiguity about the amount: the amount and the start of the
    /// description (<c>1 cup</c> for <c>1 cup, chopped</c>), or, for a measure of amount 1 only, the description or its
    /// start (<c>cup</c> for <c>1 cup, chopped</c>; <c>large</c> for an egg). A bare unit never names a measure of
    /// another amount: <c>oz</c> is not <c>3 oz</c>, since "2 oz" and "2 × 3 oz" differ threefold. A start is followed
    /// by a comma, a space or a parenthesis in the description.</item>
    /// </list>
    /// One measure (or several of the same weight) is the answer; several of different weights, or none, are refused
    /// naming the valid labels.
    /// </summary>
    /// <exception cref="InvalidInputException">Field <c>measure</c>, the value given, and the valid labels.</exception>
    public Portion Measure(string measure)
    {
        ArgumentNullException.ThrowIfNull(measure);
        var wanted = Spaced(measure);
        foreach (var portion in Portions)
        {
            if (string.Equals(Spaced(portion.Label), wanted, StringComparison.OrdinalIgnoreCase))
            {
                return portion;
            }
        }

        var bare = wanted.Length > 0 && !char.IsAsciiDigit(wanted[0]) && wanted[0] != '.';
        var matches = Portions.Where(p => bare
            ? p.Amount == 1 && StartsAsAWhole(Spaced(p.Description), wanted)
            : StartsAsAWhole(Spaced(Portion.PlainLabel(p.Amount, p.Description)), wanted)).ToList();
        if (matches.Count > 0 && matches.All(p => p.Grams == matches[0].Grams))
        {
            return matches[0];
        }

        if (Portions.Count == 0)
        {
            throw new InvalidInputException("measure", measure, "grams only (this food has no household measures)", "is not a measure of this food");
        }

        return matches.Count > 1
            ? throw new InvalidInputException("measure", measure, ValidMeasures(matches), "names several measures of this food; give one of them")
            : throw new InvalidInputException("measure", measure, ValidMeasures(Portions), "is not a measure of this food");
    }

    /// <summary>The valid values of a diary <c>measure</c> for this food: its labels joined by <c>|</c>, or a
    /// sentence saying it has none.</summary>
    public string MeasureLabels => Portions.Count == 0 ? "none: this food has no household measures, give grams" : ValidMeasures(Portions);

    private static string ValidMeasures(IEnumerable<Portion> portions) => string.Join("|", portions.Select(p => p.Label).Distinct(StringComparer.OrdinalIgnoreCase));

    // The text with runs of white space as one space, trimmed (SR28 has "drumstick  with skin").
    private static string Spaced(string text) =>
        text.Contains("  ", StringComparison.Ordinal) || text.Length != text.Trim().Length
            ? string.Join(' ', text.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            : text;

    // True when text is whole or begins with wanted followed by a separator ("cup" in "cup, chopped", "cup (8 fl oz)",
    // "cup 1\" pieces") — not "cupcake".
    private static bool StartsAsAWhole(string text, string wanted) =>
        text.StartsWith(wanted, StringComparison.OrdinalIgnoreCase)
        && (text.Length == wanted.Length || text[wanted.Length] is ',' or ' ' or '(');

    // The label of a measure that shares its amount and description with a measure of another weight gets the weight
    // added, so that every label names one weight.
    private static Portion[] Labelled(Portion[] portions)
    {
        var plain = Array.ConvertAll(portions, p => Portion.PlainLabel(p.Amount, p.Description));
        for (var i = 0; i < portions.Length; i++)
        {
            var shared = false;
            for (var j = 0; j < portions.Length && !shared; j++)
            {
                shared = j != i && portions[j].Grams != portions[i].Grams && string.Equals(plain[j], plain[i], StringComparison.OrdinalIgnoreCase);
            }

            var label = shared ? string.Create(CultureInfo.InvariantCulture, $"{plain[i]} ({portions[i].Grams:0.###} g)") : plain[i];
            if (portions[i].Label != label || portions[i].LabelShowsGrams != shared)
            {
                portions[i] = portions[i] with { Label = label, LabelShowsGrams = shared };
            }
        }

        return portions;
    }

    /// <inheritdoc/>
    public override string ToString() => $"{Id} {Name}";
}
