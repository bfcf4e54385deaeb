using BoneBalance.Core.Evidence;
using BoneBalance.Core.Guidance;
using BoneBalance.Core.Nutrition;
using BoneBalance.Core.Safety;
using static BoneBalance.TestSupport.GuidanceFixtures;

namespace BoneBalance.Core.Tests.Guidance;

/// <summary>
/// The recommendation for a supplement left out of the plan: its title says whether the person takes that nutrient now,
/// its reason is the withheld item's first sentence, and its grade is the person's K2 grade only for K2 left out of the
/// default plan (otherwise D: reference intakes and guideline ranges).
/// </summary>
public class WithheldWordingTests
{
    [Fact]
    public void A_vitamin_D_level_above_50_without_a_supplement_says_no_supplement_in_one_sentence_at_grade_D()
    {
        var a = Assess(new AssessmentInput(Woman()) { Labs = LabResults.Create(vitaminD25OhNgPerMl: 60) });
        var r = a.Get(RecommendationCodes.NoVitaminDSupplement);
        Assert.Equal("No vitamin D supplement for now", r.Title);
        Assert.Equal(a.Withheld(IntakeNutrient.VitaminD)!.Reason, r.Reason);
        Assert.Equal(EvidenceGrade.D, r.Grade);
    }

    [Fact]
    public void Vitamin_D_taken_beside_calcium_counts_as_vitamin_D_taken()
    {
        // 5,000 IU = 125 µg > the 100 µg UL: review it.
        var a = Assess(new AssessmentInput(Woman())
        {
            Supplements = [Supplement(SupplementForm.CalciumCarbonate, 500, DoseUnit.Milligram), Supplement(SupplementForm.VitaminD3, 5000, DoseUnit.InternationalUnit)],
        });
        Assert.Equal("Do not add vitamin D; review what you take with your clinician", a.Get(RecommendationCodes.NoVitaminDSupplement).Title);
    }

    [Fact]
    public void K2_left_out_of_the_plan_gives_its_first_sentence_and_the_persons_K2_grade()
    {
        var a = Assess(new AssessmentInput(Woman()));
        var r = a.Get(RecommendationCodes.NoVitaminKSupplement);
        Assert.Equal(
            "Vitamin K2 is not part of the plan: one 3-year trial found slower bone loss, but other trials found no effect on bone density, spine fractures or the hardening of arteries and heart valves.",
            r.Reason);
        Assert.Equal(EvidenceGrade.B, r.Grade);
    }

    [Fact]
    public void Vitamin_K_in_the_diary_without_a_safety_rule_is_kept_not_reviewed()
    {
        var a = Assess(new AssessmentInput(Woman()) { DiarySupplements = [SupplementEntry.Create(Day, SupplementForm.VitaminK2Mk7, 100, DoseUnit.Microgram)] });
        var r = a.Get(RecommendationCodes.NoVitaminKSupplement);
        Assert.Equal("Keep taking your vitamin K; add no more for now", r.Title);
        Assert.Equal(RecommendationPriority.Low, r.Priority);
    }
}
