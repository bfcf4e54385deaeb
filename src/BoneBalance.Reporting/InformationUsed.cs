using System.Globalization;
using BoneBalance.Core.Guidance;
using BoneBalance.Core.People;
using BoneBalance.Reporting.Charts;

namespace BoneBalance.Reporting;

/// <summary>One line of "Information used": what it is about ("Conditions") and what was given.</summary>
/// <param name="Label">The heading of the line.</param>
/// <param name="Text">What was given, or "none given".</param>
public sealed record InformationLine(string Label, string Text);

/// <summary>
/// What an assessment was made from, line by line, for the clinician report (PDF) and the web report alike: medicines
/// (current, then stopped, with dose and duration as given), conditions, the supplements taken every day, the laboratory
/// values, how many DXA measurements and diary days were given; and the person's name and date of birth (or age) and
/// the time a report was made, in the person's time zone. The PDF keeps the medicine and condition codes; the web page,
/// for the person, leaves them out.
/// </summary>
public static class InformationUsed
{
    /// <summary>The lines for <paramref name="input"/>; with <paramref name="withCodes"/>, RxNorm, ATC, SNOMED CT and
    /// ICD-10 codes follow the names, and the DXA and laboratory lines have their clinical labels.</summary>
    public static IReadOnlyList<InformationLine> Lines(AssessmentInput input, bool withCodes)
    {
        ArgumentNullException.ThrowIfNull(input);
        var lines = new List<InformationLine>();
        var current = input.Medications.Where(m => m.Status == MedicationStatus.Current).ToList();
        var stopped = input.Medications.Where(m => m.Status == MedicationStatus.Stopped).ToList();
        lines.Add(new("Medicines taken now", current.Count == 0 ? "none given" : string.Join("; ", current.Select(m => Medicine(m, withCodes)))));
        if (stopped.Count > 0)
        {
            lines.Add(new("Medicines stopped", string.Join("; ", stopped.Select(m => Medicine(m, withCodes)))));
        }

        lines.Add(new("Conditions", input.Conditions.Count == 0 ? "none given" : string.Join("; ", input.Conditions.Select(c => Condition(c, withCodes)))));
        lines.Add(new("Supplements taken every day", input.Supplements.Count == 0
            ? "none given"
            : string.Join("; ", input.Supplements.Select(s => $"{SupplementWords.Form(s.Form)} {SupplementWords.Dose(s.Dose, s.Unit)}"))));
        lines.Add(new(withCodes ? "Laboratory values" : "Blood test results", Labs(input.Labs)));
        var scans = input.Dxa.Select(d => d.Date).Distinct().ToList();
        lines.Add(new(withCodes ? "DXA" : "Bone density (DXA) scans", input.Dxa.Count == 0
            ? "none given"
            : $"{input.Dxa.Count} site measurement{(input.Dxa.Count == 1 ? string.Empty : "s")} from {scans.Count} scan{(scans.Count == 1 ? string.Empty : "s")}"
                + (scans.OfType<DateOnly>().Any() ? $", latest {scans.OfType<DateOnly>().Max().ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}" : string.Empty)));
        var diaryDays = input.Diary.Select(e => e.Date).Concat(input.DiarySupplements.Select(s => s.Date)).Distinct().Count();
        lines.Add(new("Food diary", diaryDays == 0 ? "none" : $"{diaryDays} logged day{(diaryDays == 1 ? string.Empty : "s")}"));
        return lines;
    }

    /// <summary>
    /// The person as the report names them: the name when given, and the date of birth when given (with the age), else the
    /// age; empty when neither a name nor a birth date was given (the age is then in the report's description of the person).
    /// </summary>
    public static IReadOnlyList<InformationLine> Person(AssessmentInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (input.PersonName is null && input.BirthDate is null)
        {
            return [];
        }

        var lines = new List<InformationLine>();
        if (input.PersonName is { } name)
        {
            lines.Add(new("Name", name));
        }

        lines.Add(input.BirthDate is { } born
            ? new("Date of birth", $"{born.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)} ({input.Person.AgeYears} years)")
            : new("Age", $"{input.Person.AgeYears} years"));
        return lines;
    }

    /// <summary>A time in the person's <paramref name="zone"/> when known, with its name and UTC offset
    /// (<c>2026-12-07 17:05 Europe/Paris (UTC+01:00)</c>), else, or when the zone is UTC itself, in UTC
    /// (<c>2026-12-07 16:05 UTC</c>).</summary>
    public static string Time(DateTimeOffset at, TimeZoneInfo? zone)
    {
        if (zone is null || zone.Id == TimeZoneInfo.Utc.Id)
        {
            return at.UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture);
        }

        var local = TimeZoneInfo.ConvertTime(at, zone);
        var offset = local.Offset;
        var sign = offset < TimeSpan.Zero ? "−" : "+";
        return local.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) + $" {zone.Id} (UTC{sign}{offset.Duration():hh\\:mm})";
    }

    private static string Medicine(Medication m, bool withCodes)
    {
        var parts = new List<string>();
        if (withCodes && m.RxNormCode is { } rxnorm)
        {
            parts.Add($"RxNorm {rxnorm}");
        }

        if (withCodes && m.AtcCode is { } atc)
        {
            parts.Add($"ATC {atc}");
        }

        if (m.DosePerDay is { } dose && m.DoseUnit is { } unit)
        {
            parts.Add($"{Plain(dose)} {MedicationDoseUnitTokens.Table.ToToken(unit).Replace("ug", "µg", StringComparison.Ordinal)} a day");
        }

        if (m.DurationMonths is { } months)
        {
            parts.Add($"for {Plain(months)} months");
        }

        if (m.StoppedMonthsAgo is { } ago)
        {
            parts.Add($"last dose {Plain(ago)} months ago");
        }

        return parts.Count == 0 ? m.Name : $"{m.Name} ({string.Join(", ", parts)})";
    }

    private static string Plain(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);

    private static string Condition(Condition c, bool withCodes)
    {
        var codes = withCodes
            ? new[] { c.SnomedCode is { } s ? $"SNOMED CT {s}" : null, c.Icd10Code is { } i ? $"ICD-10 {i}" : null }.OfType<string>().ToList()
            : [];
        return codes.Count == 0 ? c.Name : $"{c.Name} ({string.Join(", ", codes)})";
    }

    private static string Labs(Core.Safety.LabResults labs)
    {
        var values = new List<string>();
        if (labs.VitaminD25OhNgPerMl is { } d)
        {
            values.Add($"25-OH vitamin D {ChartFormat.Number(d, 1)} ng/mL ({ChartFormat.Number(d * 2.496, 0)} nmol/L)");
        }

        if (labs.CalciumMgPerDl is { } ca)
        {
            values.Add($"total serum calcium {ChartFormat.Number(ca, 2)} mg/dL");
        }

        if (labs.Inr is { } inr)
        {
            values.Add($"INR {ChartFormat.Number(inr, 2)}");
        }

        if (labs.Egfr is { } egfr)
        {
            values.Add($"eGFR {ChartFormat.Number(egfr, 0)} mL/min/1.73 m²");
        }

        return values.Count == 0 ? "none given" : string.Join("; ", values);
    }
}
