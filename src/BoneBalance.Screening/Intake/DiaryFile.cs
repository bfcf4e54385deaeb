using System.Globalization;
using System.Text;
using BoneBalance.Cli.Csv;
using BoneBalance.Core.Nutrition;
using BoneBalance.Core.Validation;

namespace BoneBalance.Cli.Intake;

/// <summary>
/// Reads a food and supplement diary CSV for <c>bonebalance intake</c>. The first row names the columns (any order,
/// case-insensitive): <c>date</c> (YYYY-MM-DD) always; a food row fills <c>food</c> (a catalogue id such as
/// <c>usda:01001</c>) and either <c>grams</c> or <c>quantity</c> + <c>measure</c> (a household measure of that food);
/// a supplement row fills <c>supplement</c>, <c>dose</c> and <c>unit</c>. Columns a file does not use may be left out.
/// Every bad value is refused with an <see cref="InvalidInputException"/> whose field names the file, line and column
/// and whose valid range lists the valid values.
/// </summary>
internal sealed class DiaryFile
{
    /// <summary>The column names, in documentation order.</summary>
    public static IReadOnlyList<string> Columns { get; } = ["date", "food", "grams", "quantity", "measure", "supplement", "dose", "unit"];

    private const string FoodIds = "a catalogue id: usda: + the 5-digit SR28 NDB number (e.g. usda:01001), lit:… or ciqual:… as listed by 'bonebalance foods search'";

    private readonly string _file;
    private readonly Func<string, Food?> _findFood;
    private readonly Dictionary<string, int> _columns = new(StringComparer.OrdinalIgnoreCase);
    private string[] _fields = [];
    private long _line;
    private DateOnly _today;

    private DiaryFile(string file, Func<string, Food?> findFood)
    {
        _file = file;
        _findFood = findFood;
    }

    /// <summary>The food rows.</summary>
    public List<DiaryEntry> Foods { get; } = [];

    /// <summary>The supplement rows.</summary>
    public List<SupplementEntry> Supplements { get; } = [];

    /// <summary>Reads the diary <paramref name="stream"/>, named <paramref name="file"/> in errors, resolving food ids
    /// with <paramref name="findFood"/>.</summary>
    /// <exception cref="InvalidInputException">The header or a row is bad; the message names file, line, column and the valid values.</exception>
    /// <exception cref="CsvFormatException">The file is not CSV (an unclosed quote).</exception>
    public static DiaryFile Read(string file, Stream stream, Func<string, Food?> findFood, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(findFood);
        var diary = new DiaryFile(file, findFood) { _today = today };
        using var reader = new Utf8CsvReader(stream, 1 << 16, leaveOpen: true);
        diary.ReadHeader(reader);
        // Every bad row is reported at once (the first MaxListedErrors of them), not one per attempt.
        var errors = new List<FieldError>();
        var unlisted = 0;
        while (reader.Read())
        {
            diary._line = reader.LineNumber;
            try
            {
                if (reader.FieldCount > diary._fields.Length)
                {
                    throw new InvalidInputException(
                        $"{file} line {reader.LineNumber}, column {diary._fields.Length + 1}",
                        Encoding.UTF8.GetString(reader[diary._fields.Length]),
                        $"no value: the header names {diary._fields.Length} columns");
                }

                for (var i = 0; i < diary._fields.Length; i++)
                {
                    diary._fields[i] = i < reader.FieldCount ? Encoding.UTF8.GetString(reader[i]).Trim() : string.Empty;
                }

                diary.ReadRow();
            }
            catch (InvalidInputException e)
            {
                foreach (var error in e.Errors)
                {
                    if (errors.Count < MaxListedErrors)
                    {
                        errors.Add(error);
                    }
                    else
                    {
                        unlisted++;
                    }
                }
            }
        }

        if (errors.Count > 0)
        {
            if (unlisted > 0)
            {
                errors.Add(new FieldError(file, $"{unlisted:N0} more", "a diary whose every row passes", "bad values are not listed"));
            }

            throw new InvalidInputException(errors);
        }

        if (diary.Foods.Count == 0 && diary.Supplements.Count == 0)
        {
            throw new InvalidInputException($"{file} line 2", string.Empty, "at least one food or supplement row after the header");
        }

        return diary;
    }

    /// <summary>The most bad values one error lists; further ones are counted.</summary>
    public const int MaxListedErrors = 100;

    /// <summary>The earliest diary date accepted.</summary>
    public static readonly DateOnly EarliestDate = new(1900, 1, 1);

    private void ReadHeader(Utf8CsvReader reader)
    {
        if (!reader.Read())
        {
            throw new InvalidInputException($"{_file} line 1", string.Empty, "a header row naming the columns: " + string.Join(", ", Columns));
        }

        for (var i = 0; i < reader.FieldCount; i++)
        {
            var name = Encoding.UTF8.GetString(reader[i]).Trim();
            var where = $"{_file} line {reader.LineNumber}, column {i + 1}";
            if (!Columns.Contains(name, StringComparer.OrdinalIgnoreCase))
            {
                throw new InvalidInputException($"{where} (header)", name, string.Join("|", Columns));
            }

            if (!_columns.TryAdd(name, i))
            {
                throw new InvalidInputException($"{where} (header)", name, "each column once; it is already column " + (_columns[name] + 1));
            }
        }

        if (!_columns.ContainsKey("date") || !(_columns.ContainsKey("food") || _columns.ContainsKey("supplement")))
        {
            throw new InvalidInputException($"{_file} line {reader.LineNumber} (header)", string.Join(",", _columns.Keys),
                "columns date and food (with grams or quantity, measure) and/or supplement (with dose, unit)");
        }

        _fields = new string[reader.FieldCount];
    }

    private void ReadRow()
    {
        var date = Date();
        var food = Value("food");
        var supplement = Value("supplement");
        if (food.Length > 0 && supplement.Length > 0)
        {
            Fail("supplement", supplement, "empty on a food row (a row is either a food or a supplement)");
        }

        if (food.Length > 0)
        {
            ReadFood(date, food);
        }
        else if (supplement.Length > 0)
        {
            ReadSupplement(date, supplement);
        }
        else
        {
            Fail(_columns.ContainsKey("food") ? "food" : "supplement", string.Empty,
                $"{FoodIds}; or in column supplement one of {SupplementTokens.Forms.ValidValues}");
        }
    }

    private void ReadFood(DateOnly date, string id)
    {
        foreach (var column in (string[])["dose", "unit"])
        {
            if (Value(column) is { Length: > 0 } extra)
            {
                Fail(column, extra, "empty on a food row");
            }
        }

        var food = _findFood(id) ?? throw Error("food", id, FoodIds, "is not a food of the catalogue");
        var grams = Value("grams");
        var quantity = Value("quantity");
        var measure = Value("measure");
        if (grams.Length > 0)
        {
            if (quantity.Length > 0 || measure.Length > 0)
            {
                Fail(quantity.Length > 0 ? "quantity" : "measure", quantity.Length > 0 ? quantity : measure, "empty when grams is given (give grams, or quantity and measure)");
            }

            var g = Number("grams", grams, "a number of grams from 0 to 5000");
            Wrap(() => Foods.Add(DiaryEntry.InGrams(date, food, g)), "grams");
            return;
        }

        var measures = food.MeasureLabels;
        if (quantity.Length == 0 && measure.Length == 0)
        {
            Fail(_columns.ContainsKey("grams") ? "grams" : "quantity", string.Empty, $"grams, or quantity and measure ({measures})");
        }

        if (measure.Length == 0)
        {
            Fail("measure", string.Empty, measures);
        }

        var q = quantity.Length == 0 ? 1.0 : Number("quantity", quantity, "a number of measures of at least 0");
        Wrap(() => Foods.Add(DiaryEntry.InMeasure(date, food, q, measure)), "measure");
    }

    private void ReadSupplement(DateOnly date, string token)
    {
        foreach (var column in (string[])["grams", "quantity", "measure"])
        {
            if (Value(column) is { Length: > 0 } extra)
            {
                Fail(column, extra, "empty on a supplement row");
            }
        }

        if (!SupplementTokens.Forms.TryParse(token, out var form))
        {
            throw Error("supplement", token, SupplementTokens.Forms.ValidValues, FieldError.NotAValidValue);
        }

        var dose = Number("dose", Value("dose"), "a dose of at least 0");
        var unitText = Value("unit");
        var units = string.Join("|", SupplementEntry.UnitsFor(form).Select(SupplementTokens.Units.ToToken));
        if (!SupplementTokens.Units.TryParse(unitText, out var unit))
        {
            throw Error("unit", unitText, $"{units} for {SupplementTokens.Forms.ToToken(form)}", unitText.Length == 0 ? FieldError.OutOfRange : FieldError.NotAValidValue);
        }

        Wrap(() => Supplements.Add(SupplementEntry.Create(date, form, dose, unit)), "dose");
    }

    private DateOnly Date()
    {
        var text = Value("date");
        var valid = $"a date YYYY-MM-DD from {EarliestDate:yyyy-MM-dd} to today ({_today:yyyy-MM-dd}), e.g. 2026-01-05";
        if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            throw Error("date", text, valid, FieldError.NotADate);
        }

        // A diary records what was eaten: a day after today is a typing error (2062 for 2026), not a plan.
        return date >= EarliestDate && date <= _today ? date : throw Error("date", text, valid);
    }

    private double Number(string column, string text, string valid) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value)
            ? value
            : throw Error(column, text, valid, text.Length > 0 && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out _) ? FieldError.OutOfRange : FieldError.NotANumber);

    private string Value(string column) => _columns.TryGetValue(column, out var i) ? _fields[i] : string.Empty;

    // Core refuses values with its own field names (grams, quantity, measure, dose, unit); say where they were.
    private void Wrap(Action add, string fallbackColumn)
    {
        try
        {
            add();
        }
        catch (InvalidInputException e)
        {
            var first = e.Errors[0];
            var column = _columns.ContainsKey(first.Field) ? first.Field : fallbackColumn;
            throw Error(column, first.Value, first.ValidRange, first.Problem);
        }
    }

    private InvalidInputException Error(string column, string value, string valid, string problem = FieldError.OutOfRange)
    {
        var where = _columns.TryGetValue(column, out var i)
            ? $"{_file} line {_line}, column {i + 1} ({column})"
            : $"{_file} line {_line} ({column}: no such column)";
        return new InvalidInputException(where, value, valid, problem);
    }

    [System.Diagnostics.CodeAnalysis.DoesNotReturn]
    private void Fail(string column, string value, string valid) => throw Error(column, value, valid);
}
