using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;
using BoneBalance.Cli.Csv;
using BoneBalance.Core.FractureRisk;
using System.Runtime.CompilerServices;

namespace BoneBalance.Cli.Screening;

/// <summary>How a screening run went.</summary>
internal sealed record ScreenSummary(long Rows, long RowsWithErrors);

/// <summary>
/// Population screening: reads people from CSV, scores each with QFracture-2012 and the screening tools, and
/// writes one output row per input row in input order.
/// <para>
/// One thread copies the input into blocks: unquoted lines in bulk (up to <see cref="ScreenWorkItem.LineCapacity"/>
/// bytes), a record with quotes already split; one scorer per core (<see cref="BlockScorer"/>) splits, parses, checks,
/// scores and formats whole blocks; the calling thread writes the finished blocks in input order. Blocks come from a
/// fixed pool, so memory is flat in the file size.
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
                    rows += ready.Rows;
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

    /// <summary>Fills blocks with plain lines in bulk and, where a record holds quotes, with that record split.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Split(Utf8CsvReader reader, BlockingCollection<ScreenWorkItem> pool, BlockingCollection<ScreenWorkItem> toScore, CancellationToken cancel)
    {
        long sequence = 0;
        var item = pool.Take(cancel);
        while (true)
        {
            var lines = reader.ReadPlainLines(item.LineRoom);
            if (!lines.IsEmpty)
            {
                item.AddLines(lines);
            }
            else if (!reader.Read())
            {
                break;
            }
            else if (!ScreenRowParser.IsBlank(reader.Current))
            {
                item.Add(reader.Current);
            }

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
}
