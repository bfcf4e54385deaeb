using BoneBalance.Core.Guidance;
using BoneBalance.Core.Measures;
using BoneBalance.Core.Nutrition;
using BoneBalance.Core.Safety;
using static BoneBalance.TestSupport.GuidanceFixtures;

namespace BoneBalance.Core.Tests.Guidance;

public class DoseRuleTests
{
    [Theory]
    [InlineData(7, 100, 10.0)]   // covered by 10 µg
    [InlineData(10, 100, 10.0)]  // exactly a strength
    [InlineData(12, 16, 15.0)]   // 15 covers 12 and fits under 16
    [InlineData(12, 14, 10.0)]   // 15 would exceed the room: the largest strength within it
    [InlineData(20, 100, 20.0)]
    [InlineData(7, 8, 5.0)]      // 10 exceeds the room: the largest strength within it (200 IU)
    [InlineData(3, 4, null)]     // even 5 µg exceeds the room and nothing smaller is sold
    [InlineData(20, 15, 15.0)]   // 20 would exceed the room: 15 fits it exactly
    [InlineData(12, 15, 15.0)]   // 15 covers 12 and fits the room exactly
    public void Vitamin_D_strength_covers_the_need_within_the_room(double need, double room, double? expected) =>
        Assert.Equal(expected, VitaminDDose.Strength(NutrientAmount.FromMicrograms(need), NutrientAmount.FromMicrograms(room)));

    [Fact]
    public void Without_a_diary_vitamin_D_counts_the_diet_as_none_and_asks_for_a_diary()
    {
        var d = Assess(new AssessmentInput(Woman())).Planned(IntakeNutrient.VitaminD)!;
        Assert.Equal(20, d.Dose);
        Assert.Contains(d.Notes, n => n.Contains("food diary", StringComparison.Ordinal));
    }

    [Fact]
    public void Intake_at_the_RDA_with_a_low_level_asks_why_instead_of_adding_more()
    {
        // 20 µg taken meets the 800 IU target from 50 (BHOF 2022).
        var a = Assess(new AssessmentInput(Woman()) { Supplements = [Supplement(SupplementForm.VitaminD3, 20, DoseUnit.Microgram)], Labs = LabResults.Create(vitaminD25OhNgPerMl: 14) });
        Assert.Null(a.Planned(IntakeNutrient.VitaminD));
        Assert.Contains("still low", a.Withheld(IntakeNutrient.VitaminD)!.Reason, StringComparison.Ordinal);
        Assert.True(a.Has(RecommendationCodes.CheckVitaminD));
    }

    [Fact]
    public void Calcium_already_supplemented_is_subtracted_from_the_gap()
    {
        // RDA 1,200 − diet 500 = 700; 1,250 mg carbonate = 500 mg elemental → 200 mg more.
        var a = Assess(new AssessmentInput(Woman()) { Diary = DiaryOfTestFood(500), Supplements = [Supplement(SupplementForm.CalciumCarbonate, 1250, DoseUnit.Milligram)] });
        Assert.Equal(200, a.Planned(IntakeNutrient.Calcium)!.Dose);
        Assert.StartsWith("Take 200 mg more calcium a day", a.Get(RecommendationCodes.TakeCalcium).Title, StringComparison.Ordinal);
    }

    [Fact]
    public void Calcium_gap_is_rounded_to_the_nearest_100_mg()
    {
        // Man of 60: RDA 1,000. Diet 560 → gap 440 → 400; diet 540 → gap 460 → 500.
        Assert.Equal(400, Assess(new AssessmentInput(Man(60)) { Diary = DiaryOfTestFood(560) }).Planned(IntakeNutrient.Calcium)!.Dose);
        Assert.Equal(500, Assess(new AssessmentInput(Man(60)) { Diary = DiaryOfTestFood(540) }).Planned(IntakeNutrient.Calcium)!.Dose);
    }

    [Fact]
    public void A_calcium_gap_under_50_mg_is_left_to_food()
    {
        var a = Assess(new AssessmentInput(Man(60)) { Diary = DiaryOfTestFood(960) });
        Assert.Null(a.Planned(IntakeNutrient.Calcium));
        Assert.Contains("calcium-rich food", a.Withheld(IntakeNutrient.Calcium)!.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Calcium_is_capped_by_the_UL_minus_diet_and_current_supplements()
    {
        // Woman 67, diet 300 mg: gap 900. She takes 4,000 mg carbonate = 1,600 mg elemental → nothing more (gap met).
        var a = Assess(new AssessmentInput(Woman()) { Diary = DiaryOfTestFood(300), Supplements = [Supplement(SupplementForm.CalciumCarbonate, 4000, DoseUnit.Milligram)] });
        Assert.Null(a.Planned(IntakeNutrient.Calcium));
    }

    [Fact]
    public void Kidney_stones_and_CKD_add_caution_notes_to_calcium()
    {
        var a = Assess(new AssessmentInput(Woman()) { Diary = DiaryOfTestFood(800), Conditions = [Cond("kidney stones"), Cond("chronic kidney disease")] });
        var notes = a.Planned(IntakeNutrient.Calcium)!.Notes;
        Assert.Contains(notes, n => n.Contains("kidney stones", StringComparison.Ordinal));
        Assert.Contains(notes, n => n.Contains("kidney function is reduced", StringComparison.Ordinal));
        Assert.Contains(a.Findings, f => f.Code == SafetyFindingCodes.KidneyStonesCalcium);
    }

    [Fact]
    public void eGFR_below_30_withholds_calcium_and_vitamin_D()
    {
        var a = Assess(new AssessmentInput(Woman()) { Diary = DiaryOfTestFood(300), Labs = LabResults.Create(egfr: 25) });
        Assert.Equal(SafetyFindingCodes.CkdCaution, a.Withheld(IntakeNutrient.Calcium)!.FindingCode);
        Assert.Equal(SafetyFindingCodes.CkdCaution, a.Withheld(IntakeNutrient.VitaminD)!.FindingCode);
    }

    [Fact]
    public void High_serum_calcium_withholds_calcium_and_vitamin_D()
    {
        var a = Assess(new AssessmentInput(Woman()) { Diary = DiaryOfTestFood(300), Labs = LabResults.Create(calciumMgPerDl: 10.8) });
        Assert.Equal(SafetyFindingCodes.HypercalcaemiaRisk, a.Withheld(IntakeNutrient.Calcium)!.FindingCode);
        Assert.Equal(SafetyFindingCodes.HypercalcaemiaRisk, a.Withheld(IntakeNutrient.VitaminD)!.FindingCode);
    }

    [Fact]
    public void MK4_taken_in_milligrams_is_labelled_a_prescription_dose()
    {
        var a = Assess(new AssessmentInput(Woman()) { Supplements = [Supplement(SupplementForm.VitaminK2Mk4, 45, DoseUnit.Milligram)] });
        var k = a.Planned(IntakeNutrient.VitaminKTotal)!;
        Assert.Equal(SupplementForm.VitaminK2Mk4, k.Form);
        Assert.Equal(45, k.Dose);
        Assert.Contains("take it only with a clinician", k.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Vitamin_K_in_the_diary_is_not_doubled_and_counts_for_a_VKA()
    {
        var diaryK2 = SupplementEntry.Create(Day, SupplementForm.VitaminK2Mk7, 100, DoseUnit.Microgram);
        var a = Assess(new AssessmentInput(Woman()) { DiarySupplements = [diaryK2] });
        Assert.Null(a.Planned(IntakeNutrient.VitaminKTotal));
        Assert.Contains("diary", a.Withheld(IntakeNutrient.VitaminKTotal)!.Reason, StringComparison.Ordinal);

        var vka = Assess(new AssessmentInput(Woman()) { DiarySupplements = [diaryK2], Medications = [Med("warfarin")] });
        Assert.Contains(vka.Findings, f => f.Code == SafetyFindingCodes.VkaVitaminK);
        Assert.Equal(RecommendationPriority.High, vka.Get(RecommendationCodes.NoVitaminKSupplement).Priority);
    }
}
