using BoneBalance.Core.Nutrition;
using BoneBalance.Data;

namespace BoneBalance.Web.Hosting;

/// <summary>
/// Loads the food catalogue and the dietary reference intakes once, at start-up, as the immutable catalogues Core
/// is given (<c>FoodDatabase:Path</c> overrides the food database's location).
/// </summary>
internal static class FoodCatalogueRegistration
{
    /// <summary>Registers <see cref="FoodCatalogue"/> and <see cref="DietaryReferenceIntakes"/> as singletons.</summary>
    public static void AddFoodCatalogue(this WebApplicationBuilder builder)
    {
        var path = builder.Configuration["FoodDatabase:Path"] is { Length: > 0 } configured ? configured : FoodDatabase.DefaultPath;
        builder.Services.AddSingleton(_ =>
        {
            FoodDatabase.EnsureCreated(path);
            return FoodCatalogue.Load(path);
        });
        builder.Services.AddSingleton(_ => DietaryReferenceIntakeFile.LoadShipped());
    }

    /// <summary>Loads the catalogue now rather than on the first request that needs it, and says how long it took.</summary>
    public static void LoadFoodCatalogue(this WebApplication app)
    {
        var catalogue = app.Services.GetRequiredService<FoodCatalogue>();
        Console.WriteLine($"Food catalogue: {catalogue.Foods.Count} foods loaded in {catalogue.LoadTime.TotalSeconds:0.0} s");
    }
}
