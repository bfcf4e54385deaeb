using BoneBalance.Core.Densitometry;
using BoneBalance.Core.Guidance;
using BoneBalance.Core.FractureRisk;
using BoneBalance.Core.Nutrition;
using BoneBalance.Core.People;
using BoneBalance.Core.Safety;
using static BoneBalance.TestSupport.GuidanceFixtures;

namespace BoneBalance.Core.Tests.Guidance;

public class RecommendationTests
{
    private static DxaMeasurement NeckT(double t, DateOnly? date = null) =>
        DxaMeasurement.Create(SkeletalSite.FemoralNeck, reportedTScore: t, date: date);

    [Theory]
    [InlineData(SmokingStatus.Light, true)]
    [InlineData(SmokingStatus.Moderate, true)]
    [InlineData(SmokingStatus.Heavy, true)]
    [InlineData(SmokingStatus.Former, false)]
    [InlineData(SmokingStatus.Never, false)]
    public void Stop_smoking_only_for_current_smokers(SmokingStatus smoking, bool expected) =>
        Assert.Equal(expected, Assess(new AssessmentInput(Woman(smoking: smoking))).Has(RecommendationCodes.StopSmoking));

    [Theory]
    [InlineData(AlcoholIntake.Moderate, true)]
    [InlineData(AlcoholIntake.Heavy, true)]
    [InlineData(AlcoholIntake.VeryHeavy, true)]
    [InlineData(AlcoholIntake.Light, false)]
    [InlineData(AlcoholIntake.None, false)]
    public void Limit_alcohol_above_2_units_a_day(AlcoholIntake alcohol, bool expected) =>
        Assert.Equal(expected, Assess(new AssessmentInput(Woman(alcohol: alcohol))).Has(RecommendationCodes.LimitAlcohol));

    [Fact]
    public void Falls_prevention_is_high_after_a_fall()
    {
        var a = Assess(new AssessmentInput(Woman(55, factors: RiskFactors.Falls)));
        Assert.Equal(RecommendationPriority.High, a.Get(RecommendationCodes.FallsPrevention).Priority);
    }

    [Fact]
    public void Falls_prevention_at_65_or_over_with_another_risk()
    {
        var a = Assess(new AssessmentInput(Woman(70, factors: RiskFactors.Parkinsons)));
        Assert.Equal(RecommendationPriority.Medium, a.Get(RecommendationCodes.FallsPrevention).Priority);
        Assert.Contains("parkinsons", a.Get(RecommendationCodes.FallsPrevention).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void No_falls_prevention_at_70_without_another_risk_nor_at_60_with_one()
    {
        Assert.False(Assess(new AssessmentInput(Woman(70))).Has(RecommendationCodes.FallsPrevention));
        Assert.False(Assess(new AssessmentInput(Woman(60, factors: RiskFactors.Parkinsons))).Has(RecommendationCodes.FallsPrevention));
    }

    [Fact]
    public void Exercise_for_everyone_higher_with_high_risk()
    {
        Assert.Equal(RecommendationPriority.Low, Assess(new AssessmentInput(Woman(55))).Get(RecommendationCodes.WeightBearingAndBalanceExercise).Priority);
        var high = Assess(new AssessmentInput(Woman(55, factors: RiskFactors.PriorFracture)));
        Assert.Equal(RecommendationPriority.Medium, high.Get(RecommendationCodes.WeightBearingAndBalanceExercise).Priority);
        Assert.Contains("physiotherapist", high.Get(RecommendationCodes.WeightBearingAndBalanceExercise).Advice, StringComparison.Ordinal);
    }

    [Fact]
    public void Protein_for_everyone_at_low_priority()
    {
        Assert.Equal(RecommendationPriority.Low, Assess(new AssessmentInput(Man(45))).Get(RecommendationCodes.Protein).Priority);
    }

    [Theory]
    [InlineData(19.9, true)]
    [InlineData(20.0, false)]
    [InlineData(27.0, false)]
    public void Low_body_weight_below_BMI_20(double bmi, bool expected) =>
        Assert.Equal(expected, Assess(new AssessmentInput(Woman(bmi: bmi))).Has(RecommendationCodes.LowBodyWeight));

    [Fact]
    public void No_low_body_weight_advice_without_a_BMI() =>
        Assert.False(Assess(new AssessmentInput(Woman(bmi: null))).Has(RecommendationCodes.LowBodyWeight));

    [Fact]
    public void DXA_referral_when_USPSTF_advises_screening_and_no_DXA_was_given()
    {
        // USPSTF 2025: screen all women 65 or older (grade B).
        var a = Assess(new AssessmentInput(Woman(67)));
        var r = a.Get(RecommendationCodes.DxaReferral);
        Assert.Equal(RecommendationPriority.Medium, r.Priority);
        Assert.Contains("65 or older", r.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void No_DXA_referral_with_a_DXA_or_for_a_man_without_indication()
    {
        Assert.False(Assess(new AssessmentInput(Woman(67)) { Dxa = [NeckT(-1.2)] }).Has(RecommendationCodes.DxaReferral));
        Assert.False(Assess(new AssessmentInput(Man(60))).Has(RecommendationCodes.DxaReferral));
    }

    [Fact]
    public void DXA_referral_is_high_after_a_fragility_fracture()
    {
        var a = Assess(new AssessmentInput(Man(60, factors: RiskFactors.PriorFracture)));
        Assert.Equal(RecommendationPriority.High, a.Get(RecommendationCodes.DxaReferral).Priority);
    }

    [Fact]
    public void Discuss_treatment_when_a_guideline_threshold_is_met()
    {
        // BHOF 2022: T ≤ −2.5 at the femoral neck in a postmenopausal woman.
        var a = Assess(new AssessmentInput(Woman(67)) { Dxa = [NeckT(-2.7)] });
        var r = a.Get(RecommendationCodes.DiscussTreatment);
        Assert.Equal(RecommendationPriority.High, r.Priority);
        Assert.Contains("bisphosphonates", r.Advice, StringComparison.Ordinal);
        Assert.Contains("denosumab", r.Advice, StringComparison.Ordinal);
        Assert.Contains("anabolic", r.Advice, StringComparison.Ordinal);
        Assert.Contains("does not prescribe", r.Advice, StringComparison.Ordinal);
        Assert.Contains("BHOF", r.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void No_treatment_discussion_below_the_thresholds() =>
        Assert.False(Assess(new AssessmentInput(Woman(67)) { Dxa = [NeckT(-0.5)] }).Has(RecommendationCodes.DiscussTreatment));

    [Fact]
    public void Entered_FRAX_with_low_bone_mass_meets_BHOF()
    {
        // BHOF: −1.0 > T > −2.5 and FRAX MOF ≥ 20 % → treat.
        var a = Assess(new AssessmentInput(Woman(67)) { Dxa = [NeckT(-1.8)], Frax = new FraxResult(22, 2.0) });
        Assert.True(a.Has(RecommendationCodes.DiscussTreatment));
    }

    [Fact]
    public void See_a_clinician_promptly_for_vitamin_K_deficiency_signs()
    {
        var a = Assess(new AssessmentInput(Woman()) { Symptoms = [Symptom.BleedingGums, Symptom.Nosebleeds] });
        var r = a.Get(RecommendationCodes.SeeClinicianPromptly);
        Assert.Equal(RecommendationPriority.High, r.Priority);
        Assert.Equal(RecommendationCategory.Safety, r.Category);
        // Why, in the finding's words for people (its first sentence), not its code.
        var signs = Assert.Single(a.Findings, f => f.Code == SafetyFindingCodes.VitaminKDeficiencySigns);
        Assert.StartsWith("You reported bleeding gums and nosebleeds", r.Reason, StringComparison.Ordinal);
        Assert.StartsWith(r.Reason.Split(". ")[0], signs.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("_", r.Reason, StringComparison.Ordinal);
        Assert.Equal(r, a.Recommendations[0]);
    }

    [Fact]
    public void No_prompt_visit_without_a_serious_finding() =>
        Assert.False(Assess(new AssessmentInput(Woman())).Has(RecommendationCodes.SeeClinicianPromptly));

    [Theory]
    [InlineData(10, true)]
    [InlineData(11.9, true)]
    [InlineData(12, false)]
    [InlineData(30, false)]
    public void Vitamin_D_below_12_ng_per_mL_is_for_a_clinician_to_treat(double level, bool expected)
    {
        var a = Assess(new AssessmentInput(Woman()) { Labs = LabResults.Create(vitaminD25OhNgPerMl: level) });
        Assert.Equal(expected, a.Has(RecommendationCodes.TreatVitaminDDeficiency));
    }

    [Fact]
    public void Vitamin_D_of_15_is_rechecked_and_topped_up()
    {
        var a = Assess(new AssessmentInput(Woman()) { Labs = LabResults.Create(vitaminD25OhNgPerMl: 15) });
        Assert.True(a.Has(RecommendationCodes.CheckVitaminD));
        Assert.Equal(20, a.Planned(IntakeNutrient.VitaminD)!.Dose); // 800 IU from 50 (BHOF 2022)
    }

    [Fact]
    public void Unknown_vitamin_D_is_checked_with_malabsorption_but_not_without_a_reason()
    {
        Assert.True(Assess(new AssessmentInput(Woman()) { Conditions = [Cond("coeliac disease")] }).Has(RecommendationCodes.CheckVitaminD));
        Assert.False(Assess(new AssessmentInput(Woman())).Has(RecommendationCodes.CheckVitaminD));
        Assert.False(Assess(new AssessmentInput(Woman()) { Labs = LabResults.Create(vitaminD25OhNgPerMl: 30) }).Has(RecommendationCodes.CheckVitaminD));
    }

    [Fact]
    public void Vitamin_D_taken_above_the_UL_is_to_be_reduced_and_no_more_is_planned()
    {
        // 5,000 IU = 125 µg > UL 100 µg.
        var a = Assess(new AssessmentInput(Woman()) { Supplements = [Supplement(SupplementForm.VitaminD3, 5000, DoseUnit.InternationalUnit)] });
        Assert.Equal(RecommendationPriority.High, a.Get(RecommendationCodes.ReduceVitaminD).Priority);
        Assert.Null(a.Planned(IntakeNutrient.VitaminD));
        Assert.False(Assess(new AssessmentInput(Woman()) { Supplements = [Supplement(SupplementForm.VitaminD3, 25, DoseUnit.Microgram)] }).Has(RecommendationCodes.ReduceVitaminD));
    }

    [Fact]
    public void Calcium_taken_above_the_UL_is_to_be_reduced()
    {
        // Diet 1,500 mg + 3,000 mg carbonate (1,200 mg elemental) = 2,700 mg > UL 2,000 mg at 67.
        var a = Assess(new AssessmentInput(Woman()) { Diary = DiaryOfTestFood(1500), Supplements = [Supplement(SupplementForm.CalciumCarbonate, 3000, DoseUnit.Milligram)] });
        Assert.Equal(RecommendationPriority.High, a.Get(RecommendationCodes.ReduceCalcium).Priority);
        var ok = Assess(new AssessmentInput(Woman()) { Diary = DiaryOfTestFood(600), Supplements = [Supplement(SupplementForm.CalciumCarbonate, 1250, DoseUnit.Milligram)] });
        Assert.False(ok.Has(RecommendationCodes.ReduceCalcium));
    }

    [Fact]
    public void One_supplement_recommendation_per_planned_and_withheld_supplement()
    {
        var a = Assess(new AssessmentInput(Woman()) { Diary = DiaryOfTestFood(800) });
        Assert.False(a.Has(RecommendationCodes.TakeVitaminK2)); // K2 is not in the default plan
        Assert.True(a.Has(RecommendationCodes.NoVitaminKSupplement));
        Assert.True(a.Has(RecommendationCodes.TakeVitaminD3));
        Assert.True(a.Has(RecommendationCodes.TakeCalcium));
        Assert.False(a.Has(RecommendationCodes.NoCalciumSupplement));

        var b = Assess(new AssessmentInput(Woman()) { Medications = [Med("warfarin")], Labs = LabResults.Create(vitaminD25OhNgPerMl: 35) });
        Assert.True(b.Has(RecommendationCodes.NoVitaminKSupplement));
        Assert.True(b.Has(RecommendationCodes.NoVitaminDSupplement));
        Assert.True(b.Has(RecommendationCodes.NoCalciumSupplement));
        Assert.False(b.Has(RecommendationCodes.TakeVitaminK2));
        Assert.Equal(b.Plan.Supplements.Count + b.Plan.Withheld.Count, b.Recommendations.Count(r => r.Category == RecommendationCategory.Supplement));
    }

    [Fact]
    public void Recommendations_are_sorted_by_priority_then_category_then_code()
    {
        var a = Assess(new AssessmentInput(Woman(70, smoking: SmokingStatus.Heavy, alcohol: AlcoholIntake.Heavy, factors: RiskFactors.Falls))
        {
            Symptoms = [Symptom.EasyBruising],
            Diary = DiaryOfTestFood(300),
            Dxa = [NeckT(-2.8)],
        });
        var expected = a.Recommendations
            .OrderByDescending(r => r.Priority).ThenBy(r => (int)r.Category).ThenBy(r => r.Code, StringComparer.Ordinal).ToList();
        Assert.Equal(expected, a.Recommendations);
        Assert.Equal(RecommendationCodes.SeeClinicianPromptly, a.Recommendations[0].Code);
        Assert.All(RecommendationCodes.All, code => Assert.Matches("^[A-Z0-9]+(_[A-Z0-9]+)*$", code));
    }

    [Fact]
    public void Every_recommendation_and_plan_item_has_a_citation_and_the_disclaimer_is_there()
    {
        var a = Assess(new AssessmentInput(Woman(70, smoking: SmokingStatus.Heavy, alcohol: AlcoholIntake.Heavy, bmi: 19, factors: RiskFactors.Falls))
        {
            Symptoms = [Symptom.EasyBruising],
            Medications = [Med("warfarin"), Med("omeprazole"), Med("prednisolone", 10, 6)],
            Diary = DiaryOfTestFood(300),
            Labs = LabResults.Create(vitaminD25OhNgPerMl: 10),
        });
        Assert.All(a.Recommendations, r => Assert.NotEmpty(r.Citations));
        Assert.All(a.Plan.Supplements, s => Assert.NotEmpty(s.Citations));
        Assert.All(a.Plan.Withheld, w => Assert.NotEmpty(w.Citations));
        Assert.All(a.Findings, f => Assert.NotEmpty(f.Citations));
        Assert.Equal(Assessor.Disclaimer, a.Disclaimer);
        Assert.Contains("does not diagnose or prescribe", a.Disclaimer, StringComparison.Ordinal);
    }
}
