using BoneBalance.Core.FractureRisk;
using BoneBalance.Reporting.Charts;
using BoneBalance.Reporting.Tests.Fixtures;
using FsCheck;
using FsCheck.Xunit;
using static BoneBalance.Reporting.Tests.Charts.SvgAssertions;

namespace BoneBalance.Reporting.Tests.Charts;

public sealed class RiskChartTests
{
    // MOF: QFracture 35 %, FRAX 20 % → axis 0–40 %; hip: QFracture 2 %, FRAX 1 %, BHOF 3 % → axis 0–4 %.
    private static RiskChartData HandExample() => new(10,
        [
            new(FractureOutcome.MajorOsteoporotic, RiskMeasure.QFracture, 35, null, "QFracture-2012"),
            new(FractureOutcome.MajorOsteoporotic, RiskMeasure.Frax, 20, null, "FRAX, entered"),
            new(FractureOutcome.Hip, RiskMeasure.QFracture, 2, null, "QFracture-2012"),
            new(FractureOutcome.Hip, RiskMeasure.Frax, 1, null, "FRAX, entered"),
        ],
        [
            new(FractureOutcome.MajorOsteoporotic, 20, "BHOF 2022", "with low bone mass", GuidelineThresholds.Bhof.Citation),
            new(FractureOutcome.Hip, 3, "BHOF 2022", "with low bone mass", GuidelineThresholds.Bhof.Citation),
        ]);

    [Fact]
    public void Bars_are_placed_on_the_axis_by_hand()
    {
        var svg = Parse(RiskChart.Svg(HandExample()));

        // The plot runs from x = 200 to x = 600 (400 units). 20 % on a 0–40 % axis is half of it: 200 units from x = 200.
        var frax = RectTitled(svg, "FRAX 10-year major osteoporotic fracture probability");
        Assert.Equal(200, Number(frax, "x"));
        Assert.Equal(200, Number(frax, "width"));
        Assert.Equal($"url(#bb-risk-dots)", (string?)frax.Attribute("fill"));

        // 35 % of 40 % = 0.875 × 400 = 350.
        Assert.Equal(350, Number(RectTitled(svg, "QFracture 10-year major osteoporotic fracture risk"), "width"));

        // Hip axis 0–4 %: FRAX 1 % = 100 units; the BHOF 3 % threshold at 200 + 0.75 × 400 = 500.
        Assert.Equal(100, Number(RectTitled(svg, "FRAX 10-year hip fracture probability"), "width"));
        var thresholds = svg.Descendants(Svg + "line").Where(l => (string?)l.Attribute("stroke-dasharray") == "6 3").ToList();
        Assert.Equal(2, thresholds.Count);
        Assert.Contains(thresholds, l => Number(l, "x1") == 500 && Number(l, "x2") == 500);
        Assert.Contains(thresholds, l => Number(l, "x1") == 400);
    }

    [Fact]
    public void Thresholds_come_from_the_guideline_code_and_are_labelled()
    {
        var data = RiskChartData.From(SampleAssessments.WarfarinWithK2().FractureRisk);

        // BHOF 2022: with low bone mass, FRAX hip ≥ 3 % or major osteoporotic ≥ 20 % (GuidelineThresholds.Bhof).
        Assert.Contains(data.Thresholds, t => t.Outcome == FractureOutcome.Hip && t.Percent == 3 && t.Guideline == "BHOF 2022");
        Assert.Contains(data.Thresholds, t => t.Outcome == FractureOutcome.MajorOsteoporotic && t.Percent == 20);
        Assert.Equal(2, data.Thresholds.Count);
        var texts = Texts(Parse(RiskChart.Svg(data))).ToList();
        Assert.Contains("BHOF 2022 ≥ 20 %", texts);
        Assert.Contains("BHOF 2022 ≥ 3 %", texts);
        Assert.Equal(2, texts.Count(t => t == "not entered"));
    }

    [Fact]
    public void Glucocorticoid_adjusted_frax_adds_the_acr_very_high_thresholds()
    {
        var data = RiskChartData.From(SampleAssessments.WarfarinWithK2().FractureRisk, new FraxResult(25, 4, glucocorticoidAdjusted: true));

        // ACR 2022 very high: GC-adjusted FRAX MOF ≥ 30 %, hip ≥ 4.5 %.
        Assert.Contains(data.Thresholds, t => t.Guideline == "ACR 2022" && t.Outcome == FractureOutcome.MajorOsteoporotic && t.Percent == 30);
        Assert.Contains(data.Thresholds, t => t.Guideline == "ACR 2022" && t.Outcome == FractureOutcome.Hip && t.Percent == 4.5);
        Assert.Equal(25, data.Bars.Single(b => b.Measure == RiskMeasure.Frax && b.Outcome == FractureOutcome.MajorOsteoporotic).Percent);
    }

    [Fact]
    public void Qfracture_values_from_the_assessment_appear_in_chart_and_table()
    {
        var assessment = SampleAssessments.WarfarinWithK2();
        var data = RiskChartData.From(assessment.FractureRisk);
        var q = assessment.FractureRisk.QFracture!.Value;

        // README sample: MOF 9.6234… %, hip 3.2180… % → shown with one decimal.
        Assert.Equal("9.6", ChartFormatFor(q.MajorOsteoporoticPercent));
        var table = RiskChart.Table(data);
        Assert.Contains(table.Rows, r => r.Label == "QFracture 10-year major osteoporotic fracture risk" && r.Value == "9.6" && r.Unit == "%");
        Assert.Contains(table.Rows, r => r.Label == "QFracture 10-year hip fracture risk" && r.Value == "3.2");
        Assert.All(table.Rows.Where(r => r.Label.StartsWith("QFracture", StringComparison.Ordinal)), r => Assert.Contains("not compared", r.Target));
        Assert.Contains(table.Rows, r => r.Label.StartsWith("FRAX 10-year hip", StringComparison.Ordinal) && r.Value == "not entered" && r.Target.Contains("BHOF 2022 ≥ 3 %", StringComparison.Ordinal));

        var svg = Parse(RiskChart.Svg(data));
        Assert.Contains("9.6 %", Texts(svg));
        Assert.Contains("3.2 %", Texts(svg));
        Assert.Contains("9.6 %", svg.Element(Svg + "desc")!.Value);
    }

    [Fact]
    public void Without_qfracture_the_reason_is_shown_not_a_zero_bar()
    {
        var data = RiskChartData.From(SampleAssessments.Minimal().FractureRisk);
        var svg = Parse(RiskChart.Svg(data));
        Assert.DoesNotContain(svg.Descendants(Svg + "rect"), r => r.Element(Svg + "title")?.Value.StartsWith("QFracture", StringComparison.Ordinal) == true);
        Assert.Contains(Texts(svg), t => t.StartsWith("not computed: bmi 45 outside 20 to 40", StringComparison.Ordinal));
    }

    [Fact]
    public void Every_value_is_in_the_table()
    {
        var data = HandExample();
        var table = RiskChart.Table(data);
        Assert.Equal(data.Bars.Count, table.Rows.Count);
        foreach (var bar in data.Bars)
        {
            Assert.Contains(table.Rows, r => r.Label == data.BarName(bar) && r.Value == ChartFormatFor(bar.Percent!.Value));
        }
    }

    [Fact]
    public void Output_is_deterministic()
    {
        var assessment = SampleAssessments.WarfarinWithK2();
        Assert.Equal(RiskChart.Svg(RiskChartData.From(assessment.FractureRisk)), RiskChart.Svg(RiskChartData.From(SampleAssessments.WarfarinWithK2().FractureRisk)));
    }

    private static string ChartFormatFor(double percent) => percent.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture);

    [Property]
    public bool Any_frax_bar_is_its_share_of_the_axis_and_stays_inside_the_chart(NormalFloat mof, NormalFloat hip, bool adjusted)
    {
        var frax = new FraxResult(Math.Abs(mof.Get) % 100, Math.Abs(hip.Get) % 100, adjusted);
        var data = RiskChartData.From(SampleAssessments.WarfarinWithK2().FractureRisk, frax);
        var svg = Parse(RiskChart.Svg(data));
        var bar = RectTitled(svg, "FRAX 10-year major osteoporotic fracture probability");
        var axis = AxisScale.FromZero(new[] { frax.MajorOsteoporoticPercent, 9.6234, 20, adjusted ? 30 : 0 }.Max());
        var expected = frax.MajorOsteoporoticPercent / axis.Maximum * 400;
        var inside = svg.Descendants(Svg + "text").All(t => Number(t, "x") is >= 0 and < 640);
        return Math.Abs(Number(bar, "width") - expected) <= 0.005 && inside
            && RiskChart.Table(data).Rows.Any(r => r.Value == ChartFormatFor(frax.HipPercent));
    }
}
