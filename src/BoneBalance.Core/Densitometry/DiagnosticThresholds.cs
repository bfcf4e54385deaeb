namespace BoneBalance.Core.Densitometry;

/// <summary>
/// The densitometric thresholds and the functions that apply them. Boundaries as in
/// data/sources/reference/densitometry_rules.md §2–3: exactly −1.0 is Normal, exactly −2.5 is Osteoporosis, and a Z-score
/// of exactly −2.0 is below the expected range for age.
/// </summary>
public static class DiagnosticThresholds
{
    /// <summary>Lowest T-score still Normal: T ≥ −1.0 (WHO TRS 843, 1994 [S]).</summary>
    public const double NormalMinimumTScore = -1.0;

    /// <summary>Highest T-score classed as osteoporosis: T ≤ −2.5 (WHO TRS 843, 1994 [S]).</summary>
    public const double OsteoporosisMaximumTScore = -2.5;

    /// <summary>Highest Z-score "below the expected range for age": Z ≤ −2.0 (ISCD 2005 positions [P, abstract]).</summary>
    public const double BelowExpectedRangeMaximumZScore = -2.0;

    /// <summary>
    /// The WHO category of a T-score. <paramref name="hasFragilityFracture"/> turns Osteoporosis into Severe
    /// (established) osteoporosis; it does not change the other categories.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The T-score is NaN or infinite.</exception>
    public static WhoCategory Classify(double tScore, bool hasFragilityFracture = false)
    {
        if (!double.IsFinite(tScore))
        {
            throw new ArgumentOutOfRangeException(nameof(tScore), tScore, "A T-score must be a finite number.");
        }

        if (tScore >= NormalMinimumTScore)
        {
            return WhoCategory.Normal;
        }

        if (tScore > OsteoporosisMaximumTScore)
        {
            return WhoCategory.LowBoneMass;
        }

        return hasFragilityFracture ? WhoCategory.SevereOsteoporosis : WhoCategory.Osteoporosis;
    }

    /// <summary>The ISCD Z-score category.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The Z-score is NaN or infinite.</exception>
    public static ZScoreCategory ClassifyZScore(double zScore)
    {
        if (!double.IsFinite(zScore))
        {
            throw new ArgumentOutOfRangeException(nameof(zScore), zScore, "A Z-score must be a finite number.");
        }

        return zScore <= BelowExpectedRangeMaximumZScore
            ? ZScoreCategory.BelowExpectedRangeForAge
            : ZScoreCategory.WithinExpectedRangeForAge;
    }
}
