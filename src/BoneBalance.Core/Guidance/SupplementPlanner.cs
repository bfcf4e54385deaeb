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
        // K2 and D are taken together, so each timing names the other: the plan's D3 when the plan holds it, otherwise
        // the vitamin D the person already takes (named by its form: never "the vitamin D3" when there is none).
        var vitaminD = VitaminDDose.Decide(facts, withVitaminK: null);
        var vitaminK = VitaminK2Dose.Decide(facts, withVitaminD: VitaminDDose.Companion(facts, vitaminD.Planned));
        if (vitaminK.Planned is { } k && vitaminD.Planned is not null)
        {
            vitaminD = VitaminDDose.Decide(facts, withVitaminK: k.Form);
        }

        var calcium = CalciumDose.Decide(facts);
        if (calcium.Planned is { } offered && CalciumAndHeart.PlanNote(facts, offered) is { } heart)
        {
            // Both sides of calcium and the heart, on the calcium item itself, for a person with cardiovascular disease.
            calcium = calcium with { Planned = offered with { Notes = [.. offered.Notes, heart], Citations = [.. offered.Citations, .. CalciumAndHeart.Sources] } };
        }

        PlanDecision[] decisions = [vitaminK, vitaminD, calcium];
        var notes = new List<string>
        {
            // Not "vitamin K from food" to a person on a vitamin K antagonist: for them vitamin K food is kept steady, not sought.
            facts.Takes(DrugClass.VitaminKAntagonist)
                ? "Food first: calcium from food is preferred; supplements only close what food does not give."
                : "Food first: calcium and vitamin K from food are preferred; supplements only close what food does not give.",
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

        if (GlucocorticoidCalciumVitaminD.PlanNote(facts) is { } glucocorticoid)
        {
            notes.Add(glucocorticoid);
        }

        // Each planned supplement graded for this person (docs/GRADING.md): vitamin D's grade depends on whether calcium is
        // planned too, so the grades are set once every decision is made.
        var plan = SupplementEvidence.Grade(
            new SupplementPlan(
                [.. decisions.Select(d => d.Planned).OfType<PlannedSupplement>()],
                [.. decisions.Select(d => d.Withheld).OfType<WithheldSupplement>()],
                notes),
            facts);
        return (plan, [.. decisions.Select(d => d.Addition).OfType<SupplementDose>()]);
    }

    /// <summary>
    /// Adds spacing to the timings: the ABSORPTION_SPACING advice to the calcium item, and for vitamins D and K a different
    /// time of day from orlistat, bile-acid sequestrants or mineral oil (FAT_SOLUBLE_MALABSORPTION; Kalcipos-D SmPC 4.5,
    /// colestipol leaflet: at least 1 hour before or 4 hours after a resin).
    /// </summary>
    public static SupplementPlan WithSpacing(SupplementPlan plan, PersonFacts facts, IReadOnlyList<SafetyFinding> findings)
    {
        var calcium = string.Join(" ", findings.Where(f => f.Code == SafetyFindingCodes.AbsorptionSpacing).Select(f => f.Advice).Distinct());
        var fatSoluble = new List<string>();
        if (facts.Named(DrugClass.LipaseInhibitor) is { Count: > 0 } lipase)
        {
            fatSoluble.Add($"Take it at a different time of day from {Amounts.Join(lipase)} (for example at bedtime).");
        }

        if (facts.Named(DrugClass.BileAcidSequestrant) is { Count: > 0 } resins)
        {
            fatSoluble.Add($"Take it at least 1 hour before or 4 hours after {Amounts.Join(resins)}.");
        }

        if (facts.Named(DrugClass.MineralOil) is { Count: > 0 } oils)
        {
            fatSoluble.Add($"Take it at a different time from {Amounts.Join(oils)}.");
        }

        var vitamins = string.Join(" ", fatSoluble);
        return plan with
        {
            Supplements =
            [
                .. plan.Supplements.Select(s => (CalciumSalts.ElementalFraction(s.Form) is null ? vitamins : calcium) switch
                {
                    "" => s,
                    var extra => s with { Timing = $"{s.Timing} {extra}" },
                }),
            ],
        };
    }
}
