namespace BoneBalance.Reporting.Charts;

/// <summary>
/// A time axis from the first to the last date drawn, mapped onto <c>left</c> … <c>right</c> in chart units; a single
/// date gets half a year either side so its point sits in the middle. Shared by the BMD trend and the line charts, with
/// the series styles they draw in turn (the shape, not the colour, tells series apart).
/// </summary>
internal readonly record struct DateAxis(int FirstDay, int LastDay, double Left, double Right)
{
    /// <summary>Days added either side of a single date.</summary>
    public const int SingleDatePaddingDays = 182;

    /// <summary>The strokes of series 1, 2, 3, 4.</summary>
    public static readonly ChartStroke[] SeriesStrokes = [ChartStroke.SeriesSolid, ChartStroke.SeriesDashed, ChartStroke.SeriesDotted, ChartStroke.SeriesSolid];

    /// <summary>The marker shapes of series 1, 2, 3, 4.</summary>
    public static readonly ChartMarkerShape[] SeriesShapes = [ChartMarkerShape.Circle, ChartMarkerShape.Square, ChartMarkerShape.Triangle, ChartMarkerShape.Diamond];

    /// <summary>The axis over <paramref name="dates"/> (any order; none gives an axis that is never read).</summary>
    public static DateAxis Over(IEnumerable<DateOnly> dates, double left, double right)
    {
        var days = dates.Select(d => d.DayNumber).ToList();
        var first = days.Count > 0 ? days.Min() : 0;
        var last = days.Count > 0 ? days.Max() : 1;
        return first == last
            ? new DateAxis(first - SingleDatePaddingDays, last + SingleDatePaddingDays, left, right)
            : new DateAxis(first, last, left, right);
    }

    /// <summary>The x of <paramref name="date"/>.</summary>
    public double X(DateOnly date) => Left + ((date.DayNumber - FirstDay) / (double)(LastDay - FirstDay) * (Right - Left));
}
