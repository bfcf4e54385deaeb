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

        // By date (undated first), site, then the order given: the index makes the order total, so an array sort gives
        // what the stable LINQ sort gave, without its key arrays and iterators.
        var ordered = new (DxaMeasurement Measurement, int Index)[dxa.Count];
        for (var i = 0; i < ordered.Length; i++)
        {
            ordered[i] = (dxa[i], i);
        }

        Array.Sort(ordered, static (a, b) =>
        {
            var byDate = (a.Measurement.Date ?? DateOnly.MinValue).CompareTo(b.Measurement.Date ?? DateOnly.MinValue);
            if (byDate != 0)
            {
                return byDate;
            }

            var bySite = ((int)a.Measurement.Site).CompareTo((int)b.Measurement.Site);
            return bySite != 0 ? bySite : a.Index.CompareTo(b.Index);
        });
        var history = new List<DxaMeasurement>(ordered.Length);
        foreach (var (measurement, _) in ordered)
        {
            history.Add(measurement);
        }

        var latestDate = history[^1].Date;
        var latest = new List<DxaMeasurement>();
        foreach (var m in history)
        {
            if (m.Date == latestDate)
            {
                latest.Add(m);
            }
        }

        var result = DensitometryInterpretation.Interpret(person, latest, hasFragilityFracture);
        return new DensitometryAssessment(latestDate, result, Changes(history), history);
    }

    // Consecutive scans of one site, both with a BMD and on the same manufacturer's scanner (BMD from different makers is
    // not comparable), compared with the later scan's precision error, or the earlier one's when only it was given.
    private static List<ScanComparison> Changes(List<DxaMeasurement> history)
    {
        var changes = new List<ScanComparison>();
        foreach (var site in history.GroupBy(m => m.Site).OrderBy(g => g.Key))
        {
            var scans = site.ToList();
            for (var i = 1; i < scans.Count; i++)
            {
                var (earlier, later) = (scans[i - 1], scans[i]);
                if (earlier.Bmd is null || later.Bmd is null
                    || earlier.Manufacturer != later.Manufacturer
                    || (later.Precision ?? earlier.Precision) is not { } precision)
                {
                    continue;
                }

                changes.Add(LeastSignificantChange.Compare(earlier, later, precision));
            }
        }

        return [.. changes.OrderBy(c => c.Later.Date ?? DateOnly.MinValue).ThenBy(c => c.Later.Site)];
    }
}
