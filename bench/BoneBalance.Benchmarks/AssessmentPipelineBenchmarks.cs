using System.Buffers;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using BoneBalance.Core.Guidance;
using BoneBalance.Data;
using BoneBalance.Data.Contracts;
using BoneBalance.Data.Safety;

namespace BoneBalance.Benchmarks;

/// <summary>
/// The CPU work of one <c>POST /api/assessments</c> with the load benchmark's person
/// (<c>examples/woman-67-falls-parental-osteoporosis.json</c> with three diary rows: natto, kale, cheddar), stage by
/// stage: read the profile document, assess, write the assessment document. Run:
/// <c>dotnet run -c Release --project bench/BoneBalance.Benchmarks -- --filter *AssessmentPipeline* --job short</c>.
/// </summary>
[MemoryDiagnoser]
public class AssessmentPipelineBenchmarks
{
    private static readonly DateOnly Today = new(2026, 11, 25);

    private TemporaryFoodCatalogue _temporary = null!;
    private FoodCatalogue _catalogue = null!;
    private Assessor _assessor = null!;
    private byte[] _profile = [];
    private AssessmentInput _input = null!;
    private Assessment _assessment = null!;
    private readonly ArrayBufferWriter<byte> _output = new(64 * 1024);

    [GlobalSetup]
    public void Setup()
    {
        _temporary = TemporaryFoodCatalogue.Build();
        _catalogue = _temporary.Catalogue;
        _assessor = new Assessor(ShippedSafetyCatalogue.Load(), DietaryReferenceIntakeFile.LoadShipped(), _catalogue.CommonFoods);
        _profile = ProfileWithDiary(File.ReadAllText(Path.Combine(RepositoryRoot(), "examples", "woman-67-falls-parental-osteoporosis.json")));
        _input = ProfileDocument.Parse(_profile, _catalogue.Find, Today);
        _assessment = _assessor.Assess(_input);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _temporary.Dispose();
    }

    /// <summary>The profile contract: JSON to a validated <see cref="AssessmentInput"/>.</summary>
    [Benchmark]
    public AssessmentInput Parse() => ProfileDocument.Parse(_profile, _catalogue.Find, Today);

    /// <summary>The Assessor alone (pure).</summary>
    [Benchmark]
    public Assessment Assess() => _assessor.Assess(_input);

    /// <summary>The assessment document written as UTF-8 JSON.</summary>
    [Benchmark]
    public int Write() => WriteDocument(_assessment, AssessmentDocument.WriterOptions);

    /// <summary>The assessment document written as the web API writes it (<see cref="AssessmentDocument.CompactWriterOptions"/>).</summary>
    [Benchmark]
    public int WriteCompact() => WriteDocument(_assessment, AssessmentDocument.CompactWriterOptions);

    /// <summary>All three, as the endpoint does them (without HTTP and storage).</summary>
    [Benchmark(Baseline = true)]
    public int ParseAssessWrite() =>
        WriteDocument(_assessor.Assess(ProfileDocument.Parse(_profile, _catalogue.Find, Today)), AssessmentDocument.WriterOptions);

    /// <summary>Times parse, assess and compact write separately in <paramref name="batches"/> batches of 200 runs and
    /// prints the best batch per stage (µs per run) and the bytes allocated per run.</summary>
    public void StagesBest(int batches)
    {
        const int Runs = 200;
        var input = ProfileDocument.Parse(_profile, _catalogue.Find, Today);
        var assessment = _assessor.Assess(input);
        WriteDocument(assessment, AssessmentDocument.CompactWriterOptions);
        var compressed = new byte[System.IO.Compression.BrotliEncoder.GetMaxCompressedLength(_output.WrittenCount)];
        var stages = new (string Name, Action Run)[]
        {
            ("parse", () => ProfileDocument.Parse(_profile, _catalogue.Find, Today)),
            ("assess", () => _assessor.Assess(input)),
            ("write", () => WriteDocument(assessment, AssessmentDocument.CompactWriterOptions)),
            ("brotli q1 w22", () => Compress(1, 22)),
            ("brotli q0 w22", () => Compress(0, 22)),
            ("brotli q0 w18", () => Compress(0, 18)),
            ("brotli q0 w16", () => Compress(0, 16)),
            ("store", () => new StoredAssessment(Today, _profile, _output.WrittenMemory).CompressedResult()),
        };
        int Compress(int quality, int window)
        {
            using var encoder = new System.IO.Compression.BrotliEncoder(quality, window);
            encoder.Compress(_output.WrittenSpan, compressed, out _, out var written, isFinalBlock: true);
            return written;
        }

        var line = new System.Text.StringBuilder();
        foreach (var (name, run) in stages)
        {
            var best = double.MaxValue;
            long bytes = 0;
            for (var b = 0; b < batches; b++)
            {
                var before = GC.GetAllocatedBytesForCurrentThread();
                var watch = System.Diagnostics.Stopwatch.StartNew();
                for (var i = 0; i < Runs; i++)
                {
                    run();
                }

                best = Math.Min(best, watch.Elapsed.TotalMicroseconds / Runs);
                bytes = (GC.GetAllocatedBytesForCurrentThread() - before) / Runs;
            }

            line.Append(System.Globalization.CultureInfo.InvariantCulture, $"{name} {best:F1} µs {bytes} B; ");
        }

        Console.WriteLine(line.ToString());
    }

    /// <summary>The person's assessment document as the web API writes it (compact UTF-8 JSON).</summary>
    public byte[] CompactDocument()
    {
        WriteDocument(_assessment, AssessmentDocument.CompactWriterOptions);
        return _output.WrittenSpan.ToArray();
    }

    // The document into the reused buffer; returns its length.
    private int WriteDocument(Assessment assessment, JsonWriterOptions options)
    {
        _output.ResetWrittenCount();
        using (var json = new Utf8JsonWriter(_output, options))
        {
            AssessmentDocument.Write(json, assessment);
        }

        return _output.WrittenCount;
    }

    // The load benchmark's diary (bench/load/run.sh), dated today, added to the example profile.
    private static byte[] ProfileWithDiary(string profileJson)
    {
        var node = System.Text.Json.Nodes.JsonNode.Parse(profileJson)!.AsObject();
        var date = Today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        node["diary"] = System.Text.Json.Nodes.JsonNode.Parse(
            $$"""[{"date":"{{date}}","food":"usda:16113","quantity":0.5,"measure":"cup"},{"date":"{{date}}","food":"usda:11233","grams":130},{"date":"{{date}}","food":"usda:01009","grams":40}]""");
        return JsonSerializer.SerializeToUtf8Bytes(node);
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (Directory.Exists(Path.Combine(dir.FullName, "examples")) && File.Exists(Path.Combine(dir.FullName, "test.sh")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException("the repository root (with examples/ and test.sh) above " + AppContext.BaseDirectory);
    }
}
