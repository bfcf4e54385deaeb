using BoneBalance.Core.Evidence;
using BoneBalance.Core.Guidance;
using BoneBalance.Core.Nutrition;
using BoneBalance.Core.People;
using BoneBalance.Core.Safety;
using static BoneBalance.TestSupport.GuidanceFixtures;

namespace BoneBalance.Core.Tests.Guidance;

/// <summary>
/// What counts as "taken with" for the care-home grades (docs/GRADING.md): the care-home trials gave vitamin D together
/// with calcium (grade B for that pair), vitamin D alone did not work there. Vitamin D the person already takes is vitamin
/// D taken with the plan's calcium; vitamin K2 is neither vitamin D nor calcium.
/// </summary>
public class CareHomeTakenWithTests
{
    private static AssessmentInput CareHomeMan(double vitaminDLevel) =>
        new(Man(80, factors: RiskFactors.CareHome | RiskFactors.PriorFracture | RiskFactors.Falls))
        {
            PriorHipOrVertebralFracture = true,
            Labs = LabResults.Create(vitaminD25OhNgPerMl: vitaminDLevel, egfr: 62),
        };

    [Fact]
    public void Vitamin_D_already_taken_counts_as_taken_with_the_plans_calcium()
    {
        // 30 ng/mL on 20 µg D3: adequate, keep taking it; the plan adds only calcium.
        var a = Assess(CareHomeMan(30) with { Supplements = [Supplement(SupplementForm.VitaminD3, 20, DoseUnit.Microgram)] });
        Assert.Null(a.Planned(IntakeNutrient.VitaminD));
        Assert.Equal(EvidenceGrade.B, a.Planned(IntakeNutrient.Calcium)!.Grade);
    }

    [Fact]
    public void Without_any_vitamin_D_the_plans_calcium_is_not_graded_as_taken_with_it()
    {
        // 30 ng/mL without a supplement: no vitamin D is needed, none is taken.
        var a = Assess(CareHomeMan(30));
        Assert.Null(a.Planned(IntakeNutrient.VitaminD));
        Assert.NotEqual(EvidenceGrade.B, a.Planned(IntakeNutrient.Calcium)!.Grade);
    }

    [Fact]
    public void Vitamin_K2_taken_is_not_calcium_for_the_D3_grade()
    {
        // 1,300 g of the test food: 1,300 mg calcium (above the RDA of 1,200 at 80), so no calcium is planned; MK-7 180 µg is kept.
        var a = Assess(CareHomeMan(12) with
        {
            Diary = DiaryOfTestFood(1300),
            Supplements = [Supplement(SupplementForm.VitaminK2Mk7, 180, DoseUnit.Microgram)],
        });
        Assert.Null(a.Planned(IntakeNutrient.Calcium));
        Assert.NotNull(a.Planned(IntakeNutrient.VitaminKTotal));
        Assert.Equal(EvidenceGrade.D, a.Planned(IntakeNutrient.VitaminD)!.Grade);
    }
}
