using System.Globalization;
using BoneBalance.Core.Densitometry;
using BoneBalance.Core.FractureRisk;
using BoneBalance.Core.Guidance;
using BoneBalance.Core.Nutrition;
using BoneBalance.Core.Safety;
using BoneBalance.Fhir;
using BoneBalance.Fhir.CdsHooks;

namespace BoneBalance.Web.CdsHooks;

/// <summary>
/// The patient-view cards of one assessment: fracture risk, DXA screening, one card per safety finding and the supplement
/// plan. Every sentence is the Core's; the host only picks, orders and fits them to a card.
/// </summary>
internal static class PatientViewCards
{
    /// <summary>The knowledge-base entry "Who should not take K2 supplements?" (the vitamin K antagonist warning).</summary>
    public const int VitaminKAntagonistFaq = 4;

    /// <summary>The knowledge-base entry "What are the best supplements to take for osteoporosis?".</summary>
    public const int SupplementsFaq = 5;

    /// <summary>Findings that say only that a name was not recognised; not shown as cards (they say nothing about the
    /// patient, and a card for every unknown medicine name would bury the ones that do).</summary>
    public static readonly IReadOnlySet<string> NotShown = new HashSet<string>(StringComparer.Ordinal)
    {
        SafetyFindingCodes.UnrecognisedMedication, SafetyFindingCodes.UnrecognisedCondition,
    };

    /// <summary>The cards, most urgent first (findings are already most severe first).</summary>
    /// <param name="assessment">The assessment of the patient's record.</param>
    /// <param name="context">Card source and links.</param>
    /// <param name="ignored">What the FHIR reader did not use; its stale values (a weight years old…) are named on the
    /// fracture-risk card, so that a risk not computed for want of a BMI says which value was too old.</param>
    public static IReadOnlyList<CdsCard> For(Assessment assessment, CardContext context, IReadOnlyList<FhirIgnored> ignored)
    {
        ArgumentNullException.ThrowIfNull(assessment);
        ArgumentNullException.ThrowIfNull(ignored);
        List<CdsCard> cards = [FractureRisk(assessment, context, [.. ignored.Where(i => i.Reason.StartsWith("stale", StringComparison.Ordinal))])];
        if (Dxa(assessment, context) is { } dxa)
        {
            cards.Add(dxa);
        }

        cards.AddRange(assessment.Findings.Where(f => !NotShown.Contains(f.Code)).Select(f => Finding(f, context)));
        cards.Add(Plan(assessment.Plan, context));
        return [.. cards.OrderByDescending(c => c.Indicator)];
    }

    /// <summary>
    /// Warning when the Core's risk picture is high — a guideline treatment threshold (BHOF 2022, NOGG 2022, ACR 2022)
    /// is met, which is what makes the Core advise DISCUSS_TREATMENT, or the latest DXA shows osteoporosis — and info
    /// otherwise. The QFracture percentages themselves decide nothing: QFracture is an incidence, the guidelines' FRAX
    /// thresholds are probabilities, and the Core never compares one with the other.
    /// </summary>
    public static bool HighRisk(Assessment assessment) =>
        assessment.FractureRisk.Thresholds.Any(t => t.Status == FindingStatus.Met)
        || assessment.Densitometry?.Latest.WhoCategory is WhoCategory.Osteoporosis or WhoCategory.SevereOsteoporosis;

    /// <summary>A finding as a card: critical for "contraindicated without supervision", warning for a warning, else info.</summary>
    /// <remarks>Suggestions (order-sign's removals) may be taken together: selection behaviour <c>any</c>.</remarks>
    public static CdsCard Finding(SafetyFinding finding, CardContext context, IReadOnlyList<CdsSuggestion>? suggestions = null) => new(
        CardText.Summary(finding.Message),
        Indicator(finding.Severity),
        context.Source(finding.Code.StartsWith("VKA_", StringComparison.Ordinal) ? VitaminKAntagonistFaq : null),
        Guid.NewGuid().ToString(),
        CardText.Detail([
            CardText.Plain(finding.Message),
            CardText.Labelled("What to do:", finding.Advice),
            CardText.Labelled("Why:", finding.Reason),
            $"BoneBalance finding `{finding.Code}`.",
            CardText.Sources(finding.Citations)]),
        suggestions is { Count: > 0 } ? suggestions : null,
        suggestions is { Count: > 0 } ? "any" : null,
        links: context.Links);

    /// <summary>The card indicator of a finding's severity.</summary>
    public static CdsIndicator Indicator(SafetySeverity severity) => severity switch
    {
        SafetySeverity.ContraindicatedWithoutSupervision => CdsIndicator.Critical,
        SafetySeverity.Warning => CdsIndicator.Warning,
        _ => CdsIndicator.Info,
    };

    private static CdsCard FractureRisk(Assessment assessment, CardContext context, IReadOnlyList<FhirIgnored> stale)
    {
        var risk = assessment.FractureRisk;
        var summary = risk.QFracture is { } q
            ? string.Create(CultureInfo.InvariantCulture,
                $"QFracture-2012 {q.Years}-year risk: major osteoporotic fracture {q.MajorOsteoporoticPercent:0.0} %, hip fracture {q.HipPercent:0.0} %")
            : "QFracture-2012 not computed";
        var met = risk.Thresholds.Where(t => t.Status == FindingStatus.Met).ToList();
        var treatment = assessment.Recommendations.FirstOrDefault(r => r.Code is RecommendationCodes.DiscussTreatment or RecommendationCodes.OnOsteoporosisTreatment);
        var latest = assessment.Densitometry?.Latest;
        return new CdsCard(
            summary,
            HighRisk(assessment) ? CdsIndicator.Warning : CdsIndicator.Info,
            context.Source(),
            Guid.NewGuid().ToString(),
            CardText.Detail([
                risk.QFracture is null ? CardText.Plain(string.Join(" ", risk.QFractureNotApplicable.Select(e => e.Message))) : null,
                .. risk.Notes.Select(CardText.Plain),
                .. stale.Select(i => CardText.Labelled("Not used:", $"{i.What}, {i.Reason}.")),
                .. met.Select(t => $"**{CardText.Plain(t.Guideline)}: {CardText.Plain(t.Criterion)}.** {CardText.Plain(t.Reason)}"),
                latest?.WhoCategory is { } category ? CardText.Labelled("Latest DXA:", DensitometryInterpretation.CategoryName(category) + ".") : null,
                treatment is null ? null : CardText.Labelled(treatment.Title + ".", treatment.Advice),
                CardText.Sources([.. risk.Citations, .. met.Select(t => t.Citation), .. treatment?.Citations ?? []])]),
            links: context.Links);
    }

    private static CdsCard? Dxa(Assessment assessment, CardContext context)
    {
        var advice = assessment.FractureRisk.ScreeningAdvice;
        var referral = assessment.Recommendations.FirstOrDefault(r => r.Code == RecommendationCodes.DxaReferral);
        if (referral is not null)
        {
            return new CdsCard(
                CardText.Summary(referral.Title),
                referral.Priority == RecommendationPriority.High ? CdsIndicator.Warning : CdsIndicator.Info,
                context.Source(),
                Guid.NewGuid().ToString(),
                CardText.Detail([
                    CardText.Labelled("USPSTF 2025 screening advice:", advice.Summary() + "."),
                    CardText.Plain(referral.Reason),
                    CardText.Plain(referral.Advice),
                    CardText.Sources(referral.Citations)]),
                links: context.Links);
        }

        if (!advice.DxaDone)
        {
            return null;
        }

        return new CdsCard(
            CardText.Summary("USPSTF 2025 screening advice: " + advice.Summary()),
            CdsIndicator.Info,
            context.Source(),
            Guid.NewGuid().ToString(),
            CardText.Detail([CardText.Plain(advice.Reason), CardText.Sources(advice.Citations)]),
            links: context.Links);
    }

    private static CdsCard Plan(SupplementPlan plan, CardContext context)
    {
        var items = plan.Supplements.Select(s => $"{SupplementWords.Form(s.Form)} {SupplementWords.Dose(s.Dose, s.Unit)}").ToList();
        var summary = items.Count == 0 ? "No supplement is suggested." : $"Supplement plan: {string.Join(", ", items)} a day";
        return new CdsCard(
            CardText.Summary(summary),
            CdsIndicator.Info,
            context.Source(SupplementsFaq),
            Guid.NewGuid().ToString(),
            CardText.Detail([
                .. plan.Supplements.Select(s => CardText.Labelled($"{SupplementWords.Form(s.Form)} {SupplementWords.Dose(s.Dose, s.Unit)} a day:", $"{s.Timing.TrimEnd('.')}. {s.Reason} (evidence grade {s.Grade})")),
                .. plan.Withheld.Select(w => CardText.Labelled($"Not suggested ({IntakeNutrientDefinition.Of(w.Nutrient).Name}):", w.Reason)),
                .. plan.Notes.Select(CardText.Plain),
                CardText.Sources([.. plan.Supplements.SelectMany(s => s.Citations), .. plan.Withheld.SelectMany(w => w.Citations)])]),
            links: context.Links);
    }
}
