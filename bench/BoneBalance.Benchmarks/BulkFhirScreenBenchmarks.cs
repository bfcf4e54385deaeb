using System.Text.Json;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using BoneBalance.Core.Guidance;
using BoneBalance.Data;
using BoneBalance.Data.Safety;
using BoneBalance.Fhir.Bulk;
using Hl7.Fhir.Model;
using Hl7.Fhir.Serialization;

namespace BoneBalance.Benchmarks;

/// <summary>
/// <c>screen --fhir</c> end to end (read, extract, join, assess, write CSV to a null stream) on a generated export of
/// re-identified copies of the Synthea patients (<see cref="BulkExportGenerator"/>, plain NDJSON on disk, in the page
/// cache after the first run), against Firely's POCO parser deserialising every line of the same files — those of the
/// types the screener reads — into a <see cref="Resource"/> (the baseline; the settings of <c>assess --fhir</c>'s
/// parser), on one core and on every core. Also the fact extraction alone on one core, the per-core figure.
/// MB/s = <see cref="BytesRead"/> / mean time; the whole export's bytes are printed too (the skipped types are never
/// opened). The CPU time (user + system, every thread of the process) of each end-to-end and one-core Firely run is
/// summed too, and printed at the end as MB per CPU-second: the per-core figure, which wall-clock time on a shared
/// machine does not give. bench/BULK-FHIR-RESULTS.md has the numbers.
/// </summary>
/// <remarks>In process (<c>InProcessEmitToolchain</c>): on the shared 2-core machine BenchmarkDotNet's generated
/// project did not build within its 2-minute timeout; in process, both sides still run in the same process and run.</remarks>
[MemoryDiagnoser]
[Config(typeof(InProcessConfig))]
public class BulkFhirScreenBenchmarks
{
    /// <summary>One job, in process: a warm-up and 5 measured runs of each benchmark (each run is seconds long).</summary>
    private sealed class InProcessConfig : ManualConfig
    {
        public InProcessConfig() => AddJob(Job.Default
            .WithStrategy(RunStrategy.Monitoring).WithLaunchCount(1).WithWarmupCount(1).WithIterationCount(5)
            .WithToolchain(InProcessEmitToolchain.Instance));
    }

    private static readonly FhirJsonDeserializer Firely = new(new DeserializerSettings().UsingMode(DeserializationMode.Strict, Hl7.Fhir.Validation.NarrativeValidationKind.None));

    private readonly string _directory = Path.Combine(Path.GetTempPath(), "bonebalance-bench-bulk", Guid.NewGuid().ToString("N"));
    private readonly DateOnly _asOf = new(2021, 6, 1);
    private List<byte[]> _lines = [];
    private Assessor _assessor = null!;
    private readonly Dictionary<string, (TimeSpan Cpu, int Runs)> _cpu = [];

    [Params(300)]
    public int Patients { get; set; }

    /// <summary>Bytes of the NDJSON files the screener reads (Patient, Observation, Condition, MedicationRequest).</summary>
    public long BytesRead { get; private set; }

    [GlobalSetup]
    public void Setup()
    {
        var sources = Directory.GetFiles(Path.Combine(RepositoryRoot(), "data", "sources", "fhir", "synthea"), "*.json")
            .Order(StringComparer.Ordinal).Select(File.ReadAllBytes).ToList();
        BulkExportGenerator.Write(sources, _directory, new BulkExportOptions { Seed = 7, Patients = Patients });
        var read = Directory.GetFiles(_directory).Where(f => NdjsonFacts.TypesRead.Contains(Path.GetFileName(f).Split('.')[0])).ToList();
        BytesRead = read.Sum(f => new FileInfo(f).Length);
        var whole = Directory.GetFiles(_directory).Sum(f => new FileInfo(f).Length);
        _lines = [.. read.SelectMany(File.ReadLines).Select(System.Text.Encoding.UTF8.GetBytes)];
        Console.WriteLine($"// export: {Patients} patients, {whole / 1e6:F1} MB whole, {BytesRead / 1e6:F1} MB in the files read ({_lines.Count} lines)");

        using var catalogue = TemporaryFoodCatalogue.Build();
        _assessor = new Assessor(ShippedSafetyCatalogue.Load(), DietaryReferenceIntakeFile.LoadShipped(), catalogue.Catalogue.CommonFoods);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        foreach (var (benchmark, (cpu, runs)) in _cpu.Where(c => c.Value.Runs > 0))
        {
            Console.WriteLine($"// {benchmark}: {cpu.TotalSeconds:F2} CPU-s in {runs} runs = {BytesRead * runs / 1e6 / cpu.TotalSeconds:F1} MB per CPU-second (of the files read)");
        }

        Directory.Delete(_directory, recursive: true);
    }

    [Benchmark(Baseline = true)]
    public long Firely_poco_parse_one_core() => Cpu(nameof(Firely_poco_parse_one_core), () =>
    {
        long resources = 0;
        foreach (var line in _lines)
        {
            resources += Parse(line);
        }

        return resources;
    });

    [Benchmark]
    public long Firely_poco_parse_every_core()
    {
        long resources = 0;
        Parallel.ForEach(System.Collections.Concurrent.Partitioner.Create(0, _lines.Count, 256), range =>
        {
            long local = 0;
            for (var i = range.Item1; i < range.Item2; i++)
            {
                local += Parse(_lines[i]);
            }

            Interlocked.Add(ref resources, local);
        });
        return resources;
    }

    [Benchmark]
    public long Bulk_screen_end_to_end_every_core() => Cpu(nameof(Bulk_screen_end_to_end_every_core), () =>
        BulkScreen.Run(_directory, _asOf, _assessor, Stream.Null).Patients);

    [Benchmark]
    public long Extract_facts_one_core()
    {
        var facts = new NdjsonFacts();
        long kept = 0;
        foreach (var line in _lines)
        {
            if (facts.Read(line).Kind != BulkKind.None)
            {
                kept++;
            }
        }

        return kept;
    }

    // Runs the work and adds its CPU time (the whole process's: the pipeline's threads included) to the benchmark's sum;
    // the first run (BenchmarkDotNet's jitting call) is not counted.
    private long Cpu(string benchmark, Func<long> work)
    {
        var before = System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime;
        var result = work();
        var spent = System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime - before;
        _cpu[benchmark] = _cpu.TryGetValue(benchmark, out var sum) ? (sum.Cpu + spent, sum.Runs + 1) : (TimeSpan.Zero, 0);
        return result;
    }

    private static int Parse(byte[] line)
    {
        var reader = new Utf8JsonReader(line);
        Firely.TryDeserializeResource(ref reader, out var resource, out _);
        return resource is null ? 0 : 1;
    }

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "BoneBalance.slnx")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("BoneBalance.slnx not found above " + AppContext.BaseDirectory);
    }
}
