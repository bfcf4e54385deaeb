using BoneBalance.Core.People;

namespace BoneBalance.Web.Wizard;

/// <summary>One risk factor as the wizard offers it.</summary>
/// <param name="Factor">The catalogue entry (its token is the checkbox value, its description the label).</param>
/// <param name="Hint">What to show under the label, or null.</param>
/// <param name="NotForThisPerson">True when the factor is shown only because it is ticked and cannot apply to the
/// person's sex (the sex was changed after it was ticked): the hint says so, and unticking it removes it.</param>
internal sealed record RiskFactorOption(RiskFactorInfo Factor, string? Hint, bool NotForThisPerson);

/// <summary>
/// The risk factors the wizard offers a person. Every factor is offered to both sexes except those that cannot apply to
/// the other sex (oestrogen-only HRT, for a man). A factor that QFracture uses for one sex only but that other advice uses
/// for both (a care home: the supplement plan and the falls advice; an endocrine disorder: the advice on bone density
/// testing) is offered to both, with a hint saying what it is used for. Without a sex in "About you", every factor is
/// offered.
/// </summary>
internal static class RiskFactorOptions
{
    // Factors that can only be true of the sex their catalogue entry names.
    private const RiskFactors OnlyForTheirSex = RiskFactors.Hrt;

    /// <summary>Whether <paramref name="factor"/> is offered to a person of <paramref name="sex"/> (null: not given).</summary>
    public static bool Offered(RiskFactorInfo factor, Sex? sex)
    {
        ArgumentNullException.ThrowIfNull(factor);
        return sex is null || factor.AppliesTo is null || factor.AppliesTo == sex || (factor.Factor & OnlyForTheirSex) == 0;
    }

    /// <summary>
    /// The options for a person of <paramref name="sex"/>, in the catalogue's order: each offered factor, and each factor
    /// not offered that <paramref name="ticked"/> says is ticked (so a change of sex neither keeps it unseen nor drops it
    /// unsaid).
    /// </summary>
    public static IReadOnlyList<RiskFactorOption> For(Sex? sex, Func<string, bool> ticked)
    {
        ArgumentNullException.ThrowIfNull(ticked);
        var options = new List<RiskFactorOption>();
        foreach (var factor in RiskFactorCatalogue.All)
        {
            if (Offered(factor, sex))
            {
                options.Add(new(factor, Join(RiskFactorHints.For(factor), UsedFor(factor, sex)), false));
            }
            else if (ticked(factor.Token))
            {
                options.Add(new(factor, NotForSex(factor, sex!.Value), true));
            }
        }

        return options;
    }

    /// <summary>What a ticked factor that cannot apply to the person is, in words (for the step and the review).</summary>
    public static string NotForSex(RiskFactorInfo factor, Sex sex)
    {
        ArgumentNullException.ThrowIfNull(factor);
        return $"This applies only to {People(factor.AppliesTo)}, and “About you” says you are {(sex == Sex.Male ? "a man" : "a woman")}, so it is not used. "
            + "Untick it, or correct your sex in “About you”.";
    }

    // A factor QFracture uses for the other sex only, when other advice uses it for this person.
    private static string? UsedFor(RiskFactorInfo factor, Sex? sex)
    {
        if (sex is not { } s || factor.AppliesTo is not { } only || only == s)
        {
            return null;
        }

        var advice = factor.Factor switch
        {
            RiskFactors.CareHome => "the supplement and falls advice",
            RiskFactors.EndocrineDisorder => "the advice on bone density testing",
            _ => "other advice",
        };
        return $"For {People(s)} it is used in {advice}, not in the fracture-risk calculation.";
    }

    private static string People(Sex? sex) => sex == Sex.Male ? "men" : "women";

    private static string? Join(string? first, string? second) =>
        first is null ? second : second is null ? first : first + " " + second;
}
