namespace BoneBalance.Core.Nutrition;

/// <summary>
/// What a person's medicines, conditions and findings rule out among the foods suggested to close a gap. Beyond these,
/// a suggestion never takes calcium or vitamin D above the person's upper limit (see <see cref="IntakeAnalysis"/>).
/// </summary>
public sealed record GapFoodLimits
{
    /// <summary>No limits beyond the upper limits.</summary>
    public static GapFoodLimits None { get; } = new();

    /// <summary>The vitamin K antagonists the person takes (warfarin, …), by name; empty when none. With one, no vitamin
    /// K food is suggested for any gap: a vitamin K gap gets no foods and a note, and a calcium or vitamin D gap leaves
    /// out foods whose portion gives <see cref="IntakeAnalysis.VitaminKAntagonistMaximumMicrograms"/> of vitamin K or more.</summary>
    public IReadOnlyList<string> VitaminKAntagonists { get; init; } = [];

    /// <summary>When set, no food is suggested for a calcium or vitamin D gap, and the gap's note says why: what the
    /// person has (patient words, e.g. "primary hyperparathyroidism"), for which calcium and vitamin D are left to the
    /// specialist.</summary>
    public string? CalciumAndVitaminDHeldBecause { get; init; }

    /// <summary>A history of kidney stones: high-oxalate foods are not suggested, and a calcium gap's note says that
    /// calcium from food is the way to close it.</summary>
    public bool KidneyStones { get; init; }
}
