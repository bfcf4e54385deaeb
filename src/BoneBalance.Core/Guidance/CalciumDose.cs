using BoneBalance.Core.Evidence;
using BoneBalance.Core.Measures;
using BoneBalance.Core.Nutrition;
using BoneBalance.Core.Safety;

namespace BoneBalance.Core.Guidance;

/// <summary>
/// The plan's calcium: only to close the gap between the diet (from the food diary) and the RDA for the person's age and
/// sex (IOM 2011, shipped reference intakes), food first. The dose is the gap less the calcium already supplemented,
/// rounded to the nearest 100 mg of elemental calcium, never so much that diet + supplements exceed the UL, and taken
/// as doses of at most 500 mg elemental calcium each. The salt is calcium citrate for people on an acid suppressant or
/// with malabsorption or achlorhydria (citrate does not need stomach acid), otherwise calcium carbonate taken with food.
/// One group gets calcium without a diary: people aged 65 or over living in a care home, for whom guidelines advise calcium
/// and vitamin D as the standard of care (RACGP Recommendation 12) — <see cref="CareHomeDefaultMilligrams"/> less what they
/// already take, unless they have had kidney stones (food first for them).
/// </summary>
internal static class CalciumDose
{
    /// <summary>Largest single dose of elemental calcium, mg: absorption falls above it (NOGG/knowledge-base
    /// wording; the university calcium tips cite 500–600 mg, <see cref="GuidanceSources.UabCalciumSupplementTips"/>).</summary>
    public const double MaximumSingleDoseMilligrams = 500;

    /// <summary>Doses are rounded to this many mg of elemental calcium (labels state round amounts); a design choice.</summary>
    public const double StepMilligrams = 100;

    /// <summary>Elemental calcium, mg/day, for a care-home resident of 65 or over whose diet is unknown: the lower end of the
    /// doses of the trials of calcium with 800 IU vitamin D (1,000 mg, Porthouse 2005; 1,200 mg, Chapuy 1992), which leaves
    /// 1,000 mg for food under the 2,000 mg upper level (IOM 2011) without knowing the diet.</summary>
    public const double CareHomeDefaultMilligrams = 1000;

    public static PlanDecision Decide(PersonFacts facts)
    {
        var reference = facts.References[IntakeNutrient.Calcium];
        var rda = reference.Target;
        var ul = reference.UpperLimit ?? throw new InvalidOperationException("The calcium reference intake has no upper limit.");
        var current = facts.Supplementing(SupplementIngredient.Calcium);

        if (facts.CalciumVitaminDHold is { } hold)
        {
            return Withhold(hold.Reason, hold.FindingCode, hold.Citations);
        }

        if (facts.Diet(IntakeNutrient.Calcium) is not { } diet)
        {
            if (SupplementEvidence.LivesInCareHome(facts) && facts.Person.AgeYears >= SupplementEvidence.OlderFromAge && !facts.Has(ConditionClass.KidneyStones) && !facts.LifeStageLimited)
            {
                return CareHomeDefault(facts, current, ul);
            }

            return Withhold(
                (facts.FoodLogged ? "Your usual calcium intake is not known yet: " : "Your dietary calcium intake is unknown: ")
                    + facts.KeepADiary($"so BoneBalance can see whether food already gives you the {Amounts.Milligrams(rda)} a day recommended for your age.", midSentence: true)
                    + " Food first: a supplement is only for a gap that food does not close.",
                null, [DietaryReferenceSources.Iom2011, GuidanceSources.NoggNonPharmacological]);
        }

        var lowerBound = facts.DietComplete(IntakeNutrient.Calcium) ? string.Empty : " (at least; some foods in your diary have no calcium value)";
        if (diet >= rda)
        {
            return Withhold(
                $"Your diet already meets the {Amounts.Milligrams(rda)} a day recommended for your age: it gives about {Amounts.Milligrams(diet)}{lowerBound}, so a calcium supplement is not needed."
                    + (current > NutrientAmount.Zero ? $" You also take {Amounts.Milligrams(current)} of calcium as supplements, which you could stop or lower with your clinician." : string.Empty),
                null, [DietaryReferenceSources.Iom2011, EvidenceSources.Bolland2015], review: current > NutrientAmount.Zero);
        }

        var gap = rda.Shortfall(diet);
        var need = gap.Shortfall(current);
        if (need.Milligrams < StepMilligrams / 2)
        {
            return Withhold(
                current > NutrientAmount.Zero
                    ? $"Your diet gives about {Amounts.Milligrams(diet)}{lowerBound} and your supplements {Amounts.Milligrams(current)}, which together meet the {Amounts.Milligrams(rda)} a day recommended for your age: no more calcium is needed."
                    : $"Your diet gives about {Amounts.Milligrams(diet)}{lowerBound}, within {Amounts.Milligrams(StepMilligrams / 2)} of the {Amounts.Milligrams(rda)} a day recommended for your age: a little more calcium-rich food closes the gap.",
                null, [DietaryReferenceSources.Iom2011]);
        }

        var room = ul.Shortfall(diet + current);
        if (facts.LifeStageLimited)
        {
            var lifeStageRoom = rda.Shortfall(current);
            room = lifeStageRoom < room ? lifeStageRoom : room;
        }

        var dose = Math.Min(Math.Round(need.Milligrams / StepMilligrams, MidpointRounding.AwayFromZero), Math.Floor((room.Milligrams + 1e-9) / StepMilligrams)) * StepMilligrams;
        if (dose < StepMilligrams)
        {
            // Only the life-stage cap can leave no room for a gap of 50 mg or more (every adult UL is at least 800 mg above
            // the RDA), so the reason names the cap that applied.
            return facts.LifeStageLimited
                ? Withhold(
                    $"More calcium would take your supplements above the RDA of {Amounts.Milligrams(rda)} a day that applies while {VitaminDDose.LifeStage(facts)}: your diet gives about {Amounts.Milligrams(diet)} and your supplements {Amounts.Milligrams(current)}.",
                    facts.LifeStageCode, [DietaryReferenceSources.Iom2011])
                : Withhold(
                    $"More calcium would take you above the upper level of {Amounts.Milligrams(ul)} a day: your diet gives about {Amounts.Milligrams(diet)} and your supplements {Amounts.Milligrams(current)}.",
                    SafetyFindingCodes.CalciumAboveUl, [DietaryReferenceSources.Iom2011]);
        }

        return Take(
            facts,
            dose,
            ul,
            $"The RDA for your age is {Amounts.Milligrams(rda)} a day and your diet gives about {Amounts.Milligrams(diet)}{lowerBound}, a gap of {Amounts.Milligrams(gap)}"
                + (current > NutrientAmount.Zero ? $"; your supplements already give {Amounts.Milligrams(current)}, leaving {Amounts.Milligrams(need)}" : string.Empty)
                + $". {Amounts.Milligrams(dose)} closes it to the nearest 100 mg.",
            [DietaryReferenceSources.Iom2011, GuidanceSources.NoggNonPharmacological, CalciumSalts.Source, GuidanceSources.UabCalciumSupplementTips],
            []);
    }

    /// <summary>
    /// A care-home resident of 65 or over with no food diary: <see cref="CareHomeDefaultMilligrams"/> less the calcium already
    /// supplemented (to the nearest 100 mg), as guidelines advise calcium with vitamin D for older people in care homes
    /// (RACGP Recommendation 12; Chapuy 1992) rather than waiting for a diary.
    /// </summary>
    private static PlanDecision CareHomeDefault(PersonFacts facts, NutrientAmount current, NutrientAmount ul)
    {
        var advised = NutrientAmount.FromMilligrams(CareHomeDefaultMilligrams);
        var need = advised.Shortfall(current);
        if (need.Milligrams < StepMilligrams / 2)
        {
            return Withhold(
                $"You live in a care home, where guidelines advise calcium with vitamin D; you already take {Amounts.Milligrams(current)} of calcium a day as supplements, at least the "
                    + $"{Amounts.Milligrams(advised)} the plan would suggest without a food diary: no more calcium is needed.",
                null, [GuidanceSources.RacgpInstitutionalised, DietaryReferenceSources.Iom2011]);
        }

        var dose = Math.Round(need.Milligrams / StepMilligrams, MidpointRounding.AwayFromZero) * StepMilligrams;
        var foodRoom = ul.Shortfall(current + NutrientAmount.FromMilligrams(dose));
        return Take(
            facts,
            dose,
            ul,
            "You live in a care home: for older people in care homes, guidelines advise calcium with vitamin D as the standard care, without waiting to know the diet. "
                + (facts.FoodLogged ? "Your usual diet is not known yet (too few days in the food diary)" : "Your diet is not known (no food diary)") + $", so the plan suggests {Amounts.Milligrams(advised)} a day"
                + (current > NutrientAmount.Zero ? $", less the {Amounts.Milligrams(current)} your supplements already give" : string.Empty)
                + $", the lower end of the doses studied, leaving room for {Amounts.Milligrams(foodRoom)} from food under the upper level.",
            [GuidanceSources.RacgpInstitutionalised, GuidanceSources.Chapuy1992, GuidanceSources.Porthouse2005, DietaryReferenceSources.Iom2011, CalciumSalts.Source, GuidanceSources.UabCalciumSupplementTips],
            [facts.KeepADiary("so the dose can take your food into account.")]);
    }

    private static PlanDecision Take(PersonFacts facts, double dose, NutrientAmount ul, string reason, IReadOnlyList<Citation> citations, IReadOnlyList<string> extraNotes)
    {
        var citrate = facts.Takes(DrugClass.AcidSuppressant) || facts.Has(ConditionClass.Malabsorption) || facts.Has(ConditionClass.Achlorhydria);
        var form = citrate ? SupplementForm.CalciumCitrate : SupplementForm.CalciumCarbonate;
        var doses = Split(dose);
        var saltFraction = CalciumSalts.ElementalFraction(form)!.Value;
        var salt = citrate ? "calcium citrate" : "calcium carbonate";
        var notes = new List<string>
        {
            $"The dose is elemental calcium: {Amounts.Milligrams(dose)} of calcium is in about {Amounts.Milligrams(Math.Round(dose / saltFraction / 10) * 10)} of {salt} ({Amounts.Number(saltFraction * 100)} % calcium). Labels may state either; compare the elemental amount.",
            $"Total calcium from food and supplements stays at or below {Amounts.Milligrams(ul)} a day, the upper level for your age.",
            FoodFirst(facts),
        };
        notes.AddRange(extraNotes);
        if (doses.Count > 1)
        {
            notes.Add($"Split into {doses.Count} doses ({Amounts.Join(doses.Select(Amounts.Milligrams))}) at different times of day: no single dose above {Amounts.Milligrams(MaximumSingleDoseMilligrams)}, because less is absorbed from a larger dose.");
        }

        if (VitaminDDose.ThiazideNote(facts) is { } thiazide)
        {
            notes.Add(thiazide);
        }

        if (facts.Has(ConditionClass.KidneyStones))
        {
            notes.Add($"You have had kidney stones ({Amounts.Join(facts.Named(ConditionClass.KidneyStones))}): agree the dose with your clinician; calcium from food is preferred.");
        }

        if (facts.Has(ConditionClass.ChronicKidneyDisease) || facts.Input.Labs.Egfr is < SafetyCheck.CkdEgfr)
        {
            notes.Add("Your kidney function is reduced: agree calcium and vitamin D doses with your clinician.");
        }

        var why = citrate
            ? $"Calcium citrate because {Amounts.Join([.. facts.Named(DrugClass.AcidSuppressant), .. facts.Named(ConditionClass.Malabsorption), .. facts.Named(ConditionClass.Achlorhydria)])} lowers stomach acid or absorption, and citrate does not need stomach acid."
            : "Calcium carbonate, taken with food: it needs the stomach acid a meal brings.";
        var planned = new PlannedSupplement(
            form,
            dose,
            DoseUnit.Milligram,
            NutrientAmount.FromMilligrams(dose),
            (citrate ? "With or without food" : "With a meal") + (doses.Count > 1 ? $", in {doses.Count} doses at different meals." : "."),
            $"{reason} {why}",
            EvidenceGrade.D,
            citations,
            notes)
        {
            DividedDoses = doses.Count > 1 ? doses : [],
        };
        return PlanDecision.Take(planned, SupplementDose.Create(SupplementIngredient.Calcium, NutrientAmount.FromMilligrams(dose)));
    }

    /// <summary>Food first: the diary analysis' suggestions for the calcium gap, when it has any.</summary>
    private static string FoodFirst(PersonFacts facts)
    {
        var foods = facts.Intake?.Gaps.FirstOrDefault(g => g.Nutrient == IntakeNutrient.Calcium)?.Foods.Take(3).ToList() ?? [];
        return foods.Count == 0
            ? "Food first: more calcium-rich food can replace the supplement."
            : $"Food first: more calcium-rich food can replace the supplement, for example {Amounts.Join(foods.Select(f => $"{f.Portion.Label} of {f.Food.Name} ({Amounts.Milligrams(f.PerPortion)})"))}.";
    }

    /// <summary>Splits a daily dose (a multiple of <see cref="StepMilligrams"/>) into the fewest doses of at most
    /// <see cref="MaximumSingleDoseMilligrams"/>, as equal as the 100 mg steps allow, largest first.</summary>
    internal static IReadOnlyList<double> Split(double milligrams)
    {
        var count = (int)Math.Ceiling(milligrams / MaximumSingleDoseMilligrams - 1e-9);
        var steps = (int)Math.Round(milligrams / StepMilligrams);
        return [.. Enumerable.Range(0, count).Select(i => (steps / count + (i < steps % count ? 1 : 0)) * StepMilligrams)];
    }

    private static PlanDecision Withhold(string reason, string? code, IReadOnlyList<Citation> citations, bool review = false) =>
        PlanDecision.LeaveOut(new WithheldSupplement(IntakeNutrient.Calcium, reason, code, citations) { ReviewWhatIsTaken = review });
}
