using BoneBalance.Core.Validation;
using BoneBalance.Data;
using BoneBalance.Data.Contracts;

namespace BoneBalance.Web.Api;

/// <summary><c>GET /api/foods?q=&amp;limit=</c> (ranked catalogue search) and <c>GET /api/foods/{id}</c>: the food
/// document of <see cref="FoodDocument"/>, the same JSON as <c>bonebalance foods search|show --json</c>.</summary>
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

    private static Utf8JsonResult Search(FoodCatalogue catalogue, string? q, int? limit)
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

        var hits = catalogue.Search(q, count).Select(h => (h.Food, h.Score));
        return new Utf8JsonResult(StatusCodes.Status200OK, FoodDocument.SearchToUtf8(q, hits, indented: false), null);
    }

    private static Results<Utf8JsonResult, NotFound> Show(FoodCatalogue catalogue, string id) =>
        catalogue.Find(id) is { } food
            ? new Utf8JsonResult(StatusCodes.Status200OK, FoodDocument.ToUtf8(food, indented: false), null)
            : TypedResults.NotFound();
}


