using System.Globalization;
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

    /// <summary>Longest unknown column name quoted whole in an error (longer ones are cut, so one line stays readable).</summary>
    private const int MaximumNameShown = 40;

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
    /// <exception cref="CsvFormatException">The header shows the file is not UTF-8 text, not comma-separated or has CR-only line endings.</exception>
    public static ScreenColumns FromHeader(Utf8CsvReader reader, bool allowUnknownColumns)
    {
        if (!reader.Read())
        {
            throw new InvalidInputException("header", string.Empty, "a header row naming the columns: " + string.Join(", ", Known));
        }

        if (reader.FieldCount == 1 && reader[0].IndexOfAny((byte)';', (byte)'\t') >= 0)
        {
            // Spreadsheets in many European locales save "CSV" with semicolons; others export tab-separated text.
            var separator = reader[0].Contains((byte)';') ? "semicolons" : "tabs";
            throw new CsvFormatException(reader.LineNumber, $"the header's fields are separated by {separator}; save the file as comma-separated CSV");
        }

        for (var i = 0; i < reader.FieldCount; i++)
        {
            // A workbook (.xlsx is a zip file) or another binary file renamed .csv: say so instead of echoing
            // control characters as "column names".
            if (reader[i].IndexOfAnyInRange((byte)0, (byte)8) >= 0 || !System.Text.Unicode.Utf8.IsValid(reader[i]))
            {
                throw new CsvFormatException(reader.LineNumber, "the header is not UTF-8 text (is it a spreadsheet workbook or another binary file?); save the file as CSV UTF-8");
            }
        }

        var positions = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var errors = new List<FieldError>();
        var unknown = new List<string>();
        for (var i = 0; i < reader.FieldCount; i++)
        {
            var name = Encoding.UTF8.GetString(reader[i]).Trim();
            if (name.Contains('\r', StringComparison.Ordinal))
            {
                // Old Mac line endings: the whole file would read as one record.
                throw new CsvFormatException(reader.LineNumber, "lines end with a carriage return (CR) only; save the file with LF or CRLF line endings");
            }

            if (!Known.Contains(name, StringComparer.OrdinalIgnoreCase))
            {
                unknown.Add(name.Length == 0 ? $"(no name, column {(i + 1).ToString(CultureInfo.InvariantCulture)})"
                    : name.Length > MaximumNameShown ? name[..MaximumNameShown] + "…" : name);
                continue;
            }

            if (!positions.TryAdd(name, i))
            {
                errors.Add(new("column", name, "each column once", FieldError.Repeated));
            }
        }

        if (unknown.Count > 0 && !allowUnknownColumns)
        {
            // One error for all unknown columns, so the list of known ones is shown once.
            errors.Add(new(unknown.Count == 1 ? "column" : "columns", string.Join("', '", unknown), "one of " + string.Join(", ", Known) + " (or pass --ignore-unknown-columns)",
                unknown.Count == 1 ? "is not a known column" : "are not known columns"));
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
