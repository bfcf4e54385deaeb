using System.Diagnostics;
using System.Globalization;
using System.Text;
using BoneBalance.Cli.Intake;
using BoneBalance.Core.Validation;
using BoneBalance.Data;
using Xunit.Abstractions;

namespace BoneBalance.Cli.Tests.Commands;

/// <summary>
/// Every one of SR28's 15,438 household measures, 1 and 2.5 of it by its label in the diary CSV's <c>measure</c>
/// column, read by the reader <c>intake</c> and <c>assess --diary</c> use: each row weighs quantity × its Gm_Wgt, read
/// here straight from data/nutrition/usda-sr28-weights.tsv.gz.
/// </summary>
public sealed class EveryMeasureTests(ITestOutputHelper output) : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Every_measure_in_the_diary_csv_weighs_quantity_times_its_SR28_grams()
    {
        var database = Path.Combine(_temp.Path, "foods.db");
        FoodDatabase.EnsureCreated(database);
        var catalogue = FoodCatalogue.Load(database);
        var clock = Stopwatch.StartNew();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;

        var csv = new StringBuilder("date,food,quantity,measure\n");
        var expected = new List<(string Where, double Grams)>();
        var tooHeavy = new List<(string FoodId, double Quantity, string Label)>();
        foreach (var row in Sr28Weights.All)
        {
            var label = Assert.Single(catalogue.Find(row.FoodId)!.Portions, p => p.Sequence == row.Sequence).Label;
            Assert.StartsWith(row.AmountText + " " + row.Description, label, StringComparison.Ordinal);
            foreach (var q in (double[])[1, 2.5])
            {
                if (q * row.Grams > 5000)
                {
                    tooHeavy.Add((row.FoodId, q, label));
                    continue;
                }

                csv.Append(CultureInfo.InvariantCulture, $"2026-11-20,{row.FoodId},{q},{Quoted(label)}\n");
                expected.Add(($"{q} × '{label}' of {row.FoodId} = {q} × {row.Grams} g", q * row.Grams));
            }
        }

        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(csv.ToString()));
        var diary = DiaryFile.Read("all-measures.csv", stream, catalogue.Find, DateOnly.MaxValue);
        output.WriteLine($"{Sr28Weights.All.Count} measures, {expected.Count} rows read in {clock.Elapsed.TotalSeconds:0.00} s (wall), {(Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds:0.00} s CPU");

        Assert.Equal(15_438, Sr28Weights.All.Count);
        Assert.Equal(expected.Count, diary.Foods.Count);
        for (var i = 0; i < expected.Count; i++)
        {
            Assert.True(expected[i].Grams == diary.Foods[i].Grams, $"{expected[i].Where}, read as {diary.Foods[i].Grams} g");
        }

        // Above 5 kg a row is a typing mistake: refused naming grams and the range.
        Assert.Equal(66, tooHeavy.Count);
        foreach (var (foodId, q, label) in tooHeavy)
        {
            using var one = new MemoryStream(Encoding.UTF8.GetBytes($"date,food,quantity,measure\n2026-11-20,{foodId},{q},{Quoted(label)}\n"));
            var e = Assert.Throws<InvalidInputException>(() => DiaryFile.Read("heavy.csv", one, catalogue.Find, DateOnly.MaxValue));
            Assert.Contains("valid: 0 to 5000 g", e.Message, StringComparison.Ordinal);
        }
    }

    // An RFC 4180 field: in quotes, a quote doubled (SR28 has inch marks: 'cup 1" pieces').
    private static string Quoted(string text) => "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
