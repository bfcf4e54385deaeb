using BoneBalance.Core.Densitometry;

namespace BoneBalance.Core.Guidance;

/// <summary>The densitometry part of an assessment: the latest scan interpreted and changes since earlier scans.</summary>
/// <param name="ScanDate">Date of the interpreted (latest) scan, when known.</param>
/// <param name="Latest">WHO category / Z-score interpretation of the latest scan.</param>
/// <param name="Changes">Per site with two or more BMD values and a precision error: the change between consecutive scans
/// against the least significant change, oldest first.</param>
/// <param name="History">Every measurement given, oldest first, for trend charts.</param>
public sealed record DensitometryAssessment(
    DateOnly? ScanDate,
    DensitometryResult Latest,
    IReadOnlyList<ScanComparison> Changes,
    IReadOnlyList<DxaMeasurement> History);
