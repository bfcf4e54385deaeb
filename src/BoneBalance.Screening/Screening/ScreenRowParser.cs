using System.Buffers.Text;
using System.Globalization;
using System.Text;
using System.Text.Unicode;
using BoneBalance.Cli.Csv;
using BoneBalance.Core.People;
using BoneBalance.Core.Validation;
using System.Runtime.CompilerServices;

namespace BoneBalance.Cli.Screening;

/// <summary>One parsed input row of <c>screen</c>, before the models check their own ranges.</summary>
internal struct ScreenRow
{
    public Sex Sex;
    public int Age;
    public double Bmi;
    public double WeightKg; // NaN when not given
    public double HeightCm; // NaN when not given
    public bool BmiFromHeightAndWeight;
    public Ethnicity Ethnicity;
    public SmokingStatus Smoking;
    public AlcoholIntake Alcohol;
    public RiskFactors Factors;
    public int Years;
}

/// <summary>
/// Turns one CSV record into a <see cref="ScreenRow"/> without allocating on the valid path. Empty cells in
/// optional columns take the documented defaults (ethnicity white/not recorded, smoking never, alcohol none,
/// flags no, years 10); empty required cells are errors. Parse errors name the column, the text and what is valid.
/// </summary>
internal static class ScreenRowParser
{
    public const int DefaultYears = 10;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static bool TryParse(Utf8CsvRecord record, ScreenColumns columns, out ScreenRow row, List<FieldError> errors)
    {
        row = default;
        row.WeightKg = double.NaN;
        row.Years = DefaultYears;
        row.Ethnicity = Ethnicity.White;
        var before = errors.Count;

        if (record.FieldCount != columns.Count)
        {
            errors.Add(new("columns", record.FieldCount.ToString(CultureInfo.InvariantCulture), $"{columns.Count} fields, as in the header", "does not match the header"));
            return false;
        }

        // The id is copied to the output byte for byte; bytes that are not UTF-8 (a file saved as Latin-1 or
        // Windows-1252) would make the output unreadable as UTF-8 text, so the row says so instead of scoring silently.
        if (!Utf8.IsValid(record[columns.Id]))
        {
            errors.Add(new("id", Encoding.UTF8.GetString(record[columns.Id]), "UTF-8 text (save the file as \"CSV UTF-8\")", "is not valid UTF-8"));
        }

        row.Sex = Token(record[columns.Sex], "sex", SexTokens.Table, Sex.Female, required: true, errors);
        row.Age = WholeNumber(record[columns.Age], "age", "a whole number of years (QFracture: 30 to 100)", errors) ?? 0;

        // Height and weight are checked whenever they are given, even when a bmi is given too (it takes
        // precedence for QFracture): a bad value is never silently ignored, and weight feeds the screening tools.
        var bodyErrors = errors.Count;
        var bmiText = columns.Bmi == ScreenColumns.Missing ? default : Trim(record[columns.Bmi]);
        row.HeightCm = double.NaN;
        var weight = columns.WeightKg == ScreenColumns.Missing ? null : Number(record[columns.WeightKg], "weight_kg", "a number of kilograms greater than 0", errors);
        if (weight is { } w)
        {
            if (!(w > 0))
            {
                errors.Add(new("weight_kg", Show(w), "a finite number greater than 0 kg"));
            }
            else
            {
                row.WeightKg = w;
            }
        }

        var height = columns.HeightCm == ScreenColumns.Missing ? null : Number(record[columns.HeightCm], "height_cm", "a number of centimetres greater than 0", errors);
        if (height is { } h)
        {
            if (!(h > 0))
            {
                errors.Add(new("height_cm", Show(h), "a finite number greater than 0 cm"));
            }
            else
            {
                row.HeightCm = h;
            }
        }

        if (!bmiText.IsEmpty)
        {
            row.Bmi = Number(bmiText, "bmi", "a number of kg/m² (QFracture: 20 to 40)", errors) ?? double.NaN;
            if (!double.IsNaN(row.Bmi) && !double.IsNaN(row.HeightCm) && !double.IsNaN(row.WeightKg))
            {
                var computed = row.WeightKg * 10_000.0 / (row.HeightCm * row.HeightCm); // as BodyMassIndex.FromMassAndHeight
                if (!PersonProfile.Agrees(row.Bmi, computed))
                {
                    errors.Add(PersonProfile.BmiDisagreement(row.Bmi, computed, $"height_cm {Show(row.HeightCm)} and weight_kg {Show(row.WeightKg)}"));
                }
            }
        }
        else if (!double.IsNaN(row.HeightCm) && !double.IsNaN(row.WeightKg))
        {
            row.Bmi = row.WeightKg * 10_000.0 / (row.HeightCm * row.HeightCm); // as BodyMassIndex.FromMassAndHeight
            row.BmiFromHeightAndWeight = true;
        }
        else if (errors.Count == bodyErrors)
        {
            errors.Add(new("bmi", string.Empty, "a value in 'bmi', or both 'height_cm' and 'weight_kg'"));
        }

        if (columns.Ethnicity != ScreenColumns.Missing)
        {
            row.Ethnicity = Token(record[columns.Ethnicity], "ethnicity", EthnicityTokens.Table, Ethnicity.White, required: false, errors);
        }

        if (columns.Smoking != ScreenColumns.Missing)
        {
            row.Smoking = Token(record[columns.Smoking], "smoking", SmokingStatusTokens.Table, SmokingStatus.Never, required: false, errors);
        }

        if (columns.Alcohol != ScreenColumns.Missing)
        {
            row.Alcohol = Token(record[columns.Alcohol], "alcohol", AlcoholIntakeTokens.Table, AlcoholIntake.None, required: false, errors);
        }

        if (columns.Years != ScreenColumns.Missing && !Trim(record[columns.Years]).IsEmpty)
        {
            row.Years = WholeNumber(record[columns.Years], "years", "a whole number of years, 1 to 10", errors) ?? DefaultYears;
        }

        foreach (var (column, factor, token) in columns.Flags)
        {
            if (Flag(record[column], token, errors))
            {
                row.Factors |= factor;
            }
        }

        return errors.Count == before;
    }

    /// <summary>
    /// True when every field is empty or spaces: spreadsheets export rows they consider used as <c>,,,,</c>; such a row
    /// is skipped like a blank line rather than reported as a row missing its sex, age and BMI.
    /// </summary>
    public static bool IsBlank(Utf8CsvRecord record)
    {
        for (var i = 0; i < record.FieldCount; i++)
        {
            if (!Trim(record[i]).IsEmpty)
            {
                return false;
            }
        }

        return true;
    }

    internal static ReadOnlySpan<byte> Trim(ReadOnlySpan<byte> text) => text.Trim((byte)' ');

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static T Token<T>(ReadOnlySpan<byte> raw, string field, TokenTable<T> table, T fallback, bool required, List<FieldError> errors)
        where T : struct, Enum
    {
        var text = Trim(raw);
        if (text.IsEmpty)
        {
            if (required)
            {
                errors.Add(new(field, string.Empty, table.ValidValues));
            }

            return fallback;
        }

        if (table.TryParseUtf8(text, out var value))
        {
            return value;
        }

        errors.Add(new(field, Encoding.UTF8.GetString(text), table.ValidValues, FieldError.NotAValidValue));
        return fallback;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static double? Number(ReadOnlySpan<byte> raw, string field, string expected, List<FieldError> errors)
    {
        Span<byte> buffer = stackalloc byte[MinusBufferLength];
        var text = AsciiMinus(Trim(raw), buffer);
        if (text.IsEmpty)
        {
            return null;
        }

        // An overflowing literal such as 1e400 parses as infinity: refuse it here, showing the text as written.
        if (Utf8Parser.TryParse(text, out double value, out var consumed) && consumed == text.Length && !double.IsInfinity(value))
        {
            return value;
        }

        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value) && !double.IsInfinity(value))
        {
            return value;
        }

        errors.Add(new(field, Encoding.UTF8.GetString(text), expected, FieldError.NotANumber));
        return null;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int? WholeNumber(ReadOnlySpan<byte> raw, string field, string expected, List<FieldError> errors)
    {
        Span<byte> buffer = stackalloc byte[MinusBufferLength];
        var text = AsciiMinus(Trim(raw), buffer);
        if (Utf8Parser.TryParse(text, out int value, out var consumed) && consumed == text.Length && text.Length > 0)
        {
            return value;
        }

        // "67.0" is a whole number written as a decimal; "67.5" is not.
        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) && d == Math.Floor(d) && Math.Abs(d) < int.MaxValue)
        {
            return (int)d;
        }

        errors.Add(new(field, Encoding.UTF8.GetString(text), expected, FieldError.NotAWholeNumber));
        return null;
    }

    private const int MinusBufferLength = 64;

    /// <summary>
    /// The text with a leading typographic minus (U+2212, UTF-8 E2 88 92: "−2.7" pasted from a report) written as
    /// '-', in <paramref name="buffer"/>; other text is returned as it is. Numbers longer than the buffer are not
    /// numbers anyone types, and fail to parse either way.
    /// </summary>
    private static ReadOnlySpan<byte> AsciiMinus(ReadOnlySpan<byte> text, Span<byte> buffer)
    {
        if (!text.StartsWith("\u2212"u8) || text.Length - 2 > buffer.Length)
        {
            return text;
        }

        buffer[0] = (byte)'-';
        text[3..].CopyTo(buffer[1..]);
        return buffer[..(text.Length - 2)];
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool Flag(ReadOnlySpan<byte> raw, string field, List<FieldError> errors)
    {
        var text = Trim(raw);
        if (text.IsEmpty || text.SequenceEqual("0"u8))
        {
            return false;
        }

        if (text.SequenceEqual("1"u8))
        {
            return true;
        }

        // 1.0 and 0.0: spreadsheets and data frames write a 0/1 column with missing values as decimals.
        if (Utf8Parser.TryParse(text, out double number, out var consumed) && consumed == text.Length && number is 0 or 1)
        {
            return number == 1;
        }

        Span<byte> lower = stackalloc byte[8];
        if (text.Length <= lower.Length)
        {
            for (var i = 0; i < text.Length; i++)
            {
                lower[i] = (byte)(text[i] | 0x20);
            }

            var l = lower[..text.Length];
            if (l.SequenceEqual("true"u8) || l.SequenceEqual("yes"u8) || l.SequenceEqual("y"u8))
            {
                return true;
            }

            if (l.SequenceEqual("false"u8) || l.SequenceEqual("no"u8) || l.SequenceEqual("n"u8))
            {
                return false;
            }
        }

        errors.Add(new(field, Encoding.UTF8.GetString(text), "0|1|true|false|yes|no (empty means no)", FieldError.NotAValidValue));
        return false;
    }

    private static string Show(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
