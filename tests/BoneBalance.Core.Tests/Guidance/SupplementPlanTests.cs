using BoneBalance.Core.Guidance;
using BoneBalance.Core.Nutrition;
using BoneBalance.Core.Safety;
using static BoneBalance.TestSupport.GuidanceFixtures;

namespace BoneBalance.Core.Tests.Guidance;

public class SupplementPlanTests
{
    private static readonly SupplementForm[] VitaminKForms = [SupplementForm.VitaminK1, SupplementForm.VitaminK2Mk4, SupplementForm.VitaminK2Mk7];

    [Theory]
    [InlineData("warfarin")]
    [InlineData("Coumadin")]
    [InlineData("acenocoumarol")]
    [InlineData("phenprocoumon")]
    [InlineData("fluindione")]
    public void Vitamin_K_antagonist_means_no_vitamin_K_supplement_of_any_form(string vka)
    {
        var a = Assess(new AssessmentInput(Woman()) { Medications = [Med(vka)], Labs = LabResults.Create(inr: 2.4) });

        Assert.DoesNotContain(a.Plan.Supplements, s => VitaminKForms.Contains(s.Form));
        var withheld = a.Withheld(IntakeNutrient.VitaminKTotal)!;
        Assert.Equal(SafetyFindingCodes.VkaVitaminK, withheld.FindingCode);
        Assert.Contains("INR", withheld.Reason, StringComparison.Ordinal);
        Assert.Contains("2.4", withheld.Reason, StringComparison.Ordinal);
        Assert.NotEmpty(withheld.Citations);
    }

    [Theory]
    [InlineData(SupplementForm.VitaminK2Mk7, 180, DoseUnit.Microgram)]
    [InlineData(SupplementForm.VitaminK2Mk4, 45, DoseUnit.Milligram)]
    [InlineData(SupplementForm.VitaminK1, 100, DoseUnit.Microgram)]
    public void Vitamin_K_antagonist_with_a_vitamin_K_taken_now_plans_none_and_the_finding_is_present(SupplementForm form, double dose, DoseUnit unit)
    {
        var a = Assess(new AssessmentInput(Woman()) { Medications = [Med("warfarin")], Supplements = [Supplement(form, dose, unit)] });

        Assert.DoesNotContain(a.Plan.Supplements, s => VitaminKForms.Contains(s.Form));
        Assert.Equal(SafetyFindingCodes.VkaVitaminK, a.Withheld(IntakeNutrient.VitaminKTotal)!.FindingCode);
        Assert.Contains(a.Findings, f => f.Code == SafetyFindingCodes.VkaVitaminK && f.Severity == SafetySeverity.ContraindicatedWithoutSupervision);
        var advice = a.Get(RecommendationCodes.NoVitaminKSupplement);
        Assert.Equal(RecommendationPriority.High, advice.Priority);
        Assert.Contains("anticoagulation clinic", advice.Advice, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("apixaban")]
    [InlineData("Xarelto")]
    [InlineData("dabigatran")]
    public void Direct_oral_anticoagulant_still_plans_MK7_180_micrograms(string doac)
    {
        // K2 is not in the default plan: MK-7 already taken is kept, a DOAC does not stop it.
        var a = Assess(new AssessmentInput(Woman()) { Medications = [Med(doac)], Supplements = [Supplement(SupplementForm.VitaminK2Mk7, 180, DoseUnit.Microgram)] });

        var k2 = a.Planned(IntakeNutrient.VitaminKTotal)!;
        Assert.Equal(SupplementForm.VitaminK2Mk7, k2.Form);
        Assert.Equal(180, k2.Dose);
        Assert.Equal(DoseUnit.Microgram, k2.Unit);
        Assert.Contains(a.Findings, f => f.Code == SafetyFindingCodes.DoacNoVitaminKInteraction);
        Assert.Null(a.Withheld(IntakeNutrient.VitaminKTotal));
    }

    [Fact]
    public void K2_is_taken_with_a_fat_containing_meal_together_with_D3()
    {
        var a = Assess(new AssessmentInput(Woman()) { Supplements = [Supplement(SupplementForm.VitaminK2Mk7, 180, DoseUnit.Microgram)] });

        Assert.Equal("Once a day with a meal that contains fat, together with the vitamin D3.", a.Planned(IntakeNutrient.VitaminKTotal)!.Timing);
        Assert.Equal("Once a day with a meal that contains fat, together with the vitamin K2.", a.Planned(IntakeNutrient.VitaminD)!.Timing);
        Assert.Contains(a.Planned(IntakeNutrient.VitaminKTotal)!.Notes, n => n.Contains("45 mg", StringComparison.Ordinal) && n.Contains("prescription", StringComparison.Ordinal));
        Assert.Equal(BoneBalance.Core.Evidence.EvidenceGrade.B, a.Planned(IntakeNutrient.VitaminKTotal)!.Grade);
    }

    [Fact]
    public void MK7_already_taken_at_100_micrograms_is_kept_not_doubled()
    {
        var a = Assess(new AssessmentInput(Woman()) { Supplements = [Supplement(SupplementForm.VitaminK2Mk7, 100, DoseUnit.Microgram)] });

        var k2 = Assert.Single(a.Plan.Supplements, s => VitaminKForms.Contains(s.Form));
        Assert.Equal(100, k2.Dose);
        Assert.Contains("keep it", k2.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void MK7_above_180_micrograms_is_brought_down_to_180()
    {
        var a = Assess(new AssessmentInput(Woman()) { Supplements = [Supplement(SupplementForm.VitaminK2Mk7, 360, DoseUnit.Microgram)] });

        Assert.Equal(180, a.Planned(IntakeNutrient.VitaminKTotal)!.Dose);
    }

    [Fact]
    public void Dietary_calcium_at_the_RDA_means_no_calcium_supplement()
    {
        // Woman of 67: RDA 1,200 mg (IOM 2011). 1,200 g of the test food = 1,200 mg calcium.
        var a = Assess(new AssessmentInput(Woman()) { Diary = DiaryOfTestFood(1200) });

        Assert.Null(a.Planned(IntakeNutrient.Calcium));
        var withheld = a.Withheld(IntakeNutrient.Calcium)!;
        Assert.Contains("already meets", withheld.Reason, StringComparison.Ordinal);
        Assert.Null(withheld.FindingCode);
    }

    [Fact]
    public void Dietary_gap_of_400_mg_plans_400_mg_as_one_dose()
    {
        // RDA 1,200 − diet 800 (800 g × 100 mg/100 g) = 400 mg; one dose ≤ 500; total 1,200 ≤ UL 2,000.
        var a = Assess(new AssessmentInput(Woman()) { Diary = DiaryOfTestFood(800) });

        var calcium = a.Planned(IntakeNutrient.Calcium)!;
        Assert.Equal(400, calcium.Dose);
        Assert.Equal(400, calcium.Amount.Milligrams, 9);
        Assert.Equal(SupplementForm.CalciumCarbonate, calcium.Form);
        Assert.Equal("With a meal.", calcium.Timing);
        Assert.DoesNotContain(calcium.Notes, n => n.StartsWith("Split", StringComparison.Ordinal));
        Assert.True(800 + calcium.Dose <= 2000);

        // Food first, from the catalogue: 1 cup (175 g) of natto at 217 mg/100 g = 379.75 mg → "380 mg" (SR28 16113).
        Assert.Contains(calcium.Notes, n => n.StartsWith("Food first", StringComparison.Ordinal) && n.Contains("1 cup of Natto (380 mg)", StringComparison.Ordinal));
    }

    [Fact]
    public void Dietary_gap_of_900_mg_plans_two_doses_of_at_most_500_mg()
    {
        // RDA 1,200 − diet 300 = 900 mg → 2 doses: 500 mg and 400 mg.
        var a = Assess(new AssessmentInput(Woman()) { Diary = DiaryOfTestFood(300) });

        var calcium = a.Planned(IntakeNutrient.Calcium)!;
        Assert.Equal(900, calcium.Dose);
        Assert.Equal([500.0, 400.0], CalciumDose.Split(calcium.Dose));
        Assert.Contains(calcium.Notes, n => n.StartsWith("Split into 2 doses (500 mg and 400 mg)", StringComparison.Ordinal));
        Assert.Equal("With a meal, in 2 doses at different meals.", calcium.Timing);
    }

    [Theory]
    [InlineData(1200, new[] { 400.0, 400.0, 400.0 })]
    [InlineData(1100, new[] { 400.0, 400.0, 300.0 })]
    [InlineData(500, new[] { 500.0 })]
    [InlineData(600, new[] { 300.0, 300.0 })]
    public void Calcium_is_split_into_the_fewest_doses_of_at_most_500_mg(double total, double[] doses) =>
        Assert.Equal(doses, CalciumDose.Split(total));

    [Theory]
    [InlineData("omeprazole")]
    [InlineData("Pepcid")]
    public void Acid_suppressant_means_calcium_citrate(string medication)
    {
        var a = Assess(new AssessmentInput(Woman()) { Diary = DiaryOfTestFood(800), Medications = [Med(medication)] });

        var calcium = a.Planned(IntakeNutrient.Calcium)!;
        Assert.Equal(SupplementForm.CalciumCitrate, calcium.Form);
        Assert.Equal("With or without food.", calcium.Timing);
        Assert.Contains(medication, calcium.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("coeliac disease")]
    [InlineData("achlorhydria")]
    public void Malabsorption_or_achlorhydria_means_calcium_citrate(string condition)
    {
        var a = Assess(new AssessmentInput(Woman()) { Diary = DiaryOfTestFood(800), Conditions = [Cond(condition)] });

        Assert.Equal(SupplementForm.CalciumCitrate, a.Planned(IntakeNutrient.Calcium)!.Form);
    }

    [Fact]
    public void No_diary_means_calcium_withheld_with_the_reason()
    {
        var a = Assess(new AssessmentInput(Woman()));

        Assert.Null(a.Planned(IntakeNutrient.Calcium));
        var withheld = a.Withheld(IntakeNutrient.Calcium)!;
        Assert.Contains("dietary calcium intake is unknown", withheld.Reason, StringComparison.Ordinal);
        Assert.Contains("food diary", withheld.Reason, StringComparison.Ordinal);
        Assert.Contains("Food first", withheld.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Calcium_timing_carries_the_levothyroxine_spacing()
    {
        var a = Assess(new AssessmentInput(Woman()) { Diary = DiaryOfTestFood(800), Medications = [Med("levothyroxine")] });

        Assert.Contains("at least 4 hours apart", a.Planned(IntakeNutrient.Calcium)!.Timing, StringComparison.Ordinal);
        Assert.Contains(a.Findings, f => f.Code == SafetyFindingCodes.AbsorptionSpacing);
    }

    [Fact]
    public void Vitamin_D_dose_is_the_RDA_gap_rounded_up_to_a_product_strength()
    {
        // Woman 67: target 20 µg from 50 (BHOF 2022). Diet 300 g test food = 3 µg; D2 5 µg taken → 12 µg missing → 15 µg D3.
        var a = Assess(new AssessmentInput(Woman()) { Diary = DiaryOfTestFood(300), Supplements = [Supplement(SupplementForm.VitaminD2, 200, DoseUnit.InternationalUnit)] });

        var d = a.Planned(IntakeNutrient.VitaminD)!;
        Assert.Equal(SupplementForm.VitaminD3, d.Form);
        Assert.Equal(15, d.Dose);
        Assert.Equal(600, d.Amount.VitaminDInternationalUnits, 9);
    }

    [Fact]
    public void Over_70_the_vitamin_D_RDA_is_20_micrograms()
    {
        var a = Assess(new AssessmentInput(Woman(75)));

        Assert.Equal(20, a.Planned(IntakeNutrient.VitaminD)!.Dose);
    }

    [Fact]
    public void D3_never_D2()
    {
        foreach (var age in new[] { 25, 45, 67, 80 })
        {
            var a = Assess(new AssessmentInput(Woman(age)));
            Assert.DoesNotContain(a.Plan.Supplements, s => s.Form == SupplementForm.VitaminD2);
            Assert.Equal(SupplementForm.VitaminD3, a.Planned(IntakeNutrient.VitaminD)!.Form);
        }
    }

    [Theory]
    [InlineData(50.5)]
    [InlineData(80)]
    public void Vitamin_D_above_50_ng_per_mL_means_no_vitamin_D(double level)
    {
        var a = Assess(new AssessmentInput(Woman()) { Labs = LabResults.Create(vitaminD25OhNgPerMl: level) });

        Assert.Null(a.Planned(IntakeNutrient.VitaminD));
        Assert.Contains("50 ng/mL", a.Withheld(IntakeNutrient.VitaminD)!.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Vitamin_D_of_exactly_50_is_sufficient_and_needs_no_supplement()
    {
        var a = Assess(new AssessmentInput(Woman()) { Labs = LabResults.Create(vitaminD25OhNgPerMl: 50) });

        Assert.Null(a.Planned(IntakeNutrient.VitaminD));
        Assert.Contains("20 ng/mL or more", a.Withheld(IntakeNutrient.VitaminD)!.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("sarcoidosis", SafetyFindingCodes.HypercalcaemiaRisk)]
    [InlineData("primary hyperparathyroidism", SafetyFindingCodes.HypercalcaemiaRisk)]
    [InlineData("hypercalcaemia", SafetyFindingCodes.HypercalcaemiaRisk)]
    [InlineData("chronic kidney disease stage 4", SafetyFindingCodes.CkdCaution)]
    public void Hypercalcaemia_risk_or_advanced_CKD_withholds_vitamin_D_and_calcium(string condition, string code)
    {
        var a = Assess(new AssessmentInput(Woman()) { Diary = DiaryOfTestFood(300), Conditions = [Cond(condition)] });

        Assert.Null(a.Planned(IntakeNutrient.VitaminD));
        Assert.Null(a.Planned(IntakeNutrient.Calcium));
        Assert.Equal(code, a.Withheld(IntakeNutrient.VitaminD)!.FindingCode);
        Assert.Equal(code, a.Withheld(IntakeNutrient.Calcium)!.FindingCode);
    }

    [Fact]
    public void Active_vitamin_D_withholds_vitamin_D_and_calcium_naming_the_medicine()
    {
        var a = Assess(new AssessmentInput(Woman()) { Diary = DiaryOfTestFood(300), Medications = [Med("Calcitriol 0.25 MCG Oral Capsule")] });

        Assert.Null(a.Planned(IntakeNutrient.VitaminD));
        Assert.Null(a.Planned(IntakeNutrient.Calcium));
        var withheld = a.Withheld(IntakeNutrient.VitaminD)!;
        Assert.Equal(SafetyFindingCodes.HypercalcaemiaRisk, withheld.FindingCode);
        Assert.Contains("Calcitriol 0.25 MCG Oral Capsule", withheld.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Digoxin_or_lithium_alone_does_not_withhold_vitamin_D()
    {
        Assert.NotNull(Assess(new AssessmentInput(Woman()) { Diary = DiaryOfTestFood(300), Medications = [Med("digoxin")] }).Planned(IntakeNutrient.VitaminD));
        Assert.NotNull(Assess(new AssessmentInput(Woman()) { Diary = DiaryOfTestFood(300), Medications = [Med("lithium")] }).Planned(IntakeNutrient.VitaminD));
    }

    [Fact]
    public void Pregnancy_means_no_K2_and_vitamin_D_only_up_to_the_RDA()
    {
        // Pregnant woman of 30: RDA 15 µg; she takes 10 µg, so at most 5 µg (200 IU) more, which is a product strength.
        var a = Assess(new AssessmentInput(Woman(30)) { Pregnant = true, Supplements = [Supplement(SupplementForm.VitaminD3, 10, DoseUnit.Microgram)] });

        Assert.DoesNotContain(a.Plan.Supplements, s => VitaminKForms.Contains(s.Form));
        Assert.Equal(SafetyFindingCodes.PregnancyOrBreastfeeding, a.Withheld(IntakeNutrient.VitaminKTotal)!.FindingCode);
        Assert.Equal(5, a.Planned(IntakeNutrient.VitaminD)!.Dose);

        // Taking 12 µg leaves 3 µg: no strength fits within the RDA, so none, and the life stage says why.
        var b = Assess(new AssessmentInput(Woman(30)) { Pregnant = true, Supplements = [Supplement(SupplementForm.VitaminD3, 12, DoseUnit.Microgram)] });
        Assert.Null(b.Planned(IntakeNutrient.VitaminD));
        Assert.Equal(SafetyFindingCodes.PregnancyOrBreastfeeding, b.Withheld(IntakeNutrient.VitaminD)!.FindingCode);
    }

    [Fact]
    public void Natto_that_already_gives_the_trial_dose_of_MK7_means_no_K2_supplement()
    {
        // 30 g of natto a day at 939 µg MK-7 per 100 g (Kamao 2007, the fixture) = 281.7 µg ≥ 180 µg.
        var natto = new AssessmentInput(Woman()) { Diary = EveryDay((Sr28Foods.Natto, 30)) };
        var withheld = Assess(natto).Withheld(IntakeNutrient.VitaminK2Total);
        Assert.NotNull(withheld);
        Assert.Contains("281.7", withheld.Reason, StringComparison.Ordinal);
        Assert.Null(withheld.FindingCode);
        Assert.DoesNotContain(Assess(natto).Plan.Supplements, s => VitaminKForms.Contains(s.Form));

        // 10 g gives 93.9 µg, below the trial dose: K2 is still not in the default plan, for the general reason.
        var little = new AssessmentInput(Woman()) { Diary = [DiaryEntry.InGrams(Day, Sr28Foods.Natto, 10)] };
        Assert.StartsWith("Vitamin K2 is not part of the plan", Assess(little).Withheld(IntakeNutrient.VitaminK2Total)!.Reason, StringComparison.Ordinal);
    }

    /// <summary>
    /// The trial dose itself (180 µg MK-7 a day, Knapen 2013) from food is enough: a food of 100 µg MK-7 per 100 g, 180 g a
    /// day, gives exactly 180 µg and leaves K2 out; 179 g (179 µg) does not.
    /// </summary>
    [Fact]
    public void Food_giving_exactly_the_trial_dose_of_MK7_is_enough()
    {
        var source = new ValueSource(ValueSource.Literature, "test", "test food");
        var food = new Food("test:mk7", "Test food, 100 µg MK-7 per 100 g", "Test Foods", null,
            [NutrientValue.Analysed(Nutrient.Calcium, 0, source), NutrientValue.Analysed(Nutrient.Menaquinone7, 100, source)], [new Portion(1, 1, "cup", 100)]);
        var exactly = Assess(new AssessmentInput(Woman()) { Diary = EveryDay((food, 180)) }).Withheld(IntakeNutrient.VitaminK2Total);
        Assert.Contains("about 180 µg of MK-7 and longer menaquinones a day", exactly!.Reason, StringComparison.Ordinal);
        var below = Assess(new AssessmentInput(Woman()) { Diary = EveryDay((food, 179)) }).Withheld(IntakeNutrient.VitaminK2Total);
        Assert.StartsWith("Vitamin K2 is not part of the plan", below!.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Breastfeeding_without_supplements_plans_the_RDA_of_15_micrograms()
    {
        var a = Assess(new AssessmentInput(Woman(30)) { Breastfeeding = true });

        Assert.Equal(15, a.Planned(IntakeNutrient.VitaminD)!.Dose);
        Assert.Equal(SafetyFindingCodes.PregnancyOrBreastfeeding, a.Withheld(IntakeNutrient.VitaminKTotal)!.FindingCode);
        Assert.DoesNotContain(a.Findings, f => f.Code == SafetyFindingCodes.PregnancyOrBreastfeeding && f.Severity == SafetySeverity.Warning);
    }

    [Fact]
    public void Vitamin_K_deficiency_signs_withhold_K2_until_seen()
    {
        var a = Assess(new AssessmentInput(Woman()) { Symptoms = [Symptom.EasyBruising] });

        Assert.Equal(SafetyFindingCodes.VitaminKDeficiencySigns, a.Withheld(IntakeNutrient.VitaminKTotal)!.FindingCode);
    }

    [Fact]
    public void Vitamins_D_and_K_are_taken_apart_from_orlistat_and_bile_acid_resins()
    {
        var a = Assess(new AssessmentInput(Woman()) { Medications = [Med("orlistat"), Med("colestyramine")], Supplements = [Supplement(SupplementForm.VitaminK2Mk7, 180, DoseUnit.Microgram)] });

        foreach (var nutrient in new[] { IntakeNutrient.VitaminD, IntakeNutrient.VitaminKTotal })
        {
            var timing = a.Planned(nutrient)!.Timing;
            Assert.Contains("at a different time of day from orlistat (for example at bedtime)", timing, StringComparison.Ordinal);
            Assert.Contains("at least 1 hour before or 4 hours after colestyramine", timing, StringComparison.Ordinal);
        }

        Assert.Contains(a.Findings, f => f.Code == SafetyFindingCodes.FatSolubleMalabsorption);
    }
}
