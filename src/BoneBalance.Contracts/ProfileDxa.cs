using BoneBalance.Core.Densitometry;
using BoneBalance.Core.Measures;
using BoneBalance.Core.Validation;

namespace BoneBalance.Data.Contracts;

/// <summary>
/// The <c>dxa</c> list of a profile: one element per site per scan — site (the <c>dxa</c> command's tokens), date,
/// BMD, the T- and Z-scores printed on the report, manufacturer and the facility's precision error — checked by
/// <see cref="DxaMeasurement.Create"/>, <see cref="BoneMineralDensity"/> and <see cref="PrecisionError"/>.
/// </summary>
internal static class ProfileDxa
{
    /// <summary>The fields of a <c>dxa[]</c> element.</summary>
    public static IReadOnlyList<string> Fields { get; } = ["date", "site", "bmd", "tScore", "zScore", "manufacturer", "precisionRmsSd"];

    private const string ElementValid = "an object {date, site, bmd, tScore, zScore, manufacturer, precisionRmsSd}";

    /// <summary>Reads the measurements; a site appears at most once per scan date, and no scan is dated after today.</summary>
    public static IReadOnlyList<(DxaMeasurement Measurement, string Path)> Read(JsonObjectReader root, DateOnly today, List<FieldError> errors)
    {
        var list = new List<(DxaMeasurement, string)>();
        var seen = new HashSet<(SkeletalSite, DateOnly?)>();
        foreach (var (element, path) in root.Array("dxa", "an array of " + ElementValid + " objects"))
        {
            if (JsonObjectReader.Open(element, path, Fields, errors, ElementValid) is not { } d)
            {
                continue;
            }

            d.Require("site", SkeletalSiteTokens.Table.ValidValues);
            var site = d.Token("site", SkeletalSiteTokens.Table);
            var date = d.Date("date");
            if (date is { } on && on > today)
            {
                errors.Add(new(d.Field("date"), on.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), $"on or before {today:yyyy-MM-dd} (the date of the assessment)"));
                d.Fail("date");
            }

            var bmdValue = d.Number("bmd", static () => $"{BoneMineralDensity.Minimum} to {BoneMineralDensity.Maximum} g/cm²");
            var bmd = bmdValue is { } b
                ? ProfileDocument.Collect(errors, () => (BoneMineralDensity?)BoneMineralDensity.FromGramsPerSquareCentimetre(b, d.Field("bmd")), f => f)
                : null;
            if (bmdValue is not null && bmd is null)
            {
                d.Fail("bmd");
            }

            const string Score = "-8 to 8 (as printed on the DXA report)";
            var t = d.Number("tScore", Score);
            var z = d.Number("zScore", Score);
            var manufacturer = d.Token("manufacturer", DxaManufacturerTokens.Table) ?? DxaManufacturer.Unknown;
            var precision = d.Number("precisionRmsSd", static () => $"greater than 0 and at most {PrecisionError.Maximum} g/cm² (RMS-SD from the facility's precision study)") is { } rms
                ? ProfileDocument.Collect(errors, () => (PrecisionError?)PrecisionError.FromRmsSd(rms, d.Field("precisionRmsSd")), f => f)
                : null;

            // DxaMeasurement names its errors by site (spine_t, femoral_neck_bmd); here they are this element's fields.
            // A refused BMD or score stands in as "given" so the "nothing given for this site" check does not fire too.
            var measurement = ProfileDocument.Collect(
                errors,
                () => DxaMeasurement.Create(
                    site ?? SkeletalSite.LumbarSpine,
                    bmd ?? (d.Failed("bmd") ? BoneMineralDensity.FromGramsPerSquareCentimetre(1) : null),
                    d.Failed("tScore") ? 0 : t,
                    d.Failed("zScore") ? 0 : z,
                    manufacturer,
                    date,
                    precision),
                f => f.EndsWith("_t", StringComparison.Ordinal) ? d.Field("tScore")
                    : f.EndsWith("_z", StringComparison.Ordinal) ? d.Field("zScore")
                    : f.EndsWith("_bmd", StringComparison.Ordinal) ? d.Field("bmd")
                    : d.Field(f));
            if (measurement is null || site is not { } s || d.Failed("date") || d.Failed("bmd") || d.Failed("tScore") || d.Failed("zScore")
                || d.Failed("manufacturer") || d.Failed("precisionRmsSd") || (d.Has("precisionRmsSd") && precision is null))
            {
                continue;
            }

            if (!seen.Add((s, date)))
            {
                errors.Add(new(d.Field("site"), SkeletalSiteTokens.Table.ToToken(s),
                    "each site once per scan date" + (date is null ? " (undated measurements count as one scan)" : string.Empty), FieldError.Repeated));
                continue;
            }

            list.Add((measurement, path));
        }

        return list;
    }

    /// <summary>
    /// Checks that each scan can be interpreted for this person (<see cref="DensitometryInterpretation.Interpret"/>
    /// refuses, for one, a hip BMD whose computed T-score would lie outside −8 to +8), so such a value is refused here
    /// with its JSON path rather than later by the assessment.
    /// </summary>
    /// <summary>
    /// No DXA scan is older than 1985: the first commercial scanner, Hologic's QDR-1000, was built in 1986 and sold from
    /// 1987 [S: the DXA history in grokipedia.com "Dual-energy X-ray absorptiometry"; arcenter.net, "a QDR 1000 built by
    /// Hologic in 1986", both read 2026-12-07], so an earlier date (with a year of margin) is a typing error.
    /// </summary>
    public static readonly DateOnly EarliestScan = new(1985, 1, 1);

    /// <summary>Refuses scan dates before the person's birth or before DXA existed (<see cref="EarliestScan"/>).</summary>
    public static void NotBeforeBirth(DateOnly bornOnOrAfter, IReadOnlyList<(DxaMeasurement Measurement, string Path)> dxa, List<FieldError> errors)
    {
        var earliest = bornOnOrAfter > EarliestScan ? bornOnOrAfter : EarliestScan;
        foreach (var (measurement, path) in dxa)
        {
            if (measurement.Date is { } on && on < earliest)
            {
                errors.Add(new($"{path}.date", on.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                    $"from {earliest:yyyy-MM-dd} (" + (earliest == EarliestScan ? "DXA came into use in 1986–1987" : "the person's birth") + ") to the date of the assessment",
                    on < bornOnOrAfter ? "is before the person was born" : "is before DXA existed"));
            }
        }
    }

    public static void Interpretable(Core.People.PersonProfile person, IReadOnlyList<(DxaMeasurement Measurement, string Path)> dxa, List<FieldError> errors)
    {
        foreach (var scan in dxa.GroupBy(x => x.Measurement.Date))
        {
            ProfileDocument.Collect(
                errors,
                () => DensitometryInterpretation.Interpret(person, [.. scan.Select(x => x.Measurement)]),
                field =>
                {
                    var at = scan.FirstOrDefault(x => field.StartsWith(SkeletalSiteTokens.Table.ToToken(x.Measurement.Site) + "_", StringComparison.Ordinal));
                    var path = at.Path ?? "dxa";
                    return field.EndsWith("_bmd", StringComparison.Ordinal) ? path + ".bmd"
                        : field.EndsWith("_t", StringComparison.Ordinal) ? path + ".tScore"
                        : field.EndsWith("_z", StringComparison.Ordinal) ? path + ".zScore"
                        : path + "." + field;
                });
        }
    }
}
