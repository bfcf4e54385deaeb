using BoneBalance.Core.Densitometry;

namespace BoneBalance.Reporting.Charts;

/// <summary>
/// The BMD trend chart: BMD (or T-score) against scan date, one line per site told apart by dash and marker shape, the
/// least-significant-change band around the earlier value of each compared pair, and the WHO category bands (patterned
/// and labelled) on a T-score axis.
/// </summary>
public static class BmdTrendChart
{
    internal const double PlotLeft = 80;
    internal const double PlotRight = 560;
    internal const double PlotTop = 34;
    internal const double PlotBottom = 254;

    private static readonly ChartStroke[] Strokes = DateAxis.SeriesStrokes;
    private static readonly ChartMarkerShape[] Shapes = DateAxis.SeriesShapes;

    /// <summary>The chart as SVG text.</summary>
    public static string Svg(BmdTrendData data) => SvgWriter.Write(Scene(data));

    /// <summary>The chart's title.</summary>
    public static string Title(BmdTrendData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        return data.Measure == TrendMeasure.Bmd ? "Bone mineral density by scan date" : "T-score by scan date";
    }

    /// <summary>The chart's data as rows: every measurement, with the change against the LSC or the WHO category.</summary>
    public static ChartTable Table(BmdTrendData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        var rows = new List<ChartRow>();
        foreach (var series in data.Series)
        {
            foreach (var point in series.Points)
            {
                rows.Add(new ChartRow(
                    $"{series.Name}, {(point.Date is { } d ? ChartFormat.Date(d) : "undated")}",
                    data.Show(point.Value),
                    data.Unit,
                    Target(data, series.Site, point),
                    $"DXA report ({Manufacturer(point.Manufacturer)})"));
            }
        }

        return new ChartTable(Title(data), rows);
    }

    internal static ChartScene Scene(BmdTrendData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        var items = new List<ChartItem>();
        var axis = DateAxis.Over(data.Series.SelectMany(s => s.Points).Where(p => p.Date is not null).Select(p => p.Date!.Value), PlotLeft, PlotRight);
        var scale = ValueScale(data);
        double X(DateOnly date) => axis.X(date);
        double Y(double value) => PlotBottom - scale.Fraction(value) * (PlotBottom - PlotTop);

        items.Add(new ChartLabel(12, 18, data.Measure == TrendMeasure.Bmd ? "BMD (g/cm²)" : "T-score", Bold: true));
        foreach (var band in data.Categories)
        {
            var upper = Math.Min(band.Upper ?? scale.Maximum, scale.Maximum);
            var lower = Math.Max(band.Lower ?? scale.Minimum, scale.Minimum);
            if (upper > lower)
            {
                var fill = band.Upper is null ? ChartFill.PlainBand : band.Lower is null ? ChartFill.HatchedBand : ChartFill.DottedBand;
                items.Add(new ChartBox(PlotLeft, Y(upper), PlotRight - PlotLeft, Y(lower) - Y(upper), fill, $"{band.Name}: {band.Rule}"));
                // A white ground under the label: text straight on dots or hatching would lose its contrast. Its width is
                // estimated at 0.62 em per character, DejaVu Sans Bold's average advance, with a margin.
                var text = $"{band.Name} ({band.Rule})";
                var width = text.Length * ChartLabel.SmallSize * 0.62 + 6;
                items.Add(new ChartBox(PlotRight - 4 - width, Y(upper) + 3, width + 2, 14, ChartFill.LabelGround));
                items.Add(new ChartLabel(PlotRight - 4, Y(upper) + 13, text, ChartLabel.SmallSize, ChartAnchor.End, Bold: true));
            }
        }

        foreach (var tick in scale.Ticks())
        {
            items.Add(new ChartLine(PlotLeft, Y(tick), PlotRight, Y(tick), ChartStroke.Grid));
            items.Add(new ChartLabel(PlotLeft - 6, Y(tick) + 4, data.Show(tick), ChartLabel.SmallSize, ChartAnchor.End));
        }

        foreach (var change in data.Changes)
        {
            if (change.EarlierDate is { } from && change.LaterDate is { } to)
            {
                var top = Y(change.Centre + change.HalfWidth);
                items.Add(new ChartBox(X(from), top, X(to) - X(from), Y(change.Centre - change.HalfWidth) - top, ChartFill.ChangeBand,
                    change.Summary));
            }
        }

        items.Add(new ChartLine(PlotLeft, PlotBottom, PlotRight, PlotBottom, ChartStroke.Axis));
        items.Add(new ChartLine(PlotLeft, PlotTop, PlotLeft, PlotBottom, ChartStroke.Axis));
        var lastLabel = double.NegativeInfinity;
        foreach (var date in data.Series.SelectMany(s => s.Points).Select(p => p.Date).OfType<DateOnly>().Distinct().Order())
        {
            // Scan dates close together would overprint: only dates at least 70 units apart are labelled (all are in the table).
            if (X(date) - lastLabel >= 70)
            {
                items.Add(new ChartLabel(X(date), PlotBottom + 16, ChartFormat.Date(date), ChartLabel.SmallSize, ChartAnchor.Middle));
                lastLabel = X(date);
            }
        }

        var legendY = PlotBottom + 40;
        for (var i = 0; i < data.Series.Count; i++)
        {
            var series = data.Series[i];
            var stroke = Strokes[i % Strokes.Length];
            var shape = Shapes[i % Shapes.Length];
            var points = series.Points.Where(p => p.Date is not null).ToList();
            if (points.Count > 1)
            {
                items.Add(new ChartPath([.. points.Select(p => new ChartPoint(X(p.Date!.Value), Y(p.Value)))], stroke));
            }

            foreach (var p in points)
            {
                items.Add(new ChartMarker(X(p.Date!.Value), Y(p.Value), shape, $"{series.Name}, {ChartFormat.Date(p.Date!.Value)}: {data.Show(p.Value)} {data.Unit}"));
            }

            items.Add(new ChartLine(PlotLeft, legendY - 4, PlotLeft + 36, legendY - 4, stroke));
            items.Add(new ChartMarker(PlotLeft + 18, legendY - 4, shape));
            items.Add(new ChartLabel(PlotLeft + 46, legendY, series.Name));
            legendY += 20;
        }

        if (data.Changes.Count > 0)
        {
            items.Add(new ChartBox(PlotLeft, legendY - 12, 36, 12, ChartFill.ChangeBand));
            items.Add(new ChartLabel(PlotLeft + 46, legendY, "Least significant change around the earlier scan", ChartLabel.SmallSize));
            legendY += 20;
        }

        return new ChartScene("bb-bmd", ChartScene.StandardWidth, legendY, Title(data), Describe(data), items);
    }

    private static AxisScale ValueScale(BmdTrendData data)
    {
        var values = data.Series.SelectMany(s => s.Points).Select(p => p.Value)
            .Concat(data.Changes.SelectMany(c => new[] { c.Centre - c.HalfWidth, c.Centre + c.HalfWidth }))
            .ToList();
        if (data.Measure == TrendMeasure.Bmd)
        {
            return AxisScale.Covering(values.DefaultIfEmpty(0.5).Min() - 0.02, values.DefaultIfEmpty(1.0).Max() + 0.02, 0.05);
        }

        // On a T-score axis the osteoporosis boundary is always in view, so every WHO band shows.
        var low = Math.Min(values.DefaultIfEmpty(0).Min(), DiagnosticThresholds.OsteoporosisMaximumTScore - 0.5);
        var high = Math.Max(values.DefaultIfEmpty(0).Max(), 0);
        return AxisScale.Covering(low - 0.25, high + 0.25, 0.5);
    }

    private static string Target(BmdTrendData data, SkeletalSite site, TrendPoint point)
    {
        if (data.Measure == TrendMeasure.TScore)
        {
            // The band is the WHO category of the value, classified by Core's own rule (boundaries included as it decides).
            var name = DensitometryInterpretation.CategoryName(DiagnosticThresholds.Classify(point.Value));
            var band = data.Categories.FirstOrDefault(b => b.Name == name);
            return band is null ? string.Empty : $"WHO: {band.Name} ({band.Rule})";
        }

        var change = data.Changes.FirstOrDefault(c => c.Site == site && c.LaterDate == point.Date && c.LaterBmd == point.Value);
        return change is null ? string.Empty : change.Summary;
    }

    private static string Describe(BmdTrendData data)
    {
        var parts = data.Series.Select(s =>
            $"{s.Name}: {string.Join(", ", s.Points.Select(p => $"{(p.Date is { } d ? ChartFormat.Date(d) : "undated")} {data.Show(p.Value)}"))}.");
        var unit = data.Measure == TrendMeasure.Bmd ? "BMD in g/cm²" : "T-scores from the DXA reports";
        var text = $"{Title(data)}, {unit}. {string.Join(" ", parts)}";
        if (data.Changes.Count > 0)
        {
            text += " " + string.Join(" ", data.Changes.Select(c => c.Summary));
        }

        if (data.Categories.Count > 0)
        {
            text += " WHO categories: " + string.Join("; ", data.Categories.Select(b => $"{b.Name} {b.Rule}")) + ".";
        }

        return text;
    }

    private static string Manufacturer(DxaManufacturer manufacturer) => manufacturer switch
    {
        DxaManufacturer.Hologic => "Hologic",
        DxaManufacturer.GeLunar => "GE Lunar",
        DxaManufacturer.Norland => "Norland",
        _ => "manufacturer not stated",
    };
}
