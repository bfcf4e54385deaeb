namespace BoneBalance.Core.FractureRisk;

/// <summary>The fracture outcomes QFracture-2012 estimates.</summary>
public enum FractureOutcome
{
    /// <summary>Major osteoporotic fracture: hip, vertebra (spine), distal radius (wrist) or proximal humerus (shoulder).</summary>
    MajorOsteoporotic,

    /// <summary>Hip fracture.</summary>
    Hip,
}
