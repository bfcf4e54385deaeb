using BoneBalance.Core.Validation;

namespace BoneBalance.Core.People;

/// <summary>
/// Menopausal status. It decides whether DXA results are read as T-scores with the WHO categories
/// (postmenopausal women, and women in the menopausal transition) or as Z-scores (premenopausal women)
/// — ISCD Adult Official Positions 2019/2023.
/// </summary>
public enum MenopausalStatus
{
    /// <summary>Not stated. For women aged 50 or over this is treated as postmenopausal, below 50 as premenopausal.</summary>
    Unknown,

    /// <summary>Regular menstrual cycles.</summary>
    Premenopausal,

    /// <summary>The menopausal transition; ISCD allows the WHO T-score criteria here.</summary>
    Perimenopausal,

    /// <summary>Twelve months or more since the final menstrual period, or surgical menopause.</summary>
    Postmenopausal,

    /// <summary>Men.</summary>
    NotApplicable,
}

/// <summary>Tokens for <see cref="MenopausalStatus"/>.</summary>
public static class MenopausalStatusTokens
{
    /// <summary>The token table.</summary>
    public static TokenTable<MenopausalStatus> Table { get; } = new(
        ("unknown", MenopausalStatus.Unknown),
        ("premenopausal", MenopausalStatus.Premenopausal),
        ("perimenopausal", MenopausalStatus.Perimenopausal),
        ("postmenopausal", MenopausalStatus.Postmenopausal),
        ("not_applicable", MenopausalStatus.NotApplicable),
        ("pre", MenopausalStatus.Premenopausal),
        ("peri", MenopausalStatus.Perimenopausal),
        ("post", MenopausalStatus.Postmenopausal));
}
