using BoneBalance.Core.Evidence;
using BoneBalance.Core.Nutrition;
using BoneBalance.Core.Safety;

namespace BoneBalance.Core.Guidance;

/// <summary>One recommendation per planned and per withheld supplement, so the advice list repeats the plan in order of
/// priority; and, for a person taking vitamin D2 whose 25-OH vitamin D is low, to ask about vitamin D3 instead.</summary>
internal static class SupplementAdvice
{
    /// <summary>The safety findings that concern a supplement of calcium or of vitamin D the person already takes: with one of
    /// them, what is taken is put up for review with the clinician, never "keep taking it".</summary>
    private static readonly string[] CalciumConcerns = [SafetyFindingCodes.KidneyStonesCalcium, SafetyFindingCodes.HypercalcaemiaRisk, SafetyFindingCodes.CalciumAboveUl, SafetyFindingCodes.CkdCaution];

    /// <inheritdoc cref="CalciumConcerns"/>
    private static readonly string[] VitaminDConcerns = [SafetyFindingCodes.CkdCaution, SafetyFindingCodes.VitaminDAboveUl, SafetyFindingCodes.HypercalcaemiaRisk];

    public static IEnumerable<Recommendation> For(PersonFacts facts, SupplementPlan plan, IReadOnlyList<SafetyFinding> findings)
    {
        foreach (var s in plan.Supplements)
        {
            var (code, title) = s.Form switch
            {
                SupplementForm.VitaminD3 or SupplementForm.VitaminD2 => (RecommendationCodes.TakeVitaminD3, $"Take vitamin D3 {Amounts.Number(s.Dose)} µg ({Amounts.Number(s.Amount.VitaminDInternationalUnits)} IU) a day"),
                SupplementForm.VitaminK2Mk7 or SupplementForm.VitaminK2Mk4 or SupplementForm.VitaminK1 => (RecommendationCodes.TakeVitaminK2, VitaminK2Dose.IsPrescriptionDose(s)
                    ? $"Only with a clinician: {Amounts.Describe(s.Form)} {Amounts.Dose(s.Dose, s.Unit)} a day is a prescription dose"
                    : $"Optional: {Amounts.Describe(s.Form)} {Amounts.Dose(s.Dose, s.Unit)} a day"),
                _ => (RecommendationCodes.TakeCalcium, facts.Supplementing(SupplementIngredient.Calcium).Micrograms > 0
                    ? $"Take {Amounts.Milligrams(s.Dose)} more calcium a day, as {Amounts.Describe(s.Form)}"
                    : $"Take {Amounts.Milligrams(s.Dose)} of calcium a day, as {Amounts.Describe(s.Form)}"),
            };
            // A milligram MK-4 dose is a medicine taken only with a clinician: medium, like the plan's other items.
            var priority = code == RecommendationCodes.TakeVitaminK2 && !VitaminK2Dose.IsPrescriptionDose(s) ? RecommendationPriority.Low : RecommendationPriority.Medium;
            yield return new Recommendation(code, RecommendationCategory.Supplement, priority, title, s.Timing, s.Reason, s.Grade, s.Citations);
        }

        foreach (var w in plan.Withheld)
        {
            var (code, what, ingredientTaken) = w.Nutrient switch
            {
                IntakeNutrient.VitaminD => (RecommendationCodes.NoVitaminDSupplement, "vitamin D", facts.Input.Supplements.Any(s => s.Nutrient == IntakeNutrient.VitaminD)),
                IntakeNutrient.Calcium => (RecommendationCodes.NoCalciumSupplement, "calcium", facts.Input.Supplements.Any(s => s.Nutrient == IntakeNutrient.Calcium)),
                _ => (RecommendationCodes.NoVitaminKSupplement, "vitamin K", facts.TakesVitaminK),
            };

            if (w.Nutrient == IntakeNutrient.VitaminD && VitaminDDose.AdequateOnCurrent(facts))
            {
                // An adequate level on what is taken now: keep taking it, not "review what you take".
                yield return new Recommendation(
                    RecommendationCodes.KeepVitaminD,
                    RecommendationCategory.Supplement,
                    RecommendationPriority.Low,
                    "Keep taking your vitamin D; add no more",
                    w.Reason,
                    FirstSentence(w.Reason),
                    EvidenceGrade.D,
                    w.Citations);
                continue;
            }

            var concerned = w.Nutrient switch
            {
                IntakeNutrient.Calcium => findings.Any(f => Array.IndexOf(CalciumConcerns, f.Code) >= 0),
                IntakeNutrient.VitaminD => findings.Any(f => Array.IndexOf(VitaminDConcerns, f.Code) >= 0),
                _ => false,
            };

            // A safety rule behind it, or a supplement the person takes now that the plan does not back, needs acting on.
            var priority = w.FindingCode is not null && ingredientTaken ? RecommendationPriority.High
                : w.FindingCode is not null ? RecommendationPriority.Medium
                : RecommendationPriority.Low;
            yield return new Recommendation(
                code,
                RecommendationCategory.Supplement,
                priority,
                // Taken and held back by a safety rule: review it. Taken and simply enough already: keep it, add none (a
                // person whose 800 IU meets the target is not told to review it as if it were a danger).
                !ingredientTaken ? $"No {what} supplement for now"
                    : w.FindingCode is not null || w.ReviewWhatIsTaken || concerned ? $"Do not add {what}; review what you take with your clinician"
                    : $"Keep taking your {what}; add no more for now",
                w.Reason,
                FirstSentence(w.Reason), // in words; the finding's code is the withheld item's FindingCode (JSON, PDF)

                // Vitamin K with a vitamin K antagonist is the knowledge base's grade-A answer (controlled INR studies and
                // the MK-4 label); K2 left out of the default plan carries the person's grade for K2 (the reason states it);
                // the other reasons rest on reference intakes and guideline ranges.
                w.FindingCode == SafetyFindingCodes.VkaVitaminK ? EvidenceGrade.A
                    : w.Nutrient == IntakeNutrient.VitaminK2Total && w.FindingCode is null ? VitaminK2Dose.GradeFor(facts).Grade
                    : EvidenceGrade.D,
                w.Citations);
        }
    }

    /// <summary>
    /// PREFER_VITAMIN_D3 when <see cref="VitaminDDose.PreferD3"/> holds. Grade B: meta-analyses of randomised trials agree
    /// that D3 raises 25-OH vitamin D more than D2, but the difference is smaller and heterogeneous with daily doses (van den
    /// Heuvel 2023), and 25-OH vitamin D is a marker, not a fracture outcome.
    /// </summary>
    internal static IEnumerable<Recommendation> PreferD3(PersonFacts facts)
    {
        if (!VitaminDDose.PreferD3(facts) || facts.Input.Labs.VitaminD25OhNgPerMl is not { } level)
        {
            yield break;
        }

        yield return new Recommendation(
            RecommendationCodes.PreferVitaminD3,
            RecommendationCategory.Supplement,
            RecommendationPriority.Medium,
            "Ask about vitamin D3 instead of your vitamin D2",
            "Ask your clinician or pharmacist whether to take vitamin D3 (cholecalciferol) instead of your vitamin D2 (ergocalciferol); do not change a prescribed dose on your own.",
            $"Your 25-OH vitamin D is {Amounts.Number(level)} ng/mL, below {Amounts.Number(VitaminDDose.SufficientFromNgPerMl)} ng/mL, and you take vitamin D2. "
                + "Meta-analyses of randomised trials found that vitamin D3 raises blood 25-OH vitamin D more than vitamin D2 (with daily doses, the rise with D2 was about 40 % smaller).",
            EvidenceGrade.B,
            [EvidenceSources.Tripkovic2012, EvidenceSources.Balachandar2021, EvidenceSources.VanDenHeuvel2023]);
    }

    private static string FirstSentence(string text)
    {
        var end = text.IndexOf(". ", StringComparison.Ordinal);
        return end < 0 ? text : text[..(end + 1)];
    }
}
