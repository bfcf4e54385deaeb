using BoneBalance.Core.Nutrition;
using BoneBalance.Core.People;
using BoneBalance.Reporting.Charts;
using BoneBalance.Reporting.Tests.Fixtures;
using static BoneBalance.Reporting.Tests.Charts.SvgAssertions;

namespace BoneBalance.Reporting.Tests.Charts;

public sealed class IntakeChartTests
{
    // One day, 100 g raw kale, woman of 67 (SR28 11233: Ca 150 mg, vitamin D 0.0 µg analysed, K1 704.8 µg, no MK-4 row).
    private static IntakeChartData Kale() => IntakeChartData.From(IntakeAnalysis.Analyse(
        [DiaryEntry.InGrams(new DateOnly(2026, 1, 5), Sr28Foods.KaleRaw, 100)], [],
        PersonProfile.Create(67, Sex.Female), Sr28Foods.Intakes, Sr28Foods.Catalogue));

    [Fact]
    public void Bars_and_reference_lines_are_placed_by_hand()
    {
        var svg = Parse(IntakeChart.Svg(Kale()));

        // Plot from x = 180 to 560 (380 units). Calcium axis 0–2000 mg (the UL): 150 mg → 150 / 2000 × 380 = 28.5.
        var calcium = RectTitled(svg, "Calcium:");
        Assert.Equal(180, Number(calcium, "x"));
        Assert.Equal(28.5, Number(calcium, "width"));

        // Vitamin K axis 0–1000 µg: K1 704.8 → 267.824 → 267.82.
        Assert.Equal(267.82, Number(RectTitled(svg, "Vitamin K1:"), "width"));

        // RDA lines: calcium 1200 → 180 + 0.6 × 380 = 408; vitamin D 15 of 0–100 → 180 + 57 = 237; K AI 90 of 0–1000 → 214.2.
        var targets = svg.Descendants(Svg + "line").Where(l => (string?)l.Attribute("stroke-width") == "3").Select(l => Number(l, "x1")).ToList();
        Assert.Equal([214.2, 237, 408], targets.Order());

        // ULs (dash-dot): vitamin D 100 µg and calcium 2000 mg both at the axis end, 560; vitamin K has none.
        var limits = svg.Descendants(Svg + "line").Where(l => (string?)l.Attribute("stroke-dasharray") == "8 3 2 3").Select(l => Number(l, "x1")).ToList();
        Assert.Equal([560, 560], limits);
    }

    [Fact]
    public void Not_analysed_is_shown_apart_from_zero()
    {
        var data = Kale();
        var bars = data.Groups.SelectMany(g => g.Bars).ToDictionary(b => b.Nutrient);

        // Kale's vitamin D is an analysed 0.0; its MK-4 was never analysed; total K is K1 plus unanalysed K2: a lower bound.
        Assert.Equal(0, bars[IntakeNutrient.VitaminD].Amount);
        Assert.Null(bars[IntakeNutrient.Menaquinone4].Amount);
        Assert.True(bars[IntakeNutrient.VitaminKTotal].IsLowerBound);
        Assert.Equal(704.8, bars[IntakeNutrient.VitaminKTotal].Amount!.Value, 9);

        var svg = Parse(IntakeChart.Svg(data));
        Assert.Equal("#ffffff", (string?)RectTitled(svg, "MK-4: not analysed").Attribute("fill"));
        Assert.Equal("url(#bb-intake-hatch)", (string?)RectTitled(svg, "Vitamin K total:").Attribute("fill"));
        Assert.Equal("0", (string?)RectTitled(svg, "Vitamin D:").Attribute("width"));

        var table = IntakeChart.Table(data).Rows.ToDictionary(r => r.Label);
        Assert.Equal("not analysed", table["MK-4"].Value);
        Assert.Equal("0", table["Vitamin D"].Value);
        Assert.Equal("at least 704.8", table["Vitamin K total"].Value);
        Assert.Equal("AI 90; no UL (none determined)", table["Vitamin K total"].Target);
        Assert.Equal("RDA 1200; UL 2000", table["Calcium"].Target);
        Assert.Equal("mg/day", table["Calcium"].Unit);
        Assert.StartsWith("Food diary; Institute of Medicine", table["Calcium"].Source, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_value_is_in_the_table_and_the_description()
    {
        // Three days (see SampleAssessments): calcium (701.44 + 379.75 + 2 large eggs 100 g × 0.56 = 56) / 3 = 379.06 mg; MK-7+ (1643.25 + 180) / 3 = 607.75 µg (lower bound).
        var data = IntakeChartData.From(SampleAssessments.WarfarinWithK2().Intake!);
        var table = IntakeChart.Table(data);
        Assert.Equal(6, table.Rows.Count);
        Assert.Equal("379.1", table.Rows.Single(r => r.Label == "Calcium").Value);
        Assert.Equal("at least 607.8", table.Rows.Single(r => r.Label == "MK-7+").Value);
        var svg = Parse(IntakeChart.Svg(data));
        var desc = svg.Element(Svg + "desc")!.Value;
        foreach (var row in table.Rows)
        {
            Assert.Contains($"{row.Label}: {row.Value}", desc);
        }

        Assert.Equal(IntakeChart.Svg(data), IntakeChart.Svg(IntakeChartData.From(SampleAssessments.WarfarinWithK2().Intake!)));
    }
}
