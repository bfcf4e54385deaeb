using BoneBalance.Core.Evidence;
using BoneBalance.Core.Measures;
using BoneBalance.Core.Nutrition;
using BoneBalance.Core.Safety;

namespace BoneBalance.Core.Guidance;

/// <summary>
/// The plan's vitamin K: not part of the default plan. The trials disagree — one positive 3-year trial of MK-7
/// 180 µg in healthy postmenopausal women (Knapen 2013) beside null trials of MK-7 (Emaus 2010, Rønn 2016), of MK-4 45 mg for
/// fractures (the OF Study, Inoue 2009) and of MK-7 with vitamin D for vascular calcification (AVADEC, Diederichsen 2022) —
/// so a person who takes none is told why none is added, with the evidence graded for them
/// (<see cref="SupplementEvidence.VitaminK"/>: B for healthy postmenopausal women, lower for a man, kidney disease, a care
/// home, before the menopause). A person already taking vitamin K keeps it (MK-7 above 180 µg is brought down to 180 µg)
/// rather than adding a second product, graded the same way; MK-4 in milligrams (menatetrenone, 45 mg a day in Japan) is a
/// prescription dose: only with a clinician. Never with a vitamin K antagonist (any form of vitamin K changes the INR), never
/// before vitamin K deficiency signs have been seen by a clinician, and not in pregnancy, breastfeeding or under 18.
/// </summary>
internal static class VitaminK2Dose
{
    /// <summary>MK-7 µg/day of the 3-year trial in postmenopausal women (Knapen 2013).</summary>
    public const double TrialDoseMicrograms = 180;

    /// <summary>MK-4 mg/day, the prescription dose of menatetrenone in Japan (Glakay label; OF study, Inoue 2009).</summary>
    public const double Mk4PrescriptionDoseMilligrams = 45;

    private static readonly Citation[] Sources =
    [
        EvidenceSources.Knapen2013, EvidenceSources.Emaus2010, EvidenceSources.Ronn2016, EvidenceSources.Inoue2009, EvidenceSources.Diederichsen2022,
        EvidenceSources.Mott2019, DietaryReferenceSources.Iom2001,
    ];

    // Notes that name only constants, written once rather than for every plan.
    private static readonly string Mk4Note =
        $"MK-4 at {Amounts.Number(Mk4PrescriptionDoseMilligrams)} mg a day (menatetrenone) is a prescription medicine in Japan, not an over-the-counter dose: take it only under a clinician.";

    private static readonly string EvidenceNote =
        $"Evidence: in one 3-year trial, MK-7 {Amounts.Number(TrialDoseMicrograms)} µg a day slowed bone loss at the spine and femoral neck in healthy postmenopausal women; "
            + "other trials found no effect on bone density (MK-7 for a year in women after the menopause, in Norway and in Denmark), the OF Study of MK-4 45 mg in 4,378 Japanese women "
            + "found no fewer new spine fractures, and in the AVADEC trial MK-7 with vitamin D did not slow the hardening (calcification) of a heart valve in older men. "
            + "The most rigorous meta-analysis found no effect on bone density or spine fractures in the trials at low risk of bias. It is not a treatment for osteoporosis.";

    /// <summary>The evidence grade for vitamin K2 (MK-7) for this person: B for healthy postmenopausal women living at home,
    /// lowered for each way the person differs (<see cref="SupplementEvidence.VitaminK"/>).</summary>
    internal static PersonalGrade GradeFor(PersonFacts facts) =>
        IndirectnessGrading.Best(SupplementEvidence.For(SupplementForm.VitaminK2Mk7), SupplementEvidence.Subject(facts, new HashSet<IntakeNutrient>()));

    /// <summary>True for a kept MK-4 item in milligrams: the prescription range of menatetrenone (45 mg a day in Japan),
    /// which is taken only with a clinician.</summary>
    internal static bool IsPrescriptionDose(PlannedSupplement s) => s.Form == SupplementForm.VitaminK2Mk4 && s.Amount.Milligrams >= 1;

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
            var dose = Amounts.Dose(first.Unit == DoseUnit.Milligram ? sum.Milligrams : sum.Micrograms, first.Unit);
            var reason = first.Form == SupplementForm.VitaminK2Mk4 && sum.Milligrams >= 1
                ? $"You take MK-4 (menatetrenone) at {dose} a day. Doses in milligrams are the prescription range of menatetrenone ({Amounts.Number(Mk4PrescriptionDoseMilligrams)} mg a day in Japan), "
                    + "a medicine, not a supplement: take it only with a clinician who knows you take it, and do not add a second vitamin K product."
                : $"You already take {Amounts.Describe(first.Form)} ({dose} a day): keep what you take rather than adding a second vitamin K product.";
            return Keep(
                first.Form, first.Unit == DoseUnit.Milligram ? sum.Milligrams : sum.Micrograms, first.Unit, sum, timing, reason, notes);
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

        // Not part of the default plan: the person is told why none is added, and how strong the evidence is for them.
        var grade = GradeFor(facts);
        return PlanDecision.LeaveOut(new WithheldSupplement(
            IntakeNutrient.VitaminK2Total,
            "Vitamin K2 is not part of the plan: one 3-year trial found slower bone loss, but other trials found no effect on bone density, spine fractures or the "
                + "hardening of arteries and heart valves. It is optional: if you want to try it, talk to your clinician first; MK-7 "
                + $"{Amounts.Number(TrialDoseMicrograms)} µg a day is the dose studied longest. {grade.Note}",
            null,
            [.. Sources, .. grade.Body.Citations.Where(c => !Sources.Contains(c))]));
    }

    private static PlanDecision Keep(SupplementForm form, double dose, DoseUnit unit, NutrientAmount amount, string timing, string reason, List<string> notes)
    {
        IReadOnlyList<Citation> citations = form == SupplementForm.VitaminK2Mk4 ? [.. Sources, SafetySources.GlakayLabel] : Sources;
        return PlanDecision.Take(new PlannedSupplement(form, dose, unit, amount, timing, reason, EvidenceGrade.B, citations, notes), null);
    }

    private static PlanDecision Withhold(string reason, string code, IReadOnlyList<Citation> citations) =>
        PlanDecision.LeaveOut(new WithheldSupplement(IntakeNutrient.VitaminKTotal, reason, code, citations));
}
