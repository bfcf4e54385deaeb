using BoneBalance.Core.Evidence;
using BoneBalance.Core.Measures;
using BoneBalance.Core.Nutrition;
using BoneBalance.Core.Safety;

namespace BoneBalance.Core.Guidance;

/// <summary>
/// The plan's vitamin D: always D3 (cholecalciferol), never D2, because D3 raises 25-OH vitamin D more (two
/// meta-analyses; both forms are made industrially, so "D2 is synthetic" is no reason). The dose is what is missing to the
/// RDA for the person's age (IOM 2011: 15 µg / 600 IU to 70 years, 20 µg / 800 IU over 70, from the shipped reference
/// intakes) after diet and current supplements, rounded up to a common product strength, and never so much that diet +
/// current supplements + the plan exceed the UL (IOM 2011, from the same data). Pregnant or breastfeeding women and
/// under-18s get at most the RDA from supplements. A known 25-OH vitamin D is read with the IOM 2011 ranges only.
/// The target follows the situation (issue 12 §3): from age 50 at least 800 IU (20 µg) a day, the lower end of the BHOF 2022
/// advice (<see cref="BhofFromAge"/>); a level that is adequate on the vitamin D already taken is "keep taking it", not "no
/// supplement is needed"; malabsorption and pregnancy get a note from the Endocrine Society 2024 guideline (Demay 2024).
/// </summary>
internal static class VitaminDDose
{
    /// <summary>25-OH vitamin D (ng/mL) below which a person is at risk of deficiency (IOM 2011: &lt; 30 nmol/L, 12 ng/mL;
    /// <see cref="GuidanceSources.Kahwati2018"/>).</summary>
    public const double DeficiencyBelowNgPerMl = 12;

    /// <summary>25-OH vitamin D (ng/mL) at or above which practically all persons are sufficient (IOM 2011: 50 nmol/L,
    /// 20 ng/mL; report p. 14).</summary>
    public const double SufficientFromNgPerMl = 20;

    /// <summary>25-OH vitamin D (ng/mL) above which there may be reason for concern (IOM 2011: 125 nmol/L, 50 ng/mL;
    /// report p. 14).</summary>
    public const double ConcernAboveNgPerMl = 50;

    /// <summary>Age from which BHOF 2022 advises 800–1,000 IU (20–25 µg) of vitamin D a day
    /// (<see cref="GuidanceSources.LeBoff2022VitaminD"/>).</summary>
    public const int BhofFromAge = 50;

    /// <summary>The lower end of the BHOF range, µg a day (800 IU): the target from <see cref="BhofFromAge"/> when the IOM RDA
    /// is lower (15 µg to 70 years).</summary>
    public const double BhofMinimumMicrograms = 20;

    /// <summary>Strengths (µg) in which vitamin D3 is commonly sold: 200, 400, 600, 800 and 1,000 IU. A product fact used for
    /// rounding, not a medical constant.</summary>
    public static IReadOnlyList<double> ProductStrengthsMicrograms { get; } = [5, 10, 15, 20, 25];

    private static readonly Citation[] DoseSources = [DietaryReferenceSources.Iom2011, EvidenceSources.Balachandar2021, EvidenceSources.VanDenHeuvel2023];

    /// <param name="facts">The person.</param>
    /// <param name="withVitaminK">The form of the plan's vitamin K item when the plan holds one (the D3 is taken with it),
    /// else null.</param>
    public static PlanDecision Decide(PersonFacts facts, SupplementForm? withVitaminK)
    {
        var reference = facts.References[IntakeNutrient.VitaminD];
        var (rda, targetText, targetSentence) = Target(facts, reference.Target);
        var ul = reference.UpperLimit ?? throw new InvalidOperationException("The vitamin D reference intake has no upper limit.");
        var current = facts.Supplementing(SupplementIngredient.VitaminD);
        var diet = facts.Diet(IntakeNutrient.VitaminD);
        var level = facts.Input.Labs.VitaminD25OhNgPerMl;

        if (facts.CalciumVitaminDHold is { } hold)
        {
            return Withhold(hold.Reason, hold.FindingCode, hold.Citations);
        }

        if (level is { } high && high > ConcernAboveNgPerMl)
        {
            return Withhold(
                $"Your 25-OH vitamin D is {Amounts.Number(high)} ng/mL, above {Amounts.Number(ConcernAboveNgPerMl)} ng/mL, where the US Institute of Medicine "
                    + "found there may be reason for concern; more vitamin D is not suggested" + (current > NutrientAmount.Zero ? ", and ask your clinician whether to lower what you take." : "."),
                null, [DietaryReferenceSources.Iom2011, GuidanceSources.Kahwati2018], review: current > NutrientAmount.Zero);
        }

        if (level is { } adequate && adequate >= SufficientFromNgPerMl && current > NutrientAmount.Zero)
        {
            return Withhold(
                $"Your 25-OH vitamin D is {Amounts.Number(adequate)} ng/mL, adequate on what you already take ({Amounts.VitaminD(current)} a day): keep taking it; the plan adds no more.",
                null, [DietaryReferenceSources.Iom2011, GuidanceSources.Kahwati2018]);
        }

        // An adequate level needs no supplement, except on glucocorticoids at the ACR dose: they lower calcium absorption,
        // and ACR advises vitamin D for everyone on them (Buckley 2017), so the plan still aims at the target.
        var glucocorticoids = GlucocorticoidCalciumVitaminD.Applies(facts);
        if (level is { } sufficient && sufficient >= SufficientFromNgPerMl && !glucocorticoids)
        {
            return Withhold(
                $"Your 25-OH vitamin D is {Amounts.Number(sufficient)} ng/mL: at {Amounts.Number(SufficientFromNgPerMl)} ng/mL or more practically everyone has enough for bone health "
                    + "(US Institute of Medicine), so no vitamin D supplement is needed for it.",
                null, [DietaryReferenceSources.Iom2011, GuidanceSources.Kahwati2018]);
        }

        var known = (diet ?? NutrientAmount.Zero) + current;
        var need = rda.Shortfall(known);
        var lowerBound = facts.DietComplete(IntakeNutrient.VitaminD) ? string.Empty : " (at least; some foods in your diary have no vitamin D value)";
        var dietText = diet is { } d ? $"your diet gives about {Amounts.VitaminD(d)} a day{lowerBound}" : facts.FoodLogged ? "your usual diet is not known yet (too few days in the food diary), so it is counted as none" : "your diet is not known (no food diary), so it is counted as none";
        var currentText = current > NutrientAmount.Zero ? $" and your supplements {Amounts.VitaminD(current)}" : string.Empty;
        if (need <= NutrientAmount.Zero)
        {
            return Withhold(
                $"Your intake already meets {targetText}: {dietText}{currentText}."
                    + (level is { } low ? $" Your 25-OH vitamin D of {Amounts.Number(low)} ng/mL is still low, so ask your clinician why, rather than adding more." : string.Empty),
                null, [DietaryReferenceSources.Iom2011]);
        }

        var room = ul.Shortfall(known);
        if (facts.LifeStageLimited)
        {
            var lifeStageRoom = rda.Shortfall(current);
            room = lifeStageRoom < room ? lifeStageRoom : room;
        }

        if (Strength(need, room) is not { } dose)
        {
            return Withhold(
                $"A vitamin D supplement would take you above {(facts.LifeStageLimited ? $"the RDA of {Amounts.VitaminD(rda)} that applies while {LifeStage(facts)}" : $"the upper level of {Amounts.VitaminD(ul)} a day")}: {dietText}{currentText}.",
                facts.LifeStageLimited ? facts.LifeStageCode : SafetyFindingCodes.VitaminDAboveUl,
                [DietaryReferenceSources.Iom2011]);
        }

        var notes = new List<string>
        {
            "D3 (cholecalciferol) rather than D2 (ergocalciferol): D3 raises blood 25-OH vitamin D more. Both are made industrially; D2 is not more \"synthetic\" than D3.",
            $"Total vitamin D from food and supplements stays at or below {Amounts.VitaminD(ul)} a day, the upper level for your age, unless a clinician prescribes more.",
        };
        if (!facts.DietKnown)
        {
            notes.Add(facts.KeepADiary("so the dose can take your food into account."));
        }

        if (facts.LifeStageLimited)
        {
            notes.Add($"While {LifeStage(facts)}, supplements stay within the RDA unless a clinician advises otherwise.");
        }

        if (ThiazideNote(facts) is { } thiazide)
        {
            notes.Add(thiazide);
        }

        var citations = new List<Citation>(DoseSources);
        if (level is not null)
        {
            citations.Add(GuidanceSources.Kahwati2018);
        }

        if (rda != reference.Target)
        {
            citations.Add(GuidanceSources.LeBoff2022VitaminD);
        }

        if (SituationNotes(facts) is { Count: > 0 } situation)
        {
            notes.AddRange(situation);
            citations.Add(GuidanceSources.Demay2024);
        }

        var levelText = level is { } measured
            ? measured < DeficiencyBelowNgPerMl
                ? $" Your 25-OH vitamin D of {Amounts.Number(measured)} ng/mL is in the range where the US Institute of Medicine puts people at risk of deficiency: this dose only maintains; treating a deficiency is for your clinician."
                : measured < SufficientFromNgPerMl
                    ? $" Your 25-OH vitamin D of {Amounts.Number(measured)} ng/mL is in the range where some people do not have enough (12–20 ng/mL)."
                    : $" Your 25-OH vitamin D of {Amounts.Number(measured)} ng/mL is adequate now; the American College of Rheumatology advises vitamin D for everyone "
                        + "taking a glucocorticoid at your dose, because it lowers calcium absorption."
            : string.Empty;
        if (glucocorticoids)
        {
            citations.Add(GuidanceSources.Buckley2017);
        }

        var amount = NutrientAmount.FromMicrograms(dose);
        var planned = new PlannedSupplement(
            SupplementForm.VitaminD3,
            dose,
            DoseUnit.Microgram,
            amount,
            withVitaminK is { } k
                ? $"Once a day with a meal that contains fat, together with the {(k == SupplementForm.VitaminK1 ? "vitamin K1" : "vitamin K2")}."
                : "Once a day with a meal that contains fat.",
            $"{targetSentence}; {dietText}{currentText}, so about {Amounts.VitaminD(need)} is missing. "
                + $"{Amounts.VitaminD(amount)} is the nearest common product strength that covers it and keeps your total within the upper level.{levelText}",
            EvidenceGrade.D,
            citations,
            notes);
        return PlanDecision.Take(planned, SupplementDose.Create(SupplementIngredient.VitaminD, amount));
    }

    /// <summary>
    /// The intake the plan aims at and how the reason names it: the IOM 2011 RDA, or from <see cref="BhofFromAge"/> at least
    /// <see cref="BhofMinimumMicrograms"/> (BHOF 2022) — not while pregnant, breastfeeding or under 18, where supplements stay
    /// within the RDA.
    /// </summary>
    internal static (NutrientAmount Target, string Name, string Sentence) Target(PersonFacts facts, NutrientAmount rda)
    {
        var bhof = NutrientAmount.FromMicrograms(BhofMinimumMicrograms);
        return facts.Person.AgeYears >= BhofFromAge && !facts.LifeStageLimited && rda < bhof
            ? (bhof,
                $"the {Amounts.VitaminD(bhof)} a day advised from age {BhofFromAge} by the Bone Health and Osteoporosis Foundation (the RDA for your age is {Amounts.VitaminD(rda)})",
                $"From age {BhofFromAge}, the Bone Health and Osteoporosis Foundation advises at least {Amounts.VitaminD(bhof)} a day (the RDA for your age is {Amounts.VitaminD(rda)})")
            : (rda, $"the RDA of {Amounts.VitaminD(rda)} for your age", $"The RDA for your age is {Amounts.VitaminD(rda)} a day");
    }

    /// <summary>True when the 25-OH vitamin D is adequate (20 to 50 ng/mL) on vitamin D the person already takes, and no hold
    /// applies: "keep taking it" (KEEP_VITAMIN_D) rather than "no supplement is needed".</summary>
    internal static bool AdequateOnCurrent(PersonFacts facts) =>
        facts.CalciumVitaminDHold is null
        && facts.Input.Labs.VitaminD25OhNgPerMl is >= SufficientFromNgPerMl and <= ConcernAboveNgPerMl
        && facts.Supplementing(SupplementIngredient.VitaminD) > NutrientAmount.Zero;

    /// <summary>Notes for situations the plan's prevention dose does not settle (Endocrine Society 2024, Demay 2024):
    /// malabsorption (its recommendations do not apply to people who need vitamin D treatment) and pregnancy (it suggests
    /// vitamin D in pregnancy; the plan keeps within the RDA).</summary>
    internal static IReadOnlyList<string> SituationNotes(PersonFacts facts)
    {
        var notes = new List<string>();
        if (facts.Named(ConditionClass.Malabsorption) is { Count: > 0 } malabsorption)
        {
            notes.Add($"With {Amounts.Join(malabsorption)}, less vitamin D is absorbed and this dose may not be enough: guidance on vitamin D for prevention does not cover "
                + "conditions that need vitamin D treatment, so ask your clinician to set your dose and check your level.");
        }

        if (facts.SafetyPerson.Pregnant)
        {
            notes.Add("The Endocrine Society (2024) suggests taking vitamin D during pregnancy; the plan keeps it within the RDA, far below the upper level, unless your clinician advises more.");
        }

        return notes;
    }

    /// <summary>The forms of vitamin D the person takes now (daily supplements and diary supplements), each once.</summary>
    internal static IReadOnlyList<SupplementForm> FormsTaken(PersonFacts facts) =>
        [.. facts.Input.Supplements.Select(s => s.Form).Concat(facts.Input.DiarySupplements.Select(s => s.Form))
            .Where(f => f is SupplementForm.VitaminD3 or SupplementForm.VitaminD2).Distinct().Order()];

    /// <summary>
    /// The vitamin D that a vitamin K item is taken with, as its timing names it: "the vitamin D3" when the plan holds D3;
    /// otherwise what the person already takes ("your vitamin D2", "your vitamin D3", or "your vitamin D" for both forms);
    /// null when there is none, and while calcium and vitamin D are on hold (the timing must not read as advice to keep
    /// taking a vitamin D the hold asks the person to review).
    /// </summary>
    internal static string? Companion(PersonFacts facts, PlannedSupplement? plannedVitaminD)
    {
        if (plannedVitaminD is not null)
        {
            return $"the {Amounts.Describe(plannedVitaminD.Form)}";
        }

        if (facts.CalciumVitaminDHold is not null || facts.Supplementing(SupplementIngredient.VitaminD) <= NutrientAmount.Zero)
        {
            return null;
        }

        return FormsTaken(facts) is [var only] ? $"your {Amounts.Describe(only)}" : "your vitamin D";
    }

    /// <summary>
    /// True when the person takes vitamin D2 (ergocalciferol) and their 25-OH vitamin D is below
    /// <see cref="SufficientFromNgPerMl"/> (20 ng/mL): they are advised to prefer D3, which raises 25-OH vitamin D more
    /// (Tripkovic 2012, Balachandar 2021, van den Heuvel 2023). Not while calcium and vitamin D are on hold (high
    /// calcium): that is for the clinician first.
    /// </summary>
    internal static bool PreferD3(PersonFacts facts) =>
        facts.CalciumVitaminDHold is null
        && facts.Input.Labs.VitaminD25OhNgPerMl is < SufficientFromNgPerMl
        && FormsTaken(facts).Contains(SupplementForm.VitaminD2);

    /// <summary>The smallest product strength that covers <paramref name="need"/>; when that would exceed
    /// <paramref name="room"/>, the largest strength within it; null when none fits.</summary>
    internal static double? Strength(NutrientAmount need, NutrientAmount room)
    {
        // A hair of tolerance so that 15 µg needed is covered by the 15 µg strength despite floating-point sums.
        const double Tolerance = 1e-9;
        // Loops over the ascending strengths (Cast<double?> boxed every strength): the smallest that covers the need,
        // if it fits the room; otherwise the largest that fits.
        double? largestFitting = null;
        foreach (var s in ProductStrengthsMicrograms)
        {
            if (s + Tolerance >= need.Micrograms)
            {
                return s <= room.Micrograms + Tolerance ? s : largestFitting;
            }

            if (s <= room.Micrograms + Tolerance)
            {
                largestFitting = s;
            }
        }

        return largestFitting;
    }

    /// <summary>The note for a thiazide user (HYPERCALCAEMIA_RISK with calcium or vitamin D supplements: monitor blood calcium).</summary>
    internal static string? ThiazideNote(PersonFacts facts) =>
        facts.Named(DrugClass.ThiazideDiuretic) is { Count: > 0 } thiazides
            ? $"You take {Amounts.Join(thiazides)}, which makes the kidneys keep calcium: ask your clinician to check your blood calcium while you take this (see the HYPERCALCAEMIA_RISK finding)."
            : null;

    internal static string LifeStage(PersonFacts facts) =>
        facts.SafetyPerson.Pregnant ? "you are pregnant" : facts.SafetyPerson.Breastfeeding ? "you are breastfeeding" : "you are under 18";

    private static PlanDecision Withhold(string reason, string? code, IReadOnlyList<Citation> citations, bool review = false) =>
        PlanDecision.LeaveOut(new WithheldSupplement(IntakeNutrient.VitaminD, reason, code, citations) { ReviewWhatIsTaken = review });
}
