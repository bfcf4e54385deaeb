using BoneBalance.Core.Evidence;
using BoneBalance.Core.Guidance;
using BoneBalance.Core.Nutrition;
using BoneBalance.Core.People;
using BoneBalance.Core.Safety;
using static BoneBalance.TestSupport.GuidanceFixtures;

namespace BoneBalance.Core.Tests.Guidance;

/// <summary>
/// Both sides of the thresholds the supplement plan and the advice read: the calcium gap and its 50 mg rounding edge,
/// the life-stage cap at the RDA (IOM 2011), the 25-OH vitamin D ranges of IOM 2011 (12, 20, 50 ng/mL), the holds at a
/// serum calcium above 10.2 mg/dL, a 25-OH D above 150 ng/mL and an eGFR below 30, the CKD note below 60, MK-7 180 µg
/// (Knapen 2013), MK-4 from 1 mg (prescription range), the falls age of 65 and the 1-month glucocorticoid course.
/// Expected values are worked out by hand from the test food (100 mg calcium and 1 µg vitamin D per 100 g).
/// </summary>
public class GuidanceBoundaryTests
{
    // Man of 60: calcium RDA 1,000 mg. A gap of 50 mg rounds up to a 100 mg dose; a gap of 49 mg is left to food.
    [Theory]
    [InlineData(950, 100.0)]
    [InlineData(951, null)]
    [InlineData(1000, null)]
    public void Calcium_gap_on_both_sides_of_half_a_step(double dietMg, double? expected)
    {
        var a = Assess(new AssessmentInput(Man(60)) { Diary = DiaryOfTestFood(dietMg) });
        Assert.Equal(expected, a.Planned(IntakeNutrient.Calcium)?.Dose);
        if (expected is null)
        {
            var withheld = a.Withheld(IntakeNutrient.Calcium)!;
            Assert.Null(withheld.FindingCode);
            Assert.Contains(dietMg >= 1000 ? "already meets the 1,000 mg" : "within 50 mg of the 1,000 mg", withheld.Reason, StringComparison.Ordinal);
            Assert.Equal(RecommendationPriority.Low, a.Get(RecommendationCodes.NoCalciumSupplement).Priority);
        }
    }

    [Fact]
    public void A_diet_meeting_the_RDA_with_calcium_supplements_too_says_they_could_be_lowered()
    {
        var a = Assess(new AssessmentInput(Man(60)) { Diary = DiaryOfTestFood(1000), Supplements = [Supplement(SupplementForm.CalciumCarbonate, 1250, DoseUnit.Milligram)] });
        var withheld = a.Withheld(IntakeNutrient.Calcium)!;
        Assert.Contains("You also take 500 mg of calcium as supplements", withheld.Reason, StringComparison.Ordinal);
        Assert.Equal("Do not add calcium; review what you take with your clinician", a.Get(RecommendationCodes.NoCalciumSupplement).Title);
    }

    [Fact]
    public void Supplements_that_close_the_gap_need_no_more_calcium()
    {
        // Man of 60: diet 500 + 1,250 mg carbonate (500 mg elemental) = 1,000 mg, the RDA.
        var a = Assess(new AssessmentInput(Man(60)) { Diary = DiaryOfTestFood(500), Supplements = [Supplement(SupplementForm.CalciumCarbonate, 1250, DoseUnit.Milligram)] });
        Assert.Null(a.Planned(IntakeNutrient.Calcium));
        Assert.Contains("which together meet the 1,000 mg", a.Withheld(IntakeNutrient.Calcium)!.Reason, StringComparison.Ordinal);
    }

    // Pregnancy: supplements stay within the RDA (1,000 mg at 19–50). Diet 10 mg and 530 mg elemental calcium taken leave
    // 460 mg, which rounds to 500 mg — but 530 + 500 would pass the RDA, so the plan gives 400 mg; not pregnant, 500 mg.
    [Theory]
    [InlineData(true, false, 400)]
    [InlineData(false, true, 400)]
    [InlineData(false, false, 500)]
    public void The_life_stage_cap_keeps_calcium_supplements_within_the_RDA(bool pregnant, bool breastfeeding, double expected)
    {
        var a = Assess(new AssessmentInput(Woman(30))
        {
            Pregnant = pregnant,
            Breastfeeding = breastfeeding,
            Diary = DiaryOfTestFood(10),
            Supplements = [Supplement(SupplementForm.CalciumCarbonate, 1325, DoseUnit.Milligram)],
        });
        Assert.Equal(expected, a.Planned(IntakeNutrient.Calcium)!.Dose);
    }

    [Fact]
    public void Calcium_left_out_by_the_life_stage_cap_names_the_RDA_not_the_upper_level()
    {
        // Pregnant at 30: RDA 1,000 mg, UL 2,500 mg. Diet 20 mg and 920 mg elemental taken leave a gap of 60 mg, but only
        // 80 mg of room below the RDA, less than the 100 mg step: nothing is added, and the reason is the RDA, not the UL.
        var a = Assess(new AssessmentInput(Woman(30))
        {
            Pregnant = true,
            Diary = DiaryOfTestFood(20),
            Supplements = [Supplement(SupplementForm.CalciumCarbonate, 2300, DoseUnit.Milligram)],
        });
        var withheld = a.Withheld(IntakeNutrient.Calcium)!;
        Assert.Equal(SafetyFindingCodes.PregnancyOrBreastfeeding, withheld.FindingCode);
        Assert.Equal(
            "More calcium would take your supplements above the RDA of 1,000 mg a day that applies while you are pregnant: your diet gives about 20 mg and your supplements 920 mg.",
            withheld.Reason);
        Assert.DoesNotContain(a.Findings, f => f.Code == SafetyFindingCodes.CalciumAboveUl);
    }

    [Fact]
    public void Calcium_above_2_doses_is_split_and_the_timing_says_how_many()
    {
        // Woman of 67: RDA 1,200, diet 100 → gap 1,100 → 400 + 400 + 300 mg.
        var c = Assess(new AssessmentInput(Woman()) { Diary = DiaryOfTestFood(100) }).Planned(IntakeNutrient.Calcium)!;
        Assert.Equal(1100, c.Dose);
        Assert.Equal("With a meal, in 3 doses at different meals.", c.Timing);
        Assert.Contains(c.Notes, n => n.StartsWith("Split into 3 doses (400 mg, 400 mg and 300 mg)", StringComparison.Ordinal));
        Assert.Equal([400.0, 400.0, 300.0], c.DividedDoses);

        var one = Assess(new AssessmentInput(Woman()) { Diary = DiaryOfTestFood(700) }).Planned(IntakeNutrient.Calcium)!;
        Assert.Equal(500, one.Dose);
        Assert.Equal("With a meal.", one.Timing);
        Assert.DoesNotContain(one.Notes, n => n.StartsWith("Split", StringComparison.Ordinal));
        Assert.Empty(one.DividedDoses);
        Assert.Contains(one.Notes, n => n.StartsWith("The dose is elemental calcium: 500 mg of calcium is in about 1,250 mg of calcium carbonate (40 % calcium)", StringComparison.Ordinal));
    }

    // The CKD note on the calcium item: eGFR below 60 (KDIGO 2012); at 30–59 calcium is still planned, at 60 no note.
    [Theory]
    [InlineData(60.0, false)]
    [InlineData(59.9, true)]
    [InlineData(30.0, true)]
    public void The_reduced_kidney_function_note_starts_below_an_eGFR_of_60(double egfr, bool note)
    {
        var c = Assess(new AssessmentInput(Woman()) { Diary = DiaryOfTestFood(800), Labs = LabResults.Create(egfr: egfr) }).Planned(IntakeNutrient.Calcium)!;
        Assert.Equal(note, c.Notes.Any(n => n.Contains("kidney function is reduced", StringComparison.Ordinal)));
    }

    // The holds on calcium and vitamin D: serum calcium above 10.2 mg/dL, 25-OH vitamin D above 150 ng/mL (HYPERCALCAEMIA_RISK),
    // eGFR below 30 (CKD_CAUTION); at the threshold itself both are still planned.
    [Theory]
    [InlineData(10.2, null, null, null)]
    [InlineData(10.21, null, null, SafetyFindingCodes.HypercalcaemiaRisk)]
    [InlineData(null, null, 30.0, null)]
    [InlineData(null, null, 29.9, SafetyFindingCodes.CkdCaution)]
    public void Calcium_and_vitamin_D_are_held_just_past_each_threshold(double? calcium, double? vitaminD, double? egfr, string? code)
    {
        var a = Assess(new AssessmentInput(Woman()) { Diary = DiaryOfTestFood(800), Labs = LabResults.Create(vitaminD, calcium, null, egfr) });
        Assert.Equal(code, a.Withheld(IntakeNutrient.Calcium)?.FindingCode);
        Assert.Equal(code, a.Withheld(IntakeNutrient.VitaminD)?.FindingCode);
        Assert.Equal(code is null, a.Planned(IntakeNutrient.Calcium) is not null);
        Assert.Equal(code is null, a.Planned(IntakeNutrient.VitaminD) is not null);
    }

    [Theory]
    [InlineData(150.0, false)]
    [InlineData(150.5, true)]
    public void A_toxic_25_OH_vitamin_D_holds_calcium_too(double level, bool held)
    {
        // At 150 ng/mL vitamin D is already withheld as above 50 ng/mL, but calcium is still planned.
        var a = Assess(new AssessmentInput(Woman()) { Diary = DiaryOfTestFood(800), Labs = LabResults.Create(vitaminD25OhNgPerMl: level) });
        Assert.Equal(held, a.Withheld(IntakeNutrient.Calcium)?.FindingCode == SafetyFindingCodes.HypercalcaemiaRisk);
        Assert.Equal(held ? SafetyFindingCodes.HypercalcaemiaRisk : null, a.Withheld(IntakeNutrient.VitaminD)!.FindingCode);
    }

    [Fact]
    public void The_hold_names_each_trigger_and_cites_its_sources()
    {
        var a = Assess(new AssessmentInput(Woman()) { Conditions = [Cond("sarcoidosis")], Labs = LabResults.Create(vitaminD25OhNgPerMl: 160, calciumMgPerDl: 10.6) });
        var withheld = a.Withheld(IntakeNutrient.Calcium)!;
        Assert.StartsWith("With sarcoidosis, a blood calcium of 10.6 mg/dL and a 25-OH vitamin D of 160 ng/mL,", withheld.Reason, StringComparison.Ordinal);
        Assert.Equal([SafetySources.MarcinowskaSuchowierska2018, SafetySources.MedlinePlusCalcium], withheld.Citations);

        var kidney = Assess(new AssessmentInput(Woman()) { Conditions = [Cond("chronic kidney disease stage 4")], Labs = LabResults.Create(egfr: 20) }).Withheld(IntakeNutrient.VitaminD)!;
        Assert.StartsWith("With chronic kidney disease stage 4 and an eGFR of 20 mL/min/1.73 m² (severely reduced kidney function)", kidney.Reason, StringComparison.Ordinal);
        Assert.Equal([SafetySources.Kdigo2012], kidney.Citations);
    }

    // IOM 2011: at 20 ng/mL or more practically everyone has enough; below it the plan's vitamin D is given.
    [Theory]
    [InlineData(19.9, true)]
    [InlineData(20.0, false)]
    public void Vitamin_D_is_planned_below_20_ng_per_mL_and_not_from_20(double level, bool planned)
    {
        var a = Assess(new AssessmentInput(Woman()) { Labs = LabResults.Create(vitaminD25OhNgPerMl: level) });
        Assert.Equal(planned, a.Planned(IntakeNutrient.VitaminD) is not null);
        if (!planned)
        {
            Assert.Contains("at 20 ng/mL or more practically everyone has enough", a.Withheld(IntakeNutrient.VitaminD)!.Reason, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData(50.0, "practically everyone has enough")]
    [InlineData(50.1, "may be reason for concern")]
    public void Vitamin_D_above_50_ng_per_mL_is_a_concern_and_at_50_is_enough(double level, string words)
    {
        var withheld = Assess(new AssessmentInput(Woman()) { Labs = LabResults.Create(vitaminD25OhNgPerMl: level) }).Withheld(IntakeNutrient.VitaminD)!;
        Assert.Contains(words, withheld.Reason, StringComparison.Ordinal);
        Assert.Equal([DietaryReferenceSources.Iom2011, GuidanceSources.Kahwati2018], withheld.Citations);
    }

    /// <summary>What a person takes that is simply enough is kept, not put up for review as if it were a danger: 800 IU at
    /// 55 meets the target ("keep taking"); 1,000 mg of calcium on a diet already at the RDA is more than needed ("review").</summary>
    [Fact]
    public void Enough_already_taken_is_kept_and_more_than_needed_is_reviewed()
    {
        var enough = Assess(new AssessmentInput(Woman(55)) { Supplements = [Supplement(SupplementForm.VitaminD3, 20, DoseUnit.Microgram)] });
        var kept = enough.Get(RecommendationCodes.NoVitaminDSupplement);
        Assert.Equal("Keep taking your vitamin D; add no more for now", kept.Title);
        Assert.False(enough.Withheld(IntakeNutrient.VitaminD)!.ReviewWhatIsTaken);

        var none = Assess(new AssessmentInput(Man(60)) { Diary = DiaryOfTestFood(1000) });
        Assert.Equal("No calcium supplement for now", none.Get(RecommendationCodes.NoCalciumSupplement).Title);
        Assert.False(none.Withheld(IntakeNutrient.Calcium)!.ReviewWhatIsTaken);

        var more = Assess(new AssessmentInput(Man(60)) { Diary = DiaryOfTestFood(1000), Supplements = [Supplement(SupplementForm.CalciumCarbonate, 1250, DoseUnit.Milligram)] });
        Assert.True(more.Withheld(IntakeNutrient.Calcium)!.ReviewWhatIsTaken);
    }

    /// <summary>What is taken and would otherwise be "kept" is put up for review when a safety finding concerns it: calcium
    /// with kidney stones, vitamin D with reduced kidney function; without the finding the same intake is kept.</summary>
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void A_finding_about_what_is_taken_turns_keep_into_review(bool concern)
    {
        var calcium = Assess(new AssessmentInput(Woman(63))
        {
            Supplements = [Supplement(SupplementForm.CalciumCarbonate, 1500, DoseUnit.Milligram)],
            Conditions = concern ? [Cond("kidney stones")] : [],
        });
        Assert.Equal(
            concern ? "Do not add calcium; review what you take with your clinician" : "Keep taking your calcium; add no more for now",
            calcium.Get(RecommendationCodes.NoCalciumSupplement).Title);

        var vitaminD = Assess(new AssessmentInput(Woman(55))
        {
            Supplements = [Supplement(SupplementForm.VitaminD3, 20, DoseUnit.Microgram)],
            Labs = concern ? LabResults.Create(egfr: 45) : LabResults.None,
        });
        Assert.Equal(
            concern ? "Do not add vitamin D; review what you take with your clinician" : "Keep taking your vitamin D; add no more for now",
            vitaminD.Get(RecommendationCodes.NoVitaminDSupplement).Title);
    }

    [Fact]
    public void A_high_level_with_vitamin_D_taken_asks_whether_to_lower_it()
    {
        var a = Assess(new AssessmentInput(Woman()) { Supplements = [Supplement(SupplementForm.VitaminD3, 25, DoseUnit.Microgram)], Labs = LabResults.Create(vitaminD25OhNgPerMl: 60) });
        Assert.EndsWith("ask your clinician whether to lower what you take.", a.Withheld(IntakeNutrient.VitaminD)!.Reason, StringComparison.Ordinal);
        Assert.True(a.Withheld(IntakeNutrient.VitaminD)!.ReviewWhatIsTaken);
        Assert.Equal("Do not add vitamin D; review what you take with your clinician", a.Get(RecommendationCodes.NoVitaminDSupplement).Title);
    }

    [Fact]
    public void A_pregnant_woman_with_vitamin_D_just_under_the_RDA_gets_none_naming_the_pregnancy_rule()
    {
        // RDA 15 µg; she takes 12 µg: 3 µg is missing, but the smallest strength (5 µg) would pass the RDA.
        var a = Assess(new AssessmentInput(Woman(30)) { Pregnant = true, Supplements = [Supplement(SupplementForm.VitaminD3, 12, DoseUnit.Microgram)] });
        var withheld = a.Withheld(IntakeNutrient.VitaminD)!;
        Assert.Equal(SafetyFindingCodes.PregnancyOrBreastfeeding, withheld.FindingCode);
        Assert.Contains("the RDA of 15 µg (600 IU) that applies while you are pregnant", withheld.Reason, StringComparison.Ordinal);
        Assert.Equal(RecommendationPriority.High, a.Get(RecommendationCodes.NoVitaminDSupplement).Priority);

        // Not pregnant, the same woman gets the 5 µg strength.
        Assert.Equal(5, Assess(new AssessmentInput(Woman(30)) { Supplements = [Supplement(SupplementForm.VitaminD3, 12, DoseUnit.Microgram)] }).Planned(IntakeNutrient.VitaminD)!.Dose);
    }

    // The same 3 µg gap for a breastfeeding woman names her life stage, for vitamin D and for vitamin K2. (Profiles start at
    // 18, so the under-18 cap is the safety rules' alone: SafetyBoundaryTests.)
    [Fact]
    public void The_life_stage_cap_names_breastfeeding()
    {
        var a = Assess(new AssessmentInput(Woman(30)) { Breastfeeding = true, Supplements = [Supplement(SupplementForm.VitaminD3, 12, DoseUnit.Microgram)] });
        var withheld = a.Withheld(IntakeNutrient.VitaminD)!;
        Assert.Equal(SafetyFindingCodes.PregnancyOrBreastfeeding, withheld.FindingCode);
        Assert.Contains("the RDA of 15 µg (600 IU) that applies while you are breastfeeding", withheld.Reason, StringComparison.Ordinal);
        var k = a.Withheld(IntakeNutrient.VitaminKTotal)!;
        Assert.Equal(SafetyFindingCodes.PregnancyOrBreastfeeding, k.FindingCode);
        Assert.StartsWith("While you are breastfeeding, supplements should not go beyond the reference intakes", k.Reason, StringComparison.Ordinal);
    }

    // Man of 45: vitamin D RDA 15 µg (IOM 2011; from 50 the target is BHOF's 20 µg). 15 µg taken meets it exactly: nothing
    // is added; 14 µg leaves 1 µg, which the smallest strength (5 µg) covers.
    [Theory]
    [InlineData(15.0, null)]
    [InlineData(14.0, 5.0)]
    public void Vitamin_D_taken_on_both_sides_of_the_RDA(double taken, double? planned)
    {
        var a = Assess(new AssessmentInput(Man(45)) { Supplements = [Supplement(SupplementForm.VitaminD3, taken, DoseUnit.Microgram)] });
        Assert.Equal(planned, a.Planned(IntakeNutrient.VitaminD)?.Dose);
        if (planned is null)
        {
            var reason = a.Withheld(IntakeNutrient.VitaminD)!.Reason;
            Assert.Equal(
                "Your intake already meets the RDA of 15 µg (600 IU) for your age: your diet is not known (no food diary), so it is counted as none and your supplements 15 µg (600 IU).",
                reason);
        }
    }

    [Fact]
    public void A_low_level_with_the_RDA_already_taken_asks_why_rather_than_adding_more()
    {
        var a = Assess(new AssessmentInput(Man(45)) { Supplements = [Supplement(SupplementForm.VitaminD3, 15, DoseUnit.Microgram)], Labs = LabResults.Create(vitaminD25OhNgPerMl: 15) });
        Assert.EndsWith(" Your 25-OH vitamin D of 15 ng/mL is still low, so ask your clinician why, rather than adding more.", a.Withheld(IntakeNutrient.VitaminD)!.Reason, StringComparison.Ordinal);
    }

    // IOM 2011 25-OH D ranges for the next steps: below 12 treat (safety advice); 12 to under 20 recheck; 20 and above nothing.
    [Theory]
    [InlineData(11.9, true, false)]
    [InlineData(12.0, false, true)]
    [InlineData(19.9, false, true)]
    [InlineData(20.0, false, false)]
    public void Vitamin_D_level_next_steps_at_12_and_20_ng_per_mL(double level, bool treat, bool recheck)
    {
        var a = Assess(new AssessmentInput(Woman()) { Labs = LabResults.Create(vitaminD25OhNgPerMl: level) });
        Assert.Equal(treat, a.Has(RecommendationCodes.TreatVitaminDDeficiency));
        Assert.Equal(recheck, a.Has(RecommendationCodes.CheckVitaminD));
        if (recheck)
        {
            Assert.Equal("Have your vitamin D rechecked", a.Get(RecommendationCodes.CheckVitaminD).Title);
        }
    }

    [Fact]
    public void An_unknown_vitamin_D_is_worth_measuring_with_reduced_kidney_function_or_a_met_threshold()
    {
        var ckd = Assess(new AssessmentInput(Woman()) { Labs = LabResults.Create(egfr: 50) }).Get(RecommendationCodes.CheckVitaminD);
        Assert.Equal("Your vitamin D level is not known, and your kidney function is reduced.", ckd.Reason);

        var treated = Assess(new AssessmentInput(Woman(67, factors: RiskFactors.PriorFracture)) { PriorHipOrVertebralFracture = true }).Get(RecommendationCodes.CheckVitaminD);
        Assert.Contains("vitamin D status matters before osteoporosis medicines are started", treated.Reason, StringComparison.Ordinal);
    }

    // Knapen 2013: MK-7 180 µg a day. Taken at 180 µg it is kept as within; above it brought down to 180.
    [Theory]
    [InlineData(180.0, "within the 180 µg studied")]
    [InlineData(181.0, "brings it down to 180 µg")]
    public void MK7_taken_at_or_above_180_micrograms(double taken, string words)
    {
        var k = Assess(new AssessmentInput(Woman()) { Supplements = [Supplement(SupplementForm.VitaminK2Mk7, taken, DoseUnit.Microgram)] }).Planned(IntakeNutrient.VitaminKTotal)!;
        Assert.Equal(180, k.Dose);
        Assert.Contains(words, k.Reason, StringComparison.Ordinal);
        Assert.Equal(EvidenceGrade.B, k.Grade);
    }

    // MK-4 in milligrams is the prescription range (menatetrenone 45 mg in Japan): from 1 mg the reason says so.
    [Theory]
    [InlineData(1000.0, true)]
    [InlineData(900.0, false)]
    public void MK4_from_1_mg_is_called_a_prescription_dose(double micrograms, bool prescription)
    {
        var k = Assess(new AssessmentInput(Woman()) { Supplements = [Supplement(SupplementForm.VitaminK2Mk4, micrograms, DoseUnit.Microgram)] }).Planned(IntakeNutrient.VitaminKTotal)!;
        Assert.Equal(SupplementForm.VitaminK2Mk4, k.Form);
        Assert.Equal(micrograms, k.Dose);
        Assert.Equal(prescription, k.Reason.Contains("prescription range of menatetrenone", StringComparison.Ordinal));
        Assert.Contains(SafetySources.GlakayLabel, k.Citations);
    }

    [Fact]
    public void K1_taken_now_is_kept_and_summed_in_its_own_unit()
    {
        var k = Assess(new AssessmentInput(Woman())
        {
            Supplements = [Supplement(SupplementForm.VitaminK1, 50, DoseUnit.Microgram), Supplement(SupplementForm.VitaminK1, 40, DoseUnit.Microgram)],
        }).Planned(IntakeNutrient.VitaminKTotal)!;
        Assert.Equal(SupplementForm.VitaminK1, k.Form);
        Assert.Equal(90, k.Dose);
        Assert.DoesNotContain(SafetySources.GlakayLabel, k.Citations);
    }

    [Fact]
    public void A_VKA_withholds_K2_at_grade_A_naming_the_INR()
    {
        var a = Assess(new AssessmentInput(Woman()) { Medications = [Med("warfarin")], Labs = LabResults.Create(inr: 2.5) });
        var withheld = a.Withheld(IntakeNutrient.VitaminKTotal)!;
        Assert.Contains("(your latest INR: 2.5)", withheld.Reason, StringComparison.Ordinal);
        var r = a.Get(RecommendationCodes.NoVitaminKSupplement);
        Assert.Equal(EvidenceGrade.A, r.Grade);
        Assert.Equal(RecommendationPriority.Medium, r.Priority);
        Assert.StartsWith("You take warfarin, a vitamin K antagonist:", r.Reason, StringComparison.Ordinal);
    }

    // USPSTF screening age 65 is the falls age: a woman of 65 with another fall risk gets falls advice, one of 64 does not.
    [Theory]
    [InlineData(64, false)]
    [InlineData(65, true)]
    public void Falls_prevention_from_65_with_another_risk(int age, bool expected)
    {
        var a = Assess(new AssessmentInput(Woman(age, factors: RiskFactors.Dementia)));
        Assert.Equal(expected, a.Has(RecommendationCodes.FallsPrevention));
        Assert.StartsWith(
            expected ? $"At {age}, muscle and bone both depend on a nutrient-rich diet" : "NOGG recommends a healthy, nutrient-rich balanced diet",
            a.Get(RecommendationCodes.Protein).Reason,
            StringComparison.Ordinal);
    }

    // QFracture's regular oral corticosteroids: a course of 1 month counts, one shorter does not.
    [Theory]
    [InlineData(1.0, true)]
    [InlineData(0.9, false)]
    public void A_glucocorticoid_course_counts_for_QFracture_from_1_month(double months, bool counted)
    {
        var input = new AssessmentInput(Woman()) { Medications = [Med("prednisone", 5, months)] };
        var risk = Assess(input).FractureRisk;
        var withSteroids = QFracture(Woman(factors: RiskFactors.Corticosteroids));
        Assert.Equal(counted, risk.QFracture == withSteroids);
        Assert.Equal(counted, risk.Notes.Any(n => n.Contains("counts regular oral corticosteroids because you take prednisone", StringComparison.Ordinal)));
    }

    // ACR 2022 glucocorticoids (≥ 2.5 mg for 3 months or more): without a DXA, the referral is high priority and cites ACR.
    [Fact]
    public void Long_term_glucocorticoids_without_a_DXA_make_the_referral_high()
    {
        var a = Assess(new AssessmentInput(Man(55)) { Medications = [Med("prednisolone", 2.5, 3)] });
        var r = a.Get(RecommendationCodes.DxaReferral);
        Assert.Equal(RecommendationPriority.High, r.Priority);
        Assert.Equal(EvidenceGrade.D, r.Grade);
        Assert.Equal("Long-term glucocorticoids call for a fracture-risk assessment (ACR 2022).", r.Reason);
        Assert.Contains(BoneBalance.Core.FractureRisk.GuidelineThresholds.Acr.Citation, r.Citations);

        Assert.False(Assess(new AssessmentInput(Man(55)) { Medications = [Med("prednisolone", 2.4, 3)] }).Has(RecommendationCodes.DxaReferral));
    }

    [Fact]
    public void A_warning_finding_now_means_see_a_clinician_but_a_caution_or_an_upper_level_does_not()
    {
        var stones = Assess(new AssessmentInput(Woman()) { Conditions = [Cond("kidney stones")], Supplements = [Supplement(SupplementForm.CalciumCarbonate, 1250, DoseUnit.Milligram)] });
        var r = stones.Get(RecommendationCodes.SeeClinicianPromptly);
        Assert.Equal("See a clinician promptly", r.Title);
        var finding = Assert.Single(stones.Findings, f => f.Code == SafetyFindingCodes.KidneyStonesCalcium);
        var end = finding.Message.IndexOf(". ", StringComparison.Ordinal);
        Assert.Equal(end < 0 ? finding.Message : finding.Message[..(end + 1)], r.Reason);
        Assert.StartsWith("You have had kidney stones, and calcium s", r.Reason, StringComparison.Ordinal);

        Assert.False(Assess(new AssessmentInput(Woman()) { Conditions = [Cond("coeliac disease")] }).Has(RecommendationCodes.SeeClinicianPromptly));
        Assert.False(Assess(new AssessmentInput(Woman()) { Supplements = [Supplement(SupplementForm.VitaminD3, 5000, DoseUnit.InternationalUnit)] })
            .Has(RecommendationCodes.SeeClinicianPromptly));
    }

    [Fact]
    public void The_supplement_recommendations_carry_the_plan_in_words()
    {
        // Diet 8 µg of the 20 µg target from 50: 15 µg covers it. She already takes MK-7, which the plan keeps.
        var a = Assess(new AssessmentInput(Woman()) { Diary = DiaryOfTestFood(800), Supplements = [Supplement(SupplementForm.VitaminK2Mk7, 180, DoseUnit.Microgram)] });
        Assert.Equal("Take vitamin D3 15 µg (600 IU) a day", a.Get(RecommendationCodes.TakeVitaminD3).Title);
        Assert.Equal("Take 400 mg of calcium a day, as calcium carbonate", a.Get(RecommendationCodes.TakeCalcium).Title);
        Assert.Equal(RecommendationPriority.Medium, a.Get(RecommendationCodes.TakeCalcium).Priority);
        Assert.Equal(RecommendationPriority.Low, a.Get(RecommendationCodes.TakeVitaminK2).Priority);
        Assert.Equal(RecommendationPriority.Medium, a.Get(RecommendationCodes.TakeVitaminD3).Priority);
    }

    private static BoneBalance.Core.FractureRisk.QFractureResult QFracture(PersonProfile person) => BoneBalance.Core.FractureRisk.QFracture2012.Calculate(person);
}
