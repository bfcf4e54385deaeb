using BoneBalance.Core.Guidance;
using BoneBalance.Core.Nutrition;
using BoneBalance.Core.Safety;
using static BoneBalance.TestSupport.GuidanceFixtures;

namespace BoneBalance.Core.Tests.Guidance;

/// <summary>A medicine the catalogue does not know holds new calcium and vitamin D until a pharmacist or
/// prescriber has reviewed it, and the plan says so; food is still suggested.</summary>
public class UnrecognisedMedicineHoldTests
{
    // A diet of 300 g of the test food: 300 mg calcium and 3 µg vitamin D, well below a 67-year-old woman's RDAs (1,200 mg, 15 µg).
    private static AssessmentInput LowDiet(params Core.People.Medication[] medications) =>
        new(Woman(67)) { Diary = DiaryOfTestFood(300), Medications = medications };

    [Fact]
    public void Without_an_unknown_medicine_the_plan_adds_calcium_and_vitamin_D()
    {
        var a = Assess(LowDiet(Med("atorvastatin")));
        Assert.NotNull(a.Planned(IntakeNutrient.Calcium));
        Assert.NotNull(a.Planned(IntakeNutrient.VitaminD));
    }

    [Fact]
    public void An_unknown_medicine_holds_new_calcium_and_vitamin_D_and_says_why()
    {
        var a = Assess(LowDiet(Med("atorvastatin"), Med("zorbitrexal")));
        Assert.Null(a.Planned(IntakeNutrient.Calcium));
        Assert.Null(a.Planned(IntakeNutrient.VitaminD));
        foreach (var nutrient in new[] { IntakeNutrient.Calcium, IntakeNutrient.VitaminD })
        {
            var w = a.Withheld(nutrient)!;
            Assert.Equal(SafetyFindingCodes.UnrecognisedMedication, w.FindingCode);
            Assert.Contains("BoneBalance does not know zorbitrexal, so it could not check it against calcium and vitamin D", w.Reason);
            Assert.Contains("no new calcium or vitamin D until a pharmacist or the prescriber has reviewed zorbitrexal", w.Reason);
            Assert.Contains(SafetySources.KalciposSmpc, w.Citations);
        }

        Assert.Equal(RecommendationPriority.Medium, a.Get(RecommendationCodes.NoCalciumSupplement).Priority);
        Assert.Single(a.Findings, f => f.Code == SafetyFindingCodes.UnrecognisedMedication);
    }

    [Fact]
    public void A_stopped_unknown_medicine_does_not_hold_the_plan()
    {
        var stopped = Core.People.Medication.Create("zorbitrexal", status: Core.People.MedicationStatus.Stopped);
        var a = Assess(LowDiet(Med("atorvastatin"), stopped));
        Assert.NotNull(a.Planned(IntakeNutrient.Calcium));
        Assert.NotNull(a.Planned(IntakeNutrient.VitaminD));
        Assert.DoesNotContain(a.Findings, f => f.Code == SafetyFindingCodes.UnrecognisedMedication);
    }

    [Fact]
    public void Several_unknown_medicines_are_named_together_once_each()
    {
        var a = Assess(LowDiet(Med("zorbitrexal"), Med("quandofex"), Med("zorbitrexal")));
        Assert.Contains("BoneBalance does not know zorbitrexal and quandofex, so it could not check them", a.Withheld(IntakeNutrient.Calcium)!.Reason);
    }

    [Fact]
    public void Calcium_and_vitamin_D_rich_food_is_still_suggested_while_supplements_are_held()
    {
        var a = Assess(LowDiet(Med("zorbitrexal")));
        var calcium = Assert.Single(a.Intake!.Gaps, g => g.Nutrient == IntakeNutrient.Calcium);
        Assert.NotEmpty(calcium.Foods);

        // A hold for high calcium, by contrast, suggests no calcium food.
        var high = Assess(LowDiet() with { Labs = LabResults.Create(calciumMgPerDl: 10.8) });
        Assert.Empty(Assert.Single(high.Intake!.Gaps, g => g.Nutrient == IntakeNutrient.Calcium).Foods);
    }

    [Fact]
    public void A_stronger_hold_wins_over_the_unknown_medicine()
    {
        var a = Assess(LowDiet(Med("zorbitrexal")) with { Labs = LabResults.Create(calciumMgPerDl: 10.8) });
        Assert.Equal(SafetyFindingCodes.HypercalcaemiaRisk, a.Withheld(IntakeNutrient.Calcium)!.FindingCode);
        var kidney = Assess(LowDiet(Med("zorbitrexal")) with { Labs = LabResults.Create(egfr: 25) });
        Assert.Equal(SafetyFindingCodes.CkdCaution, kidney.Withheld(IntakeNutrient.VitaminD)!.FindingCode);
    }

    [Fact]
    public void Digoxin_and_lithium_are_known_so_they_do_not_hold_the_plan()
    {
        var a = Assess(LowDiet(Med("digoxin"), Med("lithium")));
        Assert.DoesNotContain(a.Findings, f => f.Code == SafetyFindingCodes.UnrecognisedMedication);
        Assert.NotNull(a.Planned(IntakeNutrient.VitaminD));
    }

    [Fact]
    public void An_unknown_condition_does_not_hold_the_plan()
    {
        var a = Assess(LowDiet() with { Conditions = [Cond("made-up syndrome")] });
        Assert.NotNull(a.Planned(IntakeNutrient.Calcium));
    }
}
