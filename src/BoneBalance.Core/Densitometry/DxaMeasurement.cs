using BoneBalance.Core.Measures;
using BoneBalance.Core.Validation;

namespace BoneBalance.Core.Densitometry;

/// <summary>
/// One site of one DXA scan, as the report gives it: a BMD and/or the T-score and/or the Z-score printed on the report,
/// the scanner's manufacturer, the scan date when known, and the facility's precision error for the site when the report
/// gives it (needed to call a change between two scans significant; BoneBalance ships no default precision, see
/// <see cref="PrecisionError"/>). Create it with <see cref="Create"/>, which checks the scores.
/// </summary>
public sealed record DxaMeasurement
{
    /// <summary>
    /// Most negative T- or Z-score accepted. A plausibility guard against typing errors (a BMD typed into a score
    /// field, a lost minus sign is not detectable); it is not a clinical threshold.
    /// </summary>
    public const double MinimumScore = -8.0;

    /// <summary>Most positive T- or Z-score accepted (plausibility guard, as <see cref="MinimumScore"/>).</summary>
    public const double MaximumScore = 8.0;

    private DxaMeasurement(SkeletalSite site, DxaManufacturer manufacturer, BoneMineralDensity? bmd, double? t, double? z, DateOnly? date, PrecisionError? precision)
    {
        Site = site;
        Manufacturer = manufacturer;
        Bmd = bmd;
        ReportedTScore = t;
        ReportedZScore = z;
        Date = date;
        Precision = precision;
    }

    /// <summary>The region of interest.</summary>
    public SkeletalSite Site { get; }

    /// <summary>The scanner's manufacturer.</summary>
    public DxaManufacturer Manufacturer { get; }

    /// <summary>The BMD, when given.</summary>
    public BoneMineralDensity? Bmd { get; }

    /// <summary>The T-score printed on the DXA report, when given.</summary>
    public double? ReportedTScore { get; }

    /// <summary>The Z-score printed on the DXA report, when given.</summary>
    public double? ReportedZScore { get; }

    /// <summary>The scan date, when known; undated measurements count as one scan, older than any dated one.</summary>
    public DateOnly? Date { get; }

    /// <summary>The facility's RMS-SD precision error at this site, when known.</summary>
    public PrecisionError? Precision { get; }

    /// <summary>
    /// Checks and creates a measurement. At least one of BMD, T-score and Z-score is required; scores must be
    /// finite and within <see cref="MinimumScore"/> to <see cref="MaximumScore"/>. Errors name the field as the site
    /// token plus <c>_bmd</c>, <c>_t</c> or <c>_z</c> (e.g. <c>spine_t</c>).
    /// </summary>
    /// <exception cref="InvalidInputException">A score is out of range, or nothing was given for the site.</exception>
    public static DxaMeasurement Create(
        SkeletalSite site,
        BoneMineralDensity? bmd = null,
        double? reportedTScore = null,
        double? reportedZScore = null,
        DxaManufacturer manufacturer = DxaManufacturer.Unknown,
        DateOnly? date = null,
        PrecisionError? precision = null)
    {
        if (!Enum.IsDefined(site))
        {
            throw new InvalidInputException("site", site.ToString(), SkeletalSiteTokens.Table.ValidValues, FieldError.NotAValidValue);
        }

        if (!Enum.IsDefined(manufacturer))
        {
            throw new InvalidInputException("manufacturer", manufacturer.ToString(), DxaManufacturerTokens.Table.ValidValues, FieldError.NotAValidValue);
        }

        var errors = new List<FieldError>();
        CheckScore(errors, SkeletalSiteTokens.Field(site, "t"), reportedTScore);
        CheckScore(errors, SkeletalSiteTokens.Field(site, "z"), reportedZScore);
        if (bmd is null && reportedTScore is null && reportedZScore is null)
        {
            errors.Add(new(SkeletalSiteTokens.Field(site, "bmd"), string.Empty, "a BMD in g/cm², a T-score or a Z-score for this site"));
        }

        if (errors.Count > 0)
        {
            throw new InvalidInputException(errors);
        }

        return new DxaMeasurement(site, manufacturer, bmd, reportedTScore, reportedZScore, date, precision);
    }

    private static void CheckScore(List<FieldError> errors, string field, double? score)
    {
        if (score is { } s && !Check.InRange(s, MinimumScore, MaximumScore))
        {
            errors.Add(new(field, Check.Show(s), Check.Range(MinimumScore, MaximumScore), Check.Problem(s)));
        }
    }
}
