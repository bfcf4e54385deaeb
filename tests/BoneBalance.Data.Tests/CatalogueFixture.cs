namespace BoneBalance.Data.Tests;

/// <summary>
/// Two catalogues built once for the whole test run: one from the data shipped in the repository
/// (<see cref="FoodDatabase.EnsureCreated"/>) and one imported from the raw SR28 files beside the repository.
/// </summary>
public sealed class CatalogueFixture : IDisposable
{
    private readonly TempDirectory _directory = new();

    public CatalogueFixture()
    {
        ShippedPath = _directory.File("shipped.db");
        RawPath = _directory.File("raw.db");
        FoodDatabase.EnsureCreated(ShippedPath);
        RawSummary = BoneBalance.Data.Import.Importer.ImportUsda(UsdaRelease.Directory, RawPath);
        Shipped = FoodCatalogue.Load(ShippedPath);
        Raw = FoodCatalogue.Load(RawPath);
    }

    public string ShippedPath { get; }

    public string RawPath { get; }

    public ImportSummary RawSummary { get; }

    public FoodCatalogue Shipped { get; }

    public FoodCatalogue Raw { get; }

    public void Dispose()
    {
        Shipped.Dispose();
        Raw.Dispose();
        _directory.Dispose();
    }
}

[CollectionDefinition(Name)]
public sealed class CatalogueGroup : ICollectionFixture<CatalogueFixture>
{
    public const string Name = "catalogue";
}
