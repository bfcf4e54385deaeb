namespace BoneBalance.Data.Persistence;

/// <summary>A supplement diary row: a dose of one supplement form taken on a day, as written on the label.</summary>
public sealed class DiarySupplement : OwnedRow
{
    /// <summary>The day it was taken.</summary>
    public DateOnly Date { get; set; }

    /// <summary>The form's token (<c>k2-mk7</c>, <c>d3</c>, <c>calcium-carbonate</c>; <c>SupplementTokens.Forms</c>).</summary>
    public string Form { get; set; } = string.Empty;

    /// <summary>The dose in <see cref="Unit"/>.</summary>
    public double Dose { get; set; }

    /// <summary>The unit's token (<c>ug</c>, <c>mg</c>, <c>iu</c>; <c>SupplementTokens.Units</c>).</summary>
    public string Unit { get; set; } = string.Empty;
}
