using BoneBalance.Core.People;
using BoneBalance.Core.Validation;

namespace BoneBalance.Core.Nutrition;

/// <summary>
/// The catalogue of dietary reference intakes by life stage, loaded once (from
/// <c>data/nutrition/dietary_reference_intakes.csv</c> by BoneBalance.Catalogues) and immutable. Pregnancy and lactation
/// are not covered: a <see cref="PersonProfile"/> does not carry them.
/// </summary>
public sealed class DietaryReferenceIntakes
{
    private readonly DietaryReferenceIntake[] _rows;

    /// <summary>Creates the catalogue; refuses two rows of one nutrient that both apply to one age and sex.</summary>
    /// <exception cref="ArgumentException">Overlapping rows, or an age band that is empty.</exception>
    public DietaryReferenceIntakes(IEnumerable<DietaryReferenceIntake> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        _rows = [.. rows];
        foreach (var row in _rows)
        {
            if (row.MinimumAgeYears > row.MaximumAgeYears)
            {
                throw new ArgumentException($"{row.Nutrient}: age band {row.MinimumAgeYears}-{row.MaximumAgeYears} is empty.", nameof(rows));
            }

            foreach (var other in _rows)
            {
                if (!ReferenceEquals(row, other) && row.Nutrient == other.Nutrient
                    && row.MinimumAgeYears <= other.MaximumAgeYears && other.MinimumAgeYears <= row.MaximumAgeYears
                    && (row.Sex is null || other.Sex is null || row.Sex == other.Sex))
                {
                    throw new ArgumentException($"{row.Nutrient}: rows for ages {row.MinimumAgeYears}-{row.MaximumAgeYears} and {other.MinimumAgeYears}-{other.MaximumAgeYears} overlap.", nameof(rows));
                }
            }
        }
    }

    /// <summary>Every row.</summary>
    public IReadOnlyList<DietaryReferenceIntake> All => _rows;

    /// <summary>
    /// The rows that apply to a person of <paramref name="ageYears"/> and <paramref name="sex"/>, by nutrient (calcium,
    /// vitamin D, total vitamin K when the catalogue has them).
    /// </summary>
    /// <exception cref="InvalidInputException">No row of the catalogue covers the age.</exception>
    public IReadOnlyDictionary<IntakeNutrient, DietaryReferenceIntake> For(int ageYears, Sex sex)
    {
        var found = _rows.Where(r => r.AppliesTo(ageYears, sex)).ToDictionary(r => r.Nutrient);
        if (found.Count == 0 && _rows.Length > 0)
        {
            throw new InvalidInputException("age", ageYears.ToString(System.Globalization.CultureInfo.InvariantCulture),
                $"{_rows.Min(r => r.MinimumAgeYears)} to {_rows.Max(r => r.MaximumAgeYears)} years (ages with a dietary reference intake)");
        }

        return found;
    }
}
