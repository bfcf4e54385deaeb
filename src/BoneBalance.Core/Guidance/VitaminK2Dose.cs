using BoneBalance.Core.Evidence;
using BoneBalance.Core.Measures;
using BoneBalance.Core.Nutrition;
using BoneBalance.Core.Safety;

namespace BoneBalance.Core.Guidance;

/// <summary>
/// The plan's vitamin K2: MK-7 at 180 µg a day, the dose of the longest trial (3 years in healthy postmenopausal women,
/// Knapen 2013), graded B for such women like the knowledge base's answers (randomised, but limited and null in the trials
/// at low risk of bias, Mott 2019) and lower for a person who differs from them (a man, kidney disease, a care home, before
/// the menopause: <see cref="SupplementEvidence.VitaminK"/>, set by <see cref="SupplementEvidence.Grade"/>). Never with a vitamin K antagonist (any form of vitamin K changes the INR), never before vitamin K
/// deficiency signs have been seen by a clinician, and not in pregnancy, breastfeeding or under 18. A person already
/// taking vitamin K keeps it (MK-7 above 180 µg is brought down to 180 µg) rather than adding a second product.
/// </summary>
internal static class VitaminK2Dose
{
    /// <summary>MK-7 µg/day of the 3-year trial in postmenopausal women (Knapen 2013).</summary>
    public const double TrialDoseMicrograms = 180;

    /// <summary>MK-4 mg/day, the prescription dose of menatetrenone in Japan (Glakay label; OF study, Inoue 2009).</summary>
    public const double Mk4PrescriptionDoseMilligrams = 45;

    private static readonly Citation[] Sources = [EvidenceSources.Knapen2013, EvidenceSources.Mott2019, DietaryReferenceSources.Iom2001];

    // Notes that name only constants, written once rather than for every plan.
    private static readonly string Mk4Note =
        $"MK-4 at {Amounts.Number(Mk4PrescriptionDoseMilligrams)} mg a day (menatetrenone) is a prescription medicine in Japan, not an over-the-counter dose: take it only under a clinician.";

    private static readonly string EvidenceNote =
        $"Evidence: in one 3-year trial, MK-7 {Amounts.Number(TrialDoseMicrograms)} µg a day slowed bone loss at the spine and femoral neck in healthy postmenopausal women; "
            + "the latest meta-analysis found no effect on bone density or vertebral fractures in the trials at low risk of bias. It is not a treatment for osteoporosis.";

    /// <param name="facts">The person.</param>
    /// <param name="withVitaminD">What vitamin D the K2 is taken with, as the timing names it ("the vitamin D3" of the
    /// plan, or "your vitamin D2" the person takes), or null when there is none.</param>
    public static PlanDecision Decide(PersonFacts facts, string? withVitaminD)
    {
        var current = facts.VitaminKSupplements;
        var diaryOnly = current.Count == 0 && facts.TakesVitaminK;
        var taking = current.Count > 0 || diaryOnly
            ? $" You take {(diaryOnly ? "vitamin K supplements (in your diary)" : Amounts.Join(current.Select(Amounts.Describe)))} now: do not stop or change it on your own — stopping changes your INR too — but only with your anticoagulation clinic."
            : string.Empty;
        var vkas = facts.Named(DrugClass.VitaminKAntagonist);
        if (vkas.Count > 0)
        {
            var inr = facts.Input.Labs.Inr is { } value ? $" (your latest INR: {Amounts.Number(value)})" : string.Empty;
            return Withhold(
                $"You take {Amounts.Join(vkas)}, a vitamin K antagonist: any vitamin K supplement (K1 or K2, MK-7 or MK-4) works against it and lowers your INR{inr}, "
                    + $"weakening your protection against clots. Do not take a vitamin K supplement unless your anticoagulation clinic agrees and checks your INR.{taking}",
                SafetyFindingCodes.VkaVitaminK,
                [SafetySources.Theuwissen2013, SafetySources.Schurgers2004, SafetySources.GlakayLabel]);
        }

        if (facts.Input.Symptoms.Count > 0)
        {
            return Withhold(
                $"You reported {Amounts.Join(facts.Input.Symptoms.Distinct().Order().Select(SymptomTokens.Describe))}: see a clinician first. "
                    + "Do not start vitamin K on your own before the cause of the bleeding has been found.",
                SafetyFindingCodes.VitaminKDeficiencySigns,
                [SafetySources.StatPearlsVitaminKDeficiency]);
        }

        if (facts.LifeStageCode is { } lifeStage)
        {
            return Withhold(
                $"While {VitaminDDose.LifeStage(facts)}, supplements should not go beyond the reference intakes without a clinician, so the plan suggests "
                    + "no vitamin K2 supplement: get vitamin K from food (green vegetables, and natto, cheese or eggs for K2).",
                lifeStage,
                [SafetySources.Iom2001, SafetySources.Iom2011]);
        }

        var target = facts.References.TryGetValue(IntakeNutrient.VitaminKTotal, out var k) ? k.Target : (NutrientAmount?)null;
        var notes = new List<string>
        {
            Mk4Note,
            "K1 (phylloquinone, in green vegetables) and K2 (menaquinones: MK-7 in natto, MK-4 and others in cheese, eggs and meat) are both vitamin K"
                + (target is { } t ? $"; the adequate intake of {Amounts.Micrograms(t)} a day for you covers both, and no upper level was set." : "."),
            EvidenceNote,
        };
        var doacs = facts.Named(DrugClass.DirectOralAnticoagulant);
        if (doacs.Count > 0)
        {
            notes.Add($"{Amounts.Join(doacs)} does not work through vitamin K, so K2 does not weaken it.");
        }

        var timing = withVitaminD is { } d ? $"Once a day with a meal that contains fat, together with {d}." : "Once a day with a meal that contains fat.";
        var mk7 = current.Where(s => s.Form == SupplementForm.VitaminK2Mk7).Aggregate(NutrientAmount.Zero, (sum, s) => sum + s.Amount);
        if (mk7 > NutrientAmount.Zero)
        {
            var keep = Math.Min(mk7.Micrograms, TrialDoseMicrograms);
            var reason = mk7.Micrograms > TrialDoseMicrograms
                ? $"You take {Amounts.Micrograms(mk7)} of MK-7 a day. Nothing shows that more than the {Amounts.Number(TrialDoseMicrograms)} µg studied for 3 years helps, so the plan brings it down to {Amounts.Number(TrialDoseMicrograms)} µg."
                : $"You already take {Amounts.Micrograms(mk7)} of MK-7 a day, within the {Amounts.Number(TrialDoseMicrograms)} µg studied for 3 years: keep it; there is no need to add more.";
            return Keep(SupplementForm.VitaminK2Mk7, keep, DoseUnit.Microgram, NutrientAmount.FromMicrograms(keep), timing, reason, notes);
        }

        if (current.Count > 0)
        {
            var first = current[0];
            var sum = current.Where(s => s.Form == first.Form).Aggregate(NutrientAmount.Zero, (total, s) => total + s.Amount);
            var prescription = first.Form == SupplementForm.VitaminK2Mk4 && sum.Milligrams >= 1
                ? $" Doses in milligrams are the prescription range of menatetrenone (MK-4 {Amounts.Number(Mk4PrescriptionDoseMilligrams)} mg a day in Japan): keep taking it only under a clinician."
                : string.Empty;
            return Keep(
                first.Form, first.Unit == DoseUnit.Milligram ? sum.Milligrams : sum.Micrograms, first.Unit, sum, timing,
                $"You already take {Amounts.Describe(first.Form)} ({Amounts.Dose(first.Unit == DoseUnit.Milligram ? sum.Milligrams : sum.Micrograms, first.Unit)} a day): keep what you take rather than adding a second vitamin K product.{prescription}",
                notes);
        }

        if (diaryOnly)
        {
            return PlanDecision.LeaveOut(new WithheldSupplement(
                IntakeNutrient.VitaminKTotal,
                "Your diary shows vitamin K supplements on some days: keep to what you take rather than adding a second vitamin K product, and list it among your "
                    + "daily supplements so BoneBalance can check its dose.",
                null,
                Sources));
        }

        // Food that already gives the trial dose of long-chain menaquinones (natto: MK-7) makes a supplement pointless.
        if (facts.Diet(IntakeNutrient.LongChainMenaquinones) is { } dietMk7 && dietMk7.Micrograms >= TrialDoseMicrograms)
        {
            return PlanDecision.LeaveOut(new WithheldSupplement(
                IntakeNutrient.VitaminK2Total,
                $"Your food already gives about {Amounts.Micrograms(dietMk7)} of MK-7 and longer menaquinones a day (natto is the richest source), at least the "
                    + $"{Amounts.Number(TrialDoseMicrograms)} µg a day studied for bone: a K2 supplement would add nothing.",
                null,
                [EvidenceSources.Knapen2013, EvidenceSources.Schurgers2007]));
        }

        var amount = NutrientAmount.FromMicrograms(TrialDoseMicrograms);
        var planned = new PlannedSupplement(
            SupplementForm.VitaminK2Mk7, TrialDoseMicrograms, DoseUnit.Microgram, amount, timing,
            $"Optional. If you want a vitamin K2 supplement, MK-7 {Amounts.Number(TrialDoseMicrograms)} µg a day is the dose studied longest for bone; you take no vitamin K supplement "
                + "and nothing in your medicines or conditions rules it out.",
            EvidenceGrade.B, Sources, notes);
        return PlanDecision.Take(planned, SupplementDose.Create(SupplementIngredient.Menaquinone7, amount));
    }

    private static PlanDecision Keep(SupplementForm form, double dose, DoseUnit unit, NutrientAmount amount, string timing, string reason, List<string> notes)
    {
        IReadOnlyList<Citation> citations = form == SupplementForm.VitaminK2Mk4 ? [.. Sources, SafetySources.GlakayLabel, EvidenceSources.Inoue2009] : Sources;
        return PlanDecision.Take(new PlannedSupplement(form, dose, unit, amount, timing, reason, EvidenceGrade.B, citations, notes), null);
    }

    private static PlanDecision Withhold(string reason, string code, IReadOnlyList<Citation> citations) =>
        PlanDecision.LeaveOut(new WithheldSupplement(IntakeNutrient.VitaminKTotal, reason, code, citations));
}
