using BoneBalance.Core.Validation;

namespace BoneBalance.Core.People;

/// <summary>Sex as used by the risk models and reference populations (sex assigned at birth).</summary>
public enum Sex
{
    /// <summary>Female.</summary>
    Female,

    /// <summary>Male.</summary>
    Male,
}

/// <summary>Tokens for <see cref="Sex"/>: <c>female|male</c> (also <c>f|m</c>).</summary>
public static class SexTokens
{
    /// <summary>The token table.</summary>
    public static TokenTable<Sex> Table { get; } = new(
        ("female", Sex.Female), ("male", Sex.Male), ("f", Sex.Female), ("m", Sex.Male));
}
