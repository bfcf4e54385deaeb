namespace BoneBalance.Core.Nutrition;

/// <summary>The seven <see cref="IntakeNutrient"/> amounts of one day or one average, indexed by nutrient.</summary>
public sealed class IntakeTotals
{
    private readonly IntakeAmount[] _amounts;

    /// <summary>Creates the totals from one amount per nutrient, in <see cref="IntakeNutrient"/> order.</summary>
    public IntakeTotals(IReadOnlyList<IntakeAmount> amounts)
    {
        ArgumentNullException.ThrowIfNull(amounts);
        if (amounts.Count != IntakeNutrientDefinition.All.Count)
        {
            throw new ArgumentException($"Expected {IntakeNutrientDefinition.All.Count} amounts, one per intake nutrient.", nameof(amounts));
        }

        _amounts = [.. amounts];
    }

    /// <summary>The amount of one nutrient.</summary>
    public IntakeAmount this[IntakeNutrient nutrient] => _amounts[(int)nutrient];

    /// <summary>True when every nutrient is complete.</summary>
    public bool IsComplete => Array.TrueForAll(_amounts, a => a.IsComplete);
}
