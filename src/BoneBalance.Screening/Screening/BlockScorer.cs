using System.Runtime.CompilerServices;
using BoneBalance.Cli.Csv;
using BoneBalance.Core.FractureRisk;
using BoneBalance.Core.People;
using BoneBalance.Core.Validation;

namespace BoneBalance.Cli.Screening;

/// <summary>
/// Parses, checks, scores and formats the rows of one <see cref="ScreenWorkItem"/>; one per scorer thread, reused
/// across blocks. Rows go in batches of <see cref="Batch"/>: each row is read by <see cref="PlainRowParser"/> when it
/// can, else by <see cref="ScreenRowParser"/> and the model's own checks; then the batch is scored at once
/// (<see cref="QFracture2012.TryCalculateBatch(ReadOnlySpan{QFractureInput}, Span{QFractureResult})"/>) and written.
/// </summary>
internal sealed class BlockScorer(ScreenColumns columns, bool clampBmi)
{
    /// <summary>Rows parsed, then scored, then written together.</summary>
    private const int Batch = 1024;

    /// <summary>Longest id written by <see cref="WriteRow"/>; longer ones go field by field.</summary>
    private const int LongestPlainId = 256;

    private readonly PlainRowParser _plain = new(columns);
    private readonly QFractureBmiBound?[] _bounds = new QFractureBmiBound?[Batch];
    private readonly ScreenRow[] _rows = new ScreenRow[Batch];
    private readonly QFractureInput[] _inputs = new QFractureInput[Batch];
    private readonly QFractureResult[] _results = new QFractureResult[Batch];
    private readonly string?[] _errors = new string?[Batch];
    private readonly int[] _idStart = new int[Batch];
    private readonly int[] _idLength = new int[Batch];
    private readonly List<FieldError> _fieldErrors = [];
    private byte[] _ids = new byte[Batch * 16];
    private int _idsLength;
    private int[] _fieldStart = new int[64];
    private int[] _fieldLength = new int[64];
    private int _count;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Score(ScreenWorkItem item)
    {
        using var writer = new Utf8CsvWriter(item.Output, 1 << 16);
        var lines = item.Lines;
        var end = item.LinesLength;
        var nextRecord = 0;
        var at = 0;
        while (true)
        {
            while (nextRecord < item.Count && item.RecordPosition(nextRecord) <= at)
            {
                Take(item.Record(nextRecord++), plain: false, item, writer);
            }

            if (at >= end)
            {
                break;
            }

            int fields;
            int next;
            while ((fields = Utf8LineSplitter.Split(lines, at, end, _fieldStart, _fieldLength, out next)) < 0)
            {
                Array.Resize(ref _fieldStart, _fieldStart.Length * 2);
                Array.Resize(ref _fieldLength, _fieldStart.Length);
            }

            Take(new Utf8CsvRecord(lines, _fieldStart.AsSpan(0, fields), _fieldLength.AsSpan(0, fields)), plain: true, item, writer);
            at = next;
        }

        Flush(item, writer);
    }

    /// <summary>Reads one row into the batch (a row whose cells are all empty gives no output row); a
    /// <paramref name="plain"/> row's fields are <c>item.Lines</c> at the split positions.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Take(Utf8CsvRecord record, bool plain, ScreenWorkItem item, Utf8CsvWriter writer)
    {
        var i = _count;
        if (plain && _plain.TryParse(item.Lines, _fieldStart.AsSpan(0, record.FieldCount), _fieldLength.AsSpan(0, record.FieldCount), out _rows[i]))
        {
            _errors[i] = null;
            _bounds[i] = null;
            ref readonly var r = ref _rows[i];
            _inputs[i] = new QFractureInput(r.Sex, r.Age, r.Bmi, r.Ethnicity, r.Smoking, r.Alcohol, r.Factors, r.Years);
        }
        else if (ScreenRowParser.IsBlank(record))
        {
            return;
        }
        else
        {
            _errors[i] = Parse(record, out _rows[i], out _inputs[i], out _bounds[i]);
        }

        var id = columns.Id < record.FieldCount ? record[columns.Id] : default;
        if (_idsLength + id.Length > _ids.Length)
        {
            Array.Resize(ref _ids, Math.Max(_ids.Length * 2, _idsLength + id.Length));
        }

        id.CopyTo(_ids.AsSpan(_idsLength));
        _idStart[i] = _idsLength;
        _idLength[i] = id.Length;
        _idsLength += id.Length;
        if (++_count == Batch)
        {
            Flush(item, writer);
        }
    }

    /// <summary>Scores the batch and writes its rows.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Flush(ScreenWorkItem item, Utf8CsvWriter writer)
    {
        var n = _count;

        // Invalid rows come back as NaN and are written with their error instead.
        QFracture2012.TryCalculateBatch(_inputs.AsSpan(0, n), _results.AsSpan(0, n));

        var withErrors = 0;
        var columnsBeforeError = (clampBmi ? BatchScreen.ClampedOutputColumns : BatchScreen.OutputColumns).Length - 2;
        for (var i = 0; i < n; i++)
        {
            if (_errors[i] is { } error)
            {
                writer.Field(_ids.AsSpan(_idStart[i], _idLength[i]));
                withErrors++;
                for (var c = 0; c < columnsBeforeError; c++)
                {
                    writer.Empty();
                }

                writer.Field(error);
                writer.EndRow();
                continue;
            }

            ref readonly var r = ref _rows[i];
            var weight = double.IsNaN(r.WeightKg) ? (double?)null : r.WeightKg;
            var scores = ScreeningTools.Compute(r.Sex, r.Age, MenopausalStatus.Unknown, weight, r.Ethnicity, r.Factors);
            var id = _ids.AsSpan(_idStart[i], _idLength[i]);
            if (_bounds[i] is null && id.Length <= LongestPlainId && !Utf8CsvWriter.NeedsQuotes(id))
            {
                WriteRow(writer, id, _results[i], scores);
                continue;
            }

            writer.Field(id);
            writer.Number(_results[i].MajorOsteoporoticPercent);
            writer.Number(_results[i].HipPercent);
            Score(writer, scores.Ost);
            Score(writer, scores.Orai);
            Score(writer, scores.Score);
            Score(writer, scores.Osiris);
            if (clampBmi)
            {
                if (_bounds[i] is { } bound)
                {
                    writer.Field(bound.Note);
                }
                else
                {
                    writer.Empty();
                }
            }

            writer.Empty();
            writer.EndRow();
        }

        item.Rows += n;
        item.RowsWithErrors += withErrors;
        _count = 0;
        _idsLength = 0;
    }

    /// <summary>
    /// A scored row with no note, written straight into the writer's buffer: the same bytes as the field-by-field
    /// writes (id, both risks, the four scores, an empty note with --clamp-bmi, an empty error), without a bounds
    /// check per field.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void WriteRow(Utf8CsvWriter writer, ReadOnlySpan<byte> id, in QFractureResult result, in ScreeningScores scores)
    {
        var row = writer.Reserve(LongestPlainId + (7 * (Utf8CsvWriter.MaxNumberLength + 1)) + 3);
        id.CopyTo(row);
        var n = id.Length;
        row[n++] = (byte)',';
        n += Utf8CsvWriter.FormatNumber(result.MajorOsteoporoticPercent, row[n..]);
        row[n++] = (byte)',';
        n += Utf8CsvWriter.FormatNumber(result.HipPercent, row[n..]);
        n = Score(row, n, scores.Ost);
        n = Score(row, n, scores.Orai);
        n = Score(row, n, scores.Score);
        n = Score(row, n, scores.Osiris);
        if (clampBmi)
        {
            row[n++] = (byte)',';
        }

        row[n++] = (byte)',';
        row[n++] = (byte)'\n';
        writer.Commit(n);
    }

    private static int Score(Span<byte> row, int n, double? value)
    {
        row[n++] = (byte)',';
        return value is { } v ? n + Utf8CsvWriter.FormatRounded(v, BatchScreen.ScoreDecimals, row[n..]) : n;
    }

    // Screening scores are sums of small integers and 0.1-kg weights: 6 decimals keep every real digit and
    // drop binary noise (OST -0.6799999999999997 is written -0.68).
    private static void Score(Utf8CsvWriter writer, double? value)
    {
        if (value is { } v)
        {
            writer.Rounded(v, BatchScreen.ScoreDecimals);
        }
        else
        {
            writer.Empty();
        }
    }

    /// <summary>The full parse and the model's own checks, for a row the plain parser declined; the error text or null.</summary>
    private string? Parse(Utf8CsvRecord record, out ScreenRow row, out QFractureInput input, out QFractureBmiBound? bound)
    {
        _fieldErrors.Clear();
        var parsed = ScreenRowParser.TryParse(record, columns, out row, _fieldErrors);

        // --clamp-bmi: a BMI outside 20–40 is scored at the nearest bound and labelled (the default keeps ClinRisk's refusal).
        bound = clampBmi ? QFractureBmiBound.For(row.Bmi, row.Sex) : null;
        input = new QFractureInput(row.Sex, row.Age, bound?.ComputedAtBodyMassIndex ?? row.Bmi, row.Ethnicity, row.Smoking, row.Alcohol, row.Factors, row.Years);
        if (record.FieldCount == columns.Count)
        {
            // The model's own range checks, for the fields that did parse (a field that failed to parse
            // already has its error and holds a placeholder).
            foreach (var e in QFracture2012.Validate(input))
            {
                if (parsed || !_fieldErrors.Exists(x => x.Field == e.Field))
                {
                    // A file without a bmi value gets its BMI from height and weight: say so, or the error
                    // would name a value that appears nowhere in the file.
                    _fieldErrors.Add(e.Field == "bmi" && row.BmiFromHeightAndWeight
                        ? e with { Value = FormattableString.Invariant($"{e.Value} (from height_cm {row.HeightCm:R} and weight_kg {row.WeightKg:R})") }
                        : e);
                }
            }
        }

        return _fieldErrors.Count == 0 ? null : string.Join(" ", _fieldErrors.Select(e => e.Message));
    }
}
