using BoneBalance.Core.Densitometry;
using BoneBalance.Core.Evidence;
using BoneBalance.Core.Guidance;
using BoneBalance.Core.Measures;
using BoneBalance.Core.Nutrition;
using BoneBalance.Core.People;
using BoneBalance.Core.Safety;
using static BoneBalance.TestSupport.GuidanceFixtures;

namespace BoneBalance.Core.Tests.Guidance;

/// <summary>What a specialist expects next: SECONDARY_CAUSES_WORKUP, VERTEBRAL_FRACTURE_ASSESSMENT,
/// KIDNEY_STONE_DIET, PARATHYROID_REVIEW, CKD_MINERAL_BONE_LABS — each with a positive, a negative and boundary tests.</summary>
public class WorkUpTests
{
    private static readonly PrecisionError Precision = PrecisionError.FromRmsSd(0.010); // LSC = 2.77 × 0.010 = 0.0277 g/cm²

    private static DxaMeasurement Spine(double bmd, int year) =>
        DxaMeasurement.Create(SkeletalSite.LumbarSpine, BoneMineralDensity.FromGramsPerSquareCentimetre(bmd), manufacturer: DxaManufacturer.Hologic, date: new DateOnly(year, 3, 1), precision: Precision);

    private static DxaMeasurement Scores(double? t = null, double? z = null) =>
        DxaMeasurement.Create(SkeletalSite.FemoralNeck, reportedTScore: t, reportedZScore: z);

    // A loss of 0.0277 g/cm² equals the LSC and counts (ISCD: equal is significant); 0.0276 does not.
    [Theory]
    [InlineData(0.9723, true)]
    [InlineData(0.9724, false)]
    [InlineData(1.050, false)]
    public void Loss_of_at_least_the_LSC_calls_for_the_secondary_causes_work_up(double later, bool expected)
    {
        var a = Assess(new AssessmentInput(Woman(60)) { Dxa = [Spine(1.000, 2024), Spine(later, 2026)] });
        Assert.Equal(expected, a.Has(RecommendationCodes.SecondaryCausesWorkUp));
        if (expected)
        {
            var r = a.Get(RecommendationCodes.SecondaryCausesWorkUp);
            Assert.Equal(RecommendationCategory.NextStep, r.Category);
            Assert.Equal(RecommendationPriority.High, r.Priority);
            Assert.Equal(EvidenceGrade.D, r.Grade);
            Assert.Contains("calcium", r.Advice);
            Assert.Contains("parathyroid hormone (PTH)", r.Advice);
            Assert.Contains("25-OH vitamin D", r.Advice);
            Assert.Contains("coeliac disease antibodies", r.Advice);
            Assert.Contains("eGFR", r.Advice);
            Assert.StartsWith("Your lumbar spine bone density fell by 2.77 % between 2024-03-01 and 2026-03-01", r.Reason);
            Assert.Contains(WorkUpSources.RosInvestigations, r.Citations);
            Assert.Contains(WorkUpSources.Aace2010, r.Citations);
        }
    }

    // ISCD: Z ≤ −2.0 is "below the expected range for age".
    [Theory]
    [InlineData(-2.0, true)]
    [InlineData(-1.9, false)]
    [InlineData(-2.6, true)]
    public void A_low_Z_score_calls_for_the_work_up(double z, bool expected)
    {
        var premenopausal = Assess(new AssessmentInput(Woman(40)) { Dxa = [Scores(z: z)] });
        Assert.Equal(expected, premenopausal.Has(RecommendationCodes.SecondaryCausesWorkUp));

        // A reported Z-score counts after the menopause too.
        var postmenopausal = Assess(new AssessmentInput(Woman(66)) { Dxa = [Scores(t: -2.0, z: z)] });
        Assert.Equal(expected, postmenopausal.Has(RecommendationCodes.SecondaryCausesWorkUp));
    }

    [Fact]
    public void The_work_up_names_a_TSH_on_levothyroxine_and_a_review_of_a_long_term_PPI()
    {
        var a = Assess(new AssessmentInput(Woman(55)) { Dxa = [Scores(t: -1.5, z: -2.1)], Medications = [Med("levothyroxine"), Med("omeprazole", 20, 36)] });
        var r = a.Get(RecommendationCodes.SecondaryCausesWorkUp);
        Assert.Contains("You take levothyroxine: a TSH test", r.Advice);
        Assert.Contains("omeprazole and have for a year or more", r.Advice);
        Assert.Contains("do not stop it on your own", r.Advice);
        Assert.Contains(SafetySources.FdaPpiFractures2010, r.Citations);
    }

    [Theory]
    [InlineData(11, false)]
    [InlineData(12, true)]
    public void A_PPI_counts_as_long_term_from_a_year(double months, bool longTerm)
    {
        var r = Assess(new AssessmentInput(Woman(55)) { Dxa = [Scores(t: -1.5, z: -2.1)], Medications = [Med("omeprazole", 20, months)] })
            .Get(RecommendationCodes.SecondaryCausesWorkUp);
        Assert.Contains("omeprazole", r.Advice);
        Assert.Equal(longTerm, r.Advice.Contains("for a year or more", StringComparison.Ordinal));
    }

    [Fact]
    public void One_long_term_PPI_among_several_makes_the_use_long_term()
    {
        var r = Assess(new AssessmentInput(Woman(55)) { Dxa = [Scores(t: -1.5, z: -2.1)], Medications = [Med("omeprazole", 20, 36), Med("dexlansoprazole", 30, 2)] })
            .Get(RecommendationCodes.SecondaryCausesWorkUp);
        Assert.Contains("You take omeprazole and dexlansoprazole and have for a year or more", r.Advice);
    }

    [Fact]
    public void Without_levothyroxine_or_a_PPI_the_work_up_names_neither_and_an_H2_blocker_is_not_a_PPI()
    {
        var r = Assess(new AssessmentInput(Woman(55)) { Dxa = [Scores(t: -1.5, z: -2.1)], Medications = [Med("famotidine", 20, 36)] })
            .Get(RecommendationCodes.SecondaryCausesWorkUp);
        Assert.DoesNotContain("You take", r.Advice);
        Assert.EndsWith("Treating a cause can stop the loss.", r.Advice);
        Assert.DoesNotContain(SafetySources.FdaPpiFractures2010, r.Citations);
    }

    [Fact]
    public void No_DXA_no_work_up()
    {
        Assert.False(Assess(new AssessmentInput(Woman(60)) { Medications = [Med("levothyroxine")] }).Has(RecommendationCodes.SecondaryCausesWorkUp));
    }

    // ISCD 2019: T < −1.0 and a woman ≥ 70 or a man ≥ 80.
    [Theory]
    [InlineData(70, -1.1, true)]
    [InlineData(69, -1.1, false)]
    [InlineData(70, -1.0, false)]
    [InlineData(85, -0.9, false)]
    public void Vertebral_fracture_assessment_for_women_from_70_with_T_below_minus_1(int age, double t, bool expected)
    {
        var a = Assess(new AssessmentInput(Woman(age)) { Dxa = [Scores(t: t)] });
        Assert.Equal(expected, a.Has(RecommendationCodes.VertebralFractureAssessment));
        if (expected)
        {
            var r = a.Get(RecommendationCodes.VertebralFractureAssessment);
            Assert.Equal(RecommendationCategory.NextStep, r.Category);
            Assert.Equal(EvidenceGrade.D, r.Grade);
            Assert.Contains("woman of 70 or over", r.Reason);
            Assert.Equal([WorkUpSources.Iscd2019Vfa], r.Citations);
        }
    }

    [Theory]
    [InlineData(80, true)]
    [InlineData(79, false)]
    public void Vertebral_fracture_assessment_for_men_from_80(int age, bool expected)
    {
        Assert.Equal(expected, Assess(new AssessmentInput(Man(age)) { Dxa = [Scores(t: -1.5)] }).Has(RecommendationCodes.VertebralFractureAssessment));
    }

    // ISCD 2019: glucocorticoids ≥ 5 mg prednisone a day for ≥ 3 months.
    [Theory]
    [InlineData(5, 3, true)]
    [InlineData(4.9, 3, false)]
    [InlineData(5, 2.9, false)]
    [InlineData(10, 6, true)]
    public void Vertebral_fracture_assessment_on_glucocorticoids(double mg, double months, bool expected)
    {
        var a = Assess(new AssessmentInput(Woman(60)) { Dxa = [Scores(t: -1.2)], Medications = [Med("prednisolone", mg, months)] });
        Assert.Equal(expected, a.Has(RecommendationCodes.VertebralFractureAssessment));
        if (expected)
        {
            Assert.Contains("glucocorticoid", a.Get(RecommendationCodes.VertebralFractureAssessment).Reason);
        }
    }

    [Fact]
    public void No_T_score_no_vertebral_fracture_assessment()
    {
        Assert.False(Assess(new AssessmentInput(Woman(75))).Has(RecommendationCodes.VertebralFractureAssessment));
    }

    [Fact]
    public void Kidney_stones_bring_diet_advice_that_keeps_dietary_calcium()
    {
        var a = Assess(new AssessmentInput(Woman(63)) { Conditions = [Cond("kidney stones")] });
        var r = a.Get(RecommendationCodes.KidneyStoneDiet);
        Assert.Equal(RecommendationCategory.Lifestyle, r.Category);
        Assert.Equal(EvidenceGrade.B, r.Grade);
        Assert.Contains("Do not cut down calcium-rich food", r.Advice);
        Assert.Contains("1,000–1,200 mg", r.Advice);
        Assert.Contains("2.5 litres", r.Advice);
        Assert.Contains(WorkUpSources.Aua2014, r.Citations);
        Assert.DoesNotContain("restrict", r.Advice);

        Assert.False(Assess(new AssessmentInput(Woman(63))).Has(RecommendationCodes.KidneyStoneDiet));
    }

    [Fact]
    public void The_kidney_stones_finding_no_longer_reads_as_cutting_dietary_calcium()
    {
        var a = Assess(new AssessmentInput(Woman(63)) { Conditions = [Cond("kidney stones")], Supplements = [Supplement(SupplementForm.CalciumCarbonate, 1500, DoseUnit.Milligram)] });
        var f = Assert.Single(a.Findings, f => f.Code == SafetyFindingCodes.KidneyStonesCalcium);
        Assert.Contains("do not cut down calcium-rich foods", f.Advice);
    }

    // Fifth International Workshop: calcium more than 1 mg/dL above the upper limit (10.2 + 1.0 = 11.2).
    [Theory]
    [InlineData(11.2, false)]
    [InlineData(11.3, true)]
    public void Parathyroid_surgery_criterion_calcium(double calcium, bool met)
    {
        var r = Assess(new AssessmentInput(Woman(60)) { Conditions = [Cond("primary hyperparathyroidism")], Labs = LabResults.Create(calciumMgPerDl: calcium, egfr: 85) })
            .Get(RecommendationCodes.ParathyroidReview);
        Assert.Equal(met ? RecommendationPriority.High : RecommendationPriority.Medium, r.Priority);
        Assert.Equal(met, r.Advice.Contains("Ask to be referred", StringComparison.Ordinal));
        Assert.Equal(met ? "Ask about a referral for parathyroid surgery" : "Ask whether your overactive parathyroid needs an operation", r.Title);
        Assert.Equal(met, r.Reason.StartsWith("Fifth International Workshop criteria for parathyroid surgery met: a blood calcium of 11.3 mg/dL", StringComparison.Ordinal));
        Assert.Equal(!met, r.Reason.StartsWith("You have primary hyperparathyroidism; none of the Fifth International Workshop criteria", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(59.9, true)]
    [InlineData(60, false)]
    public void Parathyroid_surgery_criterion_eGFR(double egfr, bool met)
    {
        var r = Assess(new AssessmentInput(Woman(60)) { Conditions = [Cond("primary hyperparathyroidism")], Labs = LabResults.Create(calciumMgPerDl: 10.6, egfr: egfr) })
            .Get(RecommendationCodes.ParathyroidReview);
        Assert.Equal(met, r.Priority == RecommendationPriority.High);
        Assert.Equal(met, r.Reason.Contains("eGFR of", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(-2.5, true)]
    [InlineData(-2.4, false)]
    public void Parathyroid_surgery_criterion_T_score(double t, bool met)
    {
        var r = Assess(new AssessmentInput(Woman(60)) { Conditions = [Cond("primary hyperparathyroidism")], Labs = LabResults.Create(calciumMgPerDl: 10.6, egfr: 85), Dxa = [Scores(t: t)] })
            .Get(RecommendationCodes.ParathyroidReview);
        Assert.Equal(met, r.Priority == RecommendationPriority.High);
        Assert.DoesNotContain("Not yet known", r.Advice); // calcium, eGFR and DXA all given
    }

    [Theory]
    [InlineData(49, true)]
    [InlineData(50, false)]
    public void Parathyroid_surgery_criterion_age(int age, bool met)
    {
        var r = Assess(new AssessmentInput(Woman(age, status: MenopausalStatus.Perimenopausal)) { Conditions = [Cond("primary hyperparathyroidism")], Labs = LabResults.Create(calciumMgPerDl: 10.6, egfr: 85) })
            .Get(RecommendationCodes.ParathyroidReview);
        Assert.Equal(met, r.Priority == RecommendationPriority.High);
        Assert.Equal(met, r.Reason.Contains("age under 50", StringComparison.Ordinal) && r.Reason.StartsWith("Fifth International Workshop criteria for parathyroid surgery met", StringComparison.Ordinal));
    }

    [Fact]
    public void Parathyroid_surgery_criteria_kidney_stones_and_fracture()
    {
        var stones = Assess(new AssessmentInput(Woman(60)) { Conditions = [Cond("primary hyperparathyroidism"), Cond("kidney stones")], Labs = LabResults.Create(calciumMgPerDl: 10.6, egfr: 85) })
            .Get(RecommendationCodes.ParathyroidReview);
        Assert.Contains("kidney stones", stones.Reason);
        Assert.Equal(RecommendationPriority.High, stones.Priority);
        var fracture = Assess(new AssessmentInput(Woman(60)) { Conditions = [Cond("primary hyperparathyroidism")], Labs = LabResults.Create(calciumMgPerDl: 10.6, egfr: 85), PriorHipOrVertebralFracture = true })
            .Get(RecommendationCodes.ParathyroidReview);
        Assert.Contains("hip or spine fracture", fracture.Reason);
    }

    [Fact]
    public void Parathyroid_review_lists_what_is_not_known_and_is_absent_without_the_condition()
    {
        var r = Assess(new AssessmentInput(Woman(60)) { Conditions = [Cond("hyperparathyroidism")] }).Get(RecommendationCodes.ParathyroidReview);
        Assert.Equal(RecommendationPriority.Medium, r.Priority);
        Assert.Contains("Not yet known to BoneBalance: your blood calcium, a DXA scan (spine, hip and forearm) and your kidney function (eGFR).", r.Advice);
        Assert.Equal([WorkUpSources.Bilezikian2022], r.Citations);

        Assert.False(Assess(new AssessmentInput(Woman(60)) { Conditions = [Cond("secondary hyperparathyroidism")] }).Has(RecommendationCodes.ParathyroidReview));
        Assert.False(Assess(new AssessmentInput(Woman(60)) { Labs = LabResults.Create(calciumMgPerDl: 11.5) }).Has(RecommendationCodes.ParathyroidReview));
    }

    // KDIGO 2017: from CKD G3a, eGFR < 60.
    [Theory]
    [InlineData(59.9, true)]
    [InlineData(60, false)]
    [InlineData(40, true)]
    public void CKD_mineral_bone_labs_from_eGFR_below_60(double egfr, bool expected)
    {
        var a = Assess(new AssessmentInput(Man(66)) { Labs = LabResults.Create(egfr: egfr) });
        Assert.Equal(expected, a.Has(RecommendationCodes.CkdMineralBoneLabs));
        if (expected)
        {
            var r = a.Get(RecommendationCodes.CkdMineralBoneLabs);
            Assert.Equal(RecommendationCategory.NextStep, r.Category);
            Assert.Contains("phosphate, parathyroid hormone (PTH), alkaline phosphatase and 25-OH vitamin D", r.Advice);
            Assert.Contains(WorkUpSources.Kdigo2017, r.Citations);
        }
    }

    [Fact]
    public void CKD_labs_with_a_CKD_diagnosis_depend_on_the_eGFR()
    {
        Assert.True(Assess(new AssessmentInput(Man(66)) { Conditions = [Cond("chronic kidney disease")] }).Has(RecommendationCodes.CkdMineralBoneLabs));
        Assert.False(Assess(new AssessmentInput(Man(66)) { Conditions = [Cond("chronic kidney disease")], Labs = LabResults.Create(egfr: 75) }).Has(RecommendationCodes.CkdMineralBoneLabs));
        Assert.True(Assess(new AssessmentInput(Man(66)) { Conditions = [Cond("chronic kidney disease stage 4")], Labs = LabResults.Create(egfr: 75) }).Has(RecommendationCodes.CkdMineralBoneLabs));
        Assert.False(Assess(new AssessmentInput(Man(66))).Has(RecommendationCodes.CkdMineralBoneLabs));
    }

    [Fact]
    public void The_thresholds_are_the_cited_ones()
    {
        Assert.Equal(-2.0, WorkUp.LowZScore);
        Assert.Equal(-1.0, WorkUp.VfaTScoreBelow);
        Assert.Equal(70, WorkUp.VfaWomenAge);
        Assert.Equal(80, WorkUp.VfaMenAge);
        Assert.Equal(5, WorkUp.VfaGlucocorticoidMilligrams);
        Assert.Equal(3, WorkUp.VfaGlucocorticoidMonths);
        Assert.Equal(1.0, WorkUp.ParathyroidCalciumAboveUpperMgPerDl);
        Assert.Equal(60, WorkUp.KidneyEgfr);
        Assert.Equal(-2.5, WorkUp.ParathyroidTScore);
        Assert.Equal(50, WorkUp.ParathyroidAgeBelow);
        Assert.Equal(12, WorkUp.LongTermPpiMonths);
    }

    [Fact]
    public void The_new_codes_are_listed_once_each()
    {
        foreach (var code in new[] { RecommendationCodes.SecondaryCausesWorkUp, RecommendationCodes.VertebralFractureAssessment, RecommendationCodes.KidneyStoneDiet, RecommendationCodes.ParathyroidReview, RecommendationCodes.CkdMineralBoneLabs })
        {
            Assert.Single(RecommendationCodes.All, c => c == code);
        }
    }
}
