using BoneBalance.Core.Validation;

namespace BoneBalance.Core.FractureRisk;

/// <summary>
/// Current oral glucocorticoid use: the daily dose in prednisolone (≈ prednisone) equivalents and how long it has
/// been (or is planned to be) taken. Create it with <see cref="Create"/>.
/// </summary>
public sealed record GlucocorticoidExposure
{
    /// <summary>Largest daily dose accepted (mg prednisolone-equivalent). A typing-error guard, not a clinical
    /// limit; intravenous pulse doses are not what the guideline rules describe.</summary>
    public const double MaximumDailyDose = 2000;

    /// <summary>Longest duration accepted (months; 100 years).</summary>
    public const double MaximumDurationMonths = 1200;

    /// <summary>Mean Gregorian month in days (365.25 / 12), for turning months into days.</summary>
    public const double DaysPerMonth = 365.25 / 12;

    private GlucocorticoidExposure(double dose, double months)
    {
        PrednisoloneEquivalentMilligramsPerDay = dose;
        DurationMonths = months;
    }

    /// <summary>Daily dose, mg prednisolone-equivalent.</summary>
    public double PrednisoloneEquivalentMilligramsPerDay { get; }

    /// <summary>Duration of use so far or planned, months.</summary>
    public double DurationMonths { get; }

    /// <summary>Duration in days (months × 365.25/12).</summary>
    public double DurationDays => DurationMonths * DaysPerMonth;

    /// <summary>
    /// Cumulative dose over the last 12 months in grams, assuming the daily dose was constant over the duration
    /// (capped at one year).
    /// </summary>
    public double CumulativeGramsPastYear => PrednisoloneEquivalentMilligramsPerDay * Math.Min(DurationMonths, 12) * DaysPerMonth / 1000.0;

    /// <summary>Checks and creates an exposure (fields <c>glucocorticoid_mg_per_day</c>, <c>glucocorticoid_months</c>).</summary>
    /// <exception cref="InvalidInputException">The dose is not greater than 0 and at most <see cref="MaximumDailyDose"/>,
    /// or the duration is not within 0 to <see cref="MaximumDurationMonths"/>.</exception>
    public static GlucocorticoidExposure Create(double prednisoloneEquivalentMilligramsPerDay, double durationMonths)
    {
        var errors = new List<FieldError>();
        if (!(prednisoloneEquivalentMilligramsPerDay > 0 && prednisoloneEquivalentMilligramsPerDay <= MaximumDailyDose))
        {
            errors.Add(new("glucocorticoid_mg_per_day", Check.Show(prednisoloneEquivalentMilligramsPerDay),
                $"greater than 0 and at most {Check.Show(MaximumDailyDose)} mg/day prednisolone-equivalent",
                Check.Problem(prednisoloneEquivalentMilligramsPerDay)));
        }

        if (!Check.InRange(durationMonths, 0, MaximumDurationMonths))
        {
            errors.Add(new("glucocorticoid_months", Check.Show(durationMonths), Check.Range(0, MaximumDurationMonths, "months"), Check.Problem(durationMonths)));
        }

        if (errors.Count > 0)
        {
            throw new InvalidInputException(errors);
        }

        return new(prednisoloneEquivalentMilligramsPerDay, durationMonths);
    }
}
