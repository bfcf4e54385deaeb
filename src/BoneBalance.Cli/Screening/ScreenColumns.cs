using System.Text;
using BoneBalance.Cli.Csv;
using BoneBalance.Core.People;
using BoneBalance.Core.Validation;

namespace BoneBalance.Cli.Screening;

/// <summary>
/// Where each input column of <c>bonebalance screen</c> is, read from the header row (any order,
/// case-insensitive). Required: <c>id</c>, <c>sex</c>, <c>age</c>, and <c>bmi</c> or both <c>height_cm</c>
/// and <c>weight_kg</c>. Optional: <c>ethnicity</c>, <c>smoking</c>, <c>alcohol</c>, <c>years</c> and each
/// risk-factor flag. An unrecognised column is refused (a misspelt flag column would otherwise be read as
/// "no" for everyone) unless the caller allows unknown columns.
/// </summary>
internal sealed class ScreenColumns
{
    public const int Missing = -1;

    private ScreenColumns()
    {
    }

    public int Id { get; private init; } = Missing;

    public int Sex { get; private init; } = Missing;

    public int Age { get; private init; } = Missing;

    public int Bmi { get; private init; } = Missing;

    public int HeightCm { get; private init; } = Missing;

    public int WeightKg { get; private init; } = Missing;

    public int Ethnicity { get; private init; } = Missing;

    public int Smoking { get; private init; } = Missing;

    public int Alcohol { get; private init; } = Missing;

    public int Years { get; private init; } = Missing;

    /// <summary>(column index, flag, column name) for each flag column present; an array, so the per-row loop allocates nothing.</summary>
    public (int Column, RiskFactors Factor, string Token)[] Flags { get; private init; } = [];

    /// <summary>Number of columns in the header.</summary>
    public int Count { get; private init; }

    /// <summary>Every column name this command understands, in documentation order.</summary>
    public static IReadOnlyList<string> Known { get; } =
    [
        "id", "sex", "age", "bmi", "height_cm", "weight_kg", "ethnicity", "smoking", "alcohol", "years",
        .. RiskFactorCatalogue.All.Select(f => f.Token),
    ];

    /// <summary>Reads the header record.</summary>
    /// <exception cref="InvalidInputException">The file is empty, a required column is missing, a column is repeated or unknown.</exception>
    public static ScreenColumns FromHeader(Utf8CsvReader reader, bool allowUnknownColumns)
    {
        if (!reader.Read())
        {
            throw new InvalidInputException("header", string.Empty, "a header row naming the columns: " + string.Join(", ", Known));
        }

        var positions = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var errors = new List<FieldError>();
        for (var i = 0; i < reader.FieldCount; i++)
        {
            var name = Encoding.UTF8.GetString(reader[i]).Trim();
            if (!Known.Contains(name, StringComparer.OrdinalIgnoreCase))
            {
                if (!allowUnknownColumns)
                {
                    errors.Add(new("column", name, "one of " + string.Join(", ", Known) + " (or pass --ignore-unknown-columns)"));
                }

                continue;
            }

            if (!positions.TryAdd(name, i))
            {
                errors.Add(new("column", name, "each column once"));
            }
        }

        int At(string name) => positions.TryGetValue(name, out var i) ? i : Missing;

        foreach (var required in new[] { "id", "sex", "age" })
        {
            if (At(required) == Missing)
            {
                errors.Add(new(required, string.Empty, $"a column named '{required}' in the header"));
            }
        }

        if (At("bmi") == Missing && (At("height_cm") == Missing || At("weight_kg") == Missing))
        {
            errors.Add(new("bmi", string.Empty, "a column 'bmi', or both 'height_cm' and 'weight_kg'"));
        }

        if (errors.Count > 0)
        {
            throw new InvalidInputException(errors);
        }

        return new ScreenColumns
        {
            Count = reader.FieldCount,
            Id = At("id"),
            Sex = At("sex"),
            Age = At("age"),
            Bmi = At("bmi"),
            HeightCm = At("height_cm"),
            WeightKg = At("weight_kg"),
            Ethnicity = At("ethnicity"),
            Smoking = At("smoking"),
            Alcohol = At("alcohol"),
            Years = At("years"),
            Flags = [.. RiskFactorCatalogue.All.Where(f => At(f.Token) != Missing).Select(f => (At(f.Token), f.Factor, f.Token))],
        };
    }
}
