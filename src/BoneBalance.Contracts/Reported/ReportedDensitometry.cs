using BoneBalance.Core.Densitometry;
using BoneBalance.Core.Evidence;

namespace BoneBalance.Data.Contracts;

/// <summary>The document's <c>densitometry</c>: the latest scan, the changes between scans and every measurement.</summary>
/// <param name="ScanDate">The latest scan's date, or null.</param>
/// <param name="Basis">Whether the person is classified by T-score or by Z-score.</param>
/// <param name="Summary">The latest scan's result in one sentence.</param>
/// <param name="Sites">The latest scan's sites.</param>
/// <param name="Changes">The compared pairs of scans.</param>
/// <param name="History">Every measurement given, as the assessment ordered them.</param>
/// <param name="Notes">Notes on the latest scan.</param>
/// <param name="Citations">Sources.</param>
public sealed record ReportedDensitometry(
    DateOnly? ScanDate,
    ClassificationBasis Basis,
    string Summary,
    IReadOnlyList<ReportedSite> Sites,
    IReadOnlyList<ReportedChange> Changes,
    IReadOnlyList<ReportedMeasurement> History,
    IReadOnlyList<string> Notes,
    IReadOnlyList<Citation> Citations);

/// <summary>One site of the latest scan (<c>densitometry.sites[]</c>).</summary>
/// <param name="Site">The site.</param>
/// <param name="Bmd">BMD in g/cm² (0.001), or null.</param>
/// <param name="TScore">The T-score used, or null.</param>
/// <param name="TScoreOrigin">Whether it was reported or computed from the BMD.</param>
/// <param name="ZScore">The Z-score, or null.</param>
public sealed record ReportedSite(SkeletalSite Site, double? Bmd, double? TScore, TScoreOrigin TScoreOrigin, double? ZScore);

/// <summary>A change between two scans of one site (<c>densitometry.changes[]</c>).</summary>
/// <param name="Site">The site.</param>
/// <param name="EarlierDate">The earlier scan's date, or null.</param>
/// <param name="LaterDate">The later scan's date, or null.</param>
/// <param name="EarlierBmd">The earlier BMD (g/cm²).</param>
/// <param name="LaterBmd">The later BMD (g/cm²).</param>
/// <param name="LeastSignificantChange">The least significant change (g/cm²).</param>
/// <param name="SignificantLoss">True when the BMD fell by more than the least significant change.</param>
/// <param name="Summary">The change in one sentence.</param>
public sealed record ReportedChange(
    SkeletalSite Site,
    DateOnly? EarlierDate,
    DateOnly? LaterDate,
    double EarlierBmd,
    double LaterBmd,
    double LeastSignificantChange,
    bool SignificantLoss,
    string Summary);

/// <summary>One measurement given (<c>densitometry.history[]</c>).</summary>
/// <param name="Date">The scan date, or null.</param>
/// <param name="Site">The site.</param>
/// <param name="Manufacturer">The scanner's manufacturer.</param>
/// <param name="Bmd">BMD in g/cm², or null.</param>
/// <param name="TScore">The T-score printed on the report, or null.</param>
public sealed record ReportedMeasurement(DateOnly? Date, SkeletalSite Site, DxaManufacturer Manufacturer, double? Bmd, double? TScore);
