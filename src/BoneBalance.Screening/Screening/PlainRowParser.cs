using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Unicode;
using BoneBalance.Core.FractureRisk;
using BoneBalance.Core.People;
using BoneBalance.Core.Validation;

namespace BoneBalance.Cli.Screening;

/// <summary>
/// The fast path of <see cref="ScreenRowParser"/>: reads a row written the way programs write one — canonical
/// lower-case tokens, plain decimals without signs or spaces, flags 0/1, every value inside QFracture's ranges — into
/// the same <see cref="ScreenRow"/>, and declines anything else, which then goes through <see cref="ScreenRowParser"/>
/// and <see cref="QFracture2012.Validate(in QFractureInput)"/> for its error message. A row it accepts is one the full
/// parser accepts with exactly the same values: numbers of up to 15 digits are read as integer ÷ 10ⁿ, both exact
/// doubles, so one correctly rounded division gives the double the full parser's correctly rounded parse gives.
/// </summary>
internal sealed class PlainRowParser
{
    /// <summary>Most digits a plain decimal may have: integers below 10¹⁵ are exact doubles.</summary>
    private const int MaximumDigits = 15;

    private static readonly double[] PowersOfTen =
        [1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15];

    private static readonly ExactTokens<Sex> Sexes = new(SexTokens.Table);
    private static readonly ExactTokens<Ethnicity> Ethnicities = new(EthnicityTokens.Table);
    private static readonly ExactTokens<SmokingStatus> SmokingLevels = new(SmokingStatusTokens.Table);
    private static readonly ExactTokens<AlcoholIntake> AlcoholLevels = new(AlcoholIntakeTokens.Table);

    private readonly ScreenColumns _columns;
    private readonly int[] _flagColumns;
    private readonly int[] _flagFactors;

    public PlainRowParser(ScreenColumns columns)
    {
        _columns = columns;
        _flagColumns = [.. columns.Flags.Select(f => f.Column)];
        _flagFactors = [.. columns.Flags.Select(f => (int)f.Factor)];
    }

    /// <summary>
    /// Reads a plain, valid row from the fields <c>data[starts[i]..starts[i] + lengths[i])</c>; false (with
    /// <paramref name="row"/> unspecified) for any row that needs the full parser: a different field count, an id that
    /// is not UTF-8, a token or number written another way, a missing value, a BMI that disagrees with height and
    /// weight, or a value outside QFracture's ranges. At least 16 readable bytes must follow every field in
    /// <paramref name="data"/> (tokens are compared 8 bytes at a time).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public bool TryParse(byte[] data, ReadOnlySpan<int> starts, ReadOnlySpan<int> lengths, out ScreenRow row)
    {
        row = default;
        var c = _columns;
        if (starts.Length != c.Count || lengths.Length != c.Count)
        {
            return false;
        }

        // The yes/no columns first: most of a row. Branch-free on the digit, since 0s and 1s come in no order.
        var factors = 0;
        uint notADigit = 0;
        ref var start = ref MemoryMarshal.GetReference(starts);
        ref var length = ref MemoryMarshal.GetReference(lengths);
        ref var bytes = ref MemoryMarshal.GetArrayDataReference(data);
        ref var flagFactor = ref MemoryMarshal.GetArrayDataReference(_flagFactors);
        ref var flagColumn = ref MemoryMarshal.GetArrayDataReference(_flagColumns);
        for (var f = 0; f < _flagColumns.Length; f++)
        {
            // Every column index is below c.Count, the spans' length (checked above), and every start is inside data.
            var column = Unsafe.Add(ref flagColumn, f);
            var width = Unsafe.Add(ref length, column);
            if (width != 1)
            {
                if (width != 0)
                {
                    return false;
                }

                continue;
            }

            var digit = (uint)(Unsafe.Add(ref bytes, Unsafe.Add(ref start, column)) - '0');
            notADigit |= digit >> 1;
            factors |= Unsafe.Add(ref flagFactor, f) & -(int)digit;
        }

        if (notADigit != 0)
        {
            return false;
        }

        row.Factors = (RiskFactors)factors;
        if (!Utf8.IsValid(data.AsSpan(starts[c.Id], lengths[c.Id]))
            || !Sexes.TryMatch(data, starts[c.Sex], lengths[c.Sex], out row.Sex)
            || !TryWholeNumber(data.AsSpan(starts[c.Age], lengths[c.Age]), out row.Age))
        {
            return false;
        }

        row.Ethnicity = Ethnicity.White;
        row.Years = ScreenRowParser.DefaultYears;
        if ((c.Ethnicity != ScreenColumns.Missing && lengths[c.Ethnicity] != 0 && !Ethnicities.TryMatch(data, starts[c.Ethnicity], lengths[c.Ethnicity], out row.Ethnicity))
            || (c.Smoking != ScreenColumns.Missing && lengths[c.Smoking] != 0 && !SmokingLevels.TryMatch(data, starts[c.Smoking], lengths[c.Smoking], out row.Smoking))
            || (c.Alcohol != ScreenColumns.Missing && lengths[c.Alcohol] != 0 && !AlcoholLevels.TryMatch(data, starts[c.Alcohol], lengths[c.Alcohol], out row.Alcohol))
            || (c.Years != ScreenColumns.Missing && lengths[c.Years] != 0 && !TryWholeNumber(data.AsSpan(starts[c.Years], lengths[c.Years]), out row.Years)))
        {
            return false;
        }

        if (!TryMeasure(data, starts, lengths, c.WeightKg, out row.WeightKg)
            || !TryMeasure(data, starts, lengths, c.HeightCm, out row.HeightCm)
            || !TryMeasure(data, starts, lengths, c.Bmi, out var bmi))
        {
            return false;
        }

        var bothMeasured = !double.IsNaN(row.HeightCm) && !double.IsNaN(row.WeightKg);
        if (!double.IsNaN(bmi))
        {
            row.Bmi = bmi;
            if (bothMeasured && !PersonProfile.Agrees(bmi, row.WeightKg * 10_000.0 / (row.HeightCm * row.HeightCm)))
            {
                return false;
            }
        }
        else if (bothMeasured)
        {
            row.Bmi = row.WeightKg * 10_000.0 / (row.HeightCm * row.HeightCm); // as ScreenRowParser computes it
            row.BmiFromHeightAndWeight = true;
        }
        else
        {
            return false;
        }

        return row.Age >= QFracture2012.MinimumAge && row.Age <= QFracture2012.MaximumAge
            && row.Bmi >= QFracture2012.MinimumBodyMassIndex && row.Bmi <= QFracture2012.MaximumBodyMassIndex
            && row.Years >= 1 && row.Years <= QFracture2012.MaximumYears;
    }

    /// <summary>A positive plain decimal, or NaN for an absent column or an empty cell.</summary>
    private static bool TryMeasure(byte[] data, ReadOnlySpan<int> starts, ReadOnlySpan<int> lengths, int column, out double value)
    {
        value = double.NaN;
        return column == ScreenColumns.Missing || lengths[column] == 0
            || (TryDecimal(data.AsSpan(starts[column], lengths[column]), out value) && value > 0);
    }

    /// <summary>One to three ASCII digits.</summary>
    private static bool TryWholeNumber(ReadOnlySpan<byte> text, out int value)
    {
        value = 0;
        if (text.Length is 0 or > 3)
        {
            return false;
        }

        foreach (var b in text)
        {
            var digit = (uint)(b - '0');
            if (digit > 9)
            {
                return false;
            }

            value = (value * 10) + (int)digit;
        }

        return true;
    }

    /// <summary>Digits, optionally a point and more digits; at most <see cref="MaximumDigits"/> digits in all.</summary>
    private static bool TryDecimal(ReadOnlySpan<byte> text, out double value)
    {
        value = 0;
        ulong digits = 0;
        var count = 0;
        var point = -1;
        for (var i = 0; i < text.Length; i++)
        {
            var digit = (uint)(text[i] - '0');
            if (digit <= 9)
            {
                digits = (digits * 10) + digit;
                count++;
            }
            else if (text[i] == '.' && point < 0 && i > 0)
            {
                point = i;
            }
            else
            {
                return false;
            }
        }

        if (count > MaximumDigits || point == text.Length - 1)
        {
            return false;
        }

        value = point < 0 ? digits : digits / PowersOfTen[text.Length - 1 - point];
        return true;
    }

    /// <summary>The canonical spellings of a token table (all of at most 16 bytes), matched byte for byte, 8 bytes at a
    /// time; other spellings are left to the table.</summary>
    private sealed class ExactTokens<T>
        where T : struct, Enum
    {
        private const int Longest = 16;
        private readonly (int Length, ulong Low, ulong High, T Value)[] _entries;

        public ExactTokens(TokenTable<T> table)
        {
            _entries = [.. table.Tokens.Select(token =>
            {
                var bytes = new byte[Longest * 2];
                var length = Encoding.UTF8.GetBytes(token, bytes);
                var (low, high) = Words(bytes, 0, length);
                return (length, low, high, table.Parse("token", token));
            })];
            if (_entries.Any(e => e.Length > Longest))
            {
                throw new InvalidOperationException($"A token of {typeof(T).Name} is longer than {Longest} bytes.");
            }
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public bool TryMatch(byte[] data, int start, int length, out T value)
        {
            if (length <= Longest)
            {
                var (low, high) = Words(data, start, length);
                foreach (var e in _entries)
                {
                    if (e.Length == length && e.Low == low && e.High == high)
                    {
                        value = e.Value;
                        return true;
                    }
                }
            }

            value = default;
            return false;
        }

        /// <summary>The first and second 8 bytes of a field of at most 16 bytes, zero past its end.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static (ulong Low, ulong High) Words(byte[] data, int start, int length)
        {
            ref var first = ref data[start];
            var low = Unsafe.ReadUnaligned<ulong>(ref first);
            var high = Unsafe.ReadUnaligned<ulong>(ref Unsafe.Add(ref first, 8));
            return length >= 8
                ? (low, length == 16 ? high : high & ((1UL << ((length - 8) * 8)) - 1))
                : (low & ((1UL << (length * 8)) - 1), 0);
        }
    }
}
