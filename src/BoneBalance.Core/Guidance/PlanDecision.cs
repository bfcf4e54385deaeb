using BoneBalance.Core.Safety;

namespace BoneBalance.Core.Guidance;

/// <summary>
/// What the plan decided for one nutrient: a supplement to take, or one deliberately left out; and the dose it adds to
/// what the person already takes (null when it adds nothing, e.g. when it keeps a supplement the person already takes).
/// </summary>
internal sealed record PlanDecision(PlannedSupplement? Planned, WithheldSupplement? Withheld, SupplementDose? Addition)
{
    public static PlanDecision Take(PlannedSupplement planned, SupplementDose? addition) => new(planned, null, addition);

    public static PlanDecision LeaveOut(WithheldSupplement withheld) => new(null, withheld, null);
}
