using BoneBalance.Core.Densitometry;
using BoneBalance.Core.Evidence;
using BoneBalance.Core.FractureRisk;
using BoneBalance.Core.Guidance;
using BoneBalance.Core.People;
using BoneBalance.Core.Safety;
using static BoneBalance.TestSupport.GuidanceFixtures;

namespace BoneBalance.Core.Tests.Guidance;

/// <summary>
/// DXA_REFERRAL: USPSTF 2025 screening (grade B) for women 65 or older, ISCD after a fragility fracture, ACR 2022 with
/// long-term glucocorticoids (grade D, the ACR citation only then) — and no other serious finding asks for a scan.
/// DISCUSS_TREATMENT lists every guideline threshold met, separated by semicolons.
/// </summary>
public class DxaReferralTests
{
    [Fact]
    public void USPSTF_screening_is_grade_B_and_cites_no_glucocorticoid_guideline()
    {
        var r = Assess(new AssessmentInput(Woman(67))).Get(RecommendationCodes.DxaReferral);
        Assert.Equal(EvidenceGrade.B, r.Grade);
        Assert.Equal("Woman aged 67: the USPSTF recommends screening all women 65 or older (grade B).", r.Reason);
        Assert.DoesNotContain(GuidelineThresholds.Acr.Citation, r.Citations);
    }

    [Fact]
    public void After_a_fracture_a_man_is_referred_with_the_ISCD_reason_at_grade_D()
    {
        var r = Assess(new AssessmentInput(Man(60, factors: RiskFactors.PriorFracture))).Get(RecommendationCodes.DxaReferral);
        Assert.Equal(RecommendationPriority.High, r.Priority);
        Assert.Equal(EvidenceGrade.D, r.Grade);
        Assert.Equal("After a fragility fracture, bone density is measured as part of the evaluation (ISCD).", r.Reason);
    }

    [Fact]
    public void Long_term_glucocorticoids_cite_the_ACR_guideline()
    {
        var r = Assess(new AssessmentInput(Man(60)) { Medications = [Med("prednisolone", 10, 6)] }).Get(RecommendationCodes.DxaReferral);
        Assert.Equal("Long-term glucocorticoids call for a fracture-risk assessment (ACR 2022).", r.Reason);
        Assert.Contains(GuidelineThresholds.Acr.Citation, r.Citations);
        Assert.Equal(RecommendationPriority.High, r.Priority);
    }

    [Fact]
    public void Another_serious_finding_does_not_ask_for_a_scan()
    {
        // Bleeding gums are a warning (VITAMIN_K_DEFICIENCY_SIGNS), not a reason for DXA; USPSTF finds the evidence for
        // screening men insufficient.
        var a = Assess(new AssessmentInput(Man(60)) { Symptoms = [Symptom.BleedingGums] });
        Assert.Contains(a.Findings, f => f.Code == SafetyFindingCodes.VitaminKDeficiencySigns && f.Severity >= SafetySeverity.Warning);
        Assert.False(a.Has(RecommendationCodes.DxaReferral));
    }

    [Fact]
    public void Every_threshold_met_is_listed_once_separated_by_semicolons()
    {
        var a = Assess(new AssessmentInput(Woman(67))
        {
            PriorHipOrVertebralFracture = true,
            Dxa = [DxaMeasurement.Create(SkeletalSite.FemoralNeck, reportedTScore: -2.7)],
        });
        Assert.Equal(
            "BHOF 2022: Hip or vertebral fracture (A hip or vertebral fracture: consider treatment regardless of BMD.); "
                + "BHOF 2022: T-score ≤ -2.5 at femoral neck, total hip or lumbar spine (Lowest T-score -2.7 ≤ -2.5.); "
                + "NOGG 2022: Prior fragility fracture (A prior fragility fracture: consider drug treatment (NOGG: especially in older people).)",
            a.Get(RecommendationCodes.DiscussTreatment).Reason);
    }
}
