using BoneBalance.Reporting.Charts;
using static BoneBalance.Reporting.Tests.Charts.SvgAssertions;

namespace BoneBalance.Reporting.Tests.Charts;

public sealed class LineChartTests
{
    private static readonly DateOnly January = new(2026, 1, 1);
    private static readonly DateOnly July = new(2026, 7, 1);

    private static LineChartData Risks(params LineSeries[] series) =>
        new("bb-test-risk", "Fracture risk over time", "10-year risk (%)", "%", 1, FromZero: true, "Saved assessment", series);

    private static readonly LineSeries Major = new("Major osteoporotic fracture", [new(July, 12.5), new(January, 10.0)]);
    private static readonly LineSeries Hip = new("Hip fracture", [new(January, 2.0), new(July, 3.0)]);

    [Fact]
    public void Points_are_placed_by_hand_on_an_axis_from_zero()
    {
        var svg = Parse(LineChart.Svg(Risks(Major, Hip)));

        // Axis 0–20 (the nice maximum above 12.5), plot y 240 (0) to 40 (20); x 72 (first date) to 560 (last date).
        // y(10) = 240 − 0.5 × 200 = 140; y(12.5) = 240 − 0.625 × 200 = 115; y(2) = 220; y(3) = 210.
        var first = svg.Descendants(Svg + "circle").Single(c => c.Element(Svg + "title")?.Value == "Major osteoporotic fracture, 2026-01-01: 10.0 %");
        Assert.Equal(72, Number(first, "cx"));
        Assert.Equal(140, Number(first, "cy"));
        var second = svg.Descendants(Svg + "circle").Single(c => c.Element(Svg + "title")?.Value == "Major osteoporotic fracture, 2026-07-01: 12.5 %");
        Assert.Equal(560, Number(second, "cx"));
        Assert.Equal(115, Number(second, "cy"));

        // The points are joined in date order, whatever order they were given in.
        Assert.Contains(svg.Descendants(Svg + "polyline"), p => (string?)p.Attribute("points") == "72,140 560,115");
        // The second series is told apart by dash and marker shape (squares), not colour.
        Assert.Contains(svg.Descendants(Svg + "polyline"), p => (string?)p.Attribute("points") == "72,220 560,210" && (string?)p.Attribute("stroke-dasharray") == "7 4");
        Assert.Equal(2, svg.Descendants(Svg + "polygon").Count(p => p.Element(Svg + "title")?.Value.StartsWith("Hip fracture, ", StringComparison.Ordinal) == true));

        Assert.Equal(["0", "5", "10", "15", "20"], Texts(svg).Where(t => t.All(char.IsDigit)));
        Assert.Contains("Hip fracture", Texts(svg));
        Assert.Contains("10-year risk (%)", Texts(svg));
    }

    [Fact]
    public void A_negative_axis_covers_t_scores_in_half_steps()
    {
        var data = new LineChartData("bb-test-t", "T-score by scan date", "T-score", string.Empty, 1, FromZero: false, "DXA report",
            [new LineSeries("Femoral neck", [new(January, -1.2), new(July, -2.6)])]);
        var svg = Parse(LineChart.Svg(data));

        // Span 1.4 → step 0.5; −2.6…−1.2 widened to −3.0…−1.0. y(−1.2) = 240 − 1.8 / 2 × 200 = 60; y(−2.6) = 240 − 0.4 / 2 × 200 = 200.
        Assert.Equal(["-3", "-2.5", "-2", "-1.5", "-1"], Texts(svg).Where(t => t.StartsWith('-')));
        var points = svg.Descendants(Svg + "circle").Where(c => c.Element(Svg + "title") is not null).Select(c => Number(c, "cy"));
        Assert.Equal([60, 200], points);
        Assert.Contains(svg.Descendants(Svg + "circle"), c => c.Element(Svg + "title")?.Value == "Femoral neck, 2026-07-01: -2.6");
    }

    [Fact]
    public void Every_text_is_at_least_12_units_and_inside_the_chart()
    {
        var svg = Parse(LineChart.Svg(Risks(Major, Hip)));
        var width = double.Parse(((string)svg.Attribute("viewBox")!).Split(' ')[2], System.Globalization.CultureInfo.InvariantCulture);
        var height = double.Parse(((string)svg.Attribute("viewBox")!).Split(' ')[3], System.Globalization.CultureInfo.InvariantCulture);
        foreach (var text in svg.Descendants(Svg + "text"))
        {
            Assert.True(Number(text, "font-size") >= 12, $"\"{text.Value}\" is smaller than 12");
            // A date label is centred: half its width (0.62 em a character at most) must fit either side.
            var half = (string?)text.Attribute("text-anchor") == "middle" ? text.Value.Length * 0.62 * 13 / 2 : 0;
            Assert.InRange(Number(text, "x") - half, 0, width);
            Assert.InRange(Number(text, "x") + half, 0, width);
            Assert.InRange(Number(text, "y"), 13, height);
        }
    }

    [Fact]
    public void Close_dates_are_labelled_once_and_all_are_in_the_table()
    {
        var tenDaysLater = new DateOnly(2026, 1, 11);
        var nextYear = new DateOnly(2027, 1, 1);
        var data = Risks(new LineSeries("Hip fracture", [new(January, 2.0), new(tenDaysLater, 2.04), new(nextYear, 3.0)]));
        var texts = Texts(Parse(LineChart.Svg(data))).ToList();
        Assert.Contains("2026-01-01", texts);
        Assert.Contains("2027-01-01", texts);
        Assert.DoesNotContain("2026-01-11", texts);

        var table = LineChart.Table(data);
        Assert.Equal("Fracture risk over time", table.Caption);
        Assert.Equal(["Hip fracture, 2026-01-01", "Hip fracture, 2026-01-11", "Hip fracture, 2027-01-01"], table.Rows.Select(r => r.Label));
        Assert.Equal(["2.0", "2.0", "3.0"], table.Rows.Select(r => r.Value));
        Assert.All(table.Rows, r => Assert.Equal(("%", "Saved assessment"), (r.Unit, r.Source)));
    }

    [Fact]
    public void A_single_date_sits_in_the_middle_and_the_description_lists_every_value()
    {
        var data = Risks(new LineSeries("Hip fracture", [new(January, 4.1)]));
        var svg = Parse(LineChart.Svg(data));
        var point = svg.Descendants(Svg + "circle").Single(c => c.Element(Svg + "title") is not null);
        Assert.Equal(316, Number(point, "cx")); // (72 + 560) / 2
        Assert.Empty(svg.Descendants(Svg + "polyline"));
        Assert.Equal("Fracture risk over time. Hip fracture: 2026-01-01 4.1 %.", svg.Element(Svg + "desc")!.Value);
    }

    [Fact]
    public void More_series_than_shapes_are_refused()
    {
        var five = Enumerable.Range(1, 5).Select(i => new LineSeries($"S{i}", [new(January, i)])).ToArray();
        var e = Assert.Throws<ArgumentException>(() => LineChart.Svg(Risks(five)));
        Assert.Contains("at most 4 series; 5 were given", e.Message);
    }
}
