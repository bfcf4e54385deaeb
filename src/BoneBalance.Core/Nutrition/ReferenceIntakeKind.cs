namespace BoneBalance.Core.Nutrition;

/// <summary>What kind of target a dietary reference intake is.</summary>
public enum ReferenceIntakeKind
{
    /// <summary>Recommended Dietary Allowance: meets the needs of 97–98 % of healthy people (calcium, vitamin D).</summary>
    RecommendedDietaryAllowance,

    /// <summary>Adequate Intake: set where evidence is too thin for an RDA (vitamin K).</summary>
    AdequateIntake,
}
