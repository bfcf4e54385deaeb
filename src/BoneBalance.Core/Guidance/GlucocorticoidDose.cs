using BoneBalance.Core.FractureRisk;
using BoneBalance.Core.Safety;

namespace BoneBalance.Core.Guidance;

/// <summary>
/// The person's oral glucocorticoid exposure for the guideline thresholds, from their medications: each glucocorticoid's
/// daily dose × the safety catalogue's prednisolone equivalence (BNF; <see cref="SafetySources.BnfCorticosteroidEquivalence"/>),
/// with its duration.
/// </summary>
internal static class GlucocorticoidDose
{
    /// <summary>
    /// The exposure, or null when no glucocorticoid with a known dose, duration and equivalence is taken. Several
    /// glucocorticoids taken together add their prednisolone-equivalent doses, over the shortest of their durations (the
    /// time they are known to have overlapped) — the same sum the safety rule GLUCOCORTICOID_BONE_LOSS uses.
    /// </summary>
    public static GlucocorticoidExposure? From(PersonFacts facts)
    {
        var courses = facts.Medications
            .Where(m => m.Entry.Class == DrugClass.Glucocorticoid)
            .Select(m => (Milligrams: m.Medication.DoseMilligramsPerDay, Months: m.Medication.DurationMonths, Factor: m.Entry.PrednisoloneEquivalentPerMilligram))
            .Where(c => c.Milligrams is not null && c.Months is not null && c.Factor is not null)
            .Select(c => (Equivalent: c.Milligrams!.Value * c.Factor!.Value, Months: Math.Min(c.Months!.Value, GlucocorticoidExposure.MaximumDurationMonths)))
            .Where(c => c.Equivalent > 0)
            .ToList();
        if (courses.Count == 0)
        {
            return null;
        }

        var dose = Math.Min(courses.Sum(c => c.Equivalent), GlucocorticoidExposure.MaximumDailyDose);
        return GlucocorticoidExposure.Create(dose, courses.Min(c => c.Months));
    }
}
