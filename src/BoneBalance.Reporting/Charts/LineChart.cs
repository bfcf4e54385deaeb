namespace BoneBalance.Reporting.Charts;

/// <summary>One value on one date.</summary>
/// <param name="Date">The date the value belongs to (x axis).</param>
/// <param name="Value">The value (y axis), in <see cref="LineChartData.Unit"/>.</param>
public sealed record LinePoint(DateOnly Date, double Value);

/// <summary>One line of a <see cref="LineChart"/>: a name for the legend and its values, in any order (drawn by date).</summary>
/// <param name="Name">The series' name, e.g. <c>Hip fracture</c>.</param>
/// <param name="Points">Its values.</param>
public sealed record LineSeries(string Name, IReadOnlyList<LinePoint> Points);

/// <summary>
/// The data of a line chart over time: a few series of dated values in one unit, e.g. the 10-year fracture risks of
/// every saved assessment by the date it was made on.
/// </summary>
/// <param name="Id">A prefix for the SVG's ids, unique on its page (<c>bb-history-risk</c>).</param>
/// <param name="Title">The chart's title, also the table's caption.</param>
/// <param name="AxisLabel">The value axis' label with its unit, e.g. <c>10-year risk (%)</c>.</param>
/// <param name="Unit">The unit written after each value in the table and the tooltips (<c>%</c>, <c>mg/day</c>), or empty.</param>
/// <param name="Decimals">How many decimals values are shown with (trailing zeros kept, as in the table).</param>
/// <param name="FromZero">True for an axis starting at 0 (risks, intakes); false for one covering the values only (T-scores).</param>
/// <param name="Source">Where the values come from, for the table (e.g. <c>Saved assessment</c>).</param>
/// <param name="Series">The lines, at most four (each has its own dash and marker shape).</param>
public sealed record LineChartData(
    string Id, string Title, string AxisLabel, string Unit, int Decimals, bool FromZero, string Source, IReadOnlyList<LineSeries> Series)
{
    /// <summary>A value as the chart and its table show it.</summary>
    public string Show(double value) => value.ToString("F" + Decimals, System.Globalization.CultureInfo.InvariantCulture);
}

/// <summary>
/// A line chart of values over time: one line per series told apart by dash and marker shape (not colour), dates on
/// the x axis, grid lines at round values. Every text is at least 12 chart units, so drawn at its standard width
/// (640 px) or wider no text is smaller than 12 px.
/// </summary>
public static class LineChart
{
    internal const double PlotLeft = 72;
    internal const double PlotRight = 560;
    internal const double PlotTop = 40;
    internal const double PlotBottom = 240;

    /// <summary>The size of every text in the chart, in chart units.</summary>
    internal const double TextSize = 13;

    /// <summary>Dates closer than this on the x axis are not all labelled (the table lists every one).</summary>
    internal const double DateLabelSpacing = 96;

    private static readonly ChartStroke[] Strokes = DateAxis.SeriesStrokes;
    private static readonly ChartMarkerShape[] Shapes = DateAxis.SeriesShapes;

    /// <summary>The chart as SVG text.</summary>
    public static string Svg(LineChartData data) => SvgWriter.Write(Scene(data));

    /// <summary>The chart's data as rows: every value, series by series, oldest first.</summary>
    public static ChartTable Table(LineChartData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        var rows = data.Series
            .SelectMany(s => s.Points.OrderBy(p => p.Date).Select(p => new ChartRow($"{s.Name}, {ChartFormat.Date(p.Date)}", data.Show(p.Value), data.Unit, string.Empty, data.Source)))
            .ToList();
        return new ChartTable(data.Title, rows);
    }

    internal static ChartScene Scene(LineChartData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        if (data.Series.Count > Shapes.Length)
        {
            throw new ArgumentException($"A line chart draws at most {Shapes.Length} series; {data.Series.Count} were given.", nameof(data));
        }

        var points = data.Series.SelectMany(s => s.Points).ToList();
        var axis = DateAxis.Over(points.Select(p => p.Date), PlotLeft, PlotRight);
        var scale = ValueScale(data, points);
        double X(DateOnly date) => axis.X(date);
        double Y(double value) => PlotBottom - scale.Fraction(value) * (PlotBottom - PlotTop);

        var items = new List<ChartItem> { new ChartLabel(12, 20, data.AxisLabel, TextSize, Bold: true) };
        foreach (var tick in scale.Ticks())
        {
            items.Add(new ChartLine(PlotLeft, Y(tick), PlotRight, Y(tick), ChartStroke.Grid));
            items.Add(new ChartLabel(PlotLeft - 8, Y(tick) + 4.5, ChartFormat.Number(tick, 3), TextSize, ChartAnchor.End));
        }

        items.Add(new ChartLine(PlotLeft, PlotBottom, PlotRight, PlotBottom, ChartStroke.Axis));
        items.Add(new ChartLine(PlotLeft, PlotTop, PlotLeft, PlotBottom, ChartStroke.Axis));
        var lastLabel = double.NegativeInfinity;
        foreach (var date in points.Select(p => p.Date).Distinct().Order())
        {
            if (X(date) - lastLabel >= DateLabelSpacing)
            {
                items.Add(new ChartLabel(X(date), PlotBottom + 20, ChartFormat.Date(date), TextSize, ChartAnchor.Middle));
                lastLabel = X(date);
            }
        }

        var legendY = PlotBottom + 48;
        for (var i = 0; i < data.Series.Count; i++)
        {
            var series = data.Series[i];
            var ordered = series.Points.OrderBy(p => p.Date).ToList();
            if (ordered.Count > 1)
            {
                items.Add(new ChartPath([.. ordered.Select(p => new ChartPoint(X(p.Date), Y(p.Value)))], Strokes[i]));
            }

            foreach (var p in ordered)
            {
                items.Add(new ChartMarker(X(p.Date), Y(p.Value), Shapes[i], $"{series.Name}, {ChartFormat.Date(p.Date)}: {WithUnit(data, p.Value)}"));
            }

            items.Add(new ChartLine(PlotLeft, legendY - 4.5, PlotLeft + 36, legendY - 4.5, Strokes[i]));
            items.Add(new ChartMarker(PlotLeft + 18, legendY - 4.5, Shapes[i]));
            items.Add(new ChartLabel(PlotLeft + 46, legendY, series.Name, TextSize));
            legendY += 22;
        }

        return new ChartScene(data.Id, ChartScene.StandardWidth, legendY, data.Title, Describe(data), items);
    }

    private static AxisScale ValueScale(LineChartData data, List<LinePoint> points)
    {
        if (points.Count == 0)
        {
            return AxisScale.FromZero(1);
        }

        var (low, high) = (points.Min(p => p.Value), points.Max(p => p.Value));
        if (data.FromZero && low >= 0)
        {
            return AxisScale.FromZero(high);
        }

        // A round step of about a quarter of the span (at least 0.1), the axis widened to whole steps.
        var step = Math.Max(AxisScale.FromZero(Math.Max(high - low, 0.4)).Step, 0.1);
        return AxisScale.Covering(data.FromZero ? Math.Min(low, 0) : low, data.FromZero ? Math.Max(high, 0) : high, step);
    }

    private static string WithUnit(LineChartData data, double value) =>
        data.Unit.Length == 0 ? data.Show(value) : $"{data.Show(value)} {data.Unit}";

    private static string Describe(LineChartData data)
    {
        if (data.Series.All(s => s.Points.Count == 0))
        {
            return $"{data.Title}: no values.";
        }

        var parts = data.Series.Select(s =>
            $"{s.Name}: {string.Join(", ", s.Points.OrderBy(p => p.Date).Select(p => $"{ChartFormat.Date(p.Date)} {WithUnit(data, p.Value)}"))}.");
        return $"{data.Title}. {string.Join(" ", parts)}";
    }
}
