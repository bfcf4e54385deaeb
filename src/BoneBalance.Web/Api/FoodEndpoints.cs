using BoneBalance.Core.Nutrition;
using BoneBalance.Core.Validation;
using BoneBalance.Data;

namespace BoneBalance.Web.Api;

/// <summary><c>GET /api/foods?q=&amp;limit=</c> (ranked catalogue search) and <c>GET /api/foods/{id}</c>.</summary>
internal static class FoodEndpoints
{
    /// <summary>Most hits one search returns.</summary>
    public const int MaximumLimit = 50;

    /// <summary>Maps the endpoints.</summary>
    public static void MapFoodEndpoints(this RouteGroupBuilder api)
    {
        var foods = api.MapGroup("/foods").WithTags("Foods");
        foods.MapGet("/", Search).WithSummary("Search the food catalogue (ranked, prefix- and typo-tolerant)");
        foods.MapGet("/{id}", Show).WithSummary("One food: bone nutrients per 100 g and household measures");
    }

    private static Ok<FoodHit[]> Search(FoodCatalogue catalogue, string? q, int? limit)
    {
        if (string.IsNullOrWhiteSpace(q))
        {
            throw new InvalidInputException("q", q ?? string.Empty, "a food name or id, e.g. natto");
        }

        var count = limit ?? 10;
        if (count is < 1 or > MaximumLimit)
        {
            throw new InvalidInputException("limit", count.ToString(System.Globalization.CultureInfo.InvariantCulture), $"1 to {MaximumLimit}");
        }

        return TypedResults.Ok(catalogue.Search(q, count).Select(h => new FoodHit(h.Food.Id, h.Food.Name, h.Food.Group, h.Score)).ToArray());
    }

    private static Results<Ok<FoodDetails>, NotFound> Show(FoodCatalogue catalogue, string id) =>
        catalogue.Find(id) is { } food ? TypedResults.Ok(FoodDetails.Of(food)) : TypedResults.NotFound();
}

/// <summary>A search hit.</summary>
internal sealed record FoodHit(string Id, string Name, string Group, double Score);

/// <summary>A food with its bone nutrients per 100 g (null = not analysed, which is not 0) and its household measures.</summary>
internal sealed record FoodDetails(string Id, string Name, string Group, string? CommonName, IReadOnlyList<FoodNutrient> PerHundredGrams, IReadOnlyList<FoodMeasure> Measures)
{
    /// <summary>Reshapes a catalogue food.</summary>
    public static FoodDetails Of(Food food) => new(
        food.Id, food.Name, food.Group, food.CommonName,
        [.. Diary.IntakeReport.Order.Select(n =>
        {
            var definition = IntakeNutrientDefinition.Of(n);
            var (amount, complete) = definition.PerHundredGrams(food);
            return new FoodNutrient(definition.Code, definition.Name, definition.UnitSymbol, definition.InUnit(amount), complete);
        })],
        [.. food.Portions.Select(p => new FoodMeasure(p.Label, p.Description, p.Amount, p.Grams))]);
}

/// <summary>One nutrient of a food per 100 g; <paramref name="Complete"/> false means some form was not analysed and the amount is a lower bound.</summary>
internal sealed record FoodNutrient(string Nutrient, string Name, string Unit, double Amount, bool Complete);

/// <summary>A household measure: the whole portion <paramref name="Amount"/> <paramref name="Description"/>, named
/// <paramref name="Label"/> (what the diary's <c>measure</c> takes), weighs <paramref name="Grams"/> g.</summary>
internal sealed record FoodMeasure(string Label, string Description, double Amount, double Grams);
