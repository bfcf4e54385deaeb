using BoneBalance.Core.Evidence;

namespace BoneBalance.Web.Knowledge;

/// <summary>How a claim's verdict is written: a token for JSON and a phrase for people.</summary>
internal static class Verdicts
{
    /// <summary><c>supported</c>, <c>partly-supported</c>, <c>not-supported</c>, <c>misattributed</c>.</summary>
    public static string Token(ClaimVerdict verdict) => verdict switch
    {
        ClaimVerdict.Supported => "supported",
        ClaimVerdict.PartlySupported => "partly-supported",
        ClaimVerdict.NotSupported => "not-supported",
        _ => "misattributed",
    };

    /// <summary>The verdict in words.</summary>
    public static string Words(ClaimVerdict verdict) => verdict switch
    {
        ClaimVerdict.Supported => "Supported",
        ClaimVerdict.PartlySupported => "Partly supported",
        ClaimVerdict.NotSupported => "Not supported",
        _ => "Misattributed",
    };

    /// <summary>What a grade letter means, in a few words.</summary>
    public static string GradeWords(EvidenceGrade grade) => grade switch
    {
        EvidenceGrade.A => "consistent trial evidence",
        EvidenceGrade.B => "limited or inconsistent trial evidence",
        EvidenceGrade.C => "observational or mechanistic evidence",
        _ => "expert opinion or no direct evidence",
    };
}
