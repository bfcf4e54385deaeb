using BoneBalance.Core.Measures;
using BoneBalance.Core.People;
using BoneBalance.Core.Safety;
using static BoneBalance.TestSupport.TestCatalogue;

namespace BoneBalance.Core.Tests.Safety;

public class SafetyCheckMineralsTests
{
    // IOM 2011 calcium ULs: 3,000 mg at 14–18, 2,500 mg at 19–50, 2,000 mg from 51.
    [Theory]
    [InlineData(50, 2500, false)]
    [InlineData(50, 2501, true)]
    [InlineData(51, 2000, false)]
    [InlineData(51, 2001, true)]
    [InlineData(19, 2500, false)]
    [InlineData(18, 3000, false)]
    [InlineData(18, 3001, true)]
    [InlineData(90, 2100, true)]
    public void Calcium_above_the_UL_for_the_life_stage(int age, double totalMg, bool expected)
    {
        var input = new SafetyInput(Woman(age)) { TotalCalciumIntake = NutrientAmount.FromMilligrams(totalMg) };
        var found = Evaluate(input).With(SafetyFindingCodes.CalciumAboveUl);
        Assert.Equal(expected, found.Count == 1);
        if (expected)
        {
            Assert.Equal(SafetySeverity.Warning, found[0].Severity);
            Assert.Contains(SafetySources.Iom2011, found[0].Citations);
        }
    }

    [Fact]
    public void Pregnancy_does_not_change_the_calcium_UL_of_a_30_year_old()
    {
        var pregnant = SafetyPerson.Create(30, Sex.Female, pregnant: true);
        Assert.Empty(Evaluate(new(pregnant) { TotalCalciumIntake = NutrientAmount.FromMilligrams(2500) }).With(SafetyFindingCodes.CalciumAboveUl));
        Assert.Single(Evaluate(new(pregnant) { TotalCalciumIntake = NutrientAmount.FromMilligrams(2600) }).With(SafetyFindingCodes.CalciumAboveUl));
    }

    [Fact]
    public void Without_a_stated_total_the_supplements_alone_are_compared_and_the_reason_says_so()
    {
        var finding = Assert.Single(Evaluate(new(Man(60)) { Supplements = [Calcium(1500), Calcium(600)] }).With(SafetyFindingCodes.CalciumAboveUl));
        Assert.Contains("2,100 mg", finding.Reason);
        Assert.Contains("total intake not given", finding.Reason);
    }

    [Fact]
    public void A_stated_total_below_the_supplements_is_refused_naming_the_field()
    {
        var input = new SafetyInput(Man()) { Supplements = [Calcium(1000)], TotalCalciumIntake = NutrientAmount.FromMilligrams(800) };
        var e = Assert.Throws<Core.Validation.InvalidInputException>(() => Evaluate(input));
        Assert.Equal("totalCalciumIntake", Assert.Single(e.Errors).Field);
    }

    // IOM 2011 vitamin D UL: 100 µg (4,000 IU) from age 9, 75 µg at 4–8.
    [Theory]
    [InlineData(40, 100, false)]
    [InlineData(40, 100.025, true)]
    [InlineData(75, 125, true)]
    [InlineData(15, 100, false)]
    [InlineData(6, 75, false)]
    [InlineData(6, 76, true)]
    public void Vitamin_D_above_the_UL_for_the_life_stage(int age, double totalUg, bool expected)
    {
        var input = new SafetyInput(SafetyPerson.Create(age, Sex.Male)) { TotalVitaminDIntake = NutrientAmount.FromMicrograms(totalUg) };
        Assert.Equal(expected, Evaluate(input).With(SafetyFindingCodes.VitaminDAboveUl).Count == 1);
    }

    [Fact]
    public void Vitamin_D_UL_message_shows_micrograms_and_international_units()
    {
        var finding = Assert.Single(Evaluate(new(Woman()) { Supplements = [VitaminD(125)] }).With(SafetyFindingCodes.VitaminDAboveUl));
        Assert.Contains("125 µg (5,000 IU)", finding.Message);
        Assert.Contains("100 µg (4,000 IU)", finding.Message);
    }

    [Fact]
    public void Thiazide_with_vitamin_D_is_a_hypercalcaemia_warning_naming_both()
    {
        var finding = Assert.Single(Evaluate(new(Woman()) { Medications = [Med("hydrochlorothiazide")], Supplements = [VitaminD(20)] })
            .With(SafetyFindingCodes.HypercalcaemiaRisk));
        Assert.Equal(SafetySeverity.Warning, finding.Severity);
        Assert.Contains("hydrochlorothiazide", finding.Reason);
        Assert.Contains("vitamin D 20 µg/day", finding.Reason);
        Assert.Contains(SafetySources.KalciposSmpc, finding.Citations);
    }

    [Fact]
    public void Thiazide_without_calcium_or_vitamin_D_is_no_hypercalcaemia_finding()
    {
        Assert.Empty(Evaluate(new(Woman()) { Medications = [Med("hydrochlorothiazide")], Supplements = [Mk7(90)] }).With(SafetyFindingCodes.HypercalcaemiaRisk));
    }

    [Theory]
    [InlineData("sarcoidosis")]
    [InlineData("history of hypercalcaemia")]
    [InlineData("primary hyperparathyroidism")]
    [InlineData("Hyperparathyroidism")]
    public void A_calcium_raising_condition_with_supplements_is_contraindicated_without_supervision_and_caution_without(string condition)
    {
        var with = Assert.Single(Evaluate(new(Woman()) { Conditions = [Cond(condition)], Supplements = [Calcium(500)] }).With(SafetyFindingCodes.HypercalcaemiaRisk));
        Assert.Equal(SafetySeverity.ContraindicatedWithoutSupervision, with.Severity);
        Assert.Contains(condition, with.Reason);

        var without = Assert.Single(Evaluate(new(Woman()) { Conditions = [Cond(condition)] }).With(SafetyFindingCodes.HypercalcaemiaRisk));
        Assert.Equal(SafetySeverity.Caution, without.Severity);
    }

    [Fact]
    public void Secondary_hyperparathyroidism_is_recognised_but_not_a_hypercalcaemia_risk()
    {
        var findings = Evaluate(new(Woman()) { Conditions = [Cond("secondary hyperparathyroidism")], Supplements = [VitaminD(20)] });
        Assert.Empty(findings.With(SafetyFindingCodes.HypercalcaemiaRisk));
        Assert.Empty(findings.With(SafetyFindingCodes.UnrecognisedCondition));
    }

    [Theory]
    [InlineData(10.2, false)]
    [InlineData(10.3, true)]
    public void Serum_calcium_above_10_2_mg_per_dL_is_a_hypercalcaemia_risk(double calcium, bool expected)
    {
        var found = Evaluate(new(Woman()) { Labs = LabResults.Create(calciumMgPerDl: calcium) }).With(SafetyFindingCodes.HypercalcaemiaRisk);
        Assert.Equal(expected, found.Count == 1);
        if (expected)
        {
            Assert.Contains("serum calcium 10.3 mg/dL", found[0].Reason);
            Assert.Contains(SafetySources.MedlinePlusCalcium, found[0].Citations);
        }
    }

    [Theory]
    [InlineData(150, false)]
    [InlineData(151, true)]
    public void A_25_OH_vitamin_D_above_150_ng_per_mL_marks_toxicity(double level, bool expected)
    {
        var found = Evaluate(new(Woman()) { Labs = LabResults.Create(vitaminD25OhNgPerMl: level) }).With(SafetyFindingCodes.HypercalcaemiaRisk);
        Assert.Equal(expected, found.Count == 1);
    }

    [Theory]
    [InlineData("history of kidney stones")]
    [InlineData("Nephrolithiasis")]
    public void Kidney_stones_with_calcium_supplements_is_a_warning(string condition)
    {
        var finding = Assert.Single(Evaluate(new(Man()) { Conditions = [Cond(condition)], Supplements = [Calcium(500)] }).With(SafetyFindingCodes.KidneyStonesCalcium));
        Assert.Equal(SafetySeverity.Warning, finding.Severity);
        Assert.Contains("500 mg", finding.Reason);
        Assert.Contains(SafetySources.Jackson2006, finding.Citations);
    }

    [Fact]
    public void Kidney_stones_without_calcium_supplements_is_no_finding()
    {
        Assert.Empty(Evaluate(new(Man()) { Conditions = [Cond("kidney stones")], Supplements = [VitaminD(15)] }).With(SafetyFindingCodes.KidneyStonesCalcium));
    }

    // KDIGO 2012: CKD below 60; G4 15–29, G5 < 15.
    [Theory]
    [InlineData(60, null)]
    [InlineData(59.9, SafetySeverity.Caution)]
    [InlineData(30, SafetySeverity.Caution)]
    [InlineData(29.9, SafetySeverity.Warning)]
    [InlineData(10, SafetySeverity.Warning)]
    public void eGFR_thresholds_for_CKD_CAUTION(double egfr, SafetySeverity? expected)
    {
        var found = Evaluate(new(Woman()) { Labs = LabResults.Create(egfr: egfr) }).With(SafetyFindingCodes.CkdCaution);
        Assert.Equal(expected, found.SingleOrDefault()?.Severity);
    }

    [Fact]
    public void A_CKD_condition_is_named_with_its_stage_and_the_KDIGO_category_of_the_eGFR()
    {
        var finding = Assert.Single(Evaluate(new(Woman()) { Conditions = [Cond("Chronic kidney disease stage 4 (disorder)")], Labs = LabResults.Create(egfr: 25) })
            .With(SafetyFindingCodes.CkdCaution));
        Assert.Equal(SafetySeverity.Warning, finding.Severity);
        Assert.Contains("Chronic kidney disease stage 4 (disorder)", finding.Reason);
        Assert.Contains("category G4", finding.Reason);
        Assert.Contains(SafetySources.Kdigo2012, finding.Citations);
    }

    [Theory]
    [InlineData(95, "G1")]
    [InlineData(60, "G2")]
    [InlineData(45, "G3a")]
    [InlineData(44.9, "G3b")]
    [InlineData(15, "G4")]
    [InlineData(14.9, "G5")]
    public void GFR_categories_follow_KDIGO_2012(double egfr, string category) => Assert.Equal(category, SafetyCheck.GfrCategory(egfr));
}
