using System.Globalization;

namespace BoneBalance.Reporting.Charts;

/// <summary>How numbers read in charts, tables and the report: invariant culture, so "3.5" never becomes "3,5".</summary>
internal static class ChartFormat
{
    /// <summary>A percentage as QFracture and FRAX are read: one decimal.</summary>
    internal static string Percent(double value) => value.ToString("0.0", CultureInfo.InvariantCulture);

    /// <summary>A number with at most <paramref name="decimals"/> decimals, trailing zeros dropped.</summary>
    internal static string Number(double value, int decimals) =>
        Math.Round(value, decimals, MidpointRounding.AwayFromZero).ToString("0." + new string('#', decimals), CultureInfo.InvariantCulture);

    /// <summary>A BMD in g/cm², three decimals as DXA reports print it.</summary>
    internal static string Bmd(double gramsPerSquareCentimetre) => gramsPerSquareCentimetre.ToString("0.000", CultureInfo.InvariantCulture);

    /// <summary>A T-score, one or two decimals.</summary>
    internal static string Score(double score) => score.ToString("0.0#", CultureInfo.InvariantCulture);

    /// <summary>A date, ISO 8601.</summary>
    internal static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>A drawing coordinate: two decimals at most, so output is short and deterministic.</summary>
    internal static string Coordinate(double value) => Number(value, 2);
}
