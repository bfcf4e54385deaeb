using BoneBalance.Core.Densitometry;
using BoneBalance.Core.Guidance;
using BoneBalance.Data.Contracts;

namespace BoneBalance.Reporting.Charts;

/// <summary>What the trend chart's value axis shows.</summary>
public enum TrendMeasure
{
    /// <summary>Areal BMD in g/cm² (whenever any measurement has one).</summary>
    Bmd,

    /// <summary>The T-scores printed on the DXA reports (when no measurement has a BMD).</summary>
    TScore,
}

/// <summary>One measurement of one site.</summary>
/// <param name="Date">The scan date; undated measurements are listed in the table but not plotted.</param>
/// <param name="Value">BMD (g/cm²) or T-score, as <see cref="BmdTrendData.Measure"/> says.</param>
/// <param name="Manufacturer">The scanner's manufacturer.</param>
public sealed record TrendPoint(DateOnly? Date, double Value, DxaManufacturer Manufacturer);

/// <summary>The measurements of one site, oldest first.</summary>
/// <param name="Site">The site.</param>
/// <param name="Name">The site's name, e.g. <c>Lumbar spine</c>.</param>
/// <param name="Points">The measurements, oldest first (undated first, as the assessment orders them).</param>
public sealed record TrendSeries(SkeletalSite Site, string Name, IReadOnlyList<TrendPoint> Points);

/// <summary>The least-significant-change band around the earlier BMD of one pair of consecutive scans.</summary>
/// <param name="Site">The site compared.</param>
/// <param name="EarlierDate">The earlier scan's date, or null.</param>
/// <param name="LaterDate">The later scan's date, or null.</param>
/// <param name="Centre">The earlier BMD, the band's centre (g/cm²).</param>
/// <param name="LaterBmd">The later BMD (g/cm²).</param>
/// <param name="HalfWidth">The least significant change, the band's half-height (g/cm²).</param>
/// <param name="Summary">The comparison in one sentence (change, LSC, significance).</param>
public sealed record ChangeBand(SkeletalSite Site, DateOnly? EarlierDate, DateOnly? LaterDate, double Centre, double LaterBmd, double HalfWidth, string Summary);

/// <summary>A WHO category as a horizontal band of T-scores.</summary>
/// <param name="Name">The category (ISCD wording, <see cref="DensitometryInterpretation.CategoryName(WhoCategory)"/>).</param>
/// <param name="Rule">Its bounds in words, e.g. <c>T ≥ -1.0</c>.</param>
/// <param name="Lower">The lowest T-score of the band, or null for no lower bound.</param>
/// <param name="Upper">The highest T-score of the band, or null for no upper bound.</param>
public sealed record CategoryBand(string Name, string Rule, double? Lower, double? Upper);

/// <summary>
/// The data of the BMD trend chart: per site, BMD (or T-score when no BMD was given) by scan date; the least significant
/// change around the earlier value of each compared pair; and, for T-scores of a person classified by T-score, the WHO
/// category bands from <see cref="DiagnosticThresholds"/>.
/// </summary>
/// <param name="Measure">BMD or T-score.</param>
/// <param name="Series">One series per site, in <see cref="SkeletalSite"/> order.</param>
/// <param name="Changes">The compared pairs (BMD only).</param>
/// <param name="Categories">WHO category bands (T-score axis and T-score classification only), highest first.</param>
public sealed record BmdTrendData(TrendMeasure Measure, IReadOnlyList<TrendSeries> Series, IReadOnlyList<ChangeBand> Changes, IReadOnlyList<CategoryBand> Categories)
{
    /// <summary>Builds the chart data from an assessment's densitometry.</summary>
    public static BmdTrendData From(DensitometryAssessment densitometry)
    {
        ArgumentNullException.ThrowIfNull(densitometry);
        return Build(
            [.. densitometry.History.Select(m => new ReportedMeasurement(m.Date, m.Site, m.Manufacturer, m.Bmd?.GramsPerSquareCentimetre, m.ReportedTScore))],
            densitometry.Changes.Select(c => new ChangeBand(c.Earlier.Site, c.Earlier.Date, c.Later.Date, c.EarlierBmd.GramsPerSquareCentimetre,
                c.LaterBmd.GramsPerSquareCentimetre, c.LeastSignificantChangeGramsPerSquareCentimetre, c.Summary)),
            densitometry.Latest.Basis);
    }

    /// <summary>Builds the chart data from an assessment document's densitometry (BMD to 0.001 g/cm² as written).</summary>
    public static BmdTrendData From(ReportedDensitometry densitometry)
    {
        ArgumentNullException.ThrowIfNull(densitometry);
        return Build(
            densitometry.History,
            densitometry.Changes.Select(c => new ChangeBand(c.Site, c.EarlierDate, c.LaterDate, c.EarlierBmd, c.LaterBmd, c.LeastSignificantChange, c.Summary)),
            densitometry.Basis);
    }

    private static BmdTrendData Build(IReadOnlyList<ReportedMeasurement> history, IEnumerable<ChangeBand> changes, ClassificationBasis basis)
    {
        var measure = history.Any(m => m.Bmd is not null) ? TrendMeasure.Bmd : TrendMeasure.TScore;
        var series = history
            .GroupBy(m => m.Site)
            .OrderBy(g => g.Key)
            .Select(g => new TrendSeries(g.Key, SiteName(g.Key), [.. g
                .Select(m => (m, Value: measure == TrendMeasure.Bmd ? m.Bmd : m.TScore))
                .Where(p => p.Value is not null)
                .Select(p => new TrendPoint(p.m.Date, p.Value!.Value, p.m.Manufacturer))]))
            .Where(s => s.Points.Count > 0)
            .ToList();
        var bands = measure == TrendMeasure.Bmd ? changes.ToList() : [];
        var categories = measure == TrendMeasure.TScore && basis == ClassificationBasis.TScore
            ? WhoBands()
            : [];
        return new BmdTrendData(measure, series, bands, categories);
    }

    /// <summary>The unit of the value axis: <c>g/cm²</c> or empty for T-scores.</summary>
    public string Unit => Measure == TrendMeasure.Bmd ? "g/cm²" : "T-score";

    /// <summary>A value as the chart prints it.</summary>
    public string Show(double value) => Measure == TrendMeasure.Bmd ? ChartFormat.Bmd(value) : ChartFormat.Score(value);

    /// <summary>The site's name as a heading (<c>Lumbar spine</c>).</summary>
    public static string SiteName(SkeletalSite site)
    {
        var name = DensitometryInterpretation.SiteName(site);
        return char.ToUpperInvariant(name[0]) + name[1..];
    }

    private static List<CategoryBand> WhoBands()
    {
        const double normal = DiagnosticThresholds.NormalMinimumTScore;
        const double osteoporosis = DiagnosticThresholds.OsteoporosisMaximumTScore;
        return
        [
            new(DensitometryInterpretation.CategoryName(WhoCategory.Normal), $"T ≥ {ChartFormat.Score(normal)}", normal, null),
            new(DensitometryInterpretation.CategoryName(WhoCategory.LowBoneMass), $"{ChartFormat.Score(normal)} > T > {ChartFormat.Score(osteoporosis)}", osteoporosis, normal),
            new(DensitometryInterpretation.CategoryName(WhoCategory.Osteoporosis), $"T ≤ {ChartFormat.Score(osteoporosis)}", null, osteoporosis),
        ];
    }
}
