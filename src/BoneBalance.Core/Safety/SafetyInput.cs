using BoneBalance.Core.Measures;
using BoneBalance.Core.People;

namespace BoneBalance.Core.Safety;

/// <summary>
/// Everything the safety rules read about one person. Only <see cref="Person"/> is required; a list left empty or a
/// value left null means "not known" (or "none"), never zero.
/// </summary>
/// <param name="Person">Who is checked.</param>
public sealed record SafetyInput(SafetyPerson Person)
{
    /// <summary>Medications taken.</summary>
    public IReadOnlyList<Medication> Medications { get; init; } = [];

    /// <summary>Conditions and history.</summary>
    public IReadOnlyList<Condition> Conditions { get; init; } = [];

    /// <summary>Bleeding or healing signs reported.</summary>
    public IReadOnlyList<Symptom> Symptoms { get; init; } = [];

    /// <summary>Laboratory values.</summary>
    public LabResults Labs { get; init; } = LabResults.None;

    /// <summary>Supplements taken now or proposed by a plan (a plan checks itself by passing its proposal here).</summary>
    public IReadOnlyList<SupplementDose> Supplements { get; init; } = [];

    /// <summary>Total daily calcium from food and supplements, when known. When null, the supplements alone are
    /// compared with the upper limit (a lower bound of the total).</summary>
    public NutrientAmount? TotalCalciumIntake { get; init; }

    /// <summary>Total daily vitamin D from food and supplements, when known; null as for calcium.</summary>
    public NutrientAmount? TotalVitaminDIntake { get; init; }

    /// <summary>A large change in vitamin K-rich foods (leafy greens, natto) is planned or has happened.</summary>
    public bool LargeChangeInVitaminKFoods { get; init; }

    /// <summary>The food diary's days in the window the intake is averaged over (days with food rows only), with their
    /// food vitamin K and rows (<see cref="VitaminKFoods.Days"/>); empty when there is no food diary. Read by
    /// VKA_VITAMIN_K_FOOD.</summary>
    public IReadOnlyList<VitaminKFoodDay> VitaminKFoodDays { get; init; } = [];
}
