using BoneBalance.Core.Densitometry;
using BoneBalance.Core.Guidance;
using BoneBalance.Core.People;
using BoneBalance.Reporting.Charts;
using BoneBalance.Reporting.Tests.Fixtures;
using static BoneBalance.Reporting.Tests.Charts.SvgAssertions;

namespace BoneBalance.Reporting.Tests.Charts;

public sealed class BmdTrendChartTests
{
    [Fact]
    public void Points_and_lsc_band_are_placed_by_hand()
    {
        var data = BmdTrendData.From(SampleAssessments.WarfarinWithK2().Densitometry!);
        Assert.Equal(TrendMeasure.Bmd, data.Measure);
        var svg = Parse(BmdTrendChart.Svg(data));

        // Values: spine 0.900 → 0.850, neck 0.700 → 0.690; LSC = 2.77 × 0.010 = 0.0277 around 0.900 and 0.700.
        // Axis: (0.700 − 0.0277 − 0.02) = 0.6523 → 0.65; (0.900 + 0.0277 + 0.02) = 0.9477 → 0.95; plot y 254 (bottom) to 34 (top).
        // x: 2022-03-01 at 80, 2024-03-01 at 560. y(0.900) = 254 − (0.25 / 0.30) × 220 = 70.666… → 70.67.
        var spineFirst = svg.Descendants(Svg + "circle").Single(c => c.Element(Svg + "title")?.Value == "Lumbar spine, 2022-03-01: 0.900 g/cm²");
        Assert.Equal(80, Number(spineFirst, "cx"));
        Assert.Equal(70.67, Number(spineFirst, "cy"));
        var spineSecond = svg.Descendants(Svg + "circle").Single(c => c.Element(Svg + "title")?.Value == "Lumbar spine, 2024-03-01: 0.850 g/cm²");
        Assert.Equal(560, Number(spineSecond, "cx"));
        Assert.Equal(107.33, Number(spineSecond, "cy")); // 254 − (0.20 / 0.30) × 220 = 107.333…

        // Band: top y(0.9277) = 254 − 0.2777 / 0.3 × 220 = 50.353…; height 0.0554 / 0.3 × 220 = 40.626…
        var band = RectTitled(svg, "lumbar spine: BMD changed by -0.05");
        Assert.Equal(80, Number(band, "x"));
        Assert.Equal(480, Number(band, "width"));
        Assert.Equal(50.35, Number(band, "y"));
        Assert.Equal(40.63, Number(band, "height"));
        Assert.Contains("significant decrease", band.Element(Svg + "title")!.Value);

        // The femoral neck is told apart by shape (square) and dash, not colour.
        Assert.Equal(2, svg.Descendants(Svg + "polygon").Count(p => p.Element(Svg + "title")?.Value.StartsWith("Femoral neck", StringComparison.Ordinal) == true));
        Assert.Contains(svg.Descendants(Svg + "polyline"), p => (string?)p.Attribute("stroke-dasharray") == "7 4");
    }

    [Fact]
    public void Table_has_every_measurement_and_the_change_against_the_lsc()
    {
        var data = BmdTrendData.From(SampleAssessments.WarfarinWithK2().Densitometry!);
        var table = BmdTrendChart.Table(data);
        Assert.Equal(4, table.Rows.Count);
        Assert.Contains(table.Rows, r => r.Label == "Lumbar spine, 2022-03-01" && r.Value == "0.900" && r.Unit == "g/cm²" && r.Target == "" && r.Source == "DXA report (Hologic)");
        var later = table.Rows.Single(r => r.Label == "Lumbar spine, 2024-03-01");
        Assert.Equal("0.850", later.Value);
        Assert.Contains("LSC 0.0277 g/cm²", later.Target);
        Assert.Contains("a significant decrease", later.Target);
        Assert.Contains("not a significant change", table.Rows.Single(r => r.Label == "Femoral neck, 2024-03-01").Target);

        var desc = Parse(BmdTrendChart.Svg(data)).Element(Svg + "desc")!.Value;
        foreach (var row in table.Rows)
        {
            Assert.Contains(row.Value, desc);
        }
    }

    [Fact]
    public void T_scores_only_get_labelled_who_bands()
    {
        var person = PersonProfile.Create(70, Sex.Female, MenopausalStatus.Postmenopausal);
        var spine = DxaMeasurement.Create(SkeletalSite.LumbarSpine, reportedTScore: -2.7, date: new(2025, 1, 2));
        var hip = DxaMeasurement.Create(SkeletalSite.TotalHip, reportedTScore: -1.0, date: new(2025, 1, 2));
        var latest = DensitometryInterpretation.Interpret(person, [spine, hip]);
        var data = BmdTrendData.From(new DensitometryAssessment(null, latest, [], [spine, hip]));

        Assert.Equal(TrendMeasure.TScore, data.Measure);
        Assert.Equal([-1.0, -2.5], data.Categories.Select(c => c.Lower).OfType<double>());
        var svg = Parse(BmdTrendChart.Svg(data));
        Assert.Equal("url(#bb-bmd-band-hatch)", (string?)RectTitled(svg, "Osteoporosis").Attribute("fill"));
        Assert.Equal("url(#bb-bmd-band-dots)", (string?)RectTitled(svg, "Low bone mass").Attribute("fill"));
        Assert.Contains("Osteoporosis (T ≤ -2.5)", Texts(svg));

        // Exactly −1.0 is Normal (Core's boundary rule); −2.7 is osteoporosis.
        var table = BmdTrendChart.Table(data);
        Assert.Equal("WHO: Normal (T ≥ -1.0)", table.Rows.Single(r => r.Label.StartsWith("Total hip", StringComparison.Ordinal)).Target);
        Assert.Equal("WHO: Osteoporosis (T ≤ -2.5)", table.Rows.Single(r => r.Label.StartsWith("Lumbar spine", StringComparison.Ordinal)).Target);
        Assert.Equal("-2.7", table.Rows.Single(r => r.Label.StartsWith("Lumbar spine", StringComparison.Ordinal)).Value);

        // A single scan date sits in the middle of the time axis: (80 + 560) / 2 = 320.
        Assert.All(svg.Descendants(Svg + "circle").Where(c => c.Element(Svg + "title") is not null), c => Assert.Equal(320, Number(c, "cx")));
    }

    [Fact]
    public void Z_score_people_get_no_who_bands()
    {
        var person = PersonProfile.Create(40, Sex.Female, MenopausalStatus.Premenopausal);
        var spine = DxaMeasurement.Create(SkeletalSite.LumbarSpine, reportedTScore: -1.5, reportedZScore: -1.2);
        var latest = DensitometryInterpretation.Interpret(person, [spine]);
        var data = BmdTrendData.From(new DensitometryAssessment(null, latest, [], [spine]));
        Assert.Empty(data.Categories);
        var table = BmdTrendChart.Table(data);
        Assert.Equal("Lumbar spine, undated", Assert.Single(table.Rows).Label);
        Parse(BmdTrendChart.Svg(data));
    }

    [Fact]
    public void Output_is_deterministic()
    {
        Assert.Equal(
            BmdTrendChart.Svg(BmdTrendData.From(SampleAssessments.WarfarinWithK2().Densitometry!)),
            BmdTrendChart.Svg(BmdTrendData.From(SampleAssessments.WarfarinWithK2().Densitometry!)));
    }
}
