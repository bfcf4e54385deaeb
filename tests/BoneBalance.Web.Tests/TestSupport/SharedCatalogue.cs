using BoneBalance.Data;

namespace BoneBalance.Web.Tests.TestSupport;

/// <summary>The food catalogue, built and loaded once per test run and shared by every test host (it is immutable).</summary>
public static class SharedCatalogue
{
    private static readonly Lazy<FoodCatalogue> Catalogue = new(() =>
    {
        var path = Path.Combine(Path.GetTempPath(), "bonebalance-web-tests", "foods.db");
        FoodDatabase.EnsureCreated(path);
        return FoodCatalogue.Load(path);
    });

    /// <summary>The catalogue.</summary>
    public static FoodCatalogue Instance => Catalogue.Value;

    /// <summary>Where its database file is (for the child-process crash test).</summary>
    public static string DatabasePath => Path.Combine(Path.GetTempPath(), "bonebalance-web-tests", "foods.db");
}
