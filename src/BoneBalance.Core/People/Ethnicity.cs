using BoneBalance.Core.Validation;

namespace BoneBalance.Core.People;

/// <summary>
/// Self-assigned ethnic group in the nine categories of QFracture (ClinRisk's <c>ethrisk</c> code; the numeric
/// value of each member is that code). "White" includes "not recorded", as in QFracture.
/// </summary>
public enum Ethnicity
{
    /// <summary>White or not recorded (ethrisk 1).</summary>
    White = 1,

    /// <summary>Indian (ethrisk 2).</summary>
    Indian = 2,

    /// <summary>Pakistani (ethrisk 3).</summary>
    Pakistani = 3,

    /// <summary>Bangladeshi (ethrisk 4).</summary>
    Bangladeshi = 4,

    /// <summary>Other Asian (ethrisk 5).</summary>
    OtherAsian = 5,

    /// <summary>Black Caribbean (ethrisk 6).</summary>
    BlackCaribbean = 6,

    /// <summary>Black African (ethrisk 7).</summary>
    BlackAfrican = 7,

    /// <summary>Chinese (ethrisk 8).</summary>
    Chinese = 8,

    /// <summary>Other ethnic group (ethrisk 9).</summary>
    Other = 9,
}

/// <summary>Tokens for <see cref="Ethnicity"/>.</summary>
public static class EthnicityTokens
{
    /// <summary>The token table.</summary>
    public static TokenTable<Ethnicity> Table { get; } = new(
        ("white", Ethnicity.White),
        ("indian", Ethnicity.Indian),
        ("pakistani", Ethnicity.Pakistani),
        ("bangladeshi", Ethnicity.Bangladeshi),
        ("other_asian", Ethnicity.OtherAsian),
        ("black_caribbean", Ethnicity.BlackCaribbean),
        ("black_african", Ethnicity.BlackAfrican),
        ("chinese", Ethnicity.Chinese),
        ("other", Ethnicity.Other),
        ("not_recorded", Ethnicity.White));
}
