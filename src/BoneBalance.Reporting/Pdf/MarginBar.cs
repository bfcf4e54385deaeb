namespace BoneBalance.Reporting.Pdf;

/// <summary>The bar beside a paragraph.</summary>
internal enum MarginBar
{
    /// <summary>No bar.</summary>
    None,

    /// <summary>A thin grey bar: one item of a list.</summary>
    Quiet,

    /// <summary>A thick dark-red bar: a warning or contraindication.</summary>
    Loud,
}
