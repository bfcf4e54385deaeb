namespace BoneBalance.Core.Guidance;

/// <summary>
/// The evidence-graded supplement plan: vitamin K2 with vitamin D3 taken with a fat-containing meal, calcium only to close
/// the gap between diet and the RDA, nothing above a tolerable upper intake level, nothing a safety finding forbids.
/// </summary>
/// <param name="Supplements">What to take, in the order K2, D3, calcium.</param>
/// <param name="Withheld">What is deliberately not suggested, with the reason.</param>
/// <param name="Notes">Plan-wide notes (e.g. "food first", "doses beyond the DRIs need a clinician in pregnancy").</param>
public sealed record SupplementPlan(
    IReadOnlyList<PlannedSupplement> Supplements,
    IReadOnlyList<WithheldSupplement> Withheld,
    IReadOnlyList<string> Notes);
