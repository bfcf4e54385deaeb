using BoneBalance.Data;

namespace BoneBalance.Benchmarks;

/// <summary>The shipped food catalogue built into a temporary database for one benchmark run, deleted afterwards.</summary>
public sealed class TemporaryFoodCatalogue : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "bonebalance-bench", Guid.NewGuid().ToString("N"));

    private TemporaryFoodCatalogue()
    {
        var db = Path.Combine(_directory, "foods.db");
        FoodDatabase.EnsureCreated(db);
        Catalogue = FoodCatalogue.Load(db);
    }

    /// <summary>Builds the database from the shipped data and loads it (the caller disposes it in its cleanup).</summary>
    public static TemporaryFoodCatalogue Build() => new();

    /// <summary>The loaded catalogue.</summary>
    public FoodCatalogue Catalogue { get; }

    /// <inheritdoc/>
    public void Dispose()
    {
        Catalogue.Dispose();
        Directory.Delete(_directory, recursive: true);
    }
}
