using BoneBalance.Core.Densitometry;
using BoneBalance.Core.People;

namespace BoneBalance.Core.Guidance;

/// <summary>
/// The densitometry part of an assessment: the latest scan interpreted, consecutive scans of each site compared against
/// the least significant change, and every measurement in date order.
/// </summary>
internal static class DensitometryAssessor
{
    /// <summary>The assessment, or null when no DXA measurement was given. Undated measurements count as one scan older than
    /// any dated one; the latest scan date is interpreted.</summary>
    public static DensitometryAssessment? Assess(PersonProfile person, IReadOnlyList<DxaMeasurement> dxa, bool hasFragilityFracture)
    {
        if (dxa.Count == 0)
        {
            return null;
        }

        var history = dxa
            .Select((m, index) => (m, index))
            .OrderBy(x => x.m.Date ?? DateOnly.MinValue)
            .ThenBy(x => x.m.Measurement.Site)
            .ThenBy(x => x.index)
            .Select(x => x.m)
            .ToList();
        var latestDate = history[^1].Date;
        var latest = history.Where(m => m.Date == latestDate).Select(m => m.Measurement).ToList();
        var result = DensitometryInterpretation.Interpret(person, latest, hasFragilityFracture);
        return new DensitometryAssessment(latestDate, result, Changes(history), history);
    }

    // Consecutive scans of one site, both with a BMD and on the same manufacturer's scanner (BMD from different makers is
    // not comparable), compared with the later scan's precision error, or the earlier one's when only it was given.
    private static List<ScanComparison> Changes(List<DxaMeasurement> history)
    {
        var changes = new List<ScanComparison>();
        foreach (var site in history.GroupBy(m => m.Measurement.Site).OrderBy(g => g.Key))
        {
            var scans = site.ToList();
            for (var i = 1; i < scans.Count; i++)
            {
                var (earlier, later) = (scans[i - 1], scans[i]);
                if (earlier.Measurement.Bmd is not { } before || later.Measurement.Bmd is not { } after
                    || earlier.Measurement.Manufacturer != later.Measurement.Manufacturer
                    || (later.Precision ?? earlier.Precision) is not { } precision)
                {
                    continue;
                }

                changes.Add(LeastSignificantChange.Compare(
                    new DxaScan(site.Key, earlier.Measurement.Manufacturer, before, earlier.Date),
                    new DxaScan(site.Key, later.Measurement.Manufacturer, after, later.Date),
                    precision));
            }
        }

        return [.. changes.OrderBy(c => c.Later.Date ?? DateOnly.MinValue).ThenBy(c => c.Later.Site)];
    }
}
