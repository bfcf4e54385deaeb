using System.Globalization;
using System.Text;
using BoneBalance.Core.FractureRisk;
using BoneBalance.Core.People;

namespace BoneBalance.Cli.Tests.Commands;

/// <summary>
/// The plain-row fast path of <c>screen</c> (bulk lines, the plain parser, the shortest round-trip writer) against the
/// full path and against QFracture computed one person at a time.
/// </summary>
public sealed class ScreenPlainRowTests : IDisposable
{
    private static readonly string[] Header =
        ["id", "sex", "age", "bmi", "height_cm", "weight_kg", "ethnicity", "smoking", "alcohol", "years", .. RiskFactorCatalogue.All.Select(f => f.Token)];

    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    /// <summary>People with every category, flag, horizon and a BMI given or from height and weight, all in range.</summary>
    private static List<Person> Population(int count, int seed)
    {
        var random = new Random(seed);
        var people = new List<Person>();
        for (var i = 0; i < count; i++)
        {
            var height = Math.Round(150 + (random.NextDouble() * 40), 1);
            var bmi = 20.5 + (random.NextDouble() * 19);
            var weight = Math.Round(bmi * height * height / 10_000, 1);
            people.Add(new Person(
                $"P{i}",
                (Sex)random.Next(2),
                random.Next(30, 101),
                random.Next(3) == 0 ? Math.Round(weight * 10_000 / (height * height), 2) : null,
                height,
                weight,
                (Ethnicity)random.Next(1, 10),
                (SmokingStatus)random.Next(5),
                (AlcoholIntake)random.Next(6),
                random.Next(1, 11),
                (RiskFactors)(random.Next(1 << 20) & random.Next(1 << 20))));
        }

        return people;
    }

    /// <summary>The screen's CSV for <paramref name="people"/>; <paramref name="plain"/> false writes every value the way
    /// only the full parser reads it (capitals, spaces, a quoted id, "yes"/"no" flags, "67.0" ages).</summary>
    private static string Csv(IEnumerable<Person> people, bool plain)
    {
        var text = new StringBuilder(string.Join(",", Header)).Append('\n');
        foreach (var p in people)
        {
            string Token(string token) => plain ? token : " " + token.ToUpperInvariant() + " ";
            var cells = new List<string>
            {
                plain ? p.Id : $"\"{p.Id}\"",
                Token(SexTokens.Table.ToToken(p.Sex)),
                plain ? p.Age.ToString(CultureInfo.InvariantCulture) : p.Age.ToString("0.0", CultureInfo.InvariantCulture),
                p.Bmi?.ToString("R", CultureInfo.InvariantCulture) ?? string.Empty,
                p.HeightCm.ToString("R", CultureInfo.InvariantCulture),
                p.WeightKg.ToString("R", CultureInfo.InvariantCulture),
                Token(EthnicityTokens.Table.ToToken(p.Ethnicity)),
                Token(SmokingStatusTokens.Table.ToToken(p.Smoking)),
                Token(AlcoholIntakeTokens.Table.ToToken(p.Alcohol)),
                p.Years.ToString(CultureInfo.InvariantCulture),
            };
            cells.AddRange(RiskFactorCatalogue.All.Select(f => (p.Factors & f.Factor) != 0 ? (plain ? "1" : "yes") : (plain ? "0" : "no")));
            text.AppendJoin(',', cells).Append('\n');
        }

        return text.ToString();
    }

    private string[] Screen(string csv, params string[] options)
    {
        var input = Path.Combine(_temp.Path, $"in-{Guid.NewGuid():N}.csv");
        var output = Path.Combine(_temp.Path, $"out-{Guid.NewGuid():N}.csv");
        File.WriteAllText(input, csv);
        var (exit, _, err) = CliRunner.Run(["screen", input, "-o", output, .. options]);
        Assert.True(exit == 0, err);
        return File.ReadAllLines(output);
    }

    [Fact]
    public void Every_risk_is_the_one_qfracture_gives_for_that_person_alone_written_as_the_framework_writes_it()
    {
        var people = Population(3_000, 20261207);
        var lines = Screen(Csv(people, plain: true));
        Assert.Equal(people.Count + 1, lines.Length);
        var mismatches = new List<string>();
        foreach (var (p, line) in people.Zip(lines.Skip(1)))
        {
            var bmi = p.Bmi ?? p.WeightKg * 10_000.0 / (p.HeightCm * p.HeightCm);
            var expected = QFracture2012.Calculate(new QFractureInput(p.Sex, p.Age, bmi, p.Ethnicity, p.Smoking, p.Alcohol, p.Factors, p.Years));
            var f = line.Split(',');
            var mof = expected.MajorOsteoporoticPercent.ToString("R", CultureInfo.InvariantCulture);
            var hip = expected.HipPercent.ToString("R", CultureInfo.InvariantCulture);
            if (f[0] != p.Id || f[1] != mof || f[2] != hip || f[^1].Length != 0)
            {
                mismatches.Add($"{line} (expected {p.Id},{mof},{hip})");
            }
        }

        Assert.Empty(mismatches.Take(5));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_row_comes_out_the_same_whether_the_plain_parser_or_the_full_parser_reads_it(bool clampBmi)
    {
        var people = Population(2_000, 7);
        string[] options = clampBmi ? ["--clamp-bmi"] : [];
        var plain = Screen(Csv(people, plain: true), options);
        var full = Screen(Csv(people, plain: false), options);
        Assert.Equal(plain, full);
    }

    [Fact]
    public void Plain_and_quoted_rows_mixed_keep_their_order_and_values()
    {
        var people = Population(1_500, 11);
        var plain = Csv(people, plain: true).Split('\n');
        var full = Csv(people, plain: false).Split('\n');

        // Every seventh row written the full parser's way, the rest plain.
        var mixed = string.Join('\n', plain.Select((line, i) => i > 0 && i % 7 == 0 ? full[i] : line));
        Assert.Equal(Screen(Csv(people, plain: true)), Screen(mixed));
    }

    private sealed record Person(
        string Id, Sex Sex, int Age, double? Bmi, double HeightCm, double WeightKg, Ethnicity Ethnicity,
        SmokingStatus Smoking, AlcoholIntake Alcohol, int Years, RiskFactors Factors);
}
