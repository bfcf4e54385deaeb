using BoneBalance.Core.Measures;

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
/// <param name="Earlier">The earlier scan (with a BMD: <see cref="LeastSignificantChange.Compare"/> refuses one without).</param>
/// <param name="Later">The later scan (with a BMD).</param>
/// <param name="ChangeGramsPerSquareCentimetre">Later minus earlier BMD (g/cm²).</param>
/// <param name="ChangePercent">The change as a percentage of the earlier BMD.</param>
/// <param name="LeastSignificantChangeGramsPerSquareCentimetre">LSC = 2.77 × precision error (g/cm²).</param>
/// <param name="Precision">The precision error the LSC was derived from.</param>
/// <param name="Direction">The sign of the change.</param>
/// <param name="IsSignificant">True when |change| ≥ LSC (ISCD: equal counts as significant).</param>
/// <param name="Summary">One sentence for a person.</param>
/// <param name="Notes">Caveats.</param>
public sealed record ScanComparison(
    DxaMeasurement Earlier,
    DxaMeasurement Later,
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

    /// <summary>The earlier scan's BMD.</summary>
    public BoneMineralDensity EarlierBmd => Earlier.Bmd ?? throw new InvalidOperationException("The earlier scan of a comparison has no BMD.");

    /// <summary>The later scan's BMD.</summary>
    public BoneMineralDensity LaterBmd => Later.Bmd ?? throw new InvalidOperationException("The later scan of a comparison has no BMD.");
}
