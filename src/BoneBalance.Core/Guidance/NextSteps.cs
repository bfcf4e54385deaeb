using BoneBalance.Core.Evidence;
using BoneBalance.Core.FractureRisk;
using BoneBalance.Core.Measures;
using BoneBalance.Core.Nutrition;
using BoneBalance.Core.Safety;

namespace BoneBalance.Core.Guidance;

/// <summary>
/// Next steps: a DXA referral when USPSTF advises screening (or a fragility fracture calls for evaluation) and no DXA was
/// given; a conversation about treatment when a guideline threshold is met (naming what clinicians consider, never
/// prescribing); a 25-OH vitamin D test when it matters and is unknown, or a recheck when it is in the 12–20 ng/mL range.
/// </summary>
internal static class NextSteps
{
    public static IEnumerable<Recommendation> For(PersonFacts facts, FractureRiskAssessment risk, RiskPicture picture, IReadOnlyList<SafetyFinding> findings, SupplementPlan plan)
    {
        var noDxa = facts.Input.Dxa.Count == 0;
        var screen = risk.ScreeningAdvice.Recommendation == UspstfRecommendation.Screen;
        var glucocorticoids = findings.Any(f => f.Code == SafetyFindingCodes.GlucocorticoidBoneLoss && f.Severity >= SafetySeverity.Warning);
        if (noDxa && (screen || picture.PriorFracture || glucocorticoids))
        {
            var reasons = new List<string>();
            if (screen)
            {
                reasons.Add(risk.ScreeningAdvice.Reason);
            }

            if (picture.PriorFracture)
            {
                reasons.Add("After a fragility fracture, bone density is measured as part of the evaluation (ISCD).");
            }

            if (glucocorticoids)
            {
                reasons.Add("Long-term glucocorticoids call for a fracture-risk assessment (ACR 2022).");
            }

            yield return new Recommendation(
                RecommendationCodes.DxaReferral, RecommendationCategory.NextStep,
                picture.PriorFracture || glucocorticoids ? RecommendationPriority.High : RecommendationPriority.Medium,
                "Ask for a DXA bone density scan",
                "Ask your clinician to refer you for a DXA scan of the hip and spine; bring the results back to BoneBalance to interpret them and track change.",
                string.Join(" ", reasons),
                screen ? EvidenceGrade.B : EvidenceGrade.D,
                [.. risk.ScreeningAdvice.Citations, .. glucocorticoids ? [GuidelineThresholds.Acr.Citation] : Array.Empty<Citation>()]);
        }

        // A person already treated gets ON_OSTEOPOROSIS_TREATMENT instead: "talk about starting treatment" would be wrong.
        if (TreatmentAdvice.Treated(facts))
        {
            foreach (var r in TreatmentAdvice.For(facts, picture))
            {
                yield return r;
            }
        }
        else if (picture.ThresholdsMet.Count > 0)
        {
            var (medicines, kidneyCitations) = TreatmentChoices(facts);
            yield return new Recommendation(
                RecommendationCodes.DiscussTreatment, RecommendationCategory.NextStep, RecommendationPriority.High,
                "Talk to your clinician about treatment to prevent fractures",
                $"Your results meet a guideline threshold at which clinicians consider medicines that lower fracture risk: {medicines} "
                    + "Which, if any, is right for you is a decision to make with your clinician; BoneBalance does not prescribe. Before zoledronic acid or "
                    + "denosumab is given, calcium and vitamin D should be adequate and a low calcium corrected first: ask whether yours should be checked.",
                ThresholdsMet(picture.ThresholdsMet),
                EvidenceGrade.A,
                [.. DistinctCitations.Of([.. picture.ThresholdsMet.Select(t => t.Citation), .. kidneyCitations]), GuidanceSources.Gregson2022]);
        }

        var level = facts.Input.Labs.VitaminD25OhNgPerMl;
        if (level is { } low && low >= VitaminDDose.DeficiencyBelowNgPerMl && low < VitaminDDose.SufficientFromNgPerMl)
        {
            yield return new Recommendation(
                RecommendationCodes.CheckVitaminD, RecommendationCategory.NextStep, RecommendationPriority.Medium,
                "Have your vitamin D rechecked",
                RecheckAction(facts, plan),
                $"Your 25-OH vitamin D is {Amounts.Number(low)} ng/mL, in the 12–20 ng/mL range where the US Institute of Medicine found that some people do not have enough.",
                EvidenceGrade.D,
                [DietaryReferenceSources.Iom2011, GuidanceSources.Kahwati2018]);
        }
        else if (level is null && VitaminDMatters(facts, picture, findings) is { Count: > 0 } why)
        {
            yield return new Recommendation(
                RecommendationCodes.CheckVitaminD, RecommendationCategory.NextStep, RecommendationPriority.Medium,
                "Ask whether your vitamin D should be measured",
                "Ask your clinician whether to measure your 25-OH vitamin D; the result lets BoneBalance read your level against the Institute of Medicine ranges.",
                $"Your vitamin D level is not known, and {Amounts.Join(why)}.",
                EvidenceGrade.D,
                [DietaryReferenceSources.Iom2011, GuidanceSources.Kahwati2018]);
        }
    }

    // The medicines named, screened by the bisphosphonate labels' kidney limits (eGFR standing in for creatinine clearance):
    // none below 30 (and denosumab's boxed warning named), risedronate or ibandronate only from 30 to below 35.
    internal static (string Medicines, IReadOnlyList<Citation> Citations) TreatmentChoices(PersonFacts facts)
    {
        if (TreatmentKidney.Advanced(facts) || TreatmentKidney.Egfr(facts) is < TreatmentKidney.RisedronateMinimum)
        {
            return (
                $"with your kidney function ({TreatmentKidney.Describe(facts)}) bisphosphonates are not recommended (their labels set a creatinine clearance of at least "
                    + $"{Amounts.Number(TreatmentKidney.RisedronateMinimum)}–{Amounts.Number(TreatmentKidney.AlendronateMinimum)} mL/min), and denosumab carries a boxed warning "
                    + "for severe low blood calcium in advanced kidney disease, so the choice belongs to a kidney or bone specialist who first checks for the mineral and bone disorder of kidney disease.",
                [.. TreatmentKidney.Citations, TreatmentSources.ProliaLabel]);
        }

        if (TreatmentKidney.Egfr(facts) is < TreatmentKidney.AlendronateMinimum)
        {
            return (
                $"with your kidney function ({TreatmentKidney.Describe(facts)}) the bisphosphonates risedronate or ibandronate (alendronate and zoledronic acid are not recommended below a "
                    + $"creatinine clearance of {Amounts.Number(TreatmentKidney.AlendronateMinimum)} mL/min; your clinician calculates yours), denosumab, or anabolic (bone-building) agents.",
                TreatmentKidney.Citations);
        }

        return (
            "bisphosphonates (such as alendronate, risedronate or zoledronic acid), denosumab, or anabolic (bone-building) agents.",
            []);
    }

    // The recheck names the vitamin D the person will actually be taking: the plan's D3, their own, or none.
    private static string RecheckAction(PersonFacts facts, SupplementPlan plan) =>
        SafetyAdvice.PlansVitaminD(plan) ? "Ask your clinician when to recheck your 25-OH vitamin D after a few months of the plan's vitamin D3."
        : facts.Supplementing(SupplementIngredient.VitaminD) > NutrientAmount.Zero
            ? "Ask your clinician when to recheck your 25-OH vitamin D after a few months of the vitamin D you already take; the plan adds none (see why under vitamin D)."
            : "Ask your clinician when to recheck your 25-OH vitamin D and why it is low; the plan adds no vitamin D (see why under vitamin D).";

    // "guideline: criterion (reason); …" written into one builder, not a string per threshold joined afterwards.
    private static string ThresholdsMet(IReadOnlyList<GuidelineFinding> thresholds)
    {
        var text = new System.Text.StringBuilder(512);
        foreach (var t in thresholds)
        {
            text.Append(text.Length == 0 ? string.Empty : "; ").Append(t.Guideline).Append(": ").Append(t.Criterion).Append(" (").Append(t.Reason).Append(')');
        }

        return text.ToString();
    }

    private static List<string> VitaminDMatters(PersonFacts facts, RiskPicture picture, IReadOnlyList<SafetyFinding> findings)
    {
        var why = new List<string>();
        if (findings.Any(f => f.Code == SafetyFindingCodes.FatSolubleMalabsorption))
        {
            why.Add("a medicine or condition of yours lowers vitamin D absorption");
        }

        if (findings.Any(f => f.Code == SafetyFindingCodes.CkdCaution))
        {
            why.Add("your kidney function is reduced");
        }

        if (TreatmentAdvice.Treated(facts))
        {
            why.Add("vitamin D should be adequate while osteoporosis medicines are taken");
        }
        else if (picture.ThresholdsMet.Count > 0)
        {
            why.Add("vitamin D status matters before osteoporosis medicines are started");
        }

        return why;
    }
}
