namespace BoneBalance.Core.Densitometry;

/// <summary>
/// WHO densitometric categories for postmenopausal women and men aged 50 or over (WHO TRS 843, 1994, as restated
/// by BMJ Best Practice, RACGP and 4bonehealth.org [S]). Thresholds: <see cref="DiagnosticThresholds"/>.
/// </summary>
public enum WhoCategory
{
    /// <summary>T ≥ −1.0.</summary>
    Normal,

    /// <summary>−1.0 &gt; T &gt; −2.5 ("osteopenia"; ISCD prefers "low bone mass" or "low bone density").</summary>
    LowBoneMass,

    /// <summary>T ≤ −2.5.</summary>
    Osteoporosis,

    /// <summary>T ≤ −2.5 and at least one fragility fracture ("established" osteoporosis).</summary>
    SevereOsteoporosis,
}

/// <summary>
/// ISCD wording for people who are classified by Z-score (premenopausal women, men under 50):
/// ISCD 2005 positions [P, abstract].
/// </summary>
public enum ZScoreCategory
{
    /// <summary>Z &gt; −2.0: "within the expected range for age".</summary>
    WithinExpectedRangeForAge,

    /// <summary>Z ≤ −2.0: "below the expected range for age".</summary>
    BelowExpectedRangeForAge,
}
