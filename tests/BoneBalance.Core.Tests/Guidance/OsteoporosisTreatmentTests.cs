using BoneBalance.Core.Densitometry;
using BoneBalance.Core.FractureRisk;
using BoneBalance.Core.Evidence;
using BoneBalance.Core.Guidance;
using BoneBalance.Core.People;
using BoneBalance.Core.Safety;
using static BoneBalance.TestSupport.GuidanceFixtures;

namespace BoneBalance.Core.Tests.Guidance;

/// <summary>
/// ON_OSTEOPOROSIS_TREATMENT replaces DISCUSS_TREATMENT for a person already treated (a woman on alendronate for 18 months
/// must not be told to ask about bisphosphonates), with each duration threshold (ASBMR 2016: 5 years oral, 3 years
/// intravenous, a pause reviewed after 2–3 years; 2 years of a PTH analogue; 12 months of romosozumab) tested on both sides,
/// and DISCUSS_TREATMENT's medicines screened by the bisphosphonate labels' kidney limits (35 and 30 mL/min).
/// </summary>
public class OsteoporosisTreatmentTests
{
    private static DxaMeasurement NeckT(double t) => DxaMeasurement.Create(SkeletalSite.FemoralNeck, reportedTScore: t, date: new DateOnly(2025, 2, 11));

    private static Medication Stopped(string name, double? monthsAgo = null) =>
        Medication.Create(name, status: MedicationStatus.Stopped, stoppedMonthsAgo: monthsAgo);

    private static Assessment Treated(IReadOnlyList<Medication> medications, double t = -1.5, LabResults? labs = null, IReadOnlyList<Condition>? conditions = null) =>
        Assess(new AssessmentInput(Woman(68)) { Medications = medications, Dxa = [NeckT(t)], Labs = labs ?? LabResults.None, Conditions = conditions ?? [] });

    [Fact]
    public void A_woman_on_alendronate_is_not_told_to_discuss_starting_treatment()
    {
        // T −2.7 meets BHOF; she takes alendronate for 18 months.
        var a = Treated([Med("alendronate", 10, 18)], -2.7);
        Assert.False(a.Has(RecommendationCodes.DiscussTreatment));
        var r = a.Get(RecommendationCodes.OnOsteoporosisTreatment);
        Assert.Equal(RecommendationPriority.High, r.Priority);
        Assert.Equal(RecommendationCategory.NextStep, r.Category);
        Assert.Equal(EvidenceGrade.D, r.Grade);
        Assert.Contains("18 months", r.Advice, StringComparison.Ordinal);
        Assert.Contains("after 5 years", r.Advice, StringComparison.Ordinal);
        Assert.Contains("still the right one", r.Advice, StringComparison.Ordinal);
        Assert.Contains("1 to 2 years", r.Advice, StringComparison.Ordinal);
        Assert.Contains("2025-02-11", r.Advice, StringComparison.Ordinal);
        Assert.Contains("never stop or change a prescribed medicine on your own", r.Advice, StringComparison.Ordinal);
        Assert.DoesNotContain("such as alendronate, risedronate", r.Advice, StringComparison.Ordinal);
        Assert.Contains("BHOF", r.Reason, StringComparison.Ordinal);
        Assert.Contains(TreatmentSources.Adler2016, r.Citations);
    }

    [Fact]
    public void An_untreated_woman_meeting_a_threshold_is_told_to_discuss_treatment()
    {
        var a = Treated([Med("atorvastatin")], -2.7);
        Assert.True(a.Has(RecommendationCodes.DiscussTreatment));
        Assert.False(a.Has(RecommendationCodes.OnOsteoporosisTreatment));
    }

    [Fact]
    public void Treatment_below_the_thresholds_is_medium_priority()
    {
        var r = Treated([Med("alendronate", 10, 18)]).Get(RecommendationCodes.OnOsteoporosisTreatment);
        Assert.Equal(RecommendationPriority.Medium, r.Priority);
        Assert.DoesNotContain("threshold", r.Advice, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("alendronate", 59.9, false)]
    [InlineData("alendronate", 60, true)]
    [InlineData("zoledronic acid", 35.9, false)]
    [InlineData("zoledronic acid", 36, true)]
    public void A_bisphosphonate_review_is_due_after_5_years_oral_or_3_years_intravenous(string medicine, double months, bool due)
    {
        var r = Treated([Med(medicine, null, months)]).Get(RecommendationCodes.OnOsteoporosisTreatment);
        Assert.Equal(due, r.Advice.Contains("review is due", StringComparison.Ordinal));
        Assert.Equal(due ? RecommendationPriority.High : RecommendationPriority.Medium, r.Priority);
        if (due)
        {
            Assert.Contains("drug holiday", r.Advice, StringComparison.Ordinal);
            Assert.Contains(medicine == "alendronate" ? "up to 10 years" : "up to 6 years", r.Advice, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void An_unknown_duration_asks_for_it()
    {
        var r = Treated([Med("alendronate")]).Get(RecommendationCodes.OnOsteoporosisTreatment);
        Assert.Contains("how long you have taken it", r.Advice, StringComparison.Ordinal);
        Assert.Contains("duration not given", r.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(23.9, false)]
    [InlineData(24, true)]
    public void A_bisphosphonate_pause_is_reviewed_after_2_years(double monthsAgo, bool due)
    {
        var a = Treated([Stopped("alendronate", monthsAgo)]);
        var r = a.Get(RecommendationCodes.OnOsteoporosisTreatment);
        Assert.Equal("Have your past osteoporosis treatment reviewed", r.Title);
        Assert.Contains("drug holiday", r.Advice, StringComparison.Ordinal);
        Assert.Equal(due, r.Advice.Contains("a review is due now", StringComparison.Ordinal));
        Assert.Equal(due ? RecommendationPriority.High : RecommendationPriority.Medium, r.Priority);
    }

    [Fact]
    public void A_past_bisphosphonate_is_no_holiday_while_another_treatment_is_taken()
    {
        var r = Treated([Stopped("alendronate", 36), Med("denosumab", null, 24)]).Get(RecommendationCodes.OnOsteoporosisTreatment);
        Assert.DoesNotContain("drug holiday", r.Advice, StringComparison.Ordinal);
        Assert.DoesNotContain("restart", r.Advice, StringComparison.Ordinal);
        Assert.Contains("alendronate (alendronic acid) stopped 36 months ago", r.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_past_bisphosphonate_with_a_threshold_met_asks_about_restarting()
    {
        var a = Treated([Stopped("risedronate", 12)], -2.8);
        Assert.False(a.Has(RecommendationCodes.DiscussTreatment));
        Assert.Contains("restarted", a.Get(RecommendationCodes.OnOsteoporosisTreatment).Advice, StringComparison.Ordinal);
    }

    [Fact]
    public void Stopped_raloxifene_does_not_count_as_treatment()
    {
        var a = Treated([Stopped("raloxifene", 12)], -2.8);
        Assert.True(a.Has(RecommendationCodes.DiscussTreatment));
        Assert.False(a.Has(RecommendationCodes.OnOsteoporosisTreatment));
    }

    [Fact]
    public void Current_denosumab_must_not_be_stopped_or_delayed()
    {
        var r = Treated([Med("Prolia")]).Get(RecommendationCodes.OnOsteoporosisTreatment);
        Assert.Contains("every 6 months", r.Advice, StringComparison.Ordinal);
        Assert.Contains("Never stop it or let an injection be late", r.Advice, StringComparison.Ordinal);
        Assert.Contains(TreatmentSources.Tsourdi2021, r.Citations);
    }

    [Fact]
    public void Stopped_denosumab_is_high_priority_and_a_safety_warning()
    {
        var a = Treated([Stopped("denosumab", 10)], -2.8);
        Assert.False(a.Has(RecommendationCodes.DiscussTreatment));
        Assert.Equal(RecommendationPriority.High, a.Get(RecommendationCodes.OnOsteoporosisTreatment).Priority);
        Assert.Contains(a.Findings, f => f.Code == SafetyFindingCodes.DenosumabStopped && f.Severity == SafetySeverity.Warning);
        Assert.True(a.Has(RecommendationCodes.SeeClinicianPromptly));
    }

    [Theory]
    [InlineData("teriparatide", 23.9, false)]
    [InlineData("teriparatide", 24, true)]
    [InlineData("Tymlos", 24, true)]
    [InlineData("romosozumab", 11.9, false)]
    [InlineData("Evenity", 12, true)]
    public void An_anabolic_course_ends_with_a_follow_on(string medicine, double months, bool ended)
    {
        var r = Treated([Med(medicine, null, months)]).Get(RecommendationCodes.OnOsteoporosisTreatment);
        Assert.Contains("normally follows", r.Advice, StringComparison.Ordinal);
        Assert.Equal(ended, r.Advice.Contains("the length of the usual course", StringComparison.Ordinal));
        Assert.Equal(ended ? RecommendationPriority.High : RecommendationPriority.Medium, r.Priority);
    }

    [Fact]
    public void An_ended_anabolic_course_needs_an_antiresorptive()
    {
        var without = Treated([Stopped("teriparatide", 3)]).Get(RecommendationCodes.OnOsteoporosisTreatment);
        Assert.Contains("the bone built is lost", without.Advice, StringComparison.Ordinal);
        Assert.Equal(RecommendationPriority.High, without.Priority);

        var with = Treated([Stopped("romosozumab", 3), Med("denosumab")]).Get(RecommendationCodes.OnOsteoporosisTreatment);
        Assert.Contains("keep taking it as prescribed", with.Advice, StringComparison.Ordinal);
        Assert.DoesNotContain("the bone built is lost", with.Advice, StringComparison.Ordinal);
    }

    [Fact]
    public void Raloxifene_and_hormone_therapy_get_their_own_words()
    {
        Assert.Contains("not been shown to lower hip fractures", Treated([Med("Evista")]).Get(RecommendationCodes.OnOsteoporosisTreatment).Advice, StringComparison.Ordinal);
        Assert.Contains("menopausal hormone therapy", Treated([Med("estradiol")]).Get(RecommendationCodes.OnOsteoporosisTreatment).Advice, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("alendronate", 34.9, true)]
    [InlineData("alendronate", 35, false)]
    [InlineData("zoledronic acid", 34.9, true)]
    [InlineData("zoledronic acid", 35, false)]
    [InlineData("risedronate", 29.9, true)]
    [InlineData("risedronate", 30, false)]
    [InlineData("ibandronate", 29.9, true)]
    [InlineData("ibandronate", 30, false)]
    public void A_bisphosphonate_below_its_label_kidney_limit_is_flagged(string medicine, double egfr, bool flagged)
    {
        var r = Treated([Med(medicine, null, 12)], labs: LabResults.Create(egfr: egfr)).Get(RecommendationCodes.OnOsteoporosisTreatment);
        Assert.Equal(flagged, r.Advice.Contains("still right for your kidneys", StringComparison.Ordinal));
        Assert.Equal(flagged ? RecommendationPriority.High : RecommendationPriority.Medium, r.Priority);
    }

    [Fact]
    public void A_bisphosphonate_with_dialysis_is_flagged()
    {
        var r = Treated([Med("alendronate", null, 12)], conditions: [Cond("end-stage renal disease")]).Get(RecommendationCodes.OnOsteoporosisTreatment);
        Assert.Contains("advanced kidney disease", r.Advice, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(29.9, "bisphosphonates are not recommended")]
    [InlineData(30, "risedronate or ibandronate")]
    [InlineData(34.9, "risedronate or ibandronate")]
    [InlineData(35, "such as alendronate, risedronate or zoledronic acid")]
    public void Treatment_suggestions_follow_the_kidney_limits(double egfr, string expected)
    {
        var r = Treated([], -2.8, LabResults.Create(egfr: egfr)).Get(RecommendationCodes.DiscussTreatment);
        Assert.Contains(expected, r.Advice, StringComparison.Ordinal);
        Assert.Contains("calcium and vitamin D should be adequate", r.Advice, StringComparison.Ordinal);
        if (egfr < 35)
        {
            Assert.Contains(TreatmentSources.FosamaxLabel, r.Citations);
        }

        if (egfr < 30)
        {
            Assert.DoesNotContain("risedronate or ibandronate", r.Advice, StringComparison.Ordinal);
            Assert.Contains("boxed warning", r.Advice, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Dialysis_without_an_eGFR_screens_out_bisphosphonates()
    {
        var r = Treated([], -2.8, conditions: [Cond("end-stage renal disease")]).Get(RecommendationCodes.DiscussTreatment);
        Assert.Contains("bisphosphonates are not recommended", r.Advice, StringComparison.Ordinal);
    }

    [Fact]
    public void Denosumab_with_eGFR_25_gets_both_the_warning_and_the_treatment_advice()
    {
        var a = Treated([Med("Prolia", null, 30)], -2.8, LabResults.Create(egfr: 25));
        Assert.Contains(a.Findings, f => f.Code == SafetyFindingCodes.DenosumabHypocalcaemiaRisk);
        Assert.True(a.Has(RecommendationCodes.OnOsteoporosisTreatment));
        Assert.False(a.Has(RecommendationCodes.DiscussTreatment));
        Assert.Contains("Do not skip or delay", a.Get(RecommendationCodes.SeeClinicianPromptly).Advice, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_vitamin_D_matters_while_treated()
    {
        var r = Treated([Med("zoledronic acid", null, 12)]).Get(RecommendationCodes.CheckVitaminD);
        Assert.Contains("while osteoporosis medicines are taken", r.Reason, StringComparison.Ordinal);
    }
}

/// <summary>The details Stryker found untested in the first run: priorities per medicine, the texts per route, the latest scan date.</summary>
public class OsteoporosisTreatmentDetailTests
{
    private static Assessment Treated(IReadOnlyList<Medication> medications, IReadOnlyList<DxaMeasurement>? dxa = null, LabResults? labs = null, IReadOnlyList<Condition>? conditions = null) =>
        Assess(new AssessmentInput(Woman(68)) { Medications = medications, Dxa = dxa ?? [], Labs = labs ?? LabResults.None, Conditions = conditions ?? [] });

    private static Medication Stopped(string name, double? monthsAgo = null) =>
        Medication.Create(name, status: MedicationStatus.Stopped, stoppedMonthsAgo: monthsAgo);

    private static Recommendation On(Assessment a) => a.Get(RecommendationCodes.OnOsteoporosisTreatment);

    [Theory]
    [InlineData("denosumab")]
    [InlineData("raloxifene")]
    [InlineData("estradiol")]
    public void Treatment_without_a_due_review_is_medium_priority(string medicine)
    {
        var r = On(Treated([Med(medicine, null, 12)]));
        Assert.Equal(RecommendationPriority.Medium, r.Priority);
        Assert.Equal("Keep up your osteoporosis treatment and have it reviewed", r.Title);
        Assert.DoesNotContain("Guideline thresholds met", r.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_past_medicine_with_another_treatment_now_is_medium_priority()
    {
        Assert.Equal(RecommendationPriority.Medium, On(Treated([Stopped("alendronate", 36), Med("denosumab", null, 24)])).Priority);
        Assert.Equal(RecommendationPriority.Medium, On(Treated([Stopped("romosozumab", 2), Med("denosumab", null, 2)])).Priority);
    }

    [Fact]
    public void Two_reviews_due_stay_high_priority()
    {
        // Each alone is due (5 years of alendronate; 2 years of teriparatide): together still high.
        Assert.Equal(RecommendationPriority.High, On(Treated([Med("alendronate", null, 60), Med("teriparatide", null, 24)])).Priority);
    }

    [Fact]
    public void Oral_and_intravenous_bisphosphonates_get_their_own_words()
    {
        var oral = On(Treated([Med("alendronate", null, 12)])).Advice;
        Assert.Contains("on an empty stomach", oral, StringComparison.Ordinal);
        Assert.Contains("after 5 years of tablets", oral, StringComparison.Ordinal);
        var infusion = On(Treated([Med("zoledronic acid", null, 12)])).Advice;
        Assert.Contains("before each one your kidney function is checked", infusion, StringComparison.Ordinal);
        Assert.Contains("after 3 years of yearly infusions", infusion, StringComparison.Ordinal);
        Assert.DoesNotContain("empty stomach", infusion, StringComparison.Ordinal);
    }

    [Fact]
    public void Anabolic_courses_name_their_length_and_label()
    {
        var pth = On(Treated([Med("teriparatide", null, 6)]));
        Assert.Contains("about 2 years in a lifetime", pth.Advice, StringComparison.Ordinal);
        Assert.Contains(TreatmentSources.ParathyroidHormoneAnalogueLabels, pth.Citations);
        Assert.DoesNotContain(TreatmentSources.EvenityLabel, pth.Citations);
        var romo = On(Treated([Med("romosozumab", null, 6)]));
        Assert.Contains("12 monthly doses", romo.Advice, StringComparison.Ordinal);
        Assert.Contains(TreatmentSources.EvenityLabel, romo.Citations);
        Assert.Contains(TreatmentSources.EvenityLabel, On(Treated([Stopped("romosozumab", 2)])).Citations);
        Assert.Contains(TreatmentSources.ParathyroidHormoneAnalogueLabels, On(Treated([Stopped("abaloparatide", 2)])).Citations);
        Assert.DoesNotContain(TreatmentSources.EvenityLabel, On(Treated([Stopped("abaloparatide", 2)])).Citations);
    }

    [Fact]
    public void Stopped_denosumab_in_the_treatment_advice_names_the_follow_on_or_its_absence()
    {
        var without = On(Treated([Stopped("denosumab", 8)]));
        Assert.Contains("no follow-on medicine listed: contact your clinician soon", without.Advice, StringComparison.Ordinal);
        Assert.Equal(RecommendationPriority.High, without.Priority);
        Assert.Contains(TreatmentSources.Cummings2018, without.Citations);

        // With alendronate now (and hormone therapy beside it), the follow-on is in place.
        var with = On(Treated([Stopped("denosumab", 8), Med("estradiol", null, 12), Med("alendronate", null, 2)]));
        Assert.Contains("keep taking the medicine that follows it", with.Advice, StringComparison.Ordinal);
        Assert.Equal(RecommendationPriority.Medium, with.Priority);
    }

    [Fact]
    public void Current_denosumab_cites_the_discontinuation_evidence_and_the_label()
    {
        var r = On(Treated([Med("denosumab", null, 12)]));
        Assert.Contains(TreatmentSources.Cummings2018, r.Citations);
        Assert.Contains(TreatmentSources.ProliaLabel, r.Citations);
    }

    [Fact]
    public void The_latest_scan_date_is_named()
    {
        DxaMeasurement Scan(int year) => DxaMeasurement.Create(SkeletalSite.FemoralNeck, reportedTScore: -1.5, date: new DateOnly(year, 5, 1));
        var r = On(Treated([Med("alendronate", null, 12)], [Scan(2022), Scan(2025)]));
        Assert.Contains("from 2025-05-01", r.Advice, StringComparison.Ordinal);
        Assert.Contains(ScreeningSources.IscdRepeatBmd2019, r.Citations);
        Assert.Contains(GuidelineThresholds.Bhof.Citation, r.Citations);
    }

    [Fact]
    public void A_threshold_met_is_cited()
    {
        var r = On(Treated([Med("alendronate", null, 12)], [DxaMeasurement.Create(SkeletalSite.FemoralNeck, reportedTScore: -2.8)]));
        Assert.Contains(GuidelineThresholds.Bhof.Citation, r.Citations);
        Assert.Contains("Guideline thresholds met: BHOF", r.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void The_kidney_limit_is_cited()
    {
        var r = On(Treated([Med("alendronate", null, 12)], labs: LabResults.Create(egfr: 32)));
        Assert.Contains(TreatmentSources.FosamaxLabel, r.Citations);
        Assert.DoesNotContain(TreatmentSources.FosamaxLabel, On(Treated([Med("alendronate", null, 12)], labs: LabResults.Create(egfr: 50))).Citations);
    }

    [Fact]
    public void Stage_4_kidney_disease_named_screens_out_bisphosphonates_whatever_the_eGFR()
    {
        // The condition and the eGFR disagree (stage 4 named, eGFR 40): the stricter reading wins.
        var a = Assess(new AssessmentInput(Woman(68))
        {
            Dxa = [DxaMeasurement.Create(SkeletalSite.FemoralNeck, reportedTScore: -2.8)],
            Conditions = [Cond("ckd stage 4")],
            Labs = LabResults.Create(egfr: 40),
        });
        Assert.Contains("bisphosphonates are not recommended", a.Get(RecommendationCodes.DiscussTreatment).Advice, StringComparison.Ordinal);
    }
}
