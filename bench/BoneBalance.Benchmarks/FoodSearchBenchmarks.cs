using BenchmarkDotNet.Attributes;
using BoneBalance.Data;

namespace BoneBalance.Benchmarks;

/// <summary>
/// Food search: the in-memory type-ahead index against a plain SQLite FTS5 query on the same names.
/// Run: <c>dotnet run -c Release --project bench/BoneBalance.Benchmarks -- --filter *FoodSearch*</c>.
/// For per-keystroke p50/p99 see <c>tools/food-search-latency.cs</c>.
/// </summary>
[MemoryDiagnoser]
public class FoodSearchBenchmarks
{
    private TemporaryFoodCatalogue _temporary = null!;
    private FoodCatalogue _catalogue = null!;

    [Params("n", "nat", "natto", "gouda chese", "egg yolk", "chicken liver cooked", "c")]
    public string Query { get; set; } = string.Empty;

    [GlobalSetup]
    public void Setup()
    {
        _temporary = TemporaryFoodCatalogue.Build();
        _catalogue = _temporary.Catalogue;
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _temporary.Dispose();
    }

    [Benchmark(Baseline = true)]
    public int Fts5() => _catalogue.SearchFts(Query, 10).Count;

    [Benchmark]
    public int InMemory() => _catalogue.Search(Query, 10).Count;
}
