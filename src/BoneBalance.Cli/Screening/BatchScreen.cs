using System.Collections.Concurrent;
using BoneBalance.Cli.Csv;
using BoneBalance.Core.FractureRisk;
using BoneBalance.Core.People;
using BoneBalance.Core.Validation;

namespace BoneBalance.Cli.Screening;

/// <summary>How a screening run went.</summary>
internal sealed record ScreenSummary(long Rows, long RowsWithErrors);

/// <summary>
/// Population screening: reads people from CSV, scores each with QFracture-2012 and the screening tools, and
/// writes one output row per input row in the same order. Reading and parsing run on one thread, scoring and
/// writing on another, passing a small fixed pool of <see cref="ScreenChunk"/>s between them, so memory is
/// flat in the file size.
/// </summary>
internal static class BatchScreen
{
    public static readonly string[] OutputColumns =
        ["id", "qfracture_mof_percent", "qfracture_hip_percent", "ost", "orai", "score", "osiris", "error"];

    private const int ChunksInFlight = 4;

    public static ScreenSummary Run(Stream input, Stream output, bool allowUnknownColumns, Action<long>? progress = null)
    {
        using var reader = new Utf8CsvReader(input, leaveOpen: true);
        var columns = ScreenColumns.FromHeader(reader, allowUnknownColumns);
        using var writer = new Utf8CsvWriter(output, 1 << 18);
        foreach (var name in OutputColumns)
        {
            writer.Field(name);
        }

        writer.EndRow();

        using var full = new BlockingCollection<ScreenChunk>(ChunksInFlight);
        using var empty = new BlockingCollection<ScreenChunk>(ChunksInFlight);
        for (var i = 0; i < ChunksInFlight; i++)
        {
            empty.Add(new ScreenChunk());
        }

        Exception? readerFailure = null;
        var producer = new Thread(() =>
        {
            try
            {
                Produce(reader, columns, full, empty);
            }
            catch (Exception e) when (e is CsvFormatException or IOException or InvalidInputException)
            {
                readerFailure = e;
            }
            finally
            {
                full.CompleteAdding();
            }
        })
        { IsBackground = true, Name = "screen-reader" };
        producer.Start();

        long rows = 0, errors = 0;
        var results = new QFractureResult[ScreenChunk.Capacity];
        foreach (var chunk in full.GetConsumingEnumerable())
        {
            var (n, e) = ScoreAndWrite(chunk, results, writer);
            rows += n;
            errors += e;
            progress?.Invoke(chunk.BytesConsumed);
            chunk.Clear();
            empty.Add(chunk);
        }

        producer.Join();
        if (readerFailure is not null)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(readerFailure).Throw();
        }

        writer.Flush();
        return new ScreenSummary(rows, errors);
    }

    private static void Produce(Utf8CsvReader reader, ScreenColumns columns, BlockingCollection<ScreenChunk> full, BlockingCollection<ScreenChunk> empty)
    {
        var errors = new List<FieldError>();
        var chunk = empty.Take();
        while (reader.Read())
        {
            errors.Clear();
            var parsed = ScreenRowParser.TryParse(reader, columns, out var row, errors);
            if (reader.FieldCount == columns.Count)
            {
                // The model's own range checks, for the fields that did parse (a field that failed to parse
                // already has its error and holds a placeholder).
                var input = new QFractureInput(row.Sex, row.Age, row.Bmi, row.Ethnicity, row.Smoking, row.Alcohol, row.Factors, row.Years);
                foreach (var e in QFracture2012.Validate(input))
                {
                    if (parsed || !errors.Exists(x => x.Field == e.Field))
                    {
                        errors.Add(e);
                    }
                }
            }

            var id = columns.Id < reader.FieldCount ? reader[columns.Id] : default;
            chunk.Add(id, row, errors);
            if (chunk.IsFull)
            {
                chunk.BytesConsumed = reader.BytesConsumed;
                full.Add(chunk);
                chunk = empty.Take();
            }
        }

        chunk.BytesConsumed = reader.BytesConsumed;
        full.Add(chunk);
    }

    private static (int Rows, int Errors) ScoreAndWrite(ScreenChunk chunk, QFractureResult[] results, Utf8CsvWriter writer)
    {
        var errorCount = 0;
        var n = chunk.Count;
        // Rows were validated while parsing; an invalid row comes back as NaN and is written with its error.
        QFracture2012.TryCalculateBatch(chunk.Inputs.AsSpan(0, n), results.AsSpan(0, n));

        for (var i = 0; i < n; i++)
        {
            writer.Field(chunk.Id(i));
            if (chunk.Errors[i] is { } error)
            {
                errorCount++;
                for (var c = 0; c < OutputColumns.Length - 2; c++)
                {
                    writer.Empty();
                }

                writer.Field(error);
                writer.EndRow();
                continue;
            }

            ref readonly var r = ref chunk.Rows[i];
            writer.Number(results[i].MajorOsteoporoticPercent);
            writer.Number(results[i].HipPercent);
            var weight = double.IsNaN(r.WeightKg) ? (double?)null : r.WeightKg;
            var scores = ScreeningTools.Compute(r.Sex, r.Age, MenopausalStatus.Unknown, weight, r.Ethnicity, r.Factors);
            writer.NumberOrEmpty(scores.Ost ?? double.NaN);
            writer.NumberOrEmpty(scores.Orai ?? double.NaN);
            writer.NumberOrEmpty(scores.Score ?? double.NaN);
            writer.NumberOrEmpty(scores.Osiris ?? double.NaN);
            writer.Empty();
            writer.EndRow();
        }

        return (n, errorCount);
    }
}
