using BoneBalance.Core.People;
using T = BoneBalance.Core.FractureRisk.GuidelineThresholds.Nogg;

namespace BoneBalance.Core.FractureRisk;

/// <summary>
/// NOGG 2022 (UK). Its FRAX intervention thresholds are age-dependent and published only as tables and charts on
/// nogg.org.uk, which BoneBalance does not have; those criteria are reported as "cannot evaluate", never guessed.
/// </summary>
internal static class NoggCriteria
{
    private const string Name = "NOGG 2022";
    internal const string FractureCriterion = "Prior fragility fracture";
    private const string FraxCriterion = "FRAX above the age-dependent intervention threshold";
    private const string GlucocorticoidCriterion = "Glucocorticoids: bone protection without waiting for DXA";

    internal static IEnumerable<GuidelineFinding> Evaluate(TreatmentThresholdInput input)
    {
        var person = input.Person;
        if (!GuidelinePopulation.IsPostmenopausalWomanOrOlderMan(person, T.MinimumAgeMen))
        {
            var why = $"NOGG covers postmenopausal women and men aged {T.MinimumAgeMen} or over; this is {GuidelinePopulation.Describe(person)}.";
            yield return Finding(FractureCriterion, FindingStatus.NotApplicable, why, EvidenceLevel.Primary);
            yield return Finding(FraxCriterion, FindingStatus.NotApplicable, why, EvidenceLevel.Primary);
        }
        else
        {
            yield return input.AnyFragilityFracture
                ? Finding(FractureCriterion, FindingStatus.Met, "A prior fragility fracture: consider drug treatment (NOGG: especially in older people).", EvidenceLevel.Primary)
                : Finding(FractureCriterion, FindingStatus.NotMet, "No prior fragility fracture recorded.", EvidenceLevel.Primary);

            var thresholds =
                "NOGG's intervention thresholds depend on age (the FRAX probability of a woman of the same age with a prior fragility " +
                "fracture, fixed from age 70) and are published as tables and charts on nogg.org.uk, which BoneBalance does not have";
            var reason = input.Frax is { } frax
                ? $"Cannot evaluate: {thresholds}. Compare the UK FRAX result (major osteoporotic {frax.MajorOsteoporoticPercent:0.0##} %, hip {frax.HipPercent:0.0##} %) with the NOGG chart for age {person.AgeYears}."
                : $"Cannot evaluate: {thresholds}. Enter a UK FRAX result and compare it with the NOGG chart; a QFracture risk is not a FRAX probability.";
            yield return Finding(FraxCriterion, FindingStatus.CannotEvaluate, reason, EvidenceLevel.Primary);
        }

        yield return GlucocorticoidFinding(input);
    }

    private static GuidelineFinding GlucocorticoidFinding(TreatmentThresholdInput input)
    {
        if (input.Glucocorticoids is not { } gc)
        {
            return Finding(GlucocorticoidCriterion, FindingStatus.NotApplicable, "No glucocorticoid use recorded.", EvidenceLevel.Secondary);
        }

        var person = input.Person;
        var reasons = new List<string>();
        if (input.AnyFragilityFracture)
        {
            reasons.Add("a prior fragility fracture");
        }

        if (person.Sex == Sex.Female && person.AgeYears >= T.GlucocorticoidWomenAge)
        {
            reasons.Add($"a woman aged {T.GlucocorticoidWomenAge} or over");
        }

        if (GuidelinePopulation.IsPostmenopausalWomanOrOlderMan(person, T.MinimumAgeMen)
            && gc.PrednisoloneEquivalentMilligramsPerDay >= T.GlucocorticoidHighDoseMilligramsPerDay
            && gc.DurationMonths >= T.GlucocorticoidHighDoseMonths)
        {
            reasons.Add($"≥ {T.GlucocorticoidHighDoseMilligramsPerDay} mg/day prednisolone for ≥ {T.GlucocorticoidHighDoseMonths} months " +
                        "in a postmenopausal woman or a man aged 50 or over");
        }

        return reasons.Count > 0
            ? Finding(GlucocorticoidCriterion, FindingStatus.Met,
                $"Consider bone protection now, without waiting for DXA: {string.Join("; ", reasons)}.", EvidenceLevel.Secondary)
            : Finding(GlucocorticoidCriterion, FindingStatus.CannotEvaluate,
                "None of the fixed criteria (prior fragility fracture, woman ≥ 70, ≥ 7.5 mg/day for ≥ 3 months at ≥ 50/postmenopausal) applies; " +
                "NOGG also advises bone protection when FRAX is above the intervention threshold, which BoneBalance cannot evaluate.",
                EvidenceLevel.Secondary);
    }

    private static GuidelineFinding Finding(string criterion, FindingStatus status, string reason, EvidenceLevel evidence) =>
        new(Name, criterion, status, reason, evidence, T.Citation);
}
