using BenchmarkDotNet.Attributes;
using BoneBalance.Cli.Csv;
using BoneBalance.Cli.Screening;
using BoneBalance.Core.Validation;

namespace BoneBalance.Benchmarks;

/// <summary>
/// <c>screen</c> end to end on a generated population held in memory (so disk speed does not count), next to
/// its parts: reading CSV records alone, and reading plus parsing rows. Ratios are against the full run.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 5)]
public class ScreenBenchmarks
{
    private byte[] _input = [];

    [Params(100_000)]
    public int People { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var path = Path.Combine(Path.GetTempPath(), $"bonebalance-bench-{People}.csv");
        PopulationGenerator.Write(path, People);
        _input = File.ReadAllBytes(path);
        File.Delete(path);
    }

    [Benchmark(Baseline = true)]
    public long Screen_end_to_end() =>
        BatchScreen.Run(new MemoryStream(_input, writable: false), Stream.Null, allowUnknownColumns: false).Rows;

    [Benchmark]
    public long Read_csv_records_only()
    {
        using var reader = new Utf8CsvReader(new MemoryStream(_input, writable: false));
        long fields = 0;
        while (reader.Read())
        {
            fields += reader.FieldCount;
        }

        return fields;
    }

    [Benchmark]
    public long Read_and_parse_rows()
    {
        using var reader = new Utf8CsvReader(new MemoryStream(_input, writable: false));
        var columns = ScreenColumns.FromHeader(reader, allowUnknownColumns: false);
        var errors = new List<FieldError>();
        long valid = 0;
        while (reader.Read())
        {
            errors.Clear();
            if (ScreenRowParser.TryParse(reader.Current, columns, out _, errors))
            {
                valid++;
            }
        }

        return valid;
    }
}
