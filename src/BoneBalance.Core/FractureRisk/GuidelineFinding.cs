using BoneBalance.Core.Evidence;

namespace BoneBalance.Core.FractureRisk;

/// <summary>The outcome of one guideline criterion for one person.</summary>
public enum FindingStatus
{
    /// <summary>The criterion is met.</summary>
    Met,

    /// <summary>The criterion is not met.</summary>
    NotMet,

    /// <summary>The guideline or criterion does not apply to this person.</summary>
    NotApplicable,

    /// <summary>Information needed to decide is missing or not available to BoneBalance (the reason says which).</summary>
    CannotEvaluate,
}

/// <summary>How BoneBalance read the rule behind a finding (data/sources/reference/treatment_thresholds.md tags).</summary>
public enum EvidenceLevel
{
    /// <summary>[P]: read in the primary or official text, or its official abstract.</summary>
    Primary,

    /// <summary>[S]: read only in third-party material citing the original.</summary>
    Secondary,
}

/// <summary>
/// One guideline criterion evaluated for one person.
/// </summary>
/// <param name="Guideline">The guideline (e.g. <c>BHOF 2022</c>).</param>
/// <param name="Criterion">The criterion in words.</param>
/// <param name="Status">Met, not met, not applicable or cannot evaluate.</param>
/// <param name="Reason">Why, in words, with the numbers compared.</param>
/// <param name="Evidence">[P] or [S].</param>
/// <param name="Citation">The guideline's citation.</param>
public sealed record GuidelineFinding(
    string Guideline,
    string Criterion,
    FindingStatus Status,
    string Reason,
    EvidenceLevel Evidence,
    Citation Citation)
{
    /// <summary>The evidence tag as written in the reference notes: <c>[P]</c> or <c>[S]</c>.</summary>
    public string EvidenceTag => Evidence == EvidenceLevel.Primary ? "[P]" : "[S]";
}
