using System.Globalization;
using System.Text.RegularExpressions;

namespace BoneBalance.Fhir;

/// <summary>
/// The ingredients and strengths of an RxNorm clinical-drug name ("calcium carbonate 600 MG / cholecalciferol 400 UNT
/// Oral Tablet", "Warfarin Sodium 5 MG Oral Tablet", "Hydrocortisone 10 MG/ML Topical Cream"): the parts between " / ",
/// each with its first strength (amount, unit MG, MCG, UG, G or UNT, and what it is per: ML, ACTUAT…).
/// </summary>
internal static partial class RxNormName
{
    /// <summary>The ingredient parts of a name; one part (with or without a strength) for a name that is not a clinical drug.</summary>
    public static IReadOnlyList<Ingredient> Parse(string name)
    {
        var parts = name.Split(" / ", StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        var list = new List<Ingredient>(parts.Length);
        foreach (var part in parts)
        {
            var match = Strength().Match(part);
            list.Add(match.Success
                ? new Ingredient(part, double.Parse(match.Groups["amount"].Value, CultureInfo.InvariantCulture), match.Groups["unit"].Value.ToUpperInvariant(), match.Groups["per"].Success ? match.Groups["per"].Value.ToUpperInvariant() : null)
                : new Ingredient(part, null, null, null));
        }

        return list;
    }

    [GeneratedRegex(@"(?<![\w.])(?<amount>\d+(?:\.\d+)?)\s*(?<unit>MG|MCG|UG|G|UNT)(?:/(?<per>ML|ACTUAT|MG|HR|G))?(?![\w])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Strength();
}

/// <summary>One ingredient part of a drug name.</summary>
/// <param name="Text">The part as written (<c>cholecalciferol 400 UNT Oral Tablet</c>).</param>
/// <param name="Amount">Its strength, when the part has one.</param>
/// <param name="Unit">MG, MCG, UG, G or UNT.</param>
/// <param name="Per">What the strength is per (ML, ACTUAT…), or null for a unit dose (a tablet).</param>
internal sealed record Ingredient(string Text, double? Amount, string? Unit, string? Per);
