using BoneBalance.Core.Evidence;
using BoneBalance.Core.Guidance;
using BoneBalance.Core.Nutrition;
using BoneBalance.Core.Safety;
using static BoneBalance.TestSupport.GuidanceFixtures;

namespace BoneBalance.Core.Tests.Guidance;

/// <summary>
/// Vitamin K2 in its place: not in the default plan (the null trials beside the positive one, graded for the
/// person: B for a healthy postmenopausal woman at home, lower for a man); kept when already taken; MK-4 in milligrams is
/// "only with a clinician" (1 mg edge); never with a vitamin K antagonist.
/// </summary>
public class VitaminK2PlaceTests
{
    [Fact]
    public void K2_is_not_in_the_default_plan_and_the_reason_gives_both_sides()
    {
        var a = Assess(new AssessmentInput(Woman(67)));
        Assert.Null(a.Planned(IntakeNutrient.VitaminKTotal));
        Assert.False(a.Has(RecommendationCodes.TakeVitaminK2));
        var withheld = a.Withheld(IntakeNutrient.VitaminK2Total)!;
        Assert.StartsWith("Vitamin K2 is not part of the plan: one 3-year trial found slower bone loss, but other trials found no effect on bone density", withheld.Reason, StringComparison.Ordinal);
        Assert.Null(withheld.FindingCode);
        foreach (var c in new[] { EvidenceSources.Knapen2013, EvidenceSources.Emaus2010, EvidenceSources.Ronn2016, EvidenceSources.Inoue2009, EvidenceSources.Diederichsen2022, EvidenceSources.Mott2019 })
        {
            Assert.Contains(c, withheld.Citations);
        }
    }

    [Fact]
    public void The_left_out_K2_is_graded_for_the_person()
    {
        var woman = Assess(new AssessmentInput(Woman(67))).Get(RecommendationCodes.NoVitaminKSupplement);
        Assert.Equal(EvidenceGrade.B, woman.Grade);
        Assert.Contains("Evidence grade B for you, as for the people studied", woman.Advice, StringComparison.Ordinal);

        // No trial in men: one step lower.
        var man = Assess(new AssessmentInput(Man(67))).Get(RecommendationCodes.NoVitaminKSupplement);
        Assert.Equal(EvidenceGrade.C, man.Grade);
        Assert.Contains("you are a man", man.Advice, StringComparison.Ordinal);
    }

    [Fact]
    public void MK7_already_taken_is_kept_as_optional()
    {
        var a = Assess(new AssessmentInput(Woman(67)) { Supplements = [Supplement(SupplementForm.VitaminK2Mk7, 100, DoseUnit.Microgram)] });
        Assert.Equal(100.0, a.Planned(IntakeNutrient.VitaminKTotal)!.Dose);
        var r = a.Get(RecommendationCodes.TakeVitaminK2);
        Assert.StartsWith("Optional:", r.Title, StringComparison.Ordinal);
        Assert.Equal(RecommendationPriority.Low, r.Priority);
        Assert.Contains(a.Planned(IntakeNutrient.VitaminKTotal)!.Notes, n => n.Contains("other trials found no effect on bone density", StringComparison.Ordinal));
    }

    // MK-4 from 1 mg a day is the prescription range of menatetrenone (45 mg a day in Japan).
    [Theory]
    [InlineData(999, DoseUnit.Microgram, false)]
    [InlineData(1, DoseUnit.Milligram, true)]
    [InlineData(45, DoseUnit.Milligram, true)]
    public void MK4_in_milligrams_is_only_with_a_clinician(double dose, DoseUnit unit, bool prescription)
    {
        var a = Assess(new AssessmentInput(Woman(67)) { Supplements = [Supplement(SupplementForm.VitaminK2Mk4, dose, unit)] });
        var r = a.Get(RecommendationCodes.TakeVitaminK2);
        Assert.Equal(prescription, r.Title.StartsWith("Only with a clinician:", StringComparison.Ordinal));
        Assert.Equal(prescription ? RecommendationPriority.Medium : RecommendationPriority.Low, r.Priority);
        Assert.Equal(prescription, a.Planned(IntakeNutrient.VitaminKTotal)!.Reason.Contains("take it only with a clinician who knows you take it", StringComparison.Ordinal));
    }

    [Fact]
    public void Never_with_a_vitamin_K_antagonist()
    {
        var a = Assess(new AssessmentInput(Man(77)) { Medications = [Med("warfarin")], Supplements = [Supplement(SupplementForm.VitaminK2Mk7, 100, DoseUnit.Microgram)] });
        Assert.False(a.Has(RecommendationCodes.TakeVitaminK2));
        Assert.Equal(SafetyFindingCodes.VkaVitaminK, a.Withheld(IntakeNutrient.VitaminKTotal)!.FindingCode);
        Assert.Null(a.Withheld(IntakeNutrient.VitaminK2Total));
    }

    [Fact]
    public void Kept_K2_says_a_direct_oral_anticoagulant_is_not_weakened_only_when_one_is_taken()
    {
        var mk7 = Supplement(SupplementForm.VitaminK2Mk7, 100, DoseUnit.Microgram);
        var doac = Assess(new AssessmentInput(Woman(67)) { Supplements = [mk7], Medications = [Med("apixaban")] }).Planned(IntakeNutrient.VitaminKTotal)!;
        Assert.Contains(doac.Notes, n => n.StartsWith("apixaban does not work through vitamin K, so K2 does not weaken it.", StringComparison.OrdinalIgnoreCase));

        var none = Assess(new AssessmentInput(Woman(67)) { Supplements = [mk7] }).Planned(IntakeNutrient.VitaminKTotal)!;
        Assert.DoesNotContain(none.Notes, n => n.Contains("does not work through vitamin K", StringComparison.Ordinal));
    }

    [Fact]
    public void Withheld_for_a_VKA_the_reason_names_the_vitamin_K_taken_now_and_says_not_to_stop_it_alone()
    {
        const string DoNotStop = "now: do not stop or change it on your own";
        var taken = Assess(new AssessmentInput(Woman(67)) { Supplements = [Supplement(SupplementForm.VitaminK2Mk7, 100, DoseUnit.Microgram)], Medications = [Med("warfarin")] });
        var reason = taken.Withheld(IntakeNutrient.VitaminKTotal)!.Reason;
        Assert.Contains(" You take vitamin K2 (MK-7) 100 µg a day " + DoNotStop, reason, StringComparison.Ordinal);

        var diary = Assess(new AssessmentInput(Woman(67))
        {
            DiarySupplements = [SupplementEntry.Create(Day, SupplementForm.VitaminK2Mk7, 100, DoseUnit.Microgram)],
            Medications = [Med("warfarin")],
        });
        Assert.Contains(" You take vitamin K supplements (in your diary) " + DoNotStop, diary.Withheld(IntakeNutrient.VitaminKTotal)!.Reason, StringComparison.Ordinal);

        var none = Assess(new AssessmentInput(Woman(67)) { Medications = [Med("warfarin")] });
        Assert.DoesNotContain(DoNotStop, none.Withheld(IntakeNutrient.VitaminKTotal)!.Reason, StringComparison.Ordinal);
    }
}
