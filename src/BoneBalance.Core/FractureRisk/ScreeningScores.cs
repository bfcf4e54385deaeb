namespace BoneBalance.Core.FractureRisk;

/// <summary>
/// The four screening scores of one person, for batch use: a score is null when the tool does not apply to the
/// person or cannot be computed (weight missing). The referral flags follow the same cut-offs as
/// <see cref="ScreeningToolResult.ReferForDxa"/>. Identical to the values of the rich path
/// (<see cref="ScreeningTools.Ost"/> etc.).
/// </summary>
/// <param name="Ost">OST index (unrounded), or null.</param>
/// <param name="Orai">ORAI points, or null.</param>
/// <param name="Score">SCORE points (unrounded), or null.</param>
/// <param name="Osiris">OSIRIS index (unrounded), or null.</param>
/// <param name="OstRefers">OST on the referral side of its cut-off (women &lt; 2; men &lt; 4), or null.</param>
/// <param name="OraiRefers">ORAI ≥ 9, or null.</param>
/// <param name="ScoreRefers">SCORE ≥ 6, or null.</param>
/// <param name="OsirisRefers">OSIRIS ≤ +1 (intermediate or high), or null.</param>
public readonly record struct ScreeningScores(
    double? Ost,
    double? Orai,
    double? Score,
    double? Osiris,
    bool? OstRefers,
    bool? OraiRefers,
    bool? ScoreRefers,
    bool? OsirisRefers);
