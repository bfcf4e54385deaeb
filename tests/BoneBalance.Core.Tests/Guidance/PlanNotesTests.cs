using BoneBalance.Core.Guidance;
using BoneBalance.Core.Nutrition;
using BoneBalance.Core.Safety;
using static BoneBalance.TestSupport.GuidanceFixtures;

namespace BoneBalance.Core.Tests.Guidance;

/// <summary>
/// The general notes of the supplement plan: food first (without "vitamin K from food" for a vitamin K antagonist user,
/// who keeps vitamin K food steady rather than seeking it), supplements are not osteoporosis treatment, the life-stage
/// limit, and lower absorption of vitamins D and K with orlistat, bile-acid sequestrants, mineral oil, malabsorption or
/// liver disease (FAT_SOLUBLE_MALABSORPTION).
/// </summary>
public class PlanNotesTests
{
    private const string FoodFirst = "Food first: calcium and vitamin K from food are preferred; supplements only close what food does not give.";
    private const string FoodFirstOnAVka = "Food first: calcium from food is preferred; supplements only close what food does not give.";
    private const string NotTreatment = "Supplements do not treat osteoporosis; medicines that prevent fractures are what clinicians consider when the risk is high.";
    private const string Absorption = "Your medicines or conditions lower the absorption of vitamins D and K: see the FAT_SOLUBLE_MALABSORPTION finding, and ask your clinician whether your levels need checking.";

    [Fact]
    public void Every_plan_says_food_first_and_that_supplements_do_not_treat_osteoporosis() =>
        Assert.Equal([FoodFirst, NotTreatment], Assess(new AssessmentInput(Woman())).Plan.Notes);

    [Fact]
    public void A_vitamin_K_antagonist_user_is_not_told_to_seek_vitamin_K_from_food()
    {
        var notes = Assess(new AssessmentInput(Woman()) { Medications = [Med("warfarin")] }).Plan.Notes;
        Assert.Equal(FoodFirstOnAVka, notes[0]);
        Assert.DoesNotContain(FoodFirst, notes);
    }

    [Fact]
    public void While_pregnant_the_plan_says_doses_stay_within_the_reference_intakes()
    {
        var pregnant = Assess(new AssessmentInput(Woman(30)) { Pregnant = true }).Plan.Notes;
        Assert.Contains("While you are pregnant, no supplement doses beyond the reference intakes without a clinician.", pregnant);
        Assert.DoesNotContain(Assess(new AssessmentInput(Woman(30))).Plan.Notes, n => n.StartsWith("While you are", StringComparison.Ordinal));
    }

    [Fact]
    public void An_18_year_old_is_an_adult_for_the_plan()
    {
        // SafetyCheck.AdultAge: the under-18 limit stops at the 18th birthday.
        var a = Assess(new AssessmentInput(Man(18)));
        Assert.Equal([FoodFirst, NotTreatment], a.Plan.Notes);
        Assert.DoesNotContain(a.Findings, f => f.Code == SafetyFindingCodes.Under18);
    }

    [Theory]
    [InlineData("orlistat", null)]
    [InlineData("colestyramine", null)]
    [InlineData("mineral oil", null)]
    [InlineData(null, "coeliac disease")]
    [InlineData(null, "chronic liver disease")]
    public void Each_cause_of_fat_soluble_malabsorption_adds_the_absorption_note(string? medicine, string? condition)
    {
        var a = Assess(new AssessmentInput(Woman())
        {
            Medications = medicine is null ? [] : [Med(medicine)],
            Conditions = condition is null ? [] : [Cond(condition)],
        });
        Assert.Equal([FoodFirst, NotTreatment, Absorption], a.Plan.Notes);
    }

    [Fact]
    public void A_medicine_that_does_not_lower_absorption_adds_no_absorption_note() =>
        Assert.DoesNotContain(Absorption, Assess(new AssessmentInput(Woman()) { Medications = [Med("hydrochlorothiazide")] }).Plan.Notes);

    [Fact]
    public void Vitamin_D_is_taken_at_another_time_than_mineral_oil()
    {
        var d3 = Assess(new AssessmentInput(Woman()) { Medications = [Med("mineral oil")] }).Planned(IntakeNutrient.VitaminD)!;
        Assert.Equal("Once a day with a meal that contains fat. Take it at a different time from mineral oil.", d3.Timing);
    }
}
