using BoneBalance.Core.Evidence;

namespace BoneBalance.Core.FractureRisk;

/// <summary>What the USPSTF 2025 statement says for one person.</summary>
public enum UspstfRecommendation
{
    /// <summary>Screen for osteoporosis (grade B): women ≥ 65, or postmenopausal women &lt; 65 at increased risk.</summary>
    Screen,

    /// <summary>Postmenopausal woman &lt; 65 whom no risk tool places at increased risk: the B recommendation does not apply.</summary>
    NotAtIncreasedRisk,

    /// <summary>Postmenopausal woman &lt; 65 whose risk could not be assessed (weight missing).</summary>
    RiskAssessmentIncomplete,

    /// <summary>Men: the evidence is insufficient (I statement); clinical judgement.</summary>
    InsufficientEvidence,

    /// <summary>Women who are neither ≥ 65 nor postmenopausal: outside the populations the statement addresses.</summary>
    NotAddressed,
}

/// <summary>
/// The USPSTF 2025 osteoporosis-screening advice for one person, with the reason and the tool that decided it,
/// plus (for information only) the ISCD indications for BMD testing that apply.
/// </summary>
/// <param name="Recommendation">The recommendation that applies.</param>
/// <param name="Grade">USPSTF grade (<c>B</c> or <c>I</c>), or null when no graded statement applies.</param>
/// <param name="Reason">Why, for this person, in one or two sentences (names the tool and score that triggered it).</param>
/// <param name="TriggeredBy">The tool results on the referral side of their USPSTF cut-off (OST &lt; 2, ORAI ≥ 9, SCORE ≥ 6).</param>
/// <param name="ToolResults">All four tool results (OST, ORAI, SCORE, OSIRIS).</param>
/// <param name="IscdIndications">ISCD indications for BMD testing that this person meets (informative, not USPSTF).</param>
/// <param name="Caveats">Things the user must know (e.g. the statement does not cover people with a fragility fracture).</param>
/// <param name="Citations">Sources.</param>
public sealed record OsteoporosisScreeningAdvice(
    UspstfRecommendation Recommendation,
    string? Grade,
    string Reason,
    IReadOnlyList<ScreeningToolResult> TriggeredBy,
    IReadOnlyList<ScreeningToolResult> ToolResults,
    IReadOnlyList<string> IscdIndications,
    IReadOnlyList<string> Caveats,
    IReadOnlyList<Citation> Citations)
{
    /// <summary>True when the person already has a DXA result: <see cref="Reason"/> then says a scan has been done and
    /// gives <see cref="FollowUp"/> instead of suggesting a first scan (<see cref="FollowUpDxa.After"/>).</summary>
    public bool DxaDone { get; init; }

    /// <summary>The follow-up interval guidance when <see cref="DxaDone"/> (<see cref="FollowUpDxa.Advice"/>); otherwise null.</summary>
    public string? FollowUp { get; init; }

    /// <summary>The advice in a few words, lower case, as every report prints it after "USPSTF 2025 screening advice:":
    /// that a scan has been done when <see cref="DxaDone"/>, else <see cref="RecommendationText"/>.</summary>
    public string Summary() => Summary(Recommendation, DxaDone);

    /// <summary>The advice in a few words for a recommendation and whether a scan has been done (<see cref="Summary()"/>
    /// of advice read back from an assessment document).</summary>
    public static string Summary(UspstfRecommendation recommendation, bool dxaDone) =>
        dxaDone ? "a DXA scan has been done; when to repeat it is below" : RecommendationText(recommendation);

    /// <summary>A recommendation in a few words, lower case ("screen for osteoporosis (DXA)").</summary>
    public static string RecommendationText(UspstfRecommendation recommendation) => recommendation switch
    {
        UspstfRecommendation.Screen => "screen for osteoporosis (DXA)",
        UspstfRecommendation.NotAtIncreasedRisk => "not at increased risk by the screening tools; routine screening from age 65",
        UspstfRecommendation.RiskAssessmentIncomplete => "risk assessment incomplete (give weight for the screening tools)",
        UspstfRecommendation.InsufficientEvidence => "insufficient evidence for or against screening (men)",
        _ => "not addressed by the USPSTF recommendation",
    };
}
