using System.Text.RegularExpressions;
using BoneBalance.Core.Validation;

namespace BoneBalance.Core.People;

/// <summary>
/// A medication as the person or their record names it: the name as given (generic or brand, e.g.
/// <c>Coumadin</c> or <c>Warfarin Sodium 5 MG Oral Tablet</c>), optionally the RxNorm and ATC codes that identified
/// it, and optionally the daily dose, how long it has been taken, and whether (and how long ago) it was stopped. What the medication <i>is</i> (its drug class)
/// is decided by the safety catalogue, not here. Create it with <see cref="Create"/>.
/// </summary>
public sealed partial record Medication
{
    /// <summary>Largest daily dose accepted, in the given unit: a typing-error guard, not a clinical limit.</summary>
    public const double MaximumDosePerDay = 100_000;

    /// <summary>Longest duration accepted (months; 100 years).</summary>
    public const double MaximumDurationMonths = 1200;

    private Medication(string name, string? rxNorm, string? atc, double? dose, MedicationDoseUnit? unit, double? months, MedicationStatus status, double? stoppedMonthsAgo)
    {
        Status = status;
        StoppedMonthsAgo = stoppedMonthsAgo;
        Name = name;
        RxNormCode = rxNorm;
        AtcCode = atc;
        DosePerDay = dose;
        DoseUnit = unit;
        DurationMonths = months;
    }

    /// <summary>The name as given, trimmed.</summary>
    public string Name { get; }

    /// <summary>RxNorm concept identifier (ingredient or clinical drug), when given.</summary>
    public string? RxNormCode { get; }

    /// <summary>WHO ATC code in upper case (e.g. <c>B01AA03</c>), when given.</summary>
    public string? AtcCode { get; }

    /// <summary>Daily dose in <see cref="DoseUnit"/>, when given.</summary>
    public double? DosePerDay { get; }

    /// <summary>Unit of <see cref="DosePerDay"/>; set exactly when the dose is.</summary>
    public MedicationDoseUnit? DoseUnit { get; }

    /// <summary>The daily dose in milligrams, when a dose was given.</summary>
    public double? DoseMilligramsPerDay => (DosePerDay, DoseUnit) switch
    {
        ({ } d, MedicationDoseUnit.Milligram) => d,
        ({ } d, MedicationDoseUnit.Microgram) => d / 1000.0,
        ({ } d, MedicationDoseUnit.Gram) => d * 1000.0,
        _ => null,
    };

    /// <summary>How long it has been (or is planned to be) taken, months, when given; for a stopped medication, how long
    /// it was taken.</summary>
    public double? DurationMonths { get; }

    /// <summary>Whether it is taken now or was stopped (<see cref="MedicationStatus.Current"/> unless stated).</summary>
    public MedicationStatus Status { get; }

    /// <summary>True when the medication was stopped (taken in the past only).</summary>
    public bool Stopped => Status == MedicationStatus.Stopped;

    /// <summary>For a stopped medication, how many months ago the last dose was taken (for an injection or infusion, the
    /// last injection or infusion), when given; always null for a current one.</summary>
    public double? StoppedMonthsAgo { get; }

    /// <summary>
    /// Checks and creates a medication. Errors name the field as <c>{field}.name</c>, <c>{field}.rxnorm</c>,
    /// <c>{field}.atc</c>, <c>{field}.dosePerDay</c>, <c>{field}.unit</c>, <c>{field}.durationMonths</c>, <c>{field}.status</c>
    /// and <c>{field}.stoppedMonthsAgo</c>, so a caller reading a list passes e.g. <c>medications[2]</c>. Every problem is
    /// reported together.
    /// </summary>
    /// <exception cref="InvalidInputException">The name is empty, a code is malformed, the dose is not greater than 0
    /// (or lacks its unit, or the unit its dose), the duration or the months since stopping are outside 0 to
    /// <see cref="MaximumDurationMonths"/>, the status is undefined, or months since stopping are given for a current medication.</exception>
    public static Medication Create(
        string name,
        string? rxNormCode = null,
        string? atcCode = null,
        double? dosePerDay = null,
        MedicationDoseUnit? doseUnit = null,
        double? durationMonths = null,
        string field = "medication",
        MedicationStatus status = MedicationStatus.Current,
        double? stoppedMonthsAgo = null)
    {
        var errors = new List<FieldError>();
        var trimmed = name?.Trim() ?? string.Empty;
        if (trimmed.Length == 0)
        {
            errors.Add(new($"{field}.name", string.Empty, "a medication name (generic or brand)"));
        }

        var rx = Blank(rxNormCode);
        if (rx is not null && !RxNormPattern().IsMatch(rx))
        {
            errors.Add(new($"{field}.rxnorm", rx, "an RxNorm concept identifier (1 to 10 digits)"));
        }

        var atc = Blank(atcCode)?.ToUpperInvariant();
        if (atc is not null && !AtcPattern().IsMatch(atc))
        {
            errors.Add(new($"{field}.atc", atc, "a WHO ATC code such as B01AA03 (or a group such as B01AA)"));
        }

        if (dosePerDay is { } dose && !(dose > 0 && dose <= MaximumDosePerDay))
        {
            errors.Add(new($"{field}.dosePerDay", Check.Show(dose), $"greater than 0 and at most {Check.Show(MaximumDosePerDay)}"));
        }

        if (dosePerDay is not null && doseUnit is null)
        {
            errors.Add(new($"{field}.unit", string.Empty, MedicationDoseUnitTokens.Table.ValidValues));
        }

        if (doseUnit is { } unit && !Enum.IsDefined(unit))
        {
            errors.Add(new($"{field}.unit", unit.ToString(), MedicationDoseUnitTokens.Table.ValidValues));
        }

        if (doseUnit is not null && dosePerDay is null)
        {
            errors.Add(new($"{field}.dosePerDay", string.Empty, "a dose when a unit is given"));
        }

        if (durationMonths is { } months && !Check.InRange(months, 0, MaximumDurationMonths))
        {
            errors.Add(new($"{field}.durationMonths", Check.Show(months), Check.Range(0, MaximumDurationMonths, "months")));
        }

        if (!Enum.IsDefined(status))
        {
            errors.Add(new($"{field}.status", status.ToString(), MedicationStatusTokens.Table.ValidValues));
        }

        if (stoppedMonthsAgo is { } ago && !Check.InRange(ago, 0, MaximumDurationMonths))
        {
            errors.Add(new($"{field}.stoppedMonthsAgo", Check.Show(ago), Check.Range(0, MaximumDurationMonths, "months")));
        }
        else if (stoppedMonthsAgo is { } given && status == MedicationStatus.Current)
        {
            errors.Add(new($"{field}.stoppedMonthsAgo", Check.Show(given), "given only for a stopped medication (status stopped)"));
        }

        if (errors.Count > 0)
        {
            throw new InvalidInputException(errors);
        }

        return new(trimmed, rx, atc, dosePerDay, doseUnit, durationMonths, status, stoppedMonthsAgo);
    }

    /// <inheritdoc/>
    public override string ToString() => Name;

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    [GeneratedRegex(@"^[0-9]{1,10}$")]
    private static partial Regex RxNormPattern();

    // ATC levels: B, B01, B01A, B01AA, B01AA03.
    [GeneratedRegex(@"^[A-Z]([0-9]{2}([A-Z]([A-Z]([0-9]{2})?)?)?)?$")]
    private static partial Regex AtcPattern();
}
