using BoneBalance.Core.Evidence;

namespace BoneBalance.Core.FractureRisk;

/// <summary>
/// One screening tool applied to one person: the score, the published cut-off, the band it falls in, whether the
/// tool applies to this person at all, and where every number came from.
/// </summary>
/// <param name="Tool">Which tool.</param>
/// <param name="Name">Its full name.</param>
/// <param name="Status">Scored, not applicable, or not computable.</param>
/// <param name="Score">The score, unrounded (null unless <see cref="ScreeningStatus.Scored"/>).</param>
/// <param name="ReferForDxa">True when the score is on the referral side of the cut-off (null unless scored).</param>
/// <param name="Band">The category in words, e.g. <c>refer for DXA</c>, <c>low</c>, <c>not applicable</c>,
/// <c>not computable: weight_kg required</c>.</param>
/// <param name="CutOff">The cut-off(s) used, in words, with their verification tag.</param>
/// <param name="Population">The population the tool was derived in (who it applies to).</param>
/// <param name="NotApplicableReason">Why the tool does not apply to this person, when it does not.</param>
/// <param name="MissingField">The input field that is required but missing (e.g. <c>weight_kg</c>), when not computable.</param>
/// <param name="DefaultsUsed">Each input that came from a documented default rather than from <see cref="ScreeningExtras"/>.</param>
/// <param name="Notes">Caveats the user must see (secondary sources, rounding choices).</param>
/// <param name="Citations">Sources of the formula and cut-offs.</param>
/// <param name="Verification">The weakest verification level among the numbers used.</param>
public sealed record ScreeningToolResult(
    ScreeningTool Tool,
    string Name,
    ScreeningStatus Status,
    double? Score,
    bool? ReferForDxa,
    string Band,
    string CutOff,
    string Population,
    string? NotApplicableReason,
    string? MissingField,
    IReadOnlyList<string> DefaultsUsed,
    IReadOnlyList<string> Notes,
    IReadOnlyList<Citation> Citations,
    SourceVerification Verification);
