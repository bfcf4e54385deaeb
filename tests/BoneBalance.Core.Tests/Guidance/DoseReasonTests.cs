using BoneBalance.Core.Guidance;
using BoneBalance.Core.Nutrition;
using BoneBalance.Core.People;
using BoneBalance.Core.Safety;
using static BoneBalance.Core.Tests.Guidance.GuidanceFixtures;

namespace BoneBalance.Core.Tests.Guidance;

/// <summary>
/// What the calcium and vitamin D items say and cite in each case, worked out by hand from the test food (100 mg calcium
/// and 1 µg vitamin D per 100 g) and the IOM 2011 reference intakes (man of 60: calcium RDA 1,000 mg, UL 2,000 mg;
/// vitamin D RDA 15 µg, UL 100 µg): each sentence is there exactly when its condition holds.
/// </summary>
public class DoseReasonTests
{
    private static readonly Food NoCalciumOrVitaminD = new(
        "test:2", "Test food with vitamin K1 only", "Test Foods", null,
        [NutrientValue.Analysed(Nutrient.VitaminK1, 10, new ValueSource(ValueSource.Literature, "test", "test food"))],
        [new Portion(1, 1, "cup", 200)]);

    private static readonly Assessor WithIncompleteFood = new(Catalogue, Intakes, [.. Foods, NoCalciumOrVitaminD]);

    [Fact]
    public void A_diary_food_without_a_value_makes_the_diet_a_lower_bound_and_a_complete_diary_does_not()
    {
        var incomplete = WithIncompleteFood.Assess(new AssessmentInput(Man(60))
        {
            Diary = EveryDay((TestFood, 500), (NoCalciumOrVitaminD, 100)),
        });
        Assert.Contains("your diet gives about 500 mg (at least; some foods in your diary have no calcium value), a gap of 500 mg", incomplete.Planned(IntakeNutrient.Calcium)!.Reason, StringComparison.Ordinal);
        Assert.Contains("your diet gives about 5 µg (200 IU) a day (at least; some foods in your diary have no vitamin D value)", incomplete.Planned(IntakeNutrient.VitaminD)!.Reason, StringComparison.Ordinal);

        var complete = Assess(new AssessmentInput(Man(60)) { Diary = DiaryOfTestFood(500) });
        Assert.StartsWith("The RDA for your age is 1,000 mg a day and your diet gives about 500 mg, a gap of 500 mg. 500 mg closes it to the nearest 100 mg.", complete.Planned(IntakeNutrient.Calcium)!.Reason, StringComparison.Ordinal);
        // From 50 the target is BHOF's 800 IU (issue 12 §3).
        Assert.StartsWith("From age 50, the Bone Health and Osteoporosis Foundation advises at least 20 µg (800 IU) a day (the RDA for your age is 15 µg (600 IU)); your diet gives about 5 µg (200 IU) a day, so about 15 µg (600 IU) is missing.", complete.Planned(IntakeNutrient.VitaminD)!.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Calcium_already_taken_is_subtracted_in_words()
    {
        // Diet 500 mg, 200 mg elemental taken: gap 500 mg, 300 mg left to close.
        var a = Assess(new AssessmentInput(Man(60)) { Diary = DiaryOfTestFood(500), Supplements = [Supplement(SupplementForm.CalciumElemental, 200, DoseUnit.Milligram)] });
        var calcium = a.Planned(IntakeNutrient.Calcium)!;
        Assert.Equal(300, calcium.Dose);
        Assert.StartsWith("The RDA for your age is 1,000 mg a day and your diet gives about 500 mg, a gap of 500 mg; your supplements already give 200 mg, leaving 300 mg. 300 mg closes it", calcium.Reason, StringComparison.Ordinal);
        Assert.EndsWith("Calcium carbonate, taken with food: it needs the stomach acid a meal brings.", calcium.Reason, StringComparison.Ordinal);
        Assert.Contains("The dose is elemental calcium: 300 mg of calcium is in about 750 mg of calcium carbonate (40 % calcium). Labels may state either; compare the elemental amount.", calcium.Notes);
    }

    [Fact]
    public void A_diet_meeting_the_calcium_RDA_without_supplements_says_only_that()
    {
        var reason = Assess(new AssessmentInput(Man(60)) { Diary = DiaryOfTestFood(1000) }).Withheld(IntakeNutrient.Calcium)!.Reason;
        Assert.Equal("Your diet already meets the 1,000 mg a day recommended for your age: it gives about 1,000 mg, so a calcium supplement is not needed.", reason);
    }

    [Fact]
    public void Citrate_is_named_in_the_salt_note_for_an_acid_suppressant_user_and_a_thiazide_is_noted()
    {
        var a = Assess(new AssessmentInput(Man(60)) { Diary = DiaryOfTestFood(500), Medications = [Med("omeprazole"), Med("hydrochlorothiazide")] });
        var calcium = a.Planned(IntakeNutrient.Calcium)!;
        Assert.Equal(SupplementForm.CalciumCitrate, calcium.Form);
        Assert.Contains(calcium.Notes, n => n.Contains("of calcium citrate (21 % calcium)", StringComparison.Ordinal));
        Assert.Contains(calcium.Notes, n => n.StartsWith("You take hydrochlorothiazide, which makes the kidneys keep calcium", StringComparison.Ordinal));
        Assert.Contains(a.Planned(IntakeNutrient.VitaminD)!.Notes, n => n.StartsWith("You take hydrochlorothiazide, which makes the kidneys keep calcium", StringComparison.Ordinal));
    }

    // Pregnant, 30: RDA 1,000 mg. Diet 10 mg and 500 mg taken: 490 mg missing rounds to 500 mg, and the room under the RDA
    // is exactly 500 mg, which the dose may fill.
    [Fact]
    public void The_life_stage_room_may_be_filled_exactly()
    {
        var a = Assess(new AssessmentInput(Woman(30)) { Pregnant = true, Diary = DiaryOfTestFood(10), Supplements = [Supplement(SupplementForm.CalciumElemental, 500, DoseUnit.Milligram)] });
        Assert.Equal(500, a.Planned(IntakeNutrient.Calcium)!.Dose);
    }

    [Fact]
    public void The_care_home_calcium_asks_for_a_diary_and_suggests_food_in_general()
    {
        var calcium = Assess(new AssessmentInput(Man(80, factors: RiskFactors.CareHome))).Planned(IntakeNutrient.Calcium)!;
        Assert.Contains("Keep a food diary on at least 3 days of a week so the dose can take your food into account.", calcium.Notes);
        Assert.Contains("Food first: more calcium-rich food can replace the supplement.", calcium.Notes);
    }

    [Fact]
    public void An_active_vitamin_D_medicine_holds_both_and_cites_its_label()
    {
        var a = Assess(new AssessmentInput(Man(60)) { Medications = [Med("calcitriol")] });
        var withheld = a.Withheld(IntakeNutrient.Calcium)!;
        Assert.Equal(SafetyFindingCodes.HypercalcaemiaRisk, withheld.FindingCode);
        Assert.Equal([SafetySources.MarcinowskaSuchowierska2018, SafetySources.MedlinePlusCalcium, SafetySources.RocaltrolLabel], withheld.Citations);
        Assert.Equal(withheld.Citations, a.Withheld(IntakeNutrient.VitaminD)!.Citations);
    }

    [Fact]
    public void A_high_level_without_vitamin_D_taken_only_says_none_is_suggested()
    {
        var reason = Assess(new AssessmentInput(Man(60)) { Labs = LabResults.Create(vitaminD25OhNgPerMl: 60) }).Withheld(IntakeNutrient.VitaminD)!.Reason;
        Assert.EndsWith("found there may be reason for concern; more vitamin D is not suggested.", reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_a_diary_or_supplements_the_vitamin_D_reason_counts_the_diet_as_none_and_cites_no_level_source()
    {
        var d3 = Assess(new AssessmentInput(Man(60))).Planned(IntakeNutrient.VitaminD)!;
        Assert.StartsWith("From age 50, the Bone Health and Osteoporosis Foundation advises at least 20 µg (800 IU) a day (the RDA for your age is 15 µg (600 IU)); your diet is not known (no food diary), so it is counted as none, so about 20 µg (800 IU) is missing. ", d3.Reason, StringComparison.Ordinal);
        Assert.Contains("D3 (cholecalciferol) rather than D2 (ergocalciferol): D3 raises blood 25-OH vitamin D more. Both are made industrially; D2 is not more \"synthetic\" than D3.", d3.Notes);
        Assert.DoesNotContain(d3.Notes, n => n.StartsWith("While you are", StringComparison.Ordinal));
        Assert.DoesNotContain(GuidanceSources.Kahwati2018, d3.Citations);
    }

    // IOM 2011: below 12 ng/mL at risk of deficiency; 12–20 ng/mL some people do not have enough. Kahwati 2018 is cited
    // whenever a level is read.
    [Theory]
    [InlineData(11.9, "is in the range where the US Institute of Medicine puts people at risk of deficiency")]
    [InlineData(12.0, "is in the range where some people do not have enough (12–20 ng/mL)")]
    public void The_vitamin_D_reason_reads_the_level_at_12_ng_per_mL(double level, string words)
    {
        var d3 = Assess(new AssessmentInput(Man(60)) { Labs = LabResults.Create(vitaminD25OhNgPerMl: level) }).Planned(IntakeNutrient.VitaminD)!;
        Assert.Contains($"Your 25-OH vitamin D of {level:0.##} ng/mL {words}", d3.Reason, StringComparison.Ordinal);
        Assert.Contains(GuidanceSources.Kahwati2018, d3.Citations);
    }

    [Fact]
    public void A_pregnant_womans_vitamin_D_is_noted_to_stay_within_the_RDA()
    {
        var d3 = Assess(new AssessmentInput(Woman(30)) { Pregnant = true }).Planned(IntakeNutrient.VitaminD)!;
        Assert.Equal(15, d3.Dose);
        Assert.Contains("While you are pregnant, supplements stay within the RDA unless a clinician advises otherwise.", d3.Notes);
    }

    [Fact]
    public void Vitamin_D_planned_with_a_K1_kept_is_taken_with_the_vitamin_K1()
    {
        var a = Assess(new AssessmentInput(Woman(67)) { Supplements = [Supplement(SupplementForm.VitaminK1, 100, DoseUnit.Microgram)] });
        Assert.Equal(SupplementForm.VitaminK1, a.Planned(IntakeNutrient.VitaminKTotal)!.Form);
        Assert.Equal("Once a day with a meal that contains fat, together with the vitamin K1.", a.Planned(IntakeNutrient.VitaminD)!.Timing);
    }
}
