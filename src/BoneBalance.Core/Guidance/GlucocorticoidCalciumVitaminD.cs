using BoneBalance.Core.Evidence;
using System.Globalization;
using BoneBalance.Core.Nutrition;
using BoneBalance.Core.Safety;
using Acr = BoneBalance.Core.FractureRisk.GuidelineThresholds.Acr;

namespace BoneBalance.Core.Guidance;

/// <summary>
/// GLUCOCORTICOID_CALCIUM_VITAMIN_D (issue 12 §3): everyone taking glucocorticoids at ≥ 2.5 mg/day prednisolone-equivalent
/// for more than 3 months — the ACR guideline's scope (<see cref="Acr.MinimumDailyDose"/>,
/// <see cref="Acr.MinimumMonthsExclusive"/>) — is told the calcium (1,000–1,200 mg a day) and vitamin D (600–800 IU a day)
/// that ACR advises for all of them, food first, with a diary when the diet is not known so the plan can size the calcium.
/// Not while calcium and vitamin D are on hold (high calcium and the like): the hold comes first. Grade D: guideline
/// advice; the 2017 recommendations were mostly conditional for want of trials in glucocorticoid users.
/// </summary>
internal static class GlucocorticoidCalciumVitaminD
{
    /// <summary>Calcium, mg a day, ACR 2017 advises for adults on glucocorticoids (<see cref="GuidanceSources.Buckley2017"/>).</summary>
    public const double CalciumFromMilligrams = 1000;

    /// <summary>Upper end of the ACR calcium range, mg a day.</summary>
    public const double CalciumToMilligrams = 1200;

    /// <summary>Vitamin D, IU a day, ACR 2017 advises for adults on glucocorticoids (lower end).</summary>
    public const double VitaminDFromUnits = 600;

    /// <summary>Upper end of the ACR vitamin D range, IU a day.</summary>
    public const double VitaminDToUnits = 800;

    /// <summary>True when the person's glucocorticoid exposure is in the ACR guideline's scope and no hold applies.</summary>
    internal static bool Applies(PersonFacts facts) =>
        facts.CalciumVitaminDHold is null
        && GlucocorticoidDose.From(facts) is { } gc
        && gc.PrednisoloneEquivalentMilligramsPerDay >= Acr.MinimumDailyDose
        && gc.DurationMonths > Acr.MinimumMonthsExclusive;

    /// <summary>The note for the supplement plan, or null when <see cref="Applies"/> does not hold.</summary>
    internal static string? PlanNote(PersonFacts facts) =>
        Applies(facts)
            ? $"While you take {Amounts.Join(facts.Named(DrugClass.Glucocorticoid))}, the American College of Rheumatology advises {Range(CalciumFromMilligrams, CalciumToMilligrams)} mg of calcium "
                + $"and {Range(VitaminDFromUnits, VitaminDToUnits)} IU of vitamin D a day from food and supplements together."
                + (facts.DietKnown ? string.Empty : " " + facts.KeepADiary("so the plan can size your calcium."))
            : null;

    public static IEnumerable<Recommendation> For(PersonFacts facts)
    {
        if (!Applies(facts) || GlucocorticoidDose.From(facts) is not { } gc)
        {
            yield break;
        }

        var names = Amounts.Join(facts.Named(DrugClass.Glucocorticoid));
        yield return new Recommendation(
            RecommendationCodes.GlucocorticoidCalciumVitaminD,
            RecommendationCategory.Supplement,
            RecommendationPriority.Medium,
            "Enough calcium and vitamin D while you take a steroid medicine",
            $"While you take {names}, aim for {Range(CalciumFromMilligrams, CalciumToMilligrams)} mg of calcium a day (food first, a supplement for what food does not give) "
                + $"and {Range(VitaminDFromUnits, VitaminDToUnits)} IU of vitamin D a day, without going above the upper levels. "
                + (facts.DietKnown ? "The supplement plan is sized to your food diary." : facts.KeepADiary("so BoneBalance can size your calcium to your diet."))
                + " Never stop a prescribed steroid on your own.",
            $"You take {names} (about {Amounts.Number(gc.PrednisoloneEquivalentMilligramsPerDay)} mg of prednisolone a day for {Amounts.Number(gc.DurationMonths)} months): the American College of Rheumatology advises "
                + $"enough calcium and vitamin D for everyone taking {Amounts.Number(Acr.MinimumDailyDose)} mg a day or more for more than {Amounts.Number(Acr.MinimumMonthsExclusive)} months.",
            EvidenceGrade.D,
            [GuidanceSources.Buckley2017, Acr.Citation, SafetySources.BnfCorticosteroidEquivalence, DietaryReferenceSources.Iom2011]);
    }

    private static string Range(double from, double to) =>
        $"{from.ToString("#,0", CultureInfo.InvariantCulture)}–{to.ToString("#,0", CultureInfo.InvariantCulture)}";
}
