using BoneBalance.Core.Measures;

namespace BoneBalance.Core.Nutrition;

/// <summary>A nutrient whose 7-day average is below the person's target, and foods that would close the gap.</summary>
/// <param name="Nutrient">The nutrient (calcium, vitamin D or total vitamin K: the ones with a target).</param>
/// <param name="Average">The 7-day average total.</param>
/// <param name="Target">The RDA or AI.</param>
/// <param name="Shortfall">Target − average.</param>
/// <param name="AverageIsLowerBound">True when the average is incomplete (some food lacked a value), so the real gap
/// may be smaller.</param>
/// <param name="Foods">Suggested foods, best first (for vitamin K: K2-rich foods first); empty when the person's
/// medicines or conditions rule them out (then <paramref name="Note"/> says why).</param>
/// <param name="Note">Patient words on what is not suggested and why (e.g. no vitamin K foods for a person taking
/// warfarin; foods left out because they would pass an upper limit), or null; hosts show it with the gap.</param>
public sealed record IntakeGap(
    IntakeNutrient Nutrient,
    NutrientAmount Average,
    NutrientAmount Target,
    NutrientAmount Shortfall,
    bool AverageIsLowerBound,
    IReadOnlyList<GapFood> Foods,
    string? Note = null);
