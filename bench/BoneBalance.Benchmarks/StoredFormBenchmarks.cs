using System.Buffers;
using System.IO.Compression;
using BenchmarkDotNet.Attributes;
using BoneBalance.Data.Contracts;

namespace BoneBalance.Benchmarks;

/// <summary>
/// The storage form of one saved assessment (the load benchmark's person, ~65 kB of compact JSON): the Brotli
/// compression of its result column at the settings kept (<see cref="StoredAssessment.CompressedResult"/>) against other
/// qualities and window sizes, in the same run. Run:
/// <c>dotnet run -c Release --project bench/BoneBalance.Benchmarks -- --filter *StoredForm* --job short</c>.
/// </summary>
[MemoryDiagnoser]
public class StoredFormBenchmarks
{
    private readonly AssessmentPipelineBenchmarks _pipeline = new();
    private byte[] _document = [];
    private byte[] _buffer = [];

    /// <summary>Brotli quality.</summary>
    [Params(0, 1)]
    public int Quality { get; set; }

    /// <summary>Brotli window (log2 of its size in bytes).</summary>
    [Params(16, 18, 22)]
    public int Window { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _pipeline.Setup();
        _document = _pipeline.CompactDocument();
        _buffer = new byte[BrotliEncoder.GetMaxCompressedLength(_document.Length)];
        Console.WriteLine($"// document {_document.Length} B; q{Quality} w{Window}: {Compress()} B compressed");
    }

    [GlobalCleanup]
    public void Cleanup() => _pipeline.Cleanup();

    /// <summary>The result document compressed with <see cref="Quality"/> and <see cref="Window"/>; returns its length.</summary>
    [Benchmark]
    public int Compress()
    {
        using var encoder = new BrotliEncoder(Quality, Window);
        var status = encoder.Compress(_document, _buffer, out _, out var written, isFinalBlock: true);
        return status == OperationStatus.Done ? written : throw new InvalidOperationException(status.ToString());
    }

    /// <summary>The storage form as the web app makes it (<see cref="StoredAssessment.CompressedResult"/>).</summary>
    [Benchmark]
    public int CompressedResult() => new StoredAssessment(new DateOnly(2026, 11, 25), "{}"u8.ToArray(), _document).CompressedResult().Length;
}
