namespace BoneBalance.Core.Densitometry;

/// <summary>The sign of a BMD change between two scans (whether or not it is significant).</summary>
public enum ChangeDirection
{
    /// <summary>The later BMD is lower.</summary>
    Decrease,

    /// <summary>Both BMDs are equal.</summary>
    NoChange,

    /// <summary>The later BMD is higher.</summary>
    Increase,
}

/// <summary>
/// Two scans of one site compared against the least significant change.
/// </summary>
/// <param name="Earlier">The earlier scan.</param>
/// <param name="Later">The later scan.</param>
/// <param name="ChangeGramsPerSquareCentimetre">Later minus earlier BMD (g/cm²).</param>
/// <param name="ChangePercent">The change as a percentage of the earlier BMD.</param>
/// <param name="LeastSignificantChangeGramsPerSquareCentimetre">LSC = 2.77 × precision error (g/cm²).</param>
/// <param name="Precision">The precision error the LSC was derived from.</param>
/// <param name="Direction">The sign of the change.</param>
/// <param name="IsSignificant">True when |change| ≥ LSC (ISCD: equal counts as significant).</param>
/// <param name="Summary">One sentence for a person.</param>
/// <param name="Notes">Caveats.</param>
public sealed record ScanComparison(
    DxaScan Earlier,
    DxaScan Later,
    double ChangeGramsPerSquareCentimetre,
    double ChangePercent,
    double LeastSignificantChangeGramsPerSquareCentimetre,
    PrecisionError Precision,
    ChangeDirection Direction,
    bool IsSignificant,
    string Summary,
    IReadOnlyList<string> Notes)
{
    /// <summary>True when the BMD fell by at least the LSC.</summary>
    public bool IsSignificantLoss => IsSignificant && Direction == ChangeDirection.Decrease;
}
