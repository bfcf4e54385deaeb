using BoneBalance.Core.Nutrition;
using BoneBalance.Core.Safety;

namespace BoneBalance.Core.Guidance;

/// <summary>
/// Builds the supplement plan — vitamin K2, vitamin D3, calcium, in that order — from the person's facts, and the doses it
/// adds to what they already take, so that the safety rules can check the plan together with the current supplements.
/// </summary>
internal static class SupplementPlanner
{
    public static (SupplementPlan Plan, IReadOnlyList<SupplementDose> Additions) Build(PersonFacts facts)
    {
        // K2 and D3 are taken together when both are in the plan, so each needs to know whether the other will be.
        var vitaminD = VitaminDDose.Decide(facts, withVitaminK2: false);
        var vitaminK = VitaminK2Dose.Decide(facts, withVitaminD: vitaminD.Planned is not null || facts.Supplementing(SupplementIngredient.VitaminD).Micrograms > 0);
        if (vitaminK.Planned is not null && vitaminD.Planned is not null)
        {
            vitaminD = VitaminDDose.Decide(facts, withVitaminK2: true);
        }

        var calcium = CalciumDose.Decide(facts);
        PlanDecision[] decisions = [vitaminK, vitaminD, calcium];
        var notes = new List<string>
        {
            "Food first: calcium and vitamin K from food are preferred; supplements only close what food does not give.",
            "Supplements do not treat osteoporosis; medicines that prevent fractures are what clinicians consider when the risk is high.",
        };
        if (facts.LifeStageLimited)
        {
            notes.Add($"While {VitaminDDose.LifeStage(facts)}, no supplement doses beyond the reference intakes without a clinician.");
        }

        if (facts.Takes(DrugClass.LipaseInhibitor) || facts.Takes(DrugClass.BileAcidSequestrant) || facts.Takes(DrugClass.MineralOil)
            || facts.Has(ConditionClass.Malabsorption) || facts.Has(ConditionClass.LiverDisease))
        {
            notes.Add("Your medicines or conditions lower the absorption of vitamins D and K: see the FAT_SOLUBLE_MALABSORPTION finding, and ask your clinician whether your levels need checking.");
        }

        var plan = new SupplementPlan(
            [.. decisions.Select(d => d.Planned).OfType<PlannedSupplement>()],
            [.. decisions.Select(d => d.Withheld).OfType<WithheldSupplement>()],
            notes);
        return (plan, [.. decisions.Select(d => d.Addition).OfType<SupplementDose>()]);
    }

    /// <summary>Adds the spacing advice of ABSORPTION_SPACING findings to the calcium item's timing.</summary>
    public static SupplementPlan WithSpacing(SupplementPlan plan, IReadOnlyList<SafetyFinding> findings)
    {
        var spacing = findings.Where(f => f.Code == SafetyFindingCodes.AbsorptionSpacing).Select(f => f.Advice).Distinct().ToList();
        if (spacing.Count == 0)
        {
            return plan;
        }

        return plan with
        {
            Supplements =
            [
                .. plan.Supplements.Select(s => CalciumSalts.ElementalFraction(s.Form) is null ? s : s with { Timing = $"{s.Timing} {string.Join(" ", spacing)}" }),
            ],
        };
    }
}
