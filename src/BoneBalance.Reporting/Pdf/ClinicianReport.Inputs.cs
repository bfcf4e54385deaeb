using System.Globalization;
using BoneBalance.Core.Guidance;
using BoneBalance.Core.People;
using BoneBalance.Reporting.Charts;

namespace BoneBalance.Reporting.Pdf;

public static partial class ClinicianReport
{
    /// <summary>
    /// What the assessment was made from, for the clinician to check and act on: medicines (current, then stopped, with
    /// dose and duration as given), conditions, the supplements taken every day, the laboratory values and how many DXA
    /// measurements and diary days were given. Only when the caller passes the input (<see cref="ReportOptions.Input"/>).
    /// </summary>
    private static void Inputs(PageFlow flow, AssessmentInput input)
    {
        flow.Heading("Information used");
        flow.BeginList();
        var current = input.Medications.Where(m => m.Status == MedicationStatus.Current).ToList();
        var stopped = input.Medications.Where(m => m.Status == MedicationStatus.Stopped).ToList();
        flow.Item("Medicines taken now: " + (current.Count == 0 ? "none given" : string.Join("; ", current.Select(Medicine))) + ".");
        if (stopped.Count > 0)
        {
            flow.Item("Medicines stopped: " + string.Join("; ", stopped.Select(Medicine)) + ".");
        }

        flow.Item("Conditions: " + (input.Conditions.Count == 0 ? "none given" : string.Join("; ", input.Conditions.Select(Condition))) + ".");
        flow.Item("Supplements taken every day: " + (input.Supplements.Count == 0
            ? "none given"
            : string.Join("; ", input.Supplements.Select(s => $"{SupplementWords.Form(s.Form)} {SupplementWords.Dose(s.Dose, s.Unit)}"))) + ".");
        flow.Item("Laboratory values: " + Labs(input.Labs) + ".");
        var scans = input.Dxa.Select(d => d.Date).Distinct().ToList();
        flow.Item(input.Dxa.Count == 0
            ? "DXA: none given."
            : $"DXA: {input.Dxa.Count} site measurement{(input.Dxa.Count == 1 ? string.Empty : "s")} from {scans.Count} scan{(scans.Count == 1 ? string.Empty : "s")}"
                + (scans.OfType<DateOnly>().Any() ? $", latest {scans.OfType<DateOnly>().Max():yyyy-MM-dd}" : string.Empty) + ".");
        var diaryDays = input.Diary.Select(e => e.Date).Concat(input.DiarySupplements.Select(s => s.Date)).Distinct().Count();
        flow.Item(diaryDays == 0 ? "Food diary: none." : $"Food diary: {diaryDays} logged day{(diaryDays == 1 ? string.Empty : "s")}.");
        flow.EndList();
    }

    private static string Medicine(Medication m)
    {
        var parts = new List<string> { m.Name };
        if (m.RxNormCode is { } rxnorm)
        {
            parts.Add($"RxNorm {rxnorm}");
        }

        if (m.AtcCode is { } atc)
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

        return parts.Count == 1 ? m.Name : $"{m.Name} ({string.Join(", ", parts.Skip(1))})";
    }

    private static string Plain(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);

    private static string Condition(Condition c)
    {
        var codes = new[] { c.SnomedCode is { } s ? $"SNOMED CT {s}" : null, c.Icd10Code is { } i ? $"ICD-10 {i}" : null }.OfType<string>().ToList();
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

    /// <summary>The generation time in the person's time zone when known (with its UTC offset), else in UTC.</summary>
    private static string Generated(ReportOptions options)
    {
        if (options.TimeZone is not { } zone)
        {
            return options.GeneratedAt.UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture);
        }

        var local = TimeZoneInfo.ConvertTime(options.GeneratedAt, zone);
        var offset = local.Offset;
        var sign = offset < TimeSpan.Zero ? "−" : "+";
        return local.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) + $" {zone.Id} (UTC{sign}{offset.Duration():hh\\:mm})";
    }
}
