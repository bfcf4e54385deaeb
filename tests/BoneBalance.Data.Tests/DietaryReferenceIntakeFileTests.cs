using System.Text;
using BoneBalance.Core.Nutrition;
using BoneBalance.Core.People;
using BoneBalance.Data.Import;

namespace BoneBalance.Data.Tests;

/// <summary>The shipped <c>data/nutrition/dietary_reference_intakes.csv</c> against the reference table it was taken from.</summary>
public sealed class DietaryReferenceIntakeFileTests
{
    [Theory]
    // IOM 2011 / IOM 2001 as in data/sources/reference/dietary_reference_intakes.csv (rows verified = yes).
    [InlineData(18, Sex.Female, 1300, 3000, 15, 100, 75)]
    [InlineData(30, Sex.Male, 1000, 2500, 15, 100, 120)]
    [InlineData(50, Sex.Female, 1000, 2500, 15, 100, 90)]
    [InlineData(67, Sex.Female, 1200, 2000, 15, 100, 90)]
    [InlineData(67, Sex.Male, 1000, 2000, 15, 100, 120)]
    [InlineData(71, Sex.Male, 1200, 2000, 20, 100, 120)]
    [InlineData(120, Sex.Female, 1200, 2000, 20, 100, 90)]
    public void Shipped_values_by_life_stage(int age, Sex sex, double calciumRda, double calciumUl, double vitaminDRda, double vitaminDUl, double vitaminKAi)
    {
        var dri = DietaryReferenceIntakeFile.LoadShipped().For(age, sex);
        Assert.Equal(calciumRda, dri[IntakeNutrient.Calcium].Target.Milligrams, 9);
        Assert.Equal(calciumUl, dri[IntakeNutrient.Calcium].UpperLimit!.Value.Milligrams, 9);
        Assert.Equal(vitaminDRda, dri[IntakeNutrient.VitaminD].Target.Micrograms, 9);
        Assert.Equal(vitaminDUl, dri[IntakeNutrient.VitaminD].UpperLimit!.Value.Micrograms, 9);
        Assert.Equal(vitaminKAi, dri[IntakeNutrient.VitaminKTotal].Target.Micrograms, 9);
        Assert.Null(dri[IntakeNutrient.VitaminKTotal].UpperLimit);
        Assert.Contains("none determined", dri[IntakeNutrient.VitaminKTotal].NoUpperLimitReason, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_shipped_row_matches_a_verified_reference_row()
    {
        var reference = File.ReadAllLines(Path.Combine(Repository.Root, "data", "sources", "reference", "dietary_reference_intakes.csv"))
            .Skip(1).Select(l => CsvFile.Split("reference", 0, l)).ToList();
        var shipped = File.ReadAllLines(Path.Combine(Repository.Root, "data", "nutrition", DietaryReferenceIntakeFile.FileName))
            .Skip(1).Select(l => l.Split(',')).ToList();
        Assert.Equal(22, shipped.Count);
        foreach (var row in shipped)
        {
            // reference_row is "<nutrient> <life stage> [<sex>] <age band>", e.g. "calcium adult female 51-70 y".
            var match = reference.Where(r => row[8] == string.Join(' ', new[] { r[0], r[2], r[3] == "both" ? null : r[3], r[4] }.Where(p => p is not null))).ToList();
            var r = Assert.Single(match);
            Assert.Equal("yes", r[12]);
            Assert.Equal("none", r[5]);
            Assert.Equal(double.Parse(r[7], System.Globalization.CultureInfo.InvariantCulture), double.Parse(row[5], System.Globalization.CultureInfo.InvariantCulture));
            Assert.Equal(r[9] == "ND" ? string.Empty : r[9], row[6]);
        }
    }

    [Fact]
    public void A_malformed_line_names_file_and_line()
    {
        var text = "nutrient,sex,age_min_y,age_max_y,kind,target,upper_limit,source,reference_row\ncalcium_mg,both,19,30,rda,-5,2500,iom2011,x\n";
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(text));
        var e = Assert.Throws<DataFileFormatException>(() => DietaryReferenceIntakeFile.Load("dri.csv", stream));
        Assert.Equal("dri.csv, line 2: target '-5' is not a number of at least 0", e.Message);
    }
}
