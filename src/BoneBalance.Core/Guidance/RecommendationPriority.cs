namespace BoneBalance.Core.Guidance;

/// <summary>How soon a <see cref="Recommendation"/> should be acted on; sorted High first.</summary>
public enum RecommendationPriority
{
    /// <summary>Worth doing when convenient.</summary>
    Low,

    /// <summary>Do it: it addresses a risk factor or gap this person has.</summary>
    Medium,

    /// <summary>Do it soon: a safety issue, a guideline treatment threshold met, or a symptom to have seen.</summary>
    High,
}
