using BoneBalance.Core.Evidence;
using BoneBalance.Core.Nutrition;
using BoneBalance.Core.Safety;

namespace BoneBalance.Core.Guidance;

/// <summary>
/// Safety recommendations: see a clinician promptly for findings of severity Warning or worse that the person has now,
/// before any plan (vitamin K deficiency signs above all; a finding only the plan's own additions bring — a thiazide with
/// the planned vitamin D — is a note on that plan item instead, not an alarm), a clinician's treatment for a 25-OH vitamin D in the deficiency range, and reducing supplements the person
/// takes now that bring their total above an upper level.
/// </summary>
internal static class SafetyAdvice
{
    /// <summary>True when the plan holds a vitamin D item.</summary>
    internal static bool PlansVitaminD(SupplementPlan plan) =>
        plan.Supplements.Any(s => s.Form is SupplementForm.VitaminD3 or SupplementForm.VitaminD2);

    public static IEnumerable<Recommendation> For(PersonFacts facts, IReadOnlyList<SafetyFinding> currentFindings, SupplementPlan plan)
    {
        var serious = currentFindings
            .Where(f => f.Severity >= SafetySeverity.Warning && f.Code is not (SafetyFindingCodes.CalciumAboveUl or SafetyFindingCodes.VitaminDAboveUl))
            .ToList();
        if (serious.Count > 0)
        {
            var signs = serious.Any(f => f.Code == SafetyFindingCodes.VitaminKDeficiencySigns);
            yield return new Recommendation(
                RecommendationCodes.SeeClinicianPromptly,
                RecommendationCategory.Safety,
                RecommendationPriority.High,
                signs ? "See a clinician promptly about the bleeding signs" : "See a clinician promptly",
                string.Join(" ", serious.Select(f => f.Advice).Distinct()),
                Reasons(serious),
                EvidenceGrade.D,
                Distinct(serious.SelectMany(f => f.Citations)));
        }

        if (facts.Input.Labs.VitaminD25OhNgPerMl is { } level && level < VitaminDDose.DeficiencyBelowNgPerMl)
        {
            yield return new Recommendation(
                RecommendationCodes.TreatVitaminDDeficiency,
                RecommendationCategory.Safety,
                RecommendationPriority.High,
                "Have your low vitamin D treated by a clinician",
                "Ask your clinician for a treatment plan for vitamin D deficiency, including when to recheck your level; "
                    + (PlansVitaminD(plan) ? "the vitamin D3 in this plan only maintains, it does not treat a deficiency." : "this plan adds no vitamin D of its own.")
                    + " It is corrected before an osteoporosis medicine such as zoledronic acid or denosumab is started or given: with too little vitamin D "
                    + "these can lower blood calcium dangerously.",
                $"Your 25-OH vitamin D is {Amounts.Number(level)} ng/mL, below {Amounts.Number(VitaminDDose.DeficiencyBelowNgPerMl)} ng/mL, the range where the US Institute of Medicine places people at risk of deficiency.",
                EvidenceGrade.D,
                [DietaryReferenceSources.Iom2011, GuidanceSources.Kahwati2018, TreatmentSources.ProliaLabel]);
        }

        foreach (var finding in currentFindings.Where(f => f.Code is SafetyFindingCodes.VitaminDAboveUl or SafetyFindingCodes.CalciumAboveUl))
        {
            var vitaminD = finding.Code == SafetyFindingCodes.VitaminDAboveUl;
            yield return new Recommendation(
                vitaminD ? RecommendationCodes.ReduceVitaminD : RecommendationCodes.ReduceCalcium,
                RecommendationCategory.Supplement,
                RecommendationPriority.High,
                vitaminD ? "Lower your vitamin D supplement" : "Lower your calcium supplements",
                finding.Advice,
                $"{finding.Message} ({finding.Reason})",
                EvidenceGrade.D,
                finding.Citations);
        }
    }

    // Why, in the findings' own words for people: the first sentence of each message, once each. (The codes and the
    // rules' technical reasons stay on the findings themselves, in the JSON and the clinician PDF.)
    private static string Reasons(List<SafetyFinding> findings)
    {
        var text = new System.Text.StringBuilder(256);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var f in findings)
        {
            var end = f.Message.IndexOf(". ", StringComparison.Ordinal);
            var first = end < 0 ? f.Message : f.Message[..(end + 1)];
            if (seen.Add(first))
            {
                text.Append(text.Length == 0 ? string.Empty : " ").Append(first);
            }
        }

        return text.ToString();
    }

    internal static IReadOnlyList<Citation> Distinct(IEnumerable<Citation> citations) => DistinctCitations.Of(citations);
}
