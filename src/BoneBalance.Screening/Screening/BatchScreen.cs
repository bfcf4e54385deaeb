using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;
using BoneBalance.Cli.Csv;
using BoneBalance.Core.FractureRisk;
using BoneBalance.Core.People;
using BoneBalance.Core.Validation;
using System.Runtime.CompilerServices;

namespace BoneBalance.Cli.Screening;

/// <summary>How a screening run went.</summary>
internal sealed record ScreenSummary(long Rows, long RowsWithErrors);

/// <summary>
/// Population screening: reads people from CSV, scores each with QFracture-2012 and the screening tools, and
/// writes one output row per input row in input order.
/// <para>
/// One thread splits the input into records and copies them into blocks of <see cref="ScreenWorkItem.Capacity"/>
/// rows; one scorer per core parses, checks, scores and formats whole blocks; the calling thread writes the
/// finished blocks in input order. Blocks come from a fixed pool, so memory is flat in the file size.
/// </para>
/// </summary>
internal static class BatchScreen
{
    /// <summary>Decimal places of the screening-score columns.</summary>
    public const int ScoreDecimals = 6;

    public static readonly string[] OutputColumns =
        ["id", "qfracture_mof_percent", "qfracture_hip_percent", "ost", "orai", "score", "osiris", "error"];

    /// <summary>The columns with <c>--clamp-bmi</c>: <see cref="OutputColumns"/> with <c>qfracture_bmi_note</c> before
    /// <c>error</c> (the <see cref="QFractureBmiBound.Note"/> of a row whose BMI was outside 20–40, else empty).</summary>
    public static readonly string[] ClampedOutputColumns =
        ["id", "qfracture_mof_percent", "qfracture_hip_percent", "ost", "orai", "score", "osiris", "qfracture_bmi_note", "error"];

    /// <summary>Screens <paramref name="input"/> into <paramref name="output"/>. By default a BMI outside QFracture's
    /// 20–40 kg/m² is an error, as in ClinRisk's code; with <paramref name="clampBmi"/> the risk is computed at the
    /// nearest bound and the row says so in <c>qfracture_bmi_note</c>.</summary>
    public static ScreenSummary Run(Stream input, Stream output, bool allowUnknownColumns, Action<long>? progress = null, bool clampBmi = false)
    {
        using var reader = new Utf8CsvReader(input, leaveOpen: true);
        var columns = ScreenColumns.FromHeader(reader, allowUnknownColumns);
        var scorers = Math.Max(1, Environment.ProcessorCount);

        using var pool = new BlockingCollection<ScreenWorkItem>();
        using var toScore = new BlockingCollection<ScreenWorkItem>();
        using var scored = new BlockingCollection<ScreenWorkItem>();
        for (var i = 0; i < scorers * 3; i++)
        {
            pool.Add(new ScreenWorkItem());
        }

        using var failed = new CancellationTokenSource();
        Exception? failure = null;
        void Fail(Exception e)
        {
            Interlocked.CompareExchange(ref failure, e, null);
            failed.Cancel();
        }

        var readerThread = new Thread(() =>
        {
            try
            {
                Split(reader, pool, toScore, failed.Token);
            }
            catch (OperationCanceledException)
            {
            }
            catch (Exception e)
            {
                Fail(e);
            }
            finally
            {
                toScore.CompleteAdding();
            }
        })
        { IsBackground = true, Name = "screen-reader" };

        var remainingScorers = scorers;
        var scorerThreads = Enumerable.Range(0, scorers).Select(i => new Thread(() =>
        {
            try
            {
                var scorer = new BlockScorer(columns, clampBmi);
                foreach (var item in toScore.GetConsumingEnumerable(failed.Token))
                {
                    scorer.Score(item);
                    scored.Add(item, failed.Token);
                }
            }
            catch (OperationCanceledException)
            {
            }
            catch (Exception e)
            {
                Fail(e);
            }
            finally
            {
                if (Interlocked.Decrement(ref remainingScorers) == 0)
                {
                    scored.CompleteAdding();
                }
            }
        })
        { IsBackground = true, Name = $"screen-scorer-{i}" }).ToList();

        readerThread.Start();
        scorerThreads.ForEach(t => t.Start());

        var header = new MemoryStream();
        using (var writer = new Utf8CsvWriter(header))
        {
            foreach (var name in clampBmi ? ClampedOutputColumns : OutputColumns)
            {
                writer.Field(name);
            }

            writer.EndRow();
        }

        output.Write(header.GetBuffer(), 0, (int)header.Length);
        long rows = 0, errors = 0, next = 0;
        var waiting = new SortedDictionary<long, ScreenWorkItem>();
        try
        {
            foreach (var item in scored.GetConsumingEnumerable(failed.Token))
            {
                waiting.Add(item.Sequence, item);
                while (waiting.Remove(next, out var ready))
                {
                    output.Write(ready.Output.GetBuffer(), 0, (int)ready.Output.Length);
                    rows += ready.Count;
                    errors += ready.RowsWithErrors;
                    progress?.Invoke(ready.BytesConsumed);
                    ready.Clear();
                    pool.Add(ready);
                    next++;
                }
            }
        }
        catch (OperationCanceledException)
        {
        }
        catch (Exception e)
        {
            Fail(e);
        }

        readerThread.Join();
        scorerThreads.ForEach(t => t.Join());
        if (failure is not null)
        {
            ExceptionDispatchInfo.Capture(failure).Throw();
        }

        output.Flush();
        return new ScreenSummary(rows, errors);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Split(Utf8CsvReader reader, BlockingCollection<ScreenWorkItem> pool, BlockingCollection<ScreenWorkItem> toScore, CancellationToken cancel)
    {
        long sequence = 0;
        var item = pool.Take(cancel);
        while (reader.Read())
        {
            if (ScreenRowParser.IsBlank(reader.Current))
            {
                continue;
            }

            item.Add(reader.Current);
            if (item.IsFull)
            {
                item.Sequence = sequence++;
                item.BytesConsumed = reader.BytesConsumed;
                toScore.Add(item, cancel);
                item = pool.Take(cancel);
            }
        }

        item.Sequence = sequence;
        item.BytesConsumed = reader.BytesConsumed;
        toScore.Add(item, cancel);
    }

    /// <summary>Parses, checks, scores and formats one block; one per scorer thread, reused across blocks.</summary>
    private sealed class BlockScorer(ScreenColumns columns, bool clampBmi)
    {
        private readonly QFractureBmiBound?[] _bounds = new QFractureBmiBound?[ScreenWorkItem.Capacity];
        private readonly ScreenRow[] _rows = new ScreenRow[ScreenWorkItem.Capacity];
        private readonly QFractureInput[] _inputs = new QFractureInput[ScreenWorkItem.Capacity];
        private readonly QFractureResult[] _results = new QFractureResult[ScreenWorkItem.Capacity];
        private readonly string?[] _errors = new string?[ScreenWorkItem.Capacity];
        private readonly List<FieldError> _fieldErrors = [];

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public void Score(ScreenWorkItem item)
        {
            var n = item.Count;
            for (var i = 0; i < n; i++)
            {
                _errors[i] = Parse(item.Record(i), out _rows[i], out _inputs[i], out _bounds[i]);
            }

            // Invalid rows come back as NaN and are written with their error instead.
            QFracture2012.TryCalculateBatch(_inputs.AsSpan(0, n), _results.AsSpan(0, n));

            var withErrors = 0;
            using var writer = new Utf8CsvWriter(item.Output, 1 << 16);
            for (var i = 0; i < n; i++)
            {
                var record = item.Record(i);
                writer.Field(columns.Id < record.FieldCount ? record[columns.Id] : default);
                if (_errors[i] is { } error)
                {
                    withErrors++;
                    for (var c = 0; c < (clampBmi ? ClampedOutputColumns : OutputColumns).Length - 2; c++)
                    {
                        writer.Empty();
                    }

                    writer.Field(error);
                    writer.EndRow();
                    continue;
                }

                ref readonly var r = ref _rows[i];
                writer.Number(_results[i].MajorOsteoporoticPercent);
                writer.Number(_results[i].HipPercent);
                var weight = double.IsNaN(r.WeightKg) ? (double?)null : r.WeightKg;
                var scores = ScreeningTools.Compute(r.Sex, r.Age, MenopausalStatus.Unknown, weight, r.Ethnicity, r.Factors);
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

            item.RowsWithErrors = withErrors;
        }

        // Screening scores are sums of small integers and 0.1-kg weights: 6 decimals keep every real digit and
        // drop binary noise (OST -0.6799999999999997 is written -0.68).
        private static void Score(Utf8CsvWriter writer, double? value)
        {
            if (value is { } v)
            {
                writer.Rounded(v, ScoreDecimals);
            }
            else
            {
                writer.Empty();
            }
        }

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
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
}
