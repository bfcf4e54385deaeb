namespace BoneBalance.Core.FractureRisk;

/// <summary>QFracture-2012 risks over one horizon, in percent (0–100).</summary>
/// <param name="MajorOsteoporoticPercent">Risk of a major osteoporotic fracture (hip, spine, wrist or shoulder) within the horizon, %.</param>
/// <param name="HipPercent">Risk of a hip fracture within the horizon, %.</param>
/// <param name="Years">The horizon in years.</param>
public readonly record struct QFractureResult(double MajorOsteoporoticPercent, double HipPercent, int Years)
{
    /// <summary>The risk of one outcome, %.</summary>
    public double PercentFor(FractureOutcome outcome) => outcome switch
    {
        FractureOutcome.MajorOsteoporotic => MajorOsteoporoticPercent,
        FractureOutcome.Hip => HipPercent,
        _ => throw new ArgumentOutOfRangeException(nameof(outcome), outcome, "Unknown fracture outcome."),
    };
}
