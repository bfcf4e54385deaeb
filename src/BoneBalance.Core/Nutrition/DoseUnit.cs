namespace BoneBalance.Core.Nutrition;

/// <summary>The unit a supplement dose is written in.</summary>
public enum DoseUnit
{
    /// <summary>Micrograms (<c>ug</c>, also <c>µg</c> or <c>mcg</c>).</summary>
    Microgram,

    /// <summary>Milligrams (<c>mg</c>).</summary>
    Milligram,

    /// <summary>International units (<c>iu</c>), for vitamin D only.</summary>
    InternationalUnit,
}
