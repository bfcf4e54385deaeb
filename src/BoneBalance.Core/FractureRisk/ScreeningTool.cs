namespace BoneBalance.Core.FractureRisk;

/// <summary>The pre-DXA screening tools BoneBalance computes.</summary>
public enum ScreeningTool
{
    /// <summary>Osteoporosis Self-assessment Tool (Koh 2001; Geusens 2002; men: Adler 2003).</summary>
    Ost,

    /// <summary>Osteoporosis Risk Assessment Instrument (Cadarette 2000).</summary>
    Orai,

    /// <summary>Simple Calculated Osteoporosis Risk Estimation (Lydick 1998).</summary>
    Score,

    /// <summary>Osteoporosis Index of Risk (Ben Sedrine 2002).</summary>
    Osiris,
}

/// <summary>How a screening result came out.</summary>
public enum ScreeningStatus
{
    /// <summary>The tool applies to this person and a score was computed.</summary>
    Scored,

    /// <summary>The person is outside the population the tool was derived in (or no verified cut-off exists for them).</summary>
    NotApplicable,

    /// <summary>The tool applies, but an input it needs is missing (see <see cref="ScreeningToolResult.MissingField"/>).</summary>
    NotComputable,
}

/// <summary>
/// How a formula or cut-off was checked, in the vocabulary of <c>data/sources/reference/README.md</c>.
/// </summary>
public enum SourceVerification
{
    /// <summary>Read in the original paper or its official abstract.</summary>
    VerifiedPrimary,

    /// <summary>Read only in third-party material citing the original (shown to the user as such).</summary>
    VerifiedSecondary,
}
