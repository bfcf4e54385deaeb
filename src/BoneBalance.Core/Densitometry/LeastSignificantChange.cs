using System.Globalization;
using BoneBalance.Core.Validation;

namespace BoneBalance.Core.Densitometry;

/// <summary>
/// Least significant change (LSC) between two DXA scans: LSC (95 %) = 2.77 × precision error (RMS-SD), where
/// 2.77 = 1.96 × √2; a change is significant only when it equals or exceeds the LSC (ISCD precision calculator
/// glossary/FAQ, iscd.org [P]). Scans are comparable only at the same site on the same manufacturer's scanner;
/// ISCD also asks for a new LSC with a new scanner or after moving one.
/// </summary>
public static class LeastSignificantChange
{
    /// <summary>The ISCD multiplier, 1.96 × √2 rounded as ISCD publishes it (2.77).</summary>
    public const double Multiplier = 2.77;

    /// <summary>
    /// Tolerance (g/cm²) for the "equals" in |Δ| ≥ LSC: BMDs are reported to 0.001 g/cm², and binary rounding of
    /// a difference such as 1.000 − 0.9723 must not turn an exact equality into "not significant".
    /// </summary>
    internal const double RoundingTolerance = 1e-9;

    /// <summary>LSC in g/cm² for a precision error.</summary>
    public static double Of(PrecisionError precision) => Multiplier * precision.RmsSdGramsPerSquareCentimetre;

    /// <summary>
    /// Compares the BMD of two scans of the same site on the same manufacturer's scanner, with the given precision error
    /// (the measurements' own <see cref="DxaMeasurement.Precision"/> is not read: the caller chooses).
    /// </summary>
    /// <exception cref="InvalidInputException">A scan has no BMD (field <c>earlier_bmd</c> or <c>later_bmd</c>), the
    /// sites differ (<c>later_site</c>), the manufacturers differ (<c>later_manufacturer</c>: BMD from different
    /// manufacturers is not comparable), or the later scan is dated before the earlier one (<c>later_date</c>).</exception>
    public static ScanComparison Compare(DxaMeasurement earlier, DxaMeasurement later, PrecisionError precision)
    {
        ArgumentNullException.ThrowIfNull(earlier);
        ArgumentNullException.ThrowIfNull(later);

        var errors = new List<FieldError>();
        if (earlier.Bmd is null)
        {
            errors.Add(new("earlier_bmd", string.Empty, "a BMD in g/cm² (a change between scans is a change in BMD)"));
        }

        if (later.Bmd is null)
        {
            errors.Add(new("later_bmd", string.Empty, "a BMD in g/cm² (a change between scans is a change in BMD)"));
        }

        if (later.Site != earlier.Site)
        {
            errors.Add(new("later_site", SkeletalSiteTokens.Table.ToToken(later.Site),
                $"{SkeletalSiteTokens.Table.ToToken(earlier.Site)} (the earlier scan's site)", FieldError.ConflictsWith("the earlier scan's site")));
        }

        if (later.Manufacturer != earlier.Manufacturer)
        {
            errors.Add(new("later_manufacturer", DxaManufacturerTokens.Table.ToToken(later.Manufacturer),
                $"{DxaManufacturerTokens.Table.ToToken(earlier.Manufacturer)} (the earlier scan's manufacturer; BMD from different manufacturers is not comparable)",
                FieldError.ConflictsWith("the earlier scan's manufacturer")));
        }

        if (earlier.Date is { } d1 && later.Date is { } d2 && d2 < d1)
        {
            errors.Add(new("later_date", d2.ToString("yyyy-MM-dd"), $"on or after {d1:yyyy-MM-dd} (the earlier scan's date)"));
        }

        if (errors.Count > 0)
        {
            throw new InvalidInputException(errors);
        }

        var before = earlier.Bmd!.Value.GramsPerSquareCentimetre;
        var change = later.Bmd!.Value.GramsPerSquareCentimetre - before;
        var percent = 100.0 * change / before;
        var lsc = Of(precision);
        var significant = Math.Abs(change) >= lsc - RoundingTolerance;
        var direction = change switch
        {
            < 0 => ChangeDirection.Decrease,
            > 0 => ChangeDirection.Increase,
            _ => ChangeDirection.NoChange,
        };

        var notes = new List<string>();
        if (earlier.Manufacturer == DxaManufacturer.Unknown)
        {
            notes.Add("Manufacturer not stated for either scan; the comparison assumes both were made on the same scanner.");
        }

        notes.Add("The LSC is valid only for the scanner and facility whose precision study produced it (ISCD).");

        var inv = CultureInfo.InvariantCulture;
        var when = earlier.Date is { } a && later.Date is { } b ? $" between {a:yyyy-MM-dd} and {b:yyyy-MM-dd}" : string.Empty;
        var verdict = significant
            ? (direction == ChangeDirection.Decrease ? "a significant decrease" : "a significant increase")
            : "not a significant change";
        var summary = string.Format(
            inv,
            "{0}: BMD changed by {1:+0.000#;-0.000#;0.000} g/cm² ({2:+0.0;-0.0;0.0} %){3}; LSC {4:0.000#} g/cm² — {5}.",
            DensitometryInterpretation.SiteName(earlier.Site),
            change,
            percent,
            when,
            lsc,
            verdict);

        return new ScanComparison(earlier, later, change, percent, lsc, precision, direction, significant, summary, notes);
    }
}
