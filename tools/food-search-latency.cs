#:project ../src/BoneBalance.Catalogues/BoneBalance.Catalogues.csproj
// Type-ahead latency of the food search: every prefix of a set of queries, as typed key by key, against the
// in-memory index and the plain SQLite FTS5 baseline; prints p50/p99/max per keystroke, load and build times.
// Usage (from the repository root): dotnet run -c Release tools/food-search-latency.cs
using System.Diagnostics;
using BoneBalance.Data;

var directory = Path.Combine(Path.GetTempPath(), "bonebalance-latency", Guid.NewGuid().ToString("N"));
var db = Path.Combine(directory, "foods.db");
var clock = Stopwatch.StartNew();
FoodDatabase.EnsureCreated(db);
Console.WriteLine($"build from shipped data: {clock.ElapsedMilliseconds} ms");
clock.Restart();
using var catalogue = FoodCatalogue.Load(db);
Console.WriteLine($"load + index: {clock.ElapsedMilliseconds} ms ({catalogue.Foods.Count} foods)");

string[] typed =
[
    "natto", "gouda chese", "egg yolk", "butter", "kale raw", "milk whole", "cheddar cheese", "sauerkraut",
    "chicken liver", "yogurt plain", "salmon", "brocoli", "spinach raw", "orange juice", "almonds", "sardines",
    "tofu", "parmesan", "sweet potato", "collards cooked",
];
var keystrokes = typed.SelectMany(q => Enumerable.Range(1, q.Length).Select(n => q[..n])).Where(q => q.Trim().Length > 0).ToArray();

Measure("in-memory index", q => catalogue.Search(q, 10).Count);
Measure("SQLite FTS5", q => catalogue.SearchFts(q, 10).Count);
Directory.Delete(directory, recursive: true);

void Measure(string name, Func<string, int> search)
{
    for (var warm = 0; warm < 10; warm++)
    {
        foreach (var q in keystrokes)
        {
            search(q);
        }
    }

    var times = new List<double>();
    for (var rep = 0; rep < 20; rep++)
    {
        foreach (var q in keystrokes)
        {
            var start = Stopwatch.GetTimestamp();
            search(q);
            times.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
        }
    }

    times.Sort();
    Console.WriteLine($"{name}: {times.Count} keystrokes, p50 {times[times.Count / 2]:0.000} ms, p99 {times[(int)(times.Count * 0.99)]:0.000} ms, max {times[^1]:0.000} ms");
}
