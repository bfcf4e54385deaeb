namespace BoneBalance.Reporting.Charts;

/// <summary>The data of one chart as rows: the accessible fallback a web page renders as an HTML table.</summary>
/// <param name="Caption">The table's caption (the chart's title).</param>
/// <param name="Rows">One row per value drawn, in drawing order.</param>
public sealed record ChartTable(string Caption, IReadOnlyList<ChartRow> Rows);
