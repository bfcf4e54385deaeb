using System.Globalization;
using System.Text;
using BenchmarkDotNet.Attributes;
using BoneBalance.Cli.Intake;
using BoneBalance.Core.Nutrition;
using BoneBalance.Core.People;
using BoneBalance.Data;

namespace BoneBalance.Benchmarks;

/// <summary>
/// Intake analysis of a 365-day diary (8 foods and 2 supplements a day, 3,650 rows) against the full shipped catalogue
/// (gap foods are searched among all its foods). Run:
/// <c>dotnet run -c Release --project bench/BoneBalance.Benchmarks -- --filter *IntakeAnalysis* --job short</c>.
/// </summary>
[MemoryDiagnoser]
public class IntakeAnalysisBenchmarks
{
    private const int Days = 365;
    private const int FoodsPerDay = 8;

    private TemporaryFoodCatalogue _temporary = null!;
    private FoodCatalogue _catalogue = null!;
    private DietaryReferenceIntakes _intakes = null!;
    private readonly PersonProfile _person = PersonProfile.Create(67, Sex.Female);
    private readonly List<DiaryEntry> _foods = [];
    private readonly List<SupplementEntry> _supplements = [];
    private byte[] _csv = [];

    [GlobalSetup]
    public void Setup()
    {
        _temporary = TemporaryFoodCatalogue.Build();
        _catalogue = _temporary.Catalogue;
        _intakes = DietaryReferenceIntakeFile.LoadShipped();

        // A fixed pool of 60 foods with household measures, and a fixed random diary over it.
        var random = new Random(20260105);
        var withPortions = _catalogue.Foods.Where(f => f.Portions.Count > 0).ToList();
        var pool = Enumerable.Range(0, 60).Select(_ => withPortions[random.Next(withPortions.Count)]).ToList();
        var csv = new StringBuilder("date,food,grams,quantity,measure,supplement,dose,unit\n");
        var start = new DateOnly(2025, 1, 1);
        for (var d = 0; d < Days; d++)
        {
            var date = start.AddDays(d);
            var day = date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            for (var i = 0; i < FoodsPerDay; i++)
            {
                var food = pool[random.Next(pool.Count)];
                if (i % 2 == 0)
                {
                    var grams = 20 + random.Next(200);
                    _foods.Add(DiaryEntry.InGrams(date, food, grams));
                    csv.Append(CultureInfo.InvariantCulture, $"{day},{food.Id},{grams},,,,,\n");
                }
                else
                {
                    var portion = food.Portions[0];
                    _foods.Add(DiaryEntry.InMeasure(date, food, 1, portion.Description));
                    csv.Append(CultureInfo.InvariantCulture, $"{day},{food.Id},,1,\"{portion.Description.Replace("\"", "\"\"", StringComparison.Ordinal)}\",,,\n");
                }
            }

            _supplements.Add(SupplementEntry.Create(date, SupplementForm.VitaminD3, 1000, DoseUnit.InternationalUnit));
            _supplements.Add(SupplementEntry.Create(date, SupplementForm.CalciumCarbonate, 1250, DoseUnit.Milligram));
            csv.Append(CultureInfo.InvariantCulture, $"{day},,,,,d3,1000,iu\n{day},,,,,calcium-carbonate,1250,mg\n");
        }

        _csv = Encoding.UTF8.GetBytes(csv.ToString());
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _temporary.Dispose();
    }

    /// <summary>Core only: 365 days, 7-day average, top contributors, gap foods from the 8,790-food catalogue.</summary>
    [Benchmark(Baseline = true)]
    public int Analyse365Days() =>
        IntakeAnalysis.Analyse(_foods, _supplements, _person, _intakes, _catalogue.Foods).Days.Count;

    /// <summary>What the command does after start-up: read the CSV (3,651 lines) and analyse.</summary>
    [Benchmark]
    public int ReadCsvAndAnalyse365Days()
    {
        using var stream = new MemoryStream(_csv, writable: false);
        var diary = DiaryFile.Read("diary.csv", stream, _catalogue.Find, DateOnly.MaxValue);
        return IntakeAnalysis.Analyse(diary.Foods, diary.Supplements, _person, _intakes, _catalogue.Foods).Days.Count;
    }
}
