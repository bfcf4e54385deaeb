using BoneBalance.Core.Evidence;

namespace BoneBalance.Core.Guidance;

/// <summary>
/// One piece of advice for this person: what to do, why (from their own data), how strong the evidence is and where
/// it comes from. Codes are stable (e.g. <c>STOP_SMOKING</c>, <c>DXA_REFERRAL</c>, <c>DISCUSS_TREATMENT</c>) so programs can
/// act on them; the wording may improve.
/// </summary>
/// <param name="Code">Stable identifier of the rule that produced it (UPPER_SNAKE_CASE).</param>
/// <param name="Category">Safety, supplement, lifestyle or next step.</param>
/// <param name="Priority">How soon to act.</param>
/// <param name="Title">Short imperative headline ("Stop smoking").</param>
/// <param name="Advice">What to do, in plain words, for a lay reader.</param>
/// <param name="Reason">Why this applies to this person, naming their own data ("you smoke; QFracture counts current smoking").</param>
/// <param name="Grade">Strength of the evidence behind the advice (BoneBalance's own scale, <see cref="EvidenceGrade"/>).</param>
/// <param name="Citations">The sources; never empty.</param>
public sealed record Recommendation(
    string Code,
    RecommendationCategory Category,
    RecommendationPriority Priority,
    string Title,
    string Advice,
    string Reason,
    EvidenceGrade Grade,
    IReadOnlyList<Citation> Citations);
