using System.Globalization;
using System.Text;
using BoneBalance.Core.People;

namespace BoneBalance.Benchmarks;

/// <summary>
/// Writes a synthetic population CSV in the <c>screen</c> input format: in-range ages and BMIs, every
/// category and about 15 % of each flag set, from a fixed seed so runs are comparable.
/// </summary>
internal static class PopulationGenerator
{
    public static void Write(string path, int people, int seed = 20261125)
    {
        var random = new Random(seed);
        using var writer = new StreamWriter(path, false, new UTF8Encoding(false), 1 << 20);
        writer.Write("id,sex,age,height_cm,weight_kg,ethnicity,smoking,alcohol");
        foreach (var f in RiskFactorCatalogue.All)
        {
            writer.Write(',');
            writer.Write(f.Token);
        }

        writer.Write('\n');
        var ethnicities = EthnicityTokens.Table.Tokens;
        var smoking = SmokingStatusTokens.Table.Tokens;
        var alcohol = AlcoholIntakeTokens.Table.Tokens;
        var line = new StringBuilder(256);
        for (var i = 0; i < people; i++)
        {
            line.Clear();
            var height = 150 + random.NextDouble() * 40;
            var bmi = 20 + random.NextDouble() * 20;
            var weight = bmi * height * height / 10000;
            line.Append(CultureInfo.InvariantCulture, $"P{i:D7},{(random.Next(2) == 0 ? "female" : "male")},{random.Next(30, 101)},{height:0.0},{weight:0.0},");
            line.Append(ethnicities[random.Next(ethnicities.Count)]).Append(',');
            line.Append(smoking[random.Next(smoking.Count)]).Append(',');
            line.Append(alcohol[random.Next(alcohol.Count)]);
            foreach (var _ in RiskFactorCatalogue.All)
            {
                line.Append(random.NextDouble() < 0.15 ? ",1" : ",0");
            }

            line.Append('\n');
            writer.Write(line);
        }
    }
}
