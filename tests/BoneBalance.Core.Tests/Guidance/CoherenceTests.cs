using BoneBalance.Core.Densitometry;
using BoneBalance.Core.Evidence;
using BoneBalance.Core.FractureRisk;
using BoneBalance.Core.Guidance;
using BoneBalance.Core.Measures;
using BoneBalance.Core.Nutrition;
using BoneBalance.Core.People;
using BoneBalance.Core.Safety;
using static BoneBalance.TestSupport.GuidanceFixtures;

namespace BoneBalance.Core.Tests.Guidance;

/// <summary>
/// Advice that agrees with itself: timings name only vitamin D that is really there; the vitamin D
/// recheck and treatment texts match the plan; D2 users with a low level are pointed to D3; a person with a DXA result is
/// not told to get a first scan; a BMI outside QFracture's range gets a labelled risk; a hip risk at or above the
/// major-fracture risk is explained. Each behaviour is tested on both sides.
/// </summary>
public class CoherenceTests
{
    private static readonly DateOnly ScanDay = new(2026, 1, 10);

    private static PlannedSupplement K2(Assessment a) => a.Planned(IntakeNutrient.VitaminKTotal) ?? throw new InvalidOperationException("no vitamin K in the plan");

    private static LabResults VitaminD(double level) => LabResults.Create(vitaminD25OhNgPerMl: level);

    // ---- timings ----

    [Fact]
    public void K2_is_taken_with_the_plans_d3_only_when_the_plan_holds_d3()
    {
        // K2 is not in the default plan: she already takes MK-7, which the plan keeps.
        var a = Assess(new AssessmentInput(Woman()) { Supplements = [Supplement(SupplementForm.VitaminK2Mk7, 180, DoseUnit.Microgram)] });
        Assert.NotNull(a.Planned(IntakeNutrient.VitaminD));
        Assert.Equal(SupplementForm.VitaminD3, a.Planned(IntakeNutrient.VitaminD)!.Form);
        Assert.Equal("Once a day with a meal that contains fat, together with the vitamin D3.", K2(a).Timing);
        Assert.Equal("Once a day with a meal that contains fat, together with the vitamin K2.", a.Planned(IntakeNutrient.VitaminD)!.Timing);
    }

    [Fact]
    public void K2_taken_with_a_persons_own_d2_names_the_d2_never_the_d3()
    {
        // 25 µg of D2 a day covers the 20 µg target at 67: no vitamin D in the plan.
        var a = Assess(new AssessmentInput(Woman()) { Supplements = [Supplement(SupplementForm.VitaminD2, 25, DoseUnit.Microgram), Supplement(SupplementForm.VitaminK2Mk7, 180, DoseUnit.Microgram)] });
        Assert.Null(a.Planned(IntakeNutrient.VitaminD));
        Assert.Equal("Once a day with a meal that contains fat, together with your vitamin D2.", K2(a).Timing);
        Assert.DoesNotContain("D3", K2(a).Timing, StringComparison.Ordinal);
    }

    [Fact]
    public void K2_taken_with_a_persons_own_d3_says_your_vitamin_d3()
    {
        var a = Assess(new AssessmentInput(Woman()) { Supplements = [Supplement(SupplementForm.VitaminD3, 25, DoseUnit.Microgram), Supplement(SupplementForm.VitaminK2Mk7, 180, DoseUnit.Microgram)] });
        Assert.Null(a.Planned(IntakeNutrient.VitaminD));
        Assert.Equal("Once a day with a meal that contains fat, together with your vitamin D3.", K2(a).Timing);
    }

    [Fact]
    public void K2_names_no_vitamin_d_while_calcium_and_vitamin_d_are_on_hold()
    {
        // A blood calcium above the reference range puts her own D3 under review: the K2 timing must not lean on it.
        var a = Assess(new AssessmentInput(Woman())
        {
            Labs = LabResults.Create(calciumMgPerDl: 11),
            Supplements = [Supplement(SupplementForm.VitaminD3, 25, DoseUnit.Microgram), Supplement(SupplementForm.VitaminK2Mk7, 180, DoseUnit.Microgram)],
        });
        Assert.Equal("Once a day with a meal that contains fat.", K2(a).Timing);
    }

    [Fact]
    public void K2_without_any_vitamin_d_names_none()
    {
        // A sufficient level withholds the plan's D and the person takes none.
        var a = Assess(new AssessmentInput(Woman()) { Labs = VitaminD(30), Supplements = [Supplement(SupplementForm.VitaminK2Mk7, 180, DoseUnit.Microgram)] });
        Assert.Null(a.Planned(IntakeNutrient.VitaminD));
        Assert.Equal("Once a day with a meal that contains fat.", K2(a).Timing);
    }

    // ---- CHECK_VITAMIN_D and TREAT_VITAMIN_D_DEFICIENCY follow the plan ----

    [Fact]
    public void Recheck_names_the_plans_d3_when_the_plan_holds_it()
    {
        var a = Assess(new AssessmentInput(Woman()) { Labs = VitaminD(15) });
        Assert.NotNull(a.Planned(IntakeNutrient.VitaminD));
        Assert.Equal("Ask your clinician when to recheck your 25-OH vitamin D after a few months of the plan's vitamin D3.", a.Get(RecommendationCodes.CheckVitaminD).Advice);
    }

    [Fact]
    public void Recheck_names_the_persons_own_vitamin_d_when_the_plan_adds_none()
    {
        var a = Assess(new AssessmentInput(Woman()) { Labs = VitaminD(15), Supplements = [Supplement(SupplementForm.VitaminD3, 25, DoseUnit.Microgram)] });
        Assert.Null(a.Planned(IntakeNutrient.VitaminD));
        var action = a.Get(RecommendationCodes.CheckVitaminD).Advice;
        Assert.DoesNotContain("plan's vitamin D", action, StringComparison.Ordinal);
        Assert.Contains("the vitamin D you already take", action, StringComparison.Ordinal);
    }

    [Fact]
    public void Recheck_says_the_plan_adds_no_vitamin_d_when_it_is_on_hold_and_none_is_taken()
    {
        // A blood calcium above the reference range holds calcium and vitamin D.
        var a = Assess(new AssessmentInput(Woman()) { Labs = LabResults.Create(vitaminD25OhNgPerMl: 15, calciumMgPerDl: 11) });
        Assert.Null(a.Planned(IntakeNutrient.VitaminD));
        Assert.Equal(
            "Ask your clinician when to recheck your 25-OH vitamin D and why it is low; the plan adds no vitamin D (see why under vitamin D).",
            a.Get(RecommendationCodes.CheckVitaminD).Advice);
    }

    [Fact]
    public void Deficiency_treatment_mentions_the_plans_d3_only_when_there_is_one()
    {
        var withPlan = Assess(new AssessmentInput(Woman()) { Labs = VitaminD(10) });
        Assert.NotNull(withPlan.Planned(IntakeNutrient.VitaminD));
        Assert.Contains("the vitamin D3 in this plan only maintains, it does not treat a deficiency. It is corrected before an osteoporosis medicine", withPlan.Get(RecommendationCodes.TreatVitaminDDeficiency).Advice, StringComparison.Ordinal);
        Assert.Contains(BoneBalance.Core.Safety.TreatmentSources.ProliaLabel, withPlan.Get(RecommendationCodes.TreatVitaminDDeficiency).Citations);

        var without = Assess(new AssessmentInput(Woman()) { Labs = VitaminD(10), Supplements = [Supplement(SupplementForm.VitaminD2, 25, DoseUnit.Microgram)] });
        Assert.Null(without.Planned(IntakeNutrient.VitaminD));
        Assert.Contains("this plan adds no vitamin D of its own. It is corrected before an osteoporosis medicine such as zoledronic acid or denosumab", without.Get(RecommendationCodes.TreatVitaminDDeficiency).Advice, StringComparison.Ordinal);
    }

    // ---- D2 → D3 ----

    [Theory]
    [InlineData(SupplementForm.VitaminD2, 19.9, true)]
    [InlineData(SupplementForm.VitaminD2, 10, true)]
    [InlineData(SupplementForm.VitaminD2, 20, false)]
    [InlineData(SupplementForm.VitaminD2, 35, false)]
    [InlineData(SupplementForm.VitaminD3, 15, false)]
    [InlineData(SupplementForm.VitaminD3, 19.9, false)]
    public void Prefer_d3_only_when_d2_is_taken_and_the_level_is_below_20(SupplementForm form, double level, bool expected)
    {
        var a = Assess(new AssessmentInput(Woman()) { Labs = VitaminD(level), Supplements = [Supplement(form, 10, DoseUnit.Microgram)] });
        Assert.Equal(expected, a.Has(RecommendationCodes.PreferVitaminD3));
    }

    [Fact]
    public void Prefer_d3_needs_a_known_level()
    {
        var a = Assess(new AssessmentInput(Woman()) { Supplements = [Supplement(SupplementForm.VitaminD2, 10, DoseUnit.Microgram)] });
        Assert.False(a.Has(RecommendationCodes.PreferVitaminD3));
    }

    [Fact]
    public void Prefer_d3_counts_d2_from_the_diary_too()
    {
        var a = Assess(new AssessmentInput(Woman())
        {
            Labs = VitaminD(15),
            DiarySupplements = [SupplementEntry.Create(Day, SupplementForm.VitaminD2, 10, DoseUnit.Microgram)],
        });
        Assert.True(a.Has(RecommendationCodes.PreferVitaminD3));
    }

    [Fact]
    public void Prefer_d3_is_not_given_while_calcium_and_vitamin_d_are_on_hold()
    {
        var a = Assess(new AssessmentInput(Woman())
        {
            Labs = LabResults.Create(vitaminD25OhNgPerMl: 15, calciumMgPerDl: 11),
            Supplements = [Supplement(SupplementForm.VitaminD2, 10, DoseUnit.Microgram)],
        });
        Assert.False(a.Has(RecommendationCodes.PreferVitaminD3));
    }

    [Fact]
    public void Prefer_d3_says_why_with_its_sources_and_grade()
    {
        var a = Assess(new AssessmentInput(Woman()) { Labs = VitaminD(14), Supplements = [Supplement(SupplementForm.VitaminD2, 10, DoseUnit.Microgram)] });
        var r = a.Get(RecommendationCodes.PreferVitaminD3);
        Assert.Equal(EvidenceGrade.B, r.Grade);
        Assert.Equal(RecommendationCategory.Supplement, r.Category);
        Assert.StartsWith("Your 25-OH vitamin D is 14 ng/mL, below 20 ng/mL, and you take vitamin D2.", r.Reason, StringComparison.Ordinal);
        Assert.Contains(EvidenceSources.Tripkovic2012, r.Citations);
        Assert.Contains(EvidenceSources.VanDenHeuvel2023, r.Citations);
    }

    // ---- DXA done ----

    private static PersonProfile LightWoman67() =>
        PersonProfile.Create(67, Sex.Female, MenopausalStatus.Postmenopausal, weight: Mass.FromKilograms(50), bodyMassIndex: BodyMassIndex.FromKilogramsPerSquareMetre(20.8));

    private static DxaMeasurement Neck(double t) => DxaMeasurement.Create(SkeletalSite.FemoralNeck, reportedTScore: t, date: ScanDay);

    [Fact]
    public void Without_a_dxa_the_tools_and_uspstf_suggest_a_first_scan()
    {
        var risk = Assess(new AssessmentInput(LightWoman67())).FractureRisk;
        Assert.False(risk.ScreeningAdvice.DxaDone);
        Assert.Null(risk.ScreeningAdvice.FollowUp);
        Assert.Equal("Woman aged 67: the USPSTF recommends screening all women 65 or older (grade B).", risk.ScreeningAdvice.Reason);
        Assert.Contains(risk.Screening, t => t.ReferForDxa == true && t.Band == "refer for DXA");
        Assert.DoesNotContain(risk.Screening, t => t.Band.EndsWith(FollowUpDxa.BandSuffix, StringComparison.Ordinal));
    }

    [Fact]
    public void With_a_dxa_the_tools_and_uspstf_say_a_scan_has_been_done_and_when_to_repeat_it()
    {
        var a = Assess(new AssessmentInput(LightWoman67()) { Dxa = [Neck(-1.5)] });
        var advice = a.FractureRisk.ScreeningAdvice;
        Assert.True(advice.DxaDone);
        Assert.Equal(UspstfRecommendation.Screen, advice.Recommendation);
        Assert.StartsWith("A DXA scan has already been done (latest 2026-01-10), so the screening question — who should have a first scan — is answered.", advice.Reason, StringComparison.Ordinal);
        Assert.Contains("at least 2 years", advice.Reason, StringComparison.Ordinal);
        Assert.Contains("after 1 to 2 years", advice.Reason, StringComparison.Ordinal);
        Assert.Equal(FollowUpDxa.Advice, advice.FollowUp);
        Assert.DoesNotContain("recommends screening", advice.Reason, StringComparison.Ordinal);
        Assert.Contains("Without a scan, the screening advice would be: Woman aged 67: the USPSTF recommends screening all women 65 or older (grade B).", advice.Caveats);
        Assert.Contains(ScreeningSources.GourlayInterval2012, advice.Citations);
        Assert.Contains(ScreeningSources.IscdRepeatBmd2019, advice.Citations);

        // Every tool that would refer says the scan is done; the others are untouched; the scores are the same.
        var before = Assess(new AssessmentInput(LightWoman67())).FractureRisk.Screening;
        Assert.Equal(before.Select(t => t.Score), a.FractureRisk.Screening.Select(t => t.Score));
        Assert.All(a.FractureRisk.Screening.Zip(before), p =>
            Assert.Equal(p.Second.ReferForDxa == true ? p.Second.Band + FollowUpDxa.BandSuffix : p.Second.Band, p.First.Band));
        Assert.Contains(a.FractureRisk.Screening, t => t.ReferForDxa == true);
        Assert.False(a.Has(RecommendationCodes.DxaReferral));
    }

    [Fact]
    public void An_undated_dxa_counts_as_done_without_a_date()
    {
        var a = Assess(new AssessmentInput(LightWoman67()) { Dxa = [DxaMeasurement.Create(SkeletalSite.FemoralNeck, reportedTScore: -1.5)] });
        Assert.StartsWith("A DXA scan has already been done, so", a.FractureRisk.ScreeningAdvice.Reason, StringComparison.Ordinal);
    }

    // ---- BMI outside 20–40 in the assessment ----

    [Theory]
    [InlineData(19.99, 20.0)]
    [InlineData(40.01, 40.0)]
    public void A_bmi_outside_the_range_gets_the_risk_at_the_bound_with_its_note(double bmi, double bound)
    {
        var risk = Assess(new AssessmentInput(Woman(bmi: bmi))).FractureRisk;
        var atBound = Assess(new AssessmentInput(Woman(bmi: bound))).FractureRisk;
        Assert.NotNull(risk.QFracture);
        Assert.Empty(risk.QFractureNotApplicable);
        Assert.Equal(atBound.QFracture, risk.QFracture);
        Assert.Equal(bound, risk.QFractureBmi!.ComputedAtBodyMassIndex);
        Assert.Contains(risk.QFractureBmi.Note, risk.Notes);
        Assert.Contains(bmi < 20 ? "probably an underestimate" : "probably an overestimate", risk.QFractureBmi.Note, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(20.0)]
    [InlineData(40.0)]
    public void A_bmi_at_the_bounds_is_inside_and_carries_no_note(double bmi)
    {
        var risk = Assess(new AssessmentInput(Woman(bmi: bmi))).FractureRisk;
        Assert.NotNull(risk.QFracture);
        Assert.Null(risk.QFractureBmi);
        Assert.DoesNotContain(risk.Notes, n => n.Contains("model's range", StringComparison.Ordinal));
    }

    [Fact]
    public void Clamping_is_exactly_the_model_at_the_bound()
    {
        var risk = Assess(new AssessmentInput(Woman(bmi: 17.8))).FractureRisk;
        var model = QFracture2012.Calculate(new QFractureInput(Sex.Female, 67, 20, Ethnicity.White, SmokingStatus.Never, AlcoholIntake.None, RiskFactors.None));
        Assert.Equal(model, risk.QFracture);
    }

    // ---- hip ≥ major ----

    [Fact]
    public void The_hip_note_is_given_when_the_hip_risk_reaches_the_major_risk()
    {
        var risk = Assess(new AssessmentInput(Woman(100, bmi: 20, factors: RiskFactors.PriorFracture | RiskFactors.Cancer | RiskFactors.RaOrSle))).FractureRisk;
        var q = risk.QFracture!.Value;
        Assert.True(q.HipPercent >= q.MajorOsteoporoticPercent, $"hip {q.HipPercent} major {q.MajorOsteoporoticPercent}");
        Assert.Contains(QFractureNotes.HipAtLeastMajorNote(q)!, risk.Notes);
    }

    [Fact]
    public void No_hip_note_when_the_hip_risk_is_below_the_major_risk()
    {
        var risk = Assess(new AssessmentInput(Woman())).FractureRisk;
        var q = risk.QFracture!.Value;
        Assert.True(q.HipPercent < q.MajorOsteoporoticPercent);
        Assert.DoesNotContain(risk.Notes, n => n.StartsWith("The hip-fracture risk", StringComparison.Ordinal));
    }
}
