using System.CommandLine;
using System.Globalization;
using BoneBalance.Core.Densitometry;
using BoneBalance.Core.FractureRisk;
using BoneBalance.Core.Measures;
using BoneBalance.Core.Validation;

namespace BoneBalance.Cli.Commands;

/// <summary>
/// The options of <c>dxa</c> that describe the examination (sites, manufacturer, fractures, FRAX, glucocorticoids,
/// comparison with an earlier scan), and their translation into checked Core inputs.
/// </summary>
internal sealed class DxaOptions
{
    private readonly SiteOptions[] _sites =
    [
        SiteOptions.For(SkeletalSite.FemoralNeck, "femoral neck"),
        SiteOptions.For(SkeletalSite.TotalHip, "total hip"),
        SiteOptions.For(SkeletalSite.LumbarSpine, "lumbar spine (L1-L4)"),
        SiteOptions.For(SkeletalSite.OneThirdRadius, "one-third (33 %) radius"),
    ];

    public Option<string?> Manufacturer { get; } = new("--manufacturer")
    {
        Description = "scanner manufacturer: " + DxaManufacturerTokens.Table.ValidValues + " (default unknown; hip T-scores are computed only for hologic or unknown BMD)",
    };

    public Option<bool> FragilityFracture { get; } = new("--fragility-fracture") { Description = "any prior fragility fracture (turns osteoporosis into severe osteoporosis)" };

    public Option<bool> HipOrVertebralFracture { get; } = new("--hip-or-vertebral-fracture") { Description = "a prior hip or vertebral (clinical or morphometric) fracture" };

    public Option<double?> FraxMof { get; } = ProfileOptions.Number("--frax-mof",
        "FRAX 10-year probability of a major osteoporotic fracture, % — from the official FRAX calculator; a FRAX probability, not a QFracture risk");

    public Option<double?> FraxHip { get; } = ProfileOptions.Number("--frax-hip",
        "FRAX 10-year probability of a hip fracture, % — from the official FRAX calculator; a FRAX probability, not a QFracture risk");

    public Option<bool> FraxGlucocorticoidAdjusted { get; } = new("--frax-glucocorticoid-adjusted")
    {
        Description = "the FRAX result was run with glucocorticoids = yes and adjusted for dose (needed by the ACR 2022 rule)",
    };

    public Option<double?> GlucocorticoidDose { get; } = ProfileOptions.Number("--glucocorticoid-mg-per-day", "current oral glucocorticoid dose, mg/day prednisolone-equivalent");

    public Option<double?> GlucocorticoidMonths { get; } = ProfileOptions.Number("--glucocorticoid-months", "months of glucocorticoid use so far or planned");

    public Option<string?> CompareSite { get; } = new("--compare-site")
    {
        Description = "compare with an earlier scan at this site: spine|total_hip|femoral_neck|radius (the current BMD is this exam's --SITE-bmd)",
    };

    public Option<double?> PreviousBmd { get; } = ProfileOptions.Number("--previous-bmd", "BMD of the earlier scan at --compare-site, g/cm² (same scanner)");

    public Option<string?> PreviousDate { get; } = new("--previous-date") { Description = "date of the earlier scan YYYY-MM-DD" };

    public Option<string?> ScanDate { get; } = new("--scan-date") { Description = "date of this scan YYYY-MM-DD" };

    public Option<double?> PrecisionRmsSd { get; } = ProfileOptions.Number("--precision-rms-sd",
        "the facility's precision error at --compare-site, RMS-SD in g/cm² (from its own precision study); LSC = 2.77 × this");

    public void AddTo(Command command)
    {
        foreach (var site in _sites)
        {
            command.Options.Add(site.Bmd);
            command.Options.Add(site.T);
            command.Options.Add(site.Z);
        }

        command.Options.Add(Manufacturer);
        command.Options.Add(FragilityFracture);
        command.Options.Add(HipOrVertebralFracture);
        command.Options.Add(FraxMof);
        command.Options.Add(FraxHip);
        command.Options.Add(FraxGlucocorticoidAdjusted);
        command.Options.Add(GlucocorticoidDose);
        command.Options.Add(GlucocorticoidMonths);
        command.Options.Add(CompareSite);
        command.Options.Add(PreviousBmd);
        command.Options.Add(PreviousDate);
        command.Options.Add(ScanDate);
        command.Options.Add(PrecisionRmsSd);
    }

    /// <summary>Reads and checks the examination; problems are added to <paramref name="errors"/> (null parts then).</summary>
    public DxaExam Read(ParseResult parsed, List<FieldError> errors)
    {
        var manufacturer = parsed.GetValue(Manufacturer) is { } m
            ? ProfileOptions.Collect(errors, () => DxaManufacturerTokens.Table.Parse("manufacturer", m))
            : DxaManufacturer.Unknown;

        var measurements = new List<DxaMeasurement>();
        var anySite = false;
        foreach (var site in _sites)
        {
            var bmdValue = parsed.GetValue(site.Bmd);
            var t = parsed.GetValue(site.T);
            var z = parsed.GetValue(site.Z);
            if (bmdValue is null && t is null && z is null)
            {
                continue;
            }

            anySite = true;
            var bmd = bmdValue is { } b
                ? ProfileOptions.Collect(errors, () => (BoneMineralDensity?)BoneMineralDensity.FromGramsPerSquareCentimetre(b, SkeletalSiteTokens.Field(site.Site, "bmd")))
                : null;
            if (bmdValue is not null && bmd is null && t is null && z is null)
            {
                continue;
            }

            // A refused BMD is left out here so that the scores are still checked and every problem reported at once.
            var measurement = ProfileOptions.Collect(errors, () => DxaMeasurement.Create(site.Site, bmd, t, z, manufacturer));
            if (measurement is not null)
            {
                measurements.Add(measurement);
            }
        }

        if (!anySite)
        {
            errors.Add(new("site", string.Empty,
                "at least one site: --femoral-neck-bmd, --total-hip-bmd, --spine-bmd or --radius-bmd (g/cm²), or a --SITE-t or --SITE-z score from the DXA report"));
        }

        return new DxaExam(
            measurements,
            manufacturer,
            parsed.GetValue(FragilityFracture),
            parsed.GetValue(HipOrVertebralFracture),
            ReadFrax(parsed, errors),
            ReadGlucocorticoids(parsed, errors),
            ReadComparison(parsed, errors, manufacturer, measurements));
    }

    private FraxResult? ReadFrax(ParseResult parsed, List<FieldError> errors)
    {
        var mof = parsed.GetValue(FraxMof);
        var hip = parsed.GetValue(FraxHip);
        var adjusted = parsed.GetValue(FraxGlucocorticoidAdjusted);
        if (mof is null && hip is null)
        {
            if (adjusted)
            {
                errors.Add(new("frax_mof", string.Empty, "--frax-mof and --frax-hip (FRAX probabilities, %) with --frax-glucocorticoid-adjusted"));
            }

            return null;
        }

        if (mof is null || hip is null)
        {
            errors.Add(new(mof is null ? "frax_mof" : "frax_hip", string.Empty, "give both --frax-mof and --frax-hip, 0 to 100 % (FRAX probabilities)"));
            return null;
        }

        return ProfileOptions.Collect(errors, () => new FraxResult(mof.Value, hip.Value, adjusted));
    }

    private GlucocorticoidExposure? ReadGlucocorticoids(ParseResult parsed, List<FieldError> errors)
    {
        var dose = parsed.GetValue(GlucocorticoidDose);
        var months = parsed.GetValue(GlucocorticoidMonths);
        if (dose is null && months is null)
        {
            return null;
        }

        if (dose is null || months is null)
        {
            errors.Add(dose is null
                ? new("glucocorticoid_mg_per_day", string.Empty, "a dose greater than 0 mg/day prednisolone-equivalent, given with --glucocorticoid-months")
                : new("glucocorticoid_months", string.Empty, "0 to 1200 months, given with --glucocorticoid-mg-per-day"));
            return null;
        }

        return ProfileOptions.Collect(errors, () => GlucocorticoidExposure.Create(dose.Value, months.Value));
    }

    private ComparisonRequest? ReadComparison(ParseResult parsed, List<FieldError> errors, DxaManufacturer manufacturer, List<DxaMeasurement> measurements)
    {
        var siteText = parsed.GetValue(CompareSite);
        var previous = parsed.GetValue(PreviousBmd);
        var previousDateText = parsed.GetValue(PreviousDate);
        var scanDateText = parsed.GetValue(ScanDate);
        var precision = parsed.GetValue(PrecisionRmsSd);
        if (previous is null)
        {
            if (siteText is not null || previousDateText is not null || scanDateText is not null || precision is not null)
            {
                errors.Add(new("previous_bmd", string.Empty, "the earlier scan's BMD in g/cm², given with --compare-site and --precision-rms-sd (the comparison options need it)"));
            }

            return null;
        }

        var before = ProfileOptions.Collect(errors, () => (BoneMineralDensity?)BoneMineralDensity.FromGramsPerSquareCentimetre(previous.Value, "previous_bmd"));
        SkeletalSite? site = null;
        if (siteText is null)
        {
            errors.Add(new("compare_site", string.Empty, SkeletalSiteTokens.Table.ValidValues + " (the site of --previous-bmd)"));
        }
        else
        {
            site = ProfileOptions.Collect(errors, () => (SkeletalSite?)SkeletalSiteTokens.Table.Parse("compare_site", siteText));
            if (site is { } chosen && parsed.GetValue(_sites.Single(o => o.Site == chosen).Bmd) is null)
            {
                errors.Add(new(SkeletalSiteTokens.Field(chosen, "bmd"), string.Empty,
                    "this scan's BMD at --compare-site in g/cm² (the comparison needs both BMDs)"));
            }
        }

        PrecisionError? error = null;
        if (precision is null)
        {
            errors.Add(new("precision_rms_sd", string.Empty, $"the facility's precision error (RMS-SD), greater than 0 and at most {PrecisionError.Maximum.ToString(CultureInfo.InvariantCulture)} g/cm²"));
        }
        else
        {
            error = ProfileOptions.Collect(errors, () => (PrecisionError?)PrecisionError.FromRmsSd(precision.Value));
        }

        var previousDate = Date(errors, "previous_date", previousDateText);
        var scanDate = Date(errors, "scan_date", scanDateText);
        if (previousDate is { } d1 && scanDate is { } d2 && d2 < d1)
        {
            errors.Add(new("scan_date", scanDateText!, $"on or after the previous scan's date {previousDateText}"));
        }

        var current = measurements.FirstOrDefault(m => m.Site == site)?.Bmd;
        return before is { } b && site is { } s && current is { } c && error is { } e
            ? new ComparisonRequest(
                DxaMeasurement.Create(s, b, manufacturer: manufacturer, date: previousDate),
                DxaMeasurement.Create(s, c, manufacturer: manufacturer, date: scanDate),
                e)
            : null;
    }

    private static DateOnly? Date(List<FieldError> errors, string field, string? text)
    {
        if (text is null)
        {
            return null;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        errors.Add(new(field, text, "a date YYYY-MM-DD", FieldError.NotADate));
        return null;
    }

    /// <summary>The three options of one site: <c>--SITE-bmd</c>, <c>--SITE-t</c>, <c>--SITE-z</c>.</summary>
    private sealed record SiteOptions(SkeletalSite Site, Option<double?> Bmd, Option<double?> T, Option<double?> Z)
    {
        public static SiteOptions For(SkeletalSite site, string name)
        {
            var prefix = "--" + SkeletalSiteTokens.Table.ToToken(site).Replace('_', '-');
            return new SiteOptions(
                site,
                ProfileOptions.Number(prefix + "-bmd", $"{name} BMD, g/cm²"),
                ProfileOptions.Number(prefix + "-t", $"{name} T-score printed on the DXA report"),
                ProfileOptions.Number(prefix + "-z", $"{name} Z-score printed on the DXA report"));
        }
    }
}

/// <summary>A comparison with an earlier scan as asked on the command line; the current BMD is the exam's own.</summary>
internal sealed record ComparisonRequest(DxaMeasurement Previous, DxaMeasurement Current, PrecisionError Precision);

/// <summary>The examination as read from the command line, checked.</summary>
internal sealed record DxaExam(
    IReadOnlyList<DxaMeasurement> Measurements,
    DxaManufacturer Manufacturer,
    bool FragilityFracture,
    bool HipOrVertebralFracture,
    FraxResult? Frax,
    GlucocorticoidExposure? Glucocorticoids,
    ComparisonRequest? Comparison);
