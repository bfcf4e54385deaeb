using BoneBalance.Core.Evidence;
using BoneBalance.Core.Nutrition;

namespace BoneBalance.Core.Guidance;

/// <summary>
/// A supplement the plan deliberately does not suggest, and why — so a missing vitamin K2 for a warfarin user or a missing
/// calcium for someone whose diet already meets the RDA is explained, not silent.
/// </summary>
/// <param name="Nutrient">The nutrient left out.</param>
/// <param name="Reason">Why, for this person (e.g. "you take warfarin: vitamin K changes your INR").</param>
/// <param name="FindingCode">The safety finding code behind it, if a safety rule withheld it.</param>
/// <param name="Citations">The sources; never empty.</param>
public sealed record WithheldSupplement(
    IntakeNutrient Nutrient,
    string Reason,
    string? FindingCode,
    IReadOnlyList<Citation> Citations)
{
    /// <summary>True when the reason asks the person to review or lower what they already take (more than they need, or a
    /// high blood level) though no safety rule withheld it; false when what they take is simply enough.</summary>
    public bool ReviewWhatIsTaken { get; init; }
}
