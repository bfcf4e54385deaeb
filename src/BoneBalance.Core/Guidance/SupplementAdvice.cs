using BoneBalance.Core.Nutrition;

namespace BoneBalance.Core.Guidance;

/// <summary>One recommendation per planned and per withheld supplement, so the advice list repeats the plan in order of priority.</summary>
internal static class SupplementAdvice
{
    public static IEnumerable<Recommendation> For(PersonFacts facts, SupplementPlan plan)
    {
        foreach (var s in plan.Supplements)
        {
            var (code, title) = s.Form switch
            {
                SupplementForm.VitaminD3 or SupplementForm.VitaminD2 => (RecommendationCodes.TakeVitaminD3, $"Take vitamin D3 {Amounts.Number(s.Dose)} µg ({Amounts.Number(s.Amount.VitaminDInternationalUnits)} IU) a day"),
                SupplementForm.VitaminK2Mk7 or SupplementForm.VitaminK2Mk4 or SupplementForm.VitaminK1 => (RecommendationCodes.TakeVitaminK2, $"Vitamin K2: {s.Dose.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture)} {SupplementTokens.Units.ToToken(s.Unit)} a day ({SupplementTokens.Forms.ToToken(s.Form)}), optional"),
                _ => (RecommendationCodes.TakeCalcium, $"Take {Amounts.Milligrams(s.Dose)} of calcium a day ({SupplementTokens.Forms.ToToken(s.Form)})"),
            };
            var priority = code == RecommendationCodes.TakeVitaminK2 ? RecommendationPriority.Low : RecommendationPriority.Medium;
            yield return new Recommendation(code, RecommendationCategory.Supplement, priority, title, s.Timing, s.Reason, s.Grade, s.Citations);
        }

        foreach (var w in plan.Withheld)
        {
            var (code, what, ingredientTaken) = w.Nutrient switch
            {
                IntakeNutrient.VitaminD => (RecommendationCodes.NoVitaminDSupplement, "vitamin D", facts.Input.Supplements.Any(s => s.Nutrient == IntakeNutrient.VitaminD)),
                IntakeNutrient.Calcium => (RecommendationCodes.NoCalciumSupplement, "calcium", facts.Input.Supplements.Any(s => s.Nutrient == IntakeNutrient.Calcium)),
                _ => (RecommendationCodes.NoVitaminKSupplement, "vitamin K", facts.VitaminKSupplements.Count > 0),
            };

            // A safety rule behind it, or a supplement the person takes now that the plan does not back, needs acting on.
            var priority = w.FindingCode is not null && ingredientTaken ? RecommendationPriority.High
                : w.FindingCode is not null ? RecommendationPriority.Medium
                : RecommendationPriority.Low;
            yield return new Recommendation(
                code,
                RecommendationCategory.Supplement,
                priority,
                ingredientTaken ? $"Do not add {what}; review what you take with your clinician" : $"No {what} supplement for now",
                w.Reason,
                w.FindingCode is { } finding ? $"{finding}: {w.Reason}" : w.Reason,
                Evidence.EvidenceGrade.D,
                w.Citations);
        }
    }
}
