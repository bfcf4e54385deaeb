namespace BoneBalance.Reporting.Charts;

/// <summary>
/// One datum of a chart as text, for the HTML table that accompanies every chart (screen readers, printing without
/// graphics, copying numbers). Numbers are formatted with the invariant culture, as in the chart itself.
/// </summary>
/// <param name="Label">What the row is (e.g. <c>QFracture 10-year hip fracture risk</c>, <c>Calcium</c>).</param>
/// <param name="Value">The value as shown in the chart, or why there is none (<c>not analysed</c>, <c>not entered</c>).</param>
/// <param name="Unit">The unit of <paramref name="Value"/> and <paramref name="Target"/> (<c>%</c>, <c>g/cm²</c>, <c>mg/day</c>).</param>
/// <param name="Target">What the value is compared with, in words (a threshold, RDA/AI and UL, an LSC), or empty.</param>
/// <param name="Source">Where the value and the target come from.</param>
public sealed record ChartRow(string Label, string Value, string Unit, string Target, string Source);
