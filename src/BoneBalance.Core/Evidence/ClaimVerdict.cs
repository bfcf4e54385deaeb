namespace BoneBalance.Core.Evidence;

/// <summary>What the evidence says about one claim of the seed article.</summary>
public enum ClaimVerdict
{
    /// <summary>The claim matches the evidence as stated.</summary>
    Supported,

    /// <summary>Part of the claim holds (e.g. the mechanism or the number), but it goes further than the evidence.</summary>
    PartlySupported,

    /// <summary>The evidence contradicts the claim or gives no support for it.</summary>
    NotSupported,

    /// <summary>The figure or finding is real, but it comes from a different substance, dose, population or study
    /// design than the claim implies.</summary>
    Misattributed,
}
