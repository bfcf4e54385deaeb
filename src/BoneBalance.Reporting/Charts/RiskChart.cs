using BoneBalance.Core.FractureRisk;

namespace BoneBalance.Reporting.Charts;

/// <summary>
/// The fracture-risk chart: one panel per outcome (major osteoporotic, hip), each with a QFracture bar and a FRAX bar,
/// the FRAX bar crossed by the guideline thresholds, each labelled with its guideline and number.
/// </summary>
public static class RiskChart
{
    // Layout in chart units: labels left of PlotLeft, the value axis from PlotLeft to PlotRight.
    internal const double PlotLeft = 200;
    internal const double PlotRight = 600;
    internal const double BarHeight = 20;
    private const double PanelHeight = 124;
    private const double Top = 28;

    /// <summary>The chart as SVG text.</summary>
    public static string Svg(RiskChartData data) => SvgWriter.Write(Scene(data));

    /// <summary>The chart's data as table rows: each bar, with the thresholds it is compared against.</summary>
    public static ChartTable Table(RiskChartData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        var rows = data.Bars.Select(bar => new ChartRow(
            data.BarName(bar),
            bar.Percent is { } p ? ChartFormat.Percent(p) : bar.Missing ?? "none",
            "%",
            bar.Measure == RiskMeasure.Frax
                ? string.Join("; ", ThresholdsFor(data, bar.Outcome).Select(Describe))
                : "not compared with guideline thresholds (a risk, not a FRAX probability)",
            bar.Source));
        return new ChartTable(Title(data), [.. rows]);
    }

    /// <summary>The chart's title.</summary>
    public static string Title(RiskChartData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        return $"{data.Years}-year fracture risk";
    }

    internal static ChartScene Scene(RiskChartData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        var items = new List<ChartItem>();
        var y = Top;
        var words = new List<string>();
        foreach (var outcome in RiskChartData.Outcomes)
        {
            words.Add(Panel(data, outcome, y, items));
            y += PanelHeight;
        }

        const string note = "QFracture gives a risk (incidence); FRAX a probability. Guideline thresholds apply to FRAX only.";
        items.Add(new ChartLabel(12, y + 4, note, ChartLabel.SmallSize));
        items.Add(new ChartLabel(12, y + 20, "Bars: solid = QFracture, dotted = FRAX (entered); dashed lines = thresholds.", ChartLabel.SmallSize));
        var description = string.Join(" ", words) + " " + note;
        return new ChartScene("bb-risk", ChartScene.StandardWidth, y + 32, Title(data), description, items);
    }

    private static string Panel(RiskChartData data, FractureOutcome outcome, double top, List<ChartItem> items)
    {
        var bars = data.Bars.Where(b => b.Outcome == outcome).ToList();
        var thresholds = ThresholdsFor(data, outcome).ToList();
        var scale = AxisScale.FromZero(bars.Select(b => b.Percent ?? 0).Concat(thresholds.Select(t => t.Percent)).DefaultIfEmpty(0).Max());
        double X(double value) => PlotLeft + scale.Fraction(value) * (PlotRight - PlotLeft);

        var name = RiskChartData.OutcomeName(outcome);
        items.Add(new ChartLabel(12, top, char.ToUpperInvariant(name[0]) + name[1..], Bold: true));
        var axisY = top + 88;
        foreach (var tick in scale.Ticks())
        {
            items.Add(new ChartLine(X(tick), top + 8, X(tick), axisY, ChartStroke.Grid));
            items.Add(new ChartLabel(X(tick), axisY + 14, ChartFormat.Number(tick, 2) + " %", ChartLabel.SmallSize, ChartAnchor.Middle));
        }

        items.Add(new ChartLine(PlotLeft, axisY, PlotRight, axisY, ChartStroke.Axis));
        var parts = new List<string>();
        var rowTop = top + 10;
        foreach (var bar in bars)
        {
            var isFrax = bar.Measure == RiskMeasure.Frax;
            var barTop = isFrax ? rowTop + 44 : rowTop;
            items.Add(new ChartLabel(12, barTop + 15, isFrax ? "FRAX (probability)" : "QFracture (risk)"));
            if (bar.Percent is { } p)
            {
                var width = X(p) - PlotLeft;
                items.Add(new ChartBox(PlotLeft, barTop, width, BarHeight, isFrax ? ChartFill.EnteredBar : ChartFill.Bar, $"{data.BarName(bar)}: {ChartFormat.Percent(p)} %"));
                items.Add(new ChartLabel(PlotLeft + width + 6, barTop + 15, ChartFormat.Percent(p) + " %", Bold: true));
                parts.Add($"{data.BarName(bar)} {ChartFormat.Percent(p)} %");
            }
            else
            {
                // Only the first reason fits beside the axis; the table and the description carry all of them.
                var missing = bar.Missing ?? "none";
                items.Add(new ChartLabel(PlotLeft + 6, barTop + 15, missing.Split("; ")[0] + (missing.Contains("; ", StringComparison.Ordinal) ? " …" : string.Empty), ChartLabel.SmallSize));
                parts.Add($"{data.BarName(bar)} {bar.Missing}");
            }

            if (isFrax)
            {
                var labelY = barTop - 6;
                foreach (var t in thresholds)
                {
                    items.Add(new ChartLine(X(t.Percent), barTop - 4, X(t.Percent), barTop + BarHeight + 4, ChartStroke.Threshold));
                }

                // Threshold labels sit above the FRAX bar from the lowest line on, moved left as far as needed to stay inside
                // the chart (width estimated at 0.62 em per character, DejaVu Sans' average advance).
                var text = string.Join("; ", thresholds.Select(t => $"{t.Guideline} ≥ {ChartFormat.Number(t.Percent, 2)} %"));
                var first = thresholds.Count > 0 ? X(thresholds.Min(t => t.Percent)) : PlotLeft;
                var width = text.Length * ChartLabel.SmallSize * 0.62;
                items.Add(new ChartLabel(Math.Max(PlotLeft, Math.Min(first + 4, ChartScene.StandardWidth - 8 - width)), labelY, text, ChartLabel.SmallSize));
                parts.Add("thresholds: " + string.Join("; ", thresholds.Select(Describe)));
            }
        }

        return $"{char.ToUpperInvariant(name[0])}{name[1..]}: {string.Join("; ", parts)}.";
    }

    private static IEnumerable<RiskThreshold> ThresholdsFor(RiskChartData data, FractureOutcome outcome) =>
        data.Thresholds.Where(t => t.Outcome == outcome).OrderBy(t => t.Percent);

    private static string Describe(RiskThreshold t) => $"{t.Guideline} ≥ {ChartFormat.Number(t.Percent, 2)} % {t.Condition}";
}
