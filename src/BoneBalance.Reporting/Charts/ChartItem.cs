namespace BoneBalance.Reporting.Charts;

/// <summary>
/// The drawing vocabulary every chart is laid out in, once, in chart units (a <see cref="ChartScene.Width"/> of 640):
/// the SVG writer and the PDF painter each translate these items and nothing else, so both show the same picture.
/// </summary>
internal abstract record ChartItem;

/// <summary>A filled rectangle; <paramref name="Tooltip"/> names the datum it shows (an SVG <c>&lt;title&gt;</c>).</summary>
internal sealed record ChartBox(double X, double Y, double Width, double Height, ChartFill Fill, string? Tooltip = null) : ChartItem;

/// <summary>A straight line.</summary>
internal sealed record ChartLine(double X1, double Y1, double X2, double Y2, ChartStroke Stroke) : ChartItem;

/// <summary>A polyline through <paramref name="Points"/>.</summary>
internal sealed record ChartPath(IReadOnlyList<ChartPoint> Points, ChartStroke Stroke) : ChartItem;

/// <summary>A data point's marker; the shape (not the colour) tells series apart.</summary>
internal sealed record ChartMarker(double X, double Y, ChartMarkerShape Shape, string? Tooltip = null) : ChartItem;

/// <summary>Text whose baseline sits at <paramref name="Y"/>.</summary>
internal sealed record ChartLabel(double X, double Y, string Text, double Size = ChartLabel.NormalSize, ChartAnchor Anchor = ChartAnchor.Start, bool Bold = false) : ChartItem
{
    /// <summary>The text size of ordinary labels, in chart units.</summary>
    public const double NormalSize = 12;

    /// <summary>The text size of tick labels and notes.</summary>
    public const double SmallSize = 10.5;
}

/// <summary>A point in chart units.</summary>
internal readonly record struct ChartPoint(double X, double Y);
