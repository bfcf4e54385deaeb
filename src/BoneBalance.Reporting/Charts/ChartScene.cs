namespace BoneBalance.Reporting.Charts;

/// <summary>
/// A chart laid out: its size in chart units, the words that describe it (SVG <c>&lt;title&gt;</c>/<c>&lt;desc&gt;</c>,
/// PDF caption) and the items to draw, back to front.
/// </summary>
/// <param name="Id">A stable prefix for SVG ids (several charts may share one web page).</param>
/// <param name="Width">Width in chart units.</param>
/// <param name="Height">Height in chart units.</param>
/// <param name="Title">The chart's title.</param>
/// <param name="Description">The data in words.</param>
/// <param name="Items">What to draw, back to front.</param>
internal sealed record ChartScene(string Id, double Width, double Height, string Title, string Description, IReadOnlyList<ChartItem> Items)
{
    /// <summary>The width every chart is laid out at; both renderers scale it to their container.</summary>
    public const double StandardWidth = 640;
}
