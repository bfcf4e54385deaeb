using BoneBalance.Core.Nutrition;

namespace BoneBalance.Reporting.Charts;

/// <summary>
/// The intake chart: per nutrient group one value axis, a bar per nutrient (solid when complete, hatched when a lower
/// bound, an empty box marked "not analysed" when there is no value), the target as a thick line and the UL as a
/// dash-dot line, both labelled.
/// </summary>
public static class IntakeChart
{
    internal const double PlotLeft = 180;
    internal const double PlotRight = 560;
    internal const double BarHeight = 16;
    private const double RowHeight = 36;

    /// <summary>The chart as SVG text.</summary>
    public static string Svg(IntakeChartData data) => SvgWriter.Write(Scene(data));

    /// <summary>The chart's title.</summary>
    public static string Title(IntakeChartData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        return $"Average daily intake, {ChartFormat.Date(data.FirstDay)} to {ChartFormat.Date(data.LastDay)} ({data.DaysLogged} logged {(data.DaysLogged == 1 ? "day" : "days")})";
    }

    /// <summary>The chart's data as rows: every nutrient with its target and upper limit.</summary>
    public static ChartTable Table(IntakeChartData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        var rows = data.Groups.SelectMany(g => g.Bars).Select(bar => new ChartRow(
            bar.Name,
            Amount(bar),
            bar.Unit + "/day",
            Target(bar),
            bar.Reference is { Source: { } source } ? $"Food diary; {source.Authors} {source.Year}" : "Food diary"));
        return new ChartTable(Title(data), [.. rows]);
    }

    internal static ChartScene Scene(IntakeChartData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        var items = new List<ChartItem>();
        var y = 20.0;
        foreach (var group in data.Groups)
        {
            var scale = AxisScale.FromZero(group.Bars.SelectMany(b => new[] { b.Amount, b.Target, b.UpperLimit }).OfType<double>().DefaultIfEmpty(0).Max());
            double X(double value) => PlotLeft + scale.Fraction(value) * (PlotRight - PlotLeft);
            items.Add(new ChartLabel(12, y, $"{group.Name} ({group.Unit}/day)", Bold: true));
            var top = y + 6;
            var axisY = top + group.Bars.Count * RowHeight + 4;
            foreach (var tick in scale.Ticks())
            {
                items.Add(new ChartLine(X(tick), top, X(tick), axisY, ChartStroke.Grid));
                items.Add(new ChartLabel(X(tick), axisY + 14, ChartFormat.Number(tick, 2), ChartLabel.SmallSize, ChartAnchor.Middle));
            }

            items.Add(new ChartLine(PlotLeft, axisY, PlotRight, axisY, ChartStroke.Axis));
            var rowTop = top;
            foreach (var bar in group.Bars)
            {
                var barTop = rowTop + 16;
                items.Add(new ChartLabel(12, barTop + 13, bar.Name));
                if (bar.Amount is { } amount)
                {
                    var width = X(amount) - PlotLeft;
                    items.Add(new ChartBox(PlotLeft, barTop, width, BarHeight, bar.IsLowerBound ? ChartFill.LowerBoundBar : ChartFill.Bar, $"{bar.Name}: {Amount(bar)} {bar.Unit}/day"));
                    // The value's label starts after the bar and after the target line, so the line never crosses its text.
                    var labelX = Math.Max(PlotLeft + width, bar.Target is { } t ? X(t) + 2 : 0) + 6;
                    items.Add(new ChartLabel(labelX, barTop + 13, $"{Amount(bar)} {bar.Unit}", Bold: true));
                }
                else
                {
                    items.Add(new ChartBox(PlotLeft, barTop, 110, BarHeight, ChartFill.Empty, $"{bar.Name}: not analysed"));
                    items.Add(new ChartLabel(PlotLeft + 6, barTop + 12, "not analysed", ChartLabel.SmallSize));
                }

                var marks = new List<string>();
                if (bar.Target is { } target)
                {
                    items.Add(new ChartLine(X(target), barTop - 3, X(target), barTop + BarHeight + 3, ChartStroke.Target));
                    marks.Add($"{bar.TargetKind} {ChartFormat.Number(target, 1)} (solid line)");
                }

                if (bar.UpperLimit is { } limit)
                {
                    items.Add(new ChartLine(X(limit), barTop - 3, X(limit), barTop + BarHeight + 3, ChartStroke.UpperLimit));
                    marks.Add($"UL {ChartFormat.Number(limit, 1)} (dash-dot line)");
                }
                else if (bar.Reference is not null)
                {
                    marks.Add("no UL");
                }

                if (marks.Count > 0)
                {
                    items.Add(new ChartLabel(PlotLeft, barTop - 4, string.Join("; ", marks), ChartLabel.SmallSize));
                }

                rowTop += RowHeight;
            }

            y = axisY + 40;
        }

        items.Add(new ChartLabel(12, y - 8, "Solid bar: complete; hatched bar: lower bound (a food had no value); empty box: not analysed.", ChartLabel.SmallSize));
        var description = $"{Title(data)}. " + string.Join(" ", data.Groups.SelectMany(g => g.Bars).Select(b =>
            $"{b.Name}: {Amount(b)}{(b.Amount is null ? string.Empty : " " + b.Unit)}{(Target(b) is { Length: > 0 } t ? $" ({t})" : string.Empty)}."));
        return new ChartScene("bb-intake", ChartScene.StandardWidth, y + 4, Title(data), description, items);
    }

    private static string Amount(IntakeBar bar) => bar.Amount switch
    {
        null => "not analysed",
        { } a when bar.IsLowerBound => $"at least {ChartFormat.Number(a, 1)}",
        { } a => ChartFormat.Number(a, 1),
    };

    private static string Target(IntakeBar bar)
    {
        if (bar.Reference is null)
        {
            return bar.Nutrient == IntakeNutrient.VitaminKTotal ? string.Empty : "no target of its own (part of total vitamin K)";
        }

        var text = $"{bar.TargetKind} {ChartFormat.Number(bar.Target!.Value, 1)}";
        return bar.UpperLimit is { } ul ? $"{text}; UL {ChartFormat.Number(ul, 1)}" : $"{text}; no UL ({bar.Reference.NoUpperLimitReason})";
    }
}
