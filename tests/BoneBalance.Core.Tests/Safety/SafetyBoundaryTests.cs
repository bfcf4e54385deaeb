using BoneBalance.Core.Measures;
using BoneBalance.Core.People;
using BoneBalance.Core.Safety;
using BoneBalance.Core.Validation;
using static BoneBalance.TestSupport.TestCatalogue;

namespace BoneBalance.Core.Tests.Safety;

/// <summary>
/// Both sides of every threshold the safety rules read, with the published values: a flipped comparison or a shifted
/// limit fails one of these. Reference intakes from IOM 2011 (calcium, vitamin D) and IOM 2001 (vitamin K); serum calcium
/// 10.2 mg/dL (MedlinePlus); 25-OH vitamin D 150 ng/mL (Marcinowska-Suchowierska 2018); eGFR 60 and 30 (KDIGO 2012);
/// glucocorticoids 2.5 mg/day prednisolone-equivalent for 3 months (ACR 2022; BoneBalance warns from 3 months).
/// </summary>
public class SafetyBoundaryTests
{
    // IOM 2011 calcium RDA (mg/day): 700 (1–3), 1,000 (4–8), 1,300 (9–18), 1,000 (19–50; men 51–70), 1,200 (women 51–70; 71+).
    [Theory]
    [InlineData(1, Sex.Female, 700)]
    [InlineData(3, Sex.Male, 700)]
    [InlineData(4, Sex.Male, 1000)]
    [InlineData(8, Sex.Female, 1000)]
    [InlineData(9, Sex.Female, 1300)]
    [InlineData(18, Sex.Male, 1300)]
    [InlineData(19, Sex.Male, 1000)]
    [InlineData(50, Sex.Female, 1000)]
    [InlineData(51, Sex.Female, 1200)]
    [InlineData(51, Sex.Male, 1000)]
    [InlineData(70, Sex.Female, 1200)]
    [InlineData(70, Sex.Male, 1000)]
    [InlineData(71, Sex.Male, 1200)]
    [InlineData(71, Sex.Female, 1200)]
    public void Calcium_RDA_on_both_sides_of_each_life_stage_boundary(int age, Sex sex, double mg) =>
        Assert.Equal(mg, ReferenceIntakes.RecommendedIntake(SupplementIngredient.Calcium, SafetyPerson.Create(age, sex)).Milligrams, 9);

    // IOM 2001 vitamin K AI (µg/day): 30 (1–3), 55 (4–8), 60 (9–13), 75 (14–18), adults 120 men / 90 women.
    [Theory]
    [InlineData(3, Sex.Male, 30)]
    [InlineData(4, Sex.Male, 55)]
    [InlineData(8, Sex.Female, 55)]
    [InlineData(9, Sex.Female, 60)]
    [InlineData(13, Sex.Male, 60)]
    [InlineData(14, Sex.Male, 75)]
    [InlineData(18, Sex.Female, 75)]
    [InlineData(19, Sex.Female, 90)]
    [InlineData(19, Sex.Male, 120)]
    public void Vitamin_K_AI_on_both_sides_of_each_life_stage_boundary(int age, Sex sex, double ug)
    {
        var person = SafetyPerson.Create(age, sex);
        Assert.Equal(ug, ReferenceIntakes.RecommendedIntake(SupplementIngredient.VitaminK1, person).Micrograms, 9);
        Assert.Equal(ug, ReferenceIntakes.RecommendedIntake(SupplementIngredient.Menaquinone4, person).Micrograms, 9);
        Assert.Equal(ug, ReferenceIntakes.RecommendedIntake(SupplementIngredient.Menaquinone7, person).Micrograms, 9);
    }

    [Fact]
    public void Vitamin_D_RDA_is_15_micrograms_from_age_1_and_the_UL_63_micrograms_at_1_to_3()
    {
        Assert.Equal(15, ReferenceIntakes.RecommendedIntake(SupplementIngredient.VitaminD, SafetyPerson.Create(1, Sex.Male)).Micrograms, 9);
        Assert.Equal(63, ReferenceIntakes.VitaminDUpperLimit(1).Micrograms, 9);
    }

    [Fact]
    public void An_undefined_ingredient_has_no_reference_intake()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ReferenceIntakes.RecommendedIntake((SupplementIngredient)99, Woman()));
        Assert.Throws<ArgumentNullException>(() => ReferenceIntakes.RecommendedIntake(SupplementIngredient.Calcium, null!));
    }

    // The calcium UL of 3,000 mg holds from 9 to 18 and 2,500 mg at 8 and at 19 (IOM 2011), as the rule applies it.
    [Theory]
    [InlineData(8, 2500, false)]
    [InlineData(8, 2501, true)]
    [InlineData(9, 3000, false)]
    [InlineData(9, 3001, true)]
    [InlineData(19, 2501, true)]
    public void Calcium_UL_rule_at_the_childhood_and_adult_boundaries(int age, double totalMg, bool above)
    {
        var found = Evaluate(new(SafetyPerson.Create(age, Sex.Male)) { TotalCalciumIntake = NutrientAmount.FromMilligrams(totalMg) })
            .With(SafetyFindingCodes.CalciumAboveUl);
        Assert.Equal(above, found.Count == 1);
    }

    // Vitamin D UL 63 µg at 1–3 and 75 µg at 4–8 (IOM 2011).
    [Theory]
    [InlineData(3, 63, false)]
    [InlineData(3, 64, true)]
    [InlineData(4, 75, false)]
    [InlineData(4, 76, true)]
    [InlineData(9, 100, false)]
    [InlineData(9, 101, true)]
    public void Vitamin_D_UL_rule_at_the_childhood_boundaries(int age, double totalUg, bool above)
    {
        var found = Evaluate(new(SafetyPerson.Create(age, Sex.Female)) { TotalVitaminDIntake = NutrientAmount.FromMicrograms(totalUg) })
            .With(SafetyFindingCodes.VitaminDAboveUl);
        Assert.Equal(above, found.Count == 1);
    }

    [Fact]
    public void A_stated_total_is_described_as_food_and_supplements_and_names_the_UL_and_age()
    {
        var calcium = Assert.Single(Evaluate(new(Woman(60)) { Supplements = [Calcium(500)], TotalCalciumIntake = NutrientAmount.FromMilligrams(2100) })
            .With(SafetyFindingCodes.CalciumAboveUl));
        Assert.Equal("total calcium intake 2,100 mg a day (food and supplements); upper level at age 60: 2,000 mg", calcium.Reason);

        var vitaminD = Assert.Single(Evaluate(new(Woman(60)) { Supplements = [VitaminD(50)], TotalVitaminDIntake = NutrientAmount.FromMicrograms(110) })
            .With(SafetyFindingCodes.VitaminDAboveUl));
        Assert.Equal("total vitamin D intake 110 µg (4,400 IU) a day (food and supplements); upper level at age 60: 100 µg (4,000 IU)", vitaminD.Reason);
        Assert.Equal(SafetySeverity.Warning, vitaminD.Severity);
        Assert.Equal([SafetySources.Iom2011, SafetySources.MarcinowskaSuchowierska2018], vitaminD.Citations);
    }

    [Fact]
    public void Vitamin_D_supplements_alone_above_the_UL_say_the_total_was_not_given()
    {
        var finding = Assert.Single(Evaluate(new(Man(40)) { Supplements = [VitaminD(75), VitaminD(50)] }).With(SafetyFindingCodes.VitaminDAboveUl));
        Assert.StartsWith("vitamin D supplements alone provide 125 µg (5,000 IU) a day (total intake not given)", finding.Reason);
    }

    [Fact]
    public void A_stated_vitamin_D_total_below_the_supplements_is_refused_naming_the_field()
    {
        var input = new SafetyInput(Man()) { Supplements = [VitaminD(25)], TotalVitaminDIntake = NutrientAmount.FromMicrograms(20) };
        var error = Assert.Single(Assert.Throws<InvalidInputException>(() => Evaluate(input)).Errors);
        Assert.Equal("totalVitaminDIntake", error.Field);
        Assert.Equal("20 µg (800 IU)", error.Value);

        // A total equal to what the supplements give is accepted (food gives nothing).
        Assert.Empty(Evaluate(new(Man()) { Supplements = [VitaminD(25)], TotalVitaminDIntake = NutrientAmount.FromMicrograms(25) }));
    }

    // Serum calcium 10.2 mg/dL: above it with a calcium or vitamin D supplement the finding is contraindicated without
    // supervision; without one a warning.
    [Theory]
    [InlineData(10.2, null)]
    [InlineData(10.21, SafetySeverity.ContraindicatedWithoutSupervision)]
    public void Serum_calcium_with_a_calcium_supplement_on_both_sides_of_10_2(double calcium, SafetySeverity? expected)
    {
        var found = Evaluate(new(Woman()) { Labs = LabResults.Create(calciumMgPerDl: calcium), Supplements = [Calcium(500)] })
            .With(SafetyFindingCodes.HypercalcaemiaRisk);
        Assert.Equal(expected, found.SingleOrDefault()?.Severity);
    }

    [Fact]
    public void High_serum_calcium_names_the_value_and_the_supplements_taken()
    {
        var finding = Assert.Single(Evaluate(new(Woman()) { Labs = LabResults.Create(calciumMgPerDl: 10.8), Supplements = [VitaminD(20), Mk7(90)] })
            .With(SafetyFindingCodes.HypercalcaemiaRisk));
        Assert.Equal(SafetySeverity.ContraindicatedWithoutSupervision, finding.Severity);
        Assert.Equal("serum calcium 10.8 mg/dL with vitamin D 20 µg/day", finding.Reason);
        Assert.Equal([SafetySources.MedlinePlusCalcium], finding.Citations);

        var alone = Assert.Single(Evaluate(new(Woman()) { Labs = LabResults.Create(calciumMgPerDl: 10.8) }).With(SafetyFindingCodes.HypercalcaemiaRisk));
        Assert.Equal(SafetySeverity.Warning, alone.Severity);
        Assert.Equal("serum calcium 10.8 mg/dL", alone.Reason);
    }

    // 25-OH vitamin D 150 ng/mL marks toxicity: at 150 nothing, just above it contraindicated with a vitamin D supplement.
    [Theory]
    [InlineData(150, null)]
    [InlineData(150.5, SafetySeverity.ContraindicatedWithoutSupervision)]
    public void Vitamin_D_level_with_a_vitamin_D_supplement_on_both_sides_of_150(double level, SafetySeverity? expected)
    {
        var found = Evaluate(new(Man()) { Labs = LabResults.Create(vitaminD25OhNgPerMl: level), Supplements = [VitaminD(25)] })
            .With(SafetyFindingCodes.HypercalcaemiaRisk);
        Assert.Equal(expected, found.SingleOrDefault()?.Severity);
    }

    [Fact]
    public void A_toxic_vitamin_D_level_without_supplements_is_a_warning_naming_the_level_and_source()
    {
        var finding = Assert.Single(Evaluate(new(Man()) { Labs = LabResults.Create(vitaminD25OhNgPerMl: 180) }).With(SafetyFindingCodes.HypercalcaemiaRisk));
        Assert.Equal(SafetySeverity.Warning, finding.Severity);
        Assert.Equal("25-OH vitamin D 180 ng/mL", finding.Reason);
        Assert.Equal([SafetySources.MarcinowskaSuchowierska2018], finding.Citations);

        var with = Assert.Single(Evaluate(new(Man()) { Labs = LabResults.Create(vitaminD25OhNgPerMl: 180), Supplements = [Calcium(400)] })
            .With(SafetyFindingCodes.HypercalcaemiaRisk));
        Assert.Equal("25-OH vitamin D 180 ng/mL with calcium (elemental) 400 mg/day", with.Reason);
    }

    [Fact]
    public void A_zero_dose_supplement_does_not_count_as_taking_calcium_or_vitamin_D()
    {
        var findings = Evaluate(new(Woman())
        {
            Labs = LabResults.Create(calciumMgPerDl: 11),
            Conditions = [Cond("kidney stones")],
            Medications = [Med("hydrochlorothiazide"), Med("levothyroxine")],
            Supplements = [Calcium(0), VitaminD(0)],
        });
        var finding = Assert.Single(findings.With(SafetyFindingCodes.HypercalcaemiaRisk));
        Assert.Equal(SafetySeverity.Warning, finding.Severity);
        // The thiazide is named as a possible cause whether or not supplements are taken.
        Assert.Equal("serum calcium 11 mg/dL; possible medicine causes: hydrochlorothiazide (a thiazide: the kidneys keep more calcium)", finding.Reason);
        Assert.Empty(findings.With(SafetyFindingCodes.KidneyStonesCalcium));
        Assert.Empty(findings.With(SafetyFindingCodes.AbsorptionSpacing));
    }

    [Fact]
    public void Sarcoidosis_cites_only_the_vitamin_D_source_and_hyperparathyroidism_also_the_calcium_range()
    {
        var sarcoidosis = Assert.Single(Evaluate(new(Woman()) { Conditions = [Cond("sarcoidosis")] }).With(SafetyFindingCodes.HypercalcaemiaRisk));
        Assert.Equal([SafetySources.MarcinowskaSuchowierska2018], sarcoidosis.Citations);
        Assert.Contains("makes active vitamin D itself", sarcoidosis.Message);
        Assert.Equal(SafetySeverity.Caution, sarcoidosis.Severity);
        Assert.Equal("sarcoidosis", sarcoidosis.Reason);

        var parathyroid = Assert.Single(Evaluate(new(Woman()) { Conditions = [Cond("primary hyperparathyroidism")], Supplements = [VitaminD(10)] })
            .With(SafetyFindingCodes.HypercalcaemiaRisk));
        Assert.Equal([SafetySources.MarcinowskaSuchowierska2018, SafetySources.MedlinePlusCalcium], parathyroid.Citations);
        Assert.Contains("raises blood calcium", parathyroid.Message);
        Assert.Equal("primary hyperparathyroidism with vitamin D 10 µg/day", parathyroid.Reason);
    }

    // KDIGO 2012: a CKD condition alone is a caution; stage 4–5 (advanced) a warning; an eGFR of 30–59 keeps a CKD
    // condition a caution.
    [Theory]
    [InlineData("chronic kidney disease", null, SafetySeverity.Caution)]
    [InlineData("chronic kidney disease", 45.0, SafetySeverity.Caution)]
    [InlineData("chronic kidney disease", 29.0, SafetySeverity.Warning)]
    [InlineData("end-stage renal disease", null, SafetySeverity.Warning)]
    [InlineData("end-stage renal disease", 59.0, SafetySeverity.Warning)]
    public void CKD_severity_from_the_condition_and_the_eGFR(string condition, double? egfr, SafetySeverity expected)
    {
        var finding = Assert.Single(Evaluate(new(Woman()) { Conditions = [Cond(condition)], Labs = LabResults.Create(egfr: egfr) })
            .With(SafetyFindingCodes.CkdCaution));
        Assert.Equal(expected, finding.Severity);
        Assert.Contains(expected == SafetySeverity.Warning ? "severely reduced" : "is reduced", finding.Message);
        Assert.Contains(expected == SafetySeverity.Warning ? "kidney team" : "keep to the upper levels", finding.Advice);
    }

    [Fact]
    public void An_eGFR_of_60_or_more_with_no_CKD_condition_is_no_finding()
    {
        Assert.Empty(Evaluate(new(Woman()) { Labs = LabResults.Create(egfr: 90) }).With(SafetyFindingCodes.CkdCaution));
        Assert.Equal("eGFR 59 mL/min/1.73 m² (KDIGO category G3a)",
            Assert.Single(Evaluate(new(Woman()) { Labs = LabResults.Create(egfr: 59) }).With(SafetyFindingCodes.CkdCaution)).Reason);
    }

    // KDIGO 2012 GFR categories on both sides of each boundary: G1 ≥ 90, G2 60–89, G3a 45–59, G3b 30–44, G4 15–29, G5 < 15.
    [Theory]
    [InlineData(90, "G1")]
    [InlineData(89.9, "G2")]
    [InlineData(60, "G2")]
    [InlineData(59.9, "G3a")]
    [InlineData(45, "G3a")]
    [InlineData(44.9, "G3b")]
    [InlineData(30, "G3b")]
    [InlineData(29.9, "G4")]
    [InlineData(15, "G4")]
    [InlineData(14.9, "G5")]
    public void GFR_categories_just_below_each_boundary(double egfr, string category) => Assert.Equal(category, SafetyCheck.GfrCategory(egfr));

    // ACR 2022 applies from 2.5 mg/day prednisolone-equivalent; BoneBalance warns from 3 months.
    [Theory]
    [InlineData(2.5, 3.0, true)]
    [InlineData(2.49, 3.0, false)]
    [InlineData(2.5, 2.99, false)]
    [InlineData(7.5, 3.0, true)]
    [InlineData(7.5, 2.9, false)]
    public void Prednisolone_dose_and_duration_on_both_sides_of_the_threshold(double mgPerDay, double months, bool warned)
    {
        var found = Evaluate(new(Man()) { Medications = [Med("prednisolone", mgPerDay, months)] }).With(SafetyFindingCodes.GlucocorticoidBoneLoss);
        Assert.Equal(warned, found.Count == 1);
        if (warned)
        {
            Assert.Equal(SafetySeverity.Warning, found[0].Severity);

            // Prednisolone needs no conversion, and no equivalence source.
            Assert.DoesNotContain("prednisolone-equivalent", found[0].Reason);
            Assert.DoesNotContain(SafetySources.BnfCorticosteroidEquivalence, found[0].Citations);
        }
    }

    [Fact]
    public void Two_courses_adding_up_to_exactly_2_5_mg_are_warned_and_a_single_course_below_is_not()
    {
        // Prednisolone 1.5 mg + hydrocortisone 4 mg (× 5 / 20 = 1 mg) = 2.5 mg/day.
        var finding = Assert.Single(Evaluate(new(Woman()) { Medications = [Med("prednisolone", 1.5, 4), Med("hydrocortisone", 4, 4)] })
            .With(SafetyFindingCodes.GlucocorticoidBoneLoss));
        Assert.Equal("combined 2.5 mg/day prednisolone-equivalent: prednisolone 1.5 mg and hydrocortisone 1 mg", finding.Reason);
        Assert.Equal(SafetySeverity.Warning, finding.Severity);

        Assert.Empty(Evaluate(new(Woman()) { Medications = [Med("prednisolone", 2.4, 12)] }).With(SafetyFindingCodes.GlucocorticoidBoneLoss));
    }

    [Fact]
    public void A_course_shorter_than_3_months_does_not_count_towards_the_combined_dose()
    {
        // 1.5 mg for 6 months + 1 mg (hydrocortisone 4 mg) for 2 months: only one course counts, so nothing is combined.
        Assert.Empty(Evaluate(new(Woman()) { Medications = [Med("prednisolone", 1.5, 6), Med("hydrocortisone", 4, 2)] })
            .With(SafetyFindingCodes.GlucocorticoidBoneLoss));
    }

    [Fact]
    public void A_course_above_the_threshold_is_warned_alone_and_not_combined_with_one_below()
    {
        var found = Evaluate(new(Woman()) { Medications = [Med("prednisolone", 5, 6), Med("hydrocortisone", 4, 6), Med("dexamethasone", 0.15, 6)] })
            .With(SafetyFindingCodes.GlucocorticoidBoneLoss);
        var finding = Assert.Single(found);
        Assert.Equal("prednisolone 5 mg/day, 6 months", finding.Reason);
    }

    [Fact]
    public void A_glucocorticoid_without_a_known_equivalence_asks_for_it()
    {
        var catalogue = new SafetyCatalogue([new("budesonide", DrugClass.Glucocorticoid, [], [], [])], []);
        var finding = Assert.Single(new SafetyCheck(catalogue).Evaluate(new(Woman()) { Medications = [Med("budesonide", 9, 6)] }));
        Assert.Equal(SafetyFindingCodes.GlucocorticoidBoneLoss, finding.Code);
        Assert.Equal(SafetySeverity.Caution, finding.Severity);
        Assert.Equal("budesonide: its prednisolone equivalent not given", finding.Reason);
    }

    [Fact]
    public void A_glucocorticoid_without_a_dose_says_the_daily_dose_is_missing()
    {
        var finding = Assert.Single(Evaluate(new(Woman()) { Medications = [Med("prednisolone", null, 6)] }).With(SafetyFindingCodes.GlucocorticoidBoneLoss));
        Assert.Equal("prednisolone: the daily dose not given", finding.Reason);
        Assert.Equal([BoneBalance.Core.FractureRisk.GuidelineThresholds.Acr.Citation, SafetySources.KalciposSmpc], finding.Citations);
    }

    // Under 18 (age 17) is a life-stage finding; 18 is not. A supplement at the RDA keeps it a caution; above it a warning.
    [Theory]
    [InlineData(17, true)]
    [InlineData(18, false)]
    public void Under_18_on_both_sides_of_18(int age, bool expected) =>
        Assert.Equal(expected, Evaluate(new(SafetyPerson.Create(age, Sex.Male))).With(SafetyFindingCodes.Under18).Count == 1);

    [Theory]
    [InlineData(15, SafetySeverity.Caution)]
    [InlineData(15.5, SafetySeverity.Warning)]
    public void A_pregnant_womans_vitamin_D_at_or_above_the_RDA(double ug, SafetySeverity expected)
    {
        var finding = Assert.Single(Evaluate(new(SafetyPerson.Create(30, Sex.Female, pregnant: true)) { Supplements = [VitaminD(ug)] })
            .With(SafetyFindingCodes.PregnancyOrBreastfeeding));
        Assert.Equal(expected, finding.Severity);
    }

    [Theory]
    [InlineData(true, false, "pregnant")]
    [InlineData(false, true, "breastfeeding")]
    public void A_woman_who_is_pregnant_or_breastfeeding_is_named_as_such(bool pregnant, bool breastfeeding, string stage)
    {
        var finding = Assert.Single(Evaluate(new(SafetyPerson.Create(30, Sex.Female, pregnant, breastfeeding)))
            .With(SafetyFindingCodes.PregnancyOrBreastfeeding));
        Assert.Equal(stage, finding.Reason);
        Assert.StartsWith($"While you are {stage}, supplements should not go beyond the recommended daily intakes unless a clinician advises it.", finding.Message);
        Assert.EndsWith("advises it.", finding.Message);
        Assert.Equal(SafetySeverity.Caution, finding.Severity);
    }

    [Fact]
    public void A_pregnant_and_breastfeeding_woman_is_named_as_both_and_the_doses_above_the_RDA_are_listed()
    {
        var finding = Assert.Single(Evaluate(new(SafetyPerson.Create(30, Sex.Female, pregnant: true, breastfeeding: true))
        {
            Supplements = [VitaminD(25), Calcium(1200), Mk7(0)],
        }).With(SafetyFindingCodes.PregnancyOrBreastfeeding));
        Assert.Equal(
            "pregnant and breastfeeding; vitamin D 25 µg/day is above the RDA of 15 µg (600 IU)/day and calcium (elemental) 1200 mg/day is above the RDA of 1,000 mg/day",
            finding.Reason);
        Assert.StartsWith("While you are pregnant and breastfeeding,", finding.Message);
        Assert.Equal([SafetySources.Iom2011, SafetySources.Iom2001], finding.Citations);

        var pregnant = Assert.Single(Evaluate(new(SafetyPerson.Create(30, Sex.Female, pregnant: true))).With(SafetyFindingCodes.PregnancyOrBreastfeeding));
        Assert.Equal("pregnant", pregnant.Reason);
    }

    [Fact]
    public void Findings_are_ordered_by_severity_then_code_then_reason()
    {
        var findings = Evaluate(new(Woman())
        {
            Medications = [Med("warfarin"), Med("levothyroxine"), Med("unknown pill"), Med("apixaban")],
            Conditions = [Cond("sarcoidosis"), Cond("hypercalcaemia")],
            Supplements = [Calcium(500), Mk7(90)],
        });
        Assert.Equal(
            [
                (SafetyFindingCodes.VkaVitaminK, SafetySeverity.ContraindicatedWithoutSupervision),
                (SafetyFindingCodes.HypercalcaemiaRisk, SafetySeverity.ContraindicatedWithoutSupervision),
                (SafetyFindingCodes.HypercalcaemiaRisk, SafetySeverity.ContraindicatedWithoutSupervision),
                (SafetyFindingCodes.AbsorptionSpacing, SafetySeverity.Caution),
                (SafetyFindingCodes.DoacNoVitaminKInteraction, SafetySeverity.Info),
                (SafetyFindingCodes.UnrecognisedMedication, SafetySeverity.Info),
            ],
            findings.Select(f => (f.Code, f.Severity)));

        // Two findings of one code and severity come in the ordinal order of their reasons.
        var hyper = findings.With(SafetyFindingCodes.HypercalcaemiaRisk);
        Assert.StartsWith("hypercalcaemia", hyper[0].Reason);
        Assert.StartsWith("sarcoidosis", hyper[1].Reason);
    }

    // Accepted laboratory ranges are inclusive at both ends; just outside is refused.
    [Theory]
    [InlineData(0.0, null, null, null)]
    [InlineData(500.0, null, null, null)]
    [InlineData(null, 4.0, null, null)]
    [InlineData(null, 25.0, null, null)]
    [InlineData(null, null, 0.5, null)]
    [InlineData(null, null, 25.0, null)]
    [InlineData(null, null, null, 0.0)]
    [InlineData(null, null, null, 250.0)]
    public void Lab_values_at_the_ends_of_their_ranges_are_accepted(double? vitaminD, double? calcium, double? inr, double? egfr)
    {
        var labs = LabResults.Create(vitaminD, calcium, inr, egfr);
        Assert.Equal((vitaminD, calcium, inr, egfr), (labs.VitaminD25OhNgPerMl, labs.CalciumMgPerDl, labs.Inr, labs.Egfr));
    }

    [Theory]
    [InlineData(500.1, null, null, null, "labs.vitaminD25ohNgPerMl")]
    [InlineData(null, 3.9, null, null, "labs.calciumMgPerDl")]
    [InlineData(null, 25.1, null, null, "labs.calciumMgPerDl")]
    [InlineData(null, null, 0.49, null, "labs.inr")]
    [InlineData(null, null, 25.1, null, "labs.inr")]
    [InlineData(null, null, null, 250.1, "labs.egfr")]
    public void Lab_values_just_outside_their_ranges_are_refused(double? vitaminD, double? calcium, double? inr, double? egfr, string field)
    {
        var e = Assert.Throws<InvalidInputException>(() => LabResults.Create(vitaminD, calcium, inr, egfr));
        Assert.Equal(field, Assert.Single(e.Errors).Field);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(120)]
    public void The_youngest_and_oldest_ages_are_accepted(int age) => Assert.Equal(age, SafetyPerson.Create(age, Sex.Female).AgeYears);

    [Fact]
    public void An_undefined_supplement_ingredient_is_refused_naming_the_field_and_a_profile_is_required()
    {
        var e = Assert.Throws<InvalidInputException>(() => SupplementDose.Create((SupplementIngredient)99, NutrientAmount.FromMicrograms(1), "supplements[2]"));
        var error = Assert.Single(e.Errors);
        Assert.Equal("supplements[2].form", error.Field);
        Assert.Equal("99", error.Value);
        Assert.Contains("Menaquinone7", error.ValidRange);
        Assert.Throws<ArgumentNullException>(() => SafetyPerson.From(null!));
    }

    [Fact]
    public void A_pregnant_or_breastfeeding_woman_is_accepted_and_an_undefined_sex_refused()
    {
        var person = SafetyPerson.Create(30, Sex.Female, pregnant: true, breastfeeding: true);
        Assert.True(person.Pregnant && person.Breastfeeding);
        Assert.Null(person.Profile);
        var e = Assert.Throws<InvalidInputException>(() => SafetyPerson.Create(30, (Sex)9));
        Assert.Equal("sex", Assert.Single(e.Errors).Field);
    }
}
