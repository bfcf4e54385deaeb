using System.Globalization;
using BoneBalance.Core.People;

namespace BoneBalance.Cli;

/// <summary>A one-line description of a person for report headers.</summary>
internal static class PersonSummary
{
    public static string Describe(PersonProfile p)
    {
        var parts = new List<string> { $"{(p.Sex == Sex.Female ? "woman" : "man")}, {p.AgeYears} years" };
        if (p.BodyMassIndex is { } bmi)
        {
            parts.Add($"BMI {bmi.KilogramsPerSquareMetre.ToString("0.0", CultureInfo.InvariantCulture)} kg/m²");
        }

        parts.Add(EthnicityTokens.Table.ToToken(p.Ethnicity).Replace('_', ' '));
        parts.Add("smoking: " + SmokingStatusTokens.Table.ToToken(p.Smoking).Replace('_', ' '));
        parts.Add("alcohol: " + AlcoholIntakeTokens.Table.ToToken(p.Alcohol).Replace('_', ' '));
        var factors = Factors(p);
        parts.Add(factors.Count == 0 ? "no listed risk factors" : "risk factors: " + string.Join(", ", factors.Select(Words)));
        return string.Join("; ", parts);
    }

    // A token in words: "type2_diabetes" → "type 2 diabetes", "cardiovascular_disease" → "cardiovascular disease".
    private static string Words(string token) =>
        token.Replace("type1", "type 1", StringComparison.Ordinal).Replace("type2", "type 2", StringComparison.Ordinal).Replace('_', ' ');

    public static IReadOnlyList<string> Factors(PersonProfile p) =>
        [.. RiskFactorCatalogue.All.Where(f => p.Has(f.Factor)).Select(f => f.Token)];
}
