using BoneBalance.Core.Evidence;
using BoneBalance.Core.Guidance;
using BoneBalance.Core.Nutrition;
using BoneBalance.Core.People;
using BoneBalance.Core.Safety;
using static BoneBalance.TestSupport.GuidanceFixtures;

namespace BoneBalance.Core.Tests.Guidance;

/// <summary>
/// The plan's grades for real people (docs/GRADING.md): MK-7 is B for a healthy postmenopausal woman, the population of
/// its trial, and one step lower for each way a person differs (a man, reduced kidney function, a care home, before the
/// menopause), two at most; vitamin D3 and calcium are B for a care-home resident of 65 or over who takes both (the
/// care-home trials of vitamin D with calcium) and D at home (reference intakes; the trials at home found no effect).
/// Each rule is tested on both sides, so a flipped condition or a moved boundary fails.
/// </summary>
public class PersonalGradeTests
{
    // K2 is not in the default plan: the person already takes MK-7 180 µg, which the plan keeps and grades.
    private static AssessmentInput TakingMk7(AssessmentInput input) =>
        input with { Supplements = [.. input.Supplements, Supplement(SupplementForm.VitaminK2Mk7, 180, DoseUnit.Microgram)] };

    private static PlannedSupplement K2(AssessmentInput input) => Assess(TakingMk7(input)).Planned(IntakeNutrient.VitaminKTotal)!;

    [Fact]
    public void MK7_is_B_for_a_postmenopausal_woman_like_those_of_the_trial()
    {
        var k2 = K2(new AssessmentInput(Woman(60)));

        Assert.Equal(EvidenceGrade.B, k2.Grade);
        Assert.Contains(k2.Notes, n => n.StartsWith("Evidence grade B for you, as for the people studied (healthy postmenopausal women)", StringComparison.Ordinal));
        Assert.Contains(GuidanceSources.Guyatt2011Indirectness, k2.Citations);
    }

    [Fact]
    public void MK7_is_C_for_a_man_and_the_note_says_the_trial_was_in_women()
    {
        var a = Assess(TakingMk7(new AssessmentInput(Man(60))));
        var k2 = a.Planned(IntakeNutrient.VitaminKTotal)!;

        Assert.Equal(EvidenceGrade.C, k2.Grade);
        Assert.Contains(k2.Notes, n => n.Contains("lower than the B it has for the people studied (healthy postmenopausal women)", StringComparison.Ordinal)
            && n.Contains("It studied only women and you are a man", StringComparison.Ordinal));
        Assert.Equal(EvidenceGrade.C, a.Get(RecommendationCodes.TakeVitaminK2).Grade);
    }

    [Fact]
    public void MK7_is_C_for_a_postmenopausal_woman_with_chronic_kidney_disease()
    {
        var k2 = K2(new AssessmentInput(Woman(60)) { Conditions = [Cond("chronic kidney disease")] });

        Assert.Equal(EvidenceGrade.C, k2.Grade);
        Assert.Contains(k2.Notes, n => n.Contains("it studied healthy people and your kidney function is reduced", StringComparison.OrdinalIgnoreCase));
    }

    [Theory]
    [InlineData(59, EvidenceGrade.C)]
    [InlineData(60, EvidenceGrade.B)]
    public void An_eGFR_below_60_counts_as_reduced_kidney_function_and_60_does_not(double egfr, EvidenceGrade expected)
    {
        Assert.Equal(expected, K2(new AssessmentInput(Woman(60)) { Labs = LabResults.Create(egfr: egfr) }).Grade);
    }

    [Fact]
    public void MK7_is_D_for_a_man_with_chronic_kidney_disease_two_differences()
    {
        var k2 = K2(new AssessmentInput(Man(66)) { Conditions = [Cond("chronic kidney disease")], Labs = LabResults.Create(egfr: 40) });

        Assert.Equal(EvidenceGrade.D, k2.Grade);
        Assert.Contains(k2.Notes, n => n.Contains("you are a man; it studied healthy people and your kidney function is reduced", StringComparison.Ordinal));
    }

    [Fact]
    public void MK7_is_D_for_a_man_in_a_care_home()
    {
        var k2 = K2(new AssessmentInput(Man(80, factors: RiskFactors.CareHome)));

        Assert.Equal(EvidenceGrade.D, k2.Grade);
        Assert.Contains(k2.Notes, n => n.Contains("it studied people living at home and you live in a care home", StringComparison.Ordinal));
    }

    [Fact]
    public void MK7_is_C_for_a_postmenopausal_woman_in_a_care_home()
    {
        Assert.Equal(EvidenceGrade.C, K2(new AssessmentInput(Woman(75, factors: RiskFactors.CareHome))).Grade);
    }

    [Theory]
    [InlineData(MenopausalStatus.Perimenopausal, EvidenceGrade.C)]
    [InlineData(MenopausalStatus.Premenopausal, EvidenceGrade.C)]
    [InlineData(MenopausalStatus.Postmenopausal, EvidenceGrade.B)]
    [InlineData(MenopausalStatus.Unknown, EvidenceGrade.B)]
    public void MK7_is_one_step_lower_for_a_woman_of_52_before_the_menopause(MenopausalStatus status, EvidenceGrade expected)
    {
        var k2 = K2(new AssessmentInput(Woman(52, status: status)));

        Assert.Equal(expected, k2.Grade);
        Assert.Equal(expected == EvidenceGrade.C, k2.Notes.Any(n => n.Contains("it studied women after the menopause and you have not reached it", StringComparison.OrdinalIgnoreCase)));
    }

    private static AssessmentInput CareHomeManAfterHipFracture(int age = 80) =>
        new(Man(age, factors: RiskFactors.CareHome | RiskFactors.PriorFracture | RiskFactors.Falls))
        {
            PriorHipOrVertebralFracture = true,
            Labs = LabResults.Create(vitaminD25OhNgPerMl: 12, egfr: 62),
        };

    [Fact]
    public void A_care_home_resident_after_a_hip_fracture_gets_D3_and_calcium_graded_B_from_the_care_home_trials()
    {
        var a = Assess(CareHomeManAfterHipFracture());
        var d3 = a.Planned(IntakeNutrient.VitaminD)!;
        var calcium = a.Planned(IntakeNutrient.Calcium)!;

        Assert.Equal(EvidenceGrade.B, d3.Grade);
        Assert.Equal(20, d3.Dose);
        Assert.Equal(EvidenceGrade.B, calcium.Grade);
        Assert.Equal(CalciumDose.CareHomeDefaultMilligrams, calcium.Dose);
        Assert.Contains(GuidanceSources.Chapuy1992, d3.Citations);
        Assert.Contains(GuidanceSources.RacgpInstitutionalised, calcium.Citations);
        Assert.Contains(d3.Notes, n => n.StartsWith("Evidence grade B for you, as for the people studied (people aged 65 or over living in care homes)", StringComparison.Ordinal)
            && n.Contains("The largest trial was in women; the grade is not lowered for men", StringComparison.Ordinal));
        Assert.Contains("You live in a care home", calcium.Reason, StringComparison.Ordinal);
        Assert.Contains("leaving room for 1,000 mg from food", calcium.Reason, StringComparison.Ordinal);
        Assert.Equal(EvidenceGrade.B, a.Get(RecommendationCodes.TakeVitaminD3).Grade);
        Assert.Equal(EvidenceGrade.B, a.Get(RecommendationCodes.TakeCalcium).Grade);
        Assert.False(a.Has(RecommendationCodes.NoCalciumSupplement));
    }

    [Fact]
    public void The_same_man_living_at_home_gets_D3_graded_D_and_no_calcium_without_a_diary()
    {
        var input = CareHomeManAfterHipFracture();
        var a = Assess(input with { Person = Man(80, factors: RiskFactors.PriorFracture | RiskFactors.Falls) });

        Assert.Equal(EvidenceGrade.D, a.Planned(IntakeNutrient.VitaminD)!.Grade);
        Assert.Null(a.Planned(IntakeNutrient.Calcium));
        Assert.Contains("unknown", a.Withheld(IntakeNutrient.Calcium)!.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void D3_is_D_for_a_community_dwelling_woman_of_55_and_the_note_says_why()
    {
        var d3 = Assess(new AssessmentInput(Woman(55))).Planned(IntakeNutrient.VitaminD)!;

        Assert.Equal(EvidenceGrade.D, d3.Grade);
        Assert.Contains(d3.Notes, n => n.StartsWith("Evidence grade D for you, as for the people studied (adults): the dose tops your intake up to the reference intake", StringComparison.Ordinal));
        Assert.Contains(GuidanceSources.Zhao2017, d3.Citations);
    }

    [Theory]
    [InlineData(64, false)]
    [InlineData(65, true)]
    public void The_care_home_calcium_without_a_diary_starts_at_65(int age, bool planned)
    {
        var a = Assess(CareHomeManAfterHipFracture(age));

        Assert.Equal(planned, a.Planned(IntakeNutrient.Calcium) is not null);
        Assert.Equal(planned ? EvidenceGrade.B : EvidenceGrade.D, a.Planned(IntakeNutrient.VitaminD)!.Grade);
    }

    [Fact]
    public void In_a_care_home_at_60_with_a_diary_short_of_calcium_both_are_graded_one_step_down_for_age()
    {
        var a = Assess(new AssessmentInput(Man(60, factors: RiskFactors.CareHome)) { Diary = DiaryOfTestFood(300) });
        var d3 = a.Planned(IntakeNutrient.VitaminD)!;

        Assert.Equal(EvidenceGrade.C, d3.Grade);
        Assert.Equal(EvidenceGrade.C, a.Planned(IntakeNutrient.Calcium)!.Grade);
        Assert.Contains(d3.Notes, n => n.Contains("it studied people aged 65 or over and you are 60", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void In_a_care_home_D3_without_calcium_is_graded_D_since_vitamin_D_alone_did_not_work_there()
    {
        // 1,300 g of the test food: 1,300 mg calcium (above the RDA of 1,200 at 80) and 13 µg vitamin D.
        var a = Assess(CareHomeManAfterHipFracture() with { Diary = DiaryOfTestFood(1300) });

        Assert.Null(a.Planned(IntakeNutrient.Calcium));
        Assert.Equal(EvidenceGrade.D, a.Planned(IntakeNutrient.VitaminD)!.Grade);
    }

    [Fact]
    public void In_a_care_home_calcium_already_taken_counts_as_taken_with_the_D3()
    {
        // 2,500 mg calcium carbonate = 1,000 mg elemental calcium: the care-home amount, so no more calcium is planned.
        var a = Assess(CareHomeManAfterHipFracture() with { Supplements = [Supplement(SupplementForm.CalciumCarbonate, 2500, DoseUnit.Milligram)] });

        Assert.Null(a.Planned(IntakeNutrient.Calcium));
        Assert.Contains("no more calcium is needed", a.Withheld(IntakeNutrient.Calcium)!.Reason, StringComparison.Ordinal);
        Assert.Equal(EvidenceGrade.B, a.Planned(IntakeNutrient.VitaminD)!.Grade);
    }

    [Fact]
    public void In_a_care_home_calcium_already_taken_is_subtracted_from_the_1000_mg()
    {
        // 1,500 mg calcium carbonate = 600 mg elemental calcium: 400 mg more.
        var calcium = Assess(CareHomeManAfterHipFracture() with { Supplements = [Supplement(SupplementForm.CalciumCarbonate, 1500, DoseUnit.Milligram)] })
            .Planned(IntakeNutrient.Calcium)!;

        Assert.Equal(400, calcium.Dose);
        Assert.Contains("less the 600 mg your supplements already give", calcium.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void In_a_care_home_kidney_stones_keep_calcium_to_food_first_and_D3_at_D()
    {
        var a = Assess(CareHomeManAfterHipFracture() with { Conditions = [Cond("kidney stones")] });

        Assert.Null(a.Planned(IntakeNutrient.Calcium));
        Assert.Equal(EvidenceGrade.D, a.Planned(IntakeNutrient.VitaminD)!.Grade);
    }
}
