using BoneBalance.Reporting.Charts;

namespace BoneBalance.Web.History;

/// <summary>
/// The history page's trend charts, built from the saved results' own numbers (<see cref="SavedResult"/>): fracture
/// risk and average calcium, vitamin D and vitamin K intake by the date each assessment was made on, and BMD (or T-score) per site by scan date.
/// A chart with no value to draw is null.
/// </summary>
internal static class HistoryCharts
{
    /// <summary>Where the numbers of the risk and intake charts come from.</summary>
    public const string SavedSource = "Saved assessment";

    /// <summary>10-year major osteoporotic and hip fracture risk (QFracture-2012), %, by assessment date.</summary>
    public static LineChartData? Risk(IReadOnlyList<SavedResult> saved) => Chart(
        "bb-history-risk", "10-year fracture risk by assessment date", "10-year risk (%)", "%", 1, fromZero: true, SavedSource,
        ("Major osteoporotic fracture", saved.Select(s => Point(s.Today, s.MajorOsteoporoticPercent))),
        ("Hip fracture", saved.Select(s => Point(s.Today, s.HipPercent))));

    /// <summary>Average calcium intake, mg/day, by assessment date.</summary>
    public static LineChartData? Calcium(IReadOnlyList<SavedResult> saved) => Chart(
        "bb-history-calcium", "Average calcium intake by assessment date", "Calcium (mg a day)", "mg/day", 0, fromZero: true, SavedSource,
        ("Calcium", saved.Select(s => Point(s.Today, s.Intake?.CalciumMg))));

    /// <summary>Average vitamin D intake, µg/day, by assessment date.</summary>
    public static LineChartData? VitaminD(IReadOnlyList<SavedResult> saved) => Chart(
        "bb-history-vitamin-d", "Average vitamin D intake by assessment date", "Vitamin D (µg a day)", "µg/day", 1, fromZero: true, SavedSource,
        ("Vitamin D", saved.Select(s => Point(s.Today, s.Intake?.VitaminDMicrograms))));

    /// <summary>Average total vitamin K intake (K1 and K2), µg/day, by assessment date.</summary>
    public static LineChartData? VitaminK(IReadOnlyList<SavedResult> saved) => Chart(
        "bb-history-vitamin-k", "Average vitamin K intake by assessment date", "Vitamin K, K1 and K2 (µg a day)", "µg/day", 1, fromZero: true, SavedSource,
        ("Vitamin K (K1 and K2)", saved.Select(s => Point(s.Today, s.Intake?.VitaminKMicrograms))));

    /// <summary>
    /// BMD per site by scan date (T-scores when no scan has a BMD), each scan once: when several saved assessments hold the
    /// same site and date, the newest one's value. <paramref name="saved"/> is newest first.
    /// </summary>
    public static LineChartData? Bones(IReadOnlyList<SavedResult> saved)
    {
        var scans = saved.SelectMany(s => s.Scans).GroupBy(s => (s.Site, s.Date)).Select(g => g.First()).ToList();
        var bmd = scans.Any(s => s.Bmd is not null);
        var series = scans.GroupBy(s => s.Site).OrderBy(g => g.Key)
            .Select(g => (SavedResult.SiteName(g.Key), g.Select(s => Point(s.Date, bmd ? s.Bmd : s.TScore))))
            .ToArray();
        return bmd
            ? Chart("bb-history-bones", "Bone mineral density by scan date", "BMD (g/cm²)", "g/cm²", 3, fromZero: false, "DXA scan in a saved assessment", series)
            : Chart("bb-history-bones", "T-score by scan date", "T-score", string.Empty, 2, fromZero: false, "DXA scan in a saved assessment", series);
    }

    private static LinePoint? Point(DateOnly date, double? value) => value is { } v ? new LinePoint(date, v) : null;

    private static LineChartData? Chart(
        string id, string title, string axis, string unit, int decimals, bool fromZero, string source, params (string Name, IEnumerable<LinePoint?> Points)[] series)
    {
        var lines = series.Select(s => new LineSeries(s.Name, [.. s.Points.OfType<LinePoint>()])).Where(s => s.Points.Count > 0).ToList();
        return lines.Count == 0 ? null : new LineChartData(id, title, axis, unit, decimals, fromZero, source, lines);
    }
}
