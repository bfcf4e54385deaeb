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

        Portions = [.. portions.OrderBy(p => p.Sequence)];
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
    /// Grams in <paramref name="quantity"/> of the household measure whose description is
    /// <paramref name="measure"/> (case-insensitive, e.g. <c>cup</c>; a leading amount as in <c>1 cup</c> is
    /// accepted when it equals the measure's). Throws <see cref="InvalidInputException"/> naming the valid measures.
    /// </summary>
    public double GramsFor(double quantity, string measure)
    {
        ArgumentNullException.ThrowIfNull(measure);
        var wanted = measure.Trim();
        var portion = Portions.FirstOrDefault(p => string.Equals(p.Description, wanted, StringComparison.OrdinalIgnoreCase))
            ?? Portions.FirstOrDefault(p => string.Equals(p.Label, wanted, StringComparison.OrdinalIgnoreCase));
        if (portion is null)
        {
            var valid = Portions.Count == 0 ? "grams only (this food has no household measures)" : string.Join("|", Portions.Select(p => p.Description));
            throw new InvalidInputException("measure", measure, valid, "is not a measure of this food");
        }

        return portion.GramsFor(quantity);
    }

    /// <inheritdoc/>
    public override string ToString() => $"{Id} {Name}";
}
