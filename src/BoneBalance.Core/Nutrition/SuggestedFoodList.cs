using System.Collections;

namespace BoneBalance.Core.Nutrition;

/// <summary>
/// The reviewed foods that may be suggested to close a gap, as the list of foods <see cref="IntakeAnalysis.Analyse"/>
/// takes: given this list, the analysis suggests only these foods, each for the gaps it is listed for, with its listed
/// portion and one food of each <see cref="SuggestedFood.Kind"/> per gap. (Given a plain list of foods, it falls back to
/// every eligible food with its <see cref="Serving"/>, one per name head.)
/// </summary>
public sealed class SuggestedFoodList : IReadOnlyList<Food>
{
    private readonly Food[] _foods;

    /// <summary>Creates the list; each food at most once.</summary>
    public SuggestedFoodList(IEnumerable<SuggestedFood> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        Entries = [.. entries];
        _foods = [.. Entries.Select(e => e.Food)];
        var duplicate = _foods.GroupBy(f => f.Id, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new ArgumentException($"Food '{duplicate.Key}' is listed more than once.", nameof(entries));
        }
    }

    /// <summary>The reviewed entries, in the order given.</summary>
    public IReadOnlyList<SuggestedFood> Entries { get; }

    /// <inheritdoc/>
    public Food this[int index] => _foods[index];

    /// <inheritdoc/>
    public int Count => _foods.Length;

    /// <inheritdoc/>
    public IEnumerator<Food> GetEnumerator() => ((IEnumerable<Food>)_foods).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
