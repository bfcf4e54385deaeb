using BoneBalance.Core.Evidence;
using BoneBalance.Core.Measures;
using BoneBalance.Core.People;

namespace BoneBalance.Core.Nutrition;

/// <summary>
/// One dietary reference intake for one life stage: the daily target (RDA or AI) and the tolerable upper intake level.
/// The upper limits of calcium and vitamin D apply to total intake (food plus supplements); vitamin K has none
/// (<see cref="UpperLimit"/> null and <see cref="NoUpperLimitReason"/> says why) — it is never shown as 0.
/// </summary>
/// <param name="Nutrient">The intake nutrient the target applies to (vitamin K: <see cref="IntakeNutrient.VitaminKTotal"/>).</param>
/// <param name="Sex">The sex the row is for, or null for both.</param>
/// <param name="MinimumAgeYears">First age of the band, in completed years.</param>
/// <param name="MaximumAgeYears">Last age of the band, in completed years.</param>
/// <param name="Kind">RDA or AI.</param>
/// <param name="Target">The daily target.</param>
/// <param name="UpperLimit">The tolerable upper intake level per day, or null when none was determined.</param>
/// <param name="NoUpperLimitReason">Why there is no upper limit, when there is none.</param>
/// <param name="Source">Where the numbers come from.</param>
public sealed record DietaryReferenceIntake(
    IntakeNutrient Nutrient,
    Sex? Sex,
    int MinimumAgeYears,
    int MaximumAgeYears,
    ReferenceIntakeKind Kind,
    NutrientAmount Target,
    NutrientAmount? UpperLimit,
    string? NoUpperLimitReason,
    Citation Source)
{
    /// <summary>True when the row applies to a person of this age and sex.</summary>
    public bool AppliesTo(int ageYears, Sex sex) =>
        ageYears >= MinimumAgeYears && ageYears <= MaximumAgeYears && (Sex is null || Sex == sex);
}
