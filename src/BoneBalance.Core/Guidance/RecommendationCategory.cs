namespace BoneBalance.Core.Guidance;

/// <summary>What kind of advice a <see cref="Recommendation"/> is; the report groups them in this order.</summary>
public enum RecommendationCategory
{
    /// <summary>See a clinician promptly, or do not start something (follows a safety finding).</summary>
    Safety,

    /// <summary>A supplement to take, change or stop (one per planned or withheld supplement).</summary>
    Supplement,

    /// <summary>Food, exercise, smoking, alcohol, falls prevention, protein.</summary>
    Lifestyle,

    /// <summary>Tests and conversations: DXA referral, treatment discussion, lab tests, re-scan.</summary>
    NextStep,
}
