using BoneBalance.Core.Densitometry;
using BoneBalance.Core.FractureRisk;
using BoneBalance.Core.Guidance;
using BoneBalance.Core.People;
using BoneBalance.Core.Safety;
using static BoneBalance.TestSupport.GuidanceFixtures;

namespace BoneBalance.Core.Tests.Guidance;

/// <summary>
/// ON_OSTEOPOROSIS_TREATMENT cites the source behind each sentence it says: NOGG 2022 (Gregson 2022) for raloxifene and
/// menopausal hormone therapy, Tsourdi 2021 for stopping denosumab, the ASBMR drug-holiday task force (Adler 2016) for a
/// paused bisphosphonate, and the guideline whose threshold is met (NOGG 2022: a prior fragility fracture).
/// </summary>
public class TreatmentCitationTests
{
    private static Medication Stopped(string name, double monthsAgo) =>
        Medication.Create(name, status: MedicationStatus.Stopped, stoppedMonthsAgo: monthsAgo);

    private static Recommendation Treatment(double t, params Medication[] medications) => Treatment(RiskFactors.None, t, medications);

    private static Recommendation Treatment(RiskFactors factors, double t, params Medication[] medications) =>
        Assess(new AssessmentInput(Woman(68, factors: factors)) { Medications = medications, Dxa = [DxaMeasurement.Create(SkeletalSite.FemoralNeck, reportedTScore: t, date: new DateOnly(2025, 2, 11))] })
            .Get(RecommendationCodes.OnOsteoporosisTreatment);

    [Fact]
    public void Raloxifene_and_hormone_therapy_cite_NOGG_2022()
    {
        Assert.Contains(GuidanceSources.Gregson2022, Treatment(-1.5, Med("raloxifene")).Citations);
        var estradiol = Treatment(-1.5, Med("estradiol"));
        Assert.Contains(GuidanceSources.Gregson2022, estradiol.Citations);
        Assert.StartsWith("Estradiol (menopausal hormone therapy) protects bone while it is taken", estradiol.Advice, StringComparison.Ordinal);
    }

    [Fact]
    public void Stopped_denosumab_cites_Tsourdi_2021_and_a_following_bisphosphonate_is_named_as_the_follow_on()
    {
        var alone = Treatment(-1.5, Stopped("denosumab", 10));
        Assert.Contains(TreatmentSources.Tsourdi2021, alone.Citations);
        Assert.Contains("with no follow-on medicine listed", alone.Advice, StringComparison.Ordinal);

        var followed = Treatment(-1.5, Stopped("denosumab", 10), Med("alendronate", 70, 6));
        Assert.Contains("keep taking the medicine that follows it as prescribed", followed.Advice, StringComparison.Ordinal);
        Assert.DoesNotContain("no follow-on medicine", followed.Advice, StringComparison.Ordinal);
    }

    [Fact]
    public void A_paused_bisphosphonate_cites_the_drug_holiday_task_force()
    {
        var r = Treatment(-1.5, Stopped("alendronate", 12));
        Assert.Contains(TreatmentSources.Adler2016, r.Citations);
        Assert.Contains("drug holiday", r.Advice, StringComparison.Ordinal);
    }

    [Fact]
    public void A_threshold_met_is_cited_by_its_guideline()
    {
        // NOGG 2022: a prior fragility fracture is a threshold by itself; without it, T −1.5 meets none.
        Assert.Contains(GuidelineThresholds.Nogg.Citation, Treatment(RiskFactors.PriorFracture, -1.5, Stopped("risedronate", 12)).Citations);
        Assert.DoesNotContain(GuidelineThresholds.Nogg.Citation, Treatment(-1.5, Stopped("risedronate", 12)).Citations);
    }
}
