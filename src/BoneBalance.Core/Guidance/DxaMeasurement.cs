using BoneBalance.Core.Densitometry;

namespace BoneBalance.Core.Guidance;

/// <summary>
/// One site of one DXA scan: the measurement (BMD and/or reported T/Z-scores, manufacturer), the scan date when known,
/// and the facility's precision error for the site when the report gives it (needed to call a change between two scans
/// significant; BoneBalance ships no default precision, see <see cref="PrecisionError"/>).
/// </summary>
/// <param name="Measurement">The validated site measurement.</param>
/// <param name="Date">The scan date, when known; undated measurements count as one scan, older than any dated one.</param>
/// <param name="Precision">The facility's RMS-SD precision error at this site, when known.</param>
public sealed record DxaMeasurement(SiteMeasurement Measurement, DateOnly? Date = null, PrecisionError? Precision = null);
