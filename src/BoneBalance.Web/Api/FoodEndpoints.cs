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

        return TypedResults.Ok(catalogue.Search(q, count).Select(h => new FoodHit(h.Food.Id, h.Food.Name, h.Food.Group, h.Score, FoodK2.Of(h.Food))).ToArray());
    }

    private static Results<Ok<FoodDetails>, NotFound> Show(FoodCatalogue catalogue, string id) =>
        catalogue.Find(id) is { } food ? TypedResults.Ok(FoodDetails.Of(food)) : TypedResults.NotFound();
}

/// <summary>A search hit, with its vitamin K2 per 100 g (null when the food has no K2 value).</summary>
internal sealed record FoodHit(string Id, string Name, string Group, double Score, FoodK2? VitaminK2);

/// <summary>
/// A food's vitamin K2 per 100 g as the intake counts it (<c>k2_total_ug</c>): a CIQUAL total (no split by form) or the
/// sum of the MK forms, with where each value comes from.
/// </summary>
/// <param name="Amount">µg per 100 g.</param>
/// <param name="Complete">False when some MK form was not analysed, so the amount is a lower bound; a CIQUAL total is complete.</param>
/// <param name="Forms">The forms the amount is made of: <c>vitamin_k2_ug</c> (a CIQUAL total) or <c>mk4_ug</c> … <c>mk10_ug</c>.</param>
/// <param name="Sources">Each value's source: dataset and code, e.g. <c>CIQUAL 2025 22002</c>, <c>USDA SR28 1</c>, <c>literature kamao2007-natto</c>.</param>
internal sealed record FoodK2(double Amount, bool Complete, IReadOnlyList<string> Forms, IReadOnlyList<string> Sources)
{
    /// <summary>The K2 of a food, or null when it has no K2 value at all (not analysed, which is not 0).</summary>
    public static FoodK2? Of(Food food)
    {
        var values = food.AnalysedValues
            .Where(v => v.Nutrient == Nutrient.VitaminK2 || NutrientDefinition.Menaquinones.Contains(v.Nutrient))
            .OrderBy(v => v.Nutrient)
            .ToList();
        if (values.Count == 0)
        {
            return null;
        }

        var (amount, complete) = IntakeNutrientDefinition.Of(IntakeNutrient.VitaminK2Total).PerHundredGrams(food);
        return new FoodK2(amount.Micrograms, complete, [.. values.Select(v => NutrientDefinition.Of(v.Nutrient).Code)],
            [.. values.Select(v => $"{v.Source!.Dataset} {v.Source.Code}").Distinct()]);
    }
}

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
            IEnumerable<Nutrient> forms = definition.TakesPublishedK2Total ? [.. definition.Forms, Nutrient.VitaminK2] : definition.Forms;
            if (definition.Nutrient == IntakeNutrient.VitaminD && !food[Nutrient.VitaminD].IsAnalysed)
            {
                forms = forms.Append(Nutrient.VitaminDInternationalUnits);
            }

            var sources = forms.Select(f => food[f].Source).OfType<ValueSource>().Select(s => $"{s.Dataset} {s.Code}").Distinct().ToList();
            return new FoodNutrient(definition.Code, definition.Name, definition.UnitSymbol, definition.InUnit(amount), complete, sources);
        })],
        [.. food.Portions.Select(p => new FoodMeasure(p.Label, p.Description, p.Amount, p.Grams))]);
}

/// <summary>One nutrient of a food per 100 g; <paramref name="Complete"/> false means some form was not analysed and the
/// amount is a lower bound; <paramref name="Sources"/> names where each value summed comes from (dataset and code, e.g.
/// <c>CIQUAL 2025 22002</c>).</summary>
internal sealed record FoodNutrient(string Nutrient, string Name, string Unit, double Amount, bool Complete, IReadOnlyList<string> Sources);

/// <summary>A household measure: the whole portion <paramref name="Amount"/> <paramref name="Description"/>, named
/// <paramref name="Label"/> (what the diary's <c>measure</c> takes), weighs <paramref name="Grams"/> g.</summary>
internal sealed record FoodMeasure(string Label, string Description, double Amount, double Grams);
