using BoneBalance.Core.Evidence;
using BoneBalance.Core.Guidance;
using BoneBalance.Core.Nutrition;
using BoneBalance.Core.People;
using BoneBalance.Core.Safety;
using static BoneBalance.Core.Tests.Guidance.GuidanceFixtures;

namespace BoneBalance.Core.Tests.Guidance;

/// <summary>
/// Issue 12 §3, calcium and vitamin D that fit the situation: GLUCOCORTICOID_CALCIUM_VITAMIN_D for ≥ 2.5 mg/day
/// prednisolone-equivalent for more than 3 months (ACR scope), on both sides of each edge; the care-home default with and
/// without a food diary; calcium and the heart (both sides) said only for a person with cardiovascular disease who is
/// offered calcium.
/// </summary>
public class CalciumSituationTests
{
    // A catalogue with a coded cardiovascular condition (data/safety/conditions.csv maps it to the QFracture factor).
    private static readonly Assessor WithHeartConditions = new(
        new SafetyCatalogue(
            [.. Catalogue.Medications],
            [
                .. Catalogue.Conditions,
                new("myocardial infarction", ConditionClass.NoSafetyRule, ["heart attack"], [], ["I21"], RiskFactors.CardiovascularDisease),
                new("angina", ConditionClass.NoSafetyRule, ["angina pectoris"], [], ["I20"], RiskFactors.CardiovascularDisease),
            ]),
        Intakes,
        Foods);

    [Theory]
    [InlineData(2.4, 12, false)]
    [InlineData(2.5, 12, true)]
    [InlineData(10, 3, false)]
    [InlineData(10, 3.1, true)]
    public void Glucocorticoid_users_in_the_ACR_scope_are_told_the_calcium_and_vitamin_D(double mgPerDay, double months, bool told)
    {
        var a = Assess(new AssessmentInput(Woman(58)) { Medications = [Med("prednisolone", mgPerDay, months)] });
        Assert.Equal(told, a.Has(RecommendationCodes.GlucocorticoidCalciumVitaminD));
        Assert.Equal(told, a.Plan.Notes.Any(n => n.StartsWith("While you take prednisolone, the American College of Rheumatology advises 1,000–1,200 mg of calcium and 600–800 IU of vitamin D", StringComparison.Ordinal)));
        if (told)
        {
            var r = a.Get(RecommendationCodes.GlucocorticoidCalciumVitaminD);
            Assert.Equal(RecommendationPriority.Medium, r.Priority);
            Assert.Equal(EvidenceGrade.D, r.Grade);
            Assert.Contains("aim for 1,000–1,200 mg of calcium a day", r.Advice, StringComparison.Ordinal);
            Assert.Contains("Keep a food diary", r.Advice, StringComparison.Ordinal);
            Assert.Contains(GuidanceSources.Buckley2017, r.Citations);
        }
    }

    [Fact]
    public void Hydrocortisone_counts_by_its_prednisolone_equivalent()
    {
        // BNF: hydrocortisone 20 mg ≈ prednisolone 5 mg, so 9.6 mg ≈ 2.4 mg and 10 mg ≈ 2.5 mg.
        Assert.False(Assess(new AssessmentInput(Woman(58)) { Medications = [Med("hydrocortisone", 9.6, 12)] }).Has(RecommendationCodes.GlucocorticoidCalciumVitaminD));
        Assert.True(Assess(new AssessmentInput(Woman(58)) { Medications = [Med("hydrocortisone", 10, 12)] }).Has(RecommendationCodes.GlucocorticoidCalciumVitaminD));
    }

    [Fact]
    public void With_a_diary_the_glucocorticoid_advice_does_not_ask_for_one()
    {
        var a = Assess(new AssessmentInput(Woman(58)) { Medications = [Med("prednisolone", 10, 6)], Diary = DiaryOfTestFood(600) });
        Assert.Contains("The supplement plan is sized to your food diary.", a.Get(RecommendationCodes.GlucocorticoidCalciumVitaminD).Advice, StringComparison.Ordinal);
        var note = Assert.Single(a.Plan.Notes, n => n.StartsWith("While you take prednisolone", StringComparison.Ordinal));
        Assert.DoesNotContain("food diary", note, StringComparison.Ordinal);
        var without = Assess(new AssessmentInput(Woman(58)) { Medications = [Med("prednisolone", 10, 6)] });
        Assert.EndsWith(" Keep a food diary on at least 3 days of a week so the plan can size your calcium.", Assert.Single(without.Plan.Notes, n => n.StartsWith("While you take prednisolone", StringComparison.Ordinal)), StringComparison.Ordinal);
    }

    [Fact]
    public void High_calcium_holds_the_glucocorticoid_calcium_advice()
    {
        var a = Assess(new AssessmentInput(Woman(58)) { Medications = [Med("prednisolone", 10, 6)], Labs = LabResults.Create(calciumMgPerDl: 11) });
        Assert.False(a.Has(RecommendationCodes.GlucocorticoidCalciumVitaminD));
    }

    [Fact]
    public void A_care_home_resident_with_a_diary_gets_calcium_sized_to_it_not_the_default()
    {
        // 1,200 mg RDA at 80; 1,100 mg from food leaves 100 mg; without a diary the default is 1,000 mg.
        var withDiary = Assess(new AssessmentInput(Man(80, factors: RiskFactors.CareHome)) { Diary = DiaryOfTestFood(1100) });
        Assert.Equal(100.0, withDiary.Planned(IntakeNutrient.Calcium)!.Dose);
        Assert.Equal(1000.0, Assess(new AssessmentInput(Man(80, factors: RiskFactors.CareHome))).Planned(IntakeNutrient.Calcium)!.Dose);
        Assert.Equal(20.0, Assess(new AssessmentInput(Man(80, factors: RiskFactors.CareHome))).Planned(IntakeNutrient.VitaminD)!.Dose);
    }

    [Fact]
    public void Heart_disease_with_calcium_offered_gets_both_sides_on_the_calcium_item()
    {
        var a = WithHeartConditions.Assess(new AssessmentInput(Man(80, factors: RiskFactors.CareHome)) { Conditions = [Cond("heart attack")] });
        var calcium = a.Planned(IntakeNutrient.Calcium)!;
        var note = Assert.Single(calcium.Notes, n => n.StartsWith("You have heart or blood-vessel disease (heart attack) and the plan offers a calcium supplement", StringComparison.Ordinal));
        Assert.Contains("slightly more heart attacks with calcium supplements, with or without vitamin D", note, StringComparison.Ordinal);
        Assert.Contains("found no link in generally healthy adults", note, StringComparison.Ordinal);
        Assert.Contains("US Preventive Services Task Force (2018)", note, StringComparison.Ordinal);
        Assert.Contains(EvidenceSources.Bolland2011, calcium.Citations);
        Assert.Contains(EvidenceSources.Kopecky2016, calcium.Citations);
        Assert.Contains(EvidenceSources.Grossman2018, calcium.Citations);
    }

    [Fact]
    public void Several_heart_conditions_are_named_in_alphabetical_order()
    {
        var a = WithHeartConditions.Assess(new AssessmentInput(Man(80, factors: RiskFactors.CareHome)) { Conditions = [Cond("heart attack"), Cond("angina")] });
        Assert.Contains(a.Planned(IntakeNutrient.Calcium)!.Notes, n => n.StartsWith("You have heart or blood-vessel disease (angina and heart attack)", StringComparison.Ordinal));
    }

    [Fact]
    public void The_ticked_cardiovascular_risk_factor_counts_as_heart_disease()
    {
        var a = Assess(new AssessmentInput(Man(80, factors: RiskFactors.CareHome | RiskFactors.CardiovascularDisease)));
        Assert.Contains(a.Planned(IntakeNutrient.Calcium)!.Notes, n => n.StartsWith("You have heart or blood-vessel disease (a heart attack, angina, stroke or TIA) and the plan offers", StringComparison.Ordinal));
    }

    [Fact]
    public void Without_heart_disease_the_calcium_item_has_no_heart_note()
    {
        var calcium = Assess(new AssessmentInput(Man(80, factors: RiskFactors.CareHome))).Planned(IntakeNutrient.Calcium)!;
        Assert.DoesNotContain(calcium.Notes, n => n.Contains("heart", StringComparison.Ordinal));
        Assert.DoesNotContain(EvidenceSources.Bolland2011, calcium.Citations);
    }

    [Fact]
    public void Heart_disease_without_calcium_offered_gets_no_heart_note()
    {
        var a = WithHeartConditions.Assess(new AssessmentInput(Man(80)) { Conditions = [Cond("heart attack")] });
        Assert.Null(a.Planned(IntakeNutrient.Calcium));
        Assert.DoesNotContain(a.Plan.Supplements.SelectMany(s => s.Notes).Concat(a.Plan.Notes), n => n.Contains("heart attacks", StringComparison.Ordinal));
    }
}
