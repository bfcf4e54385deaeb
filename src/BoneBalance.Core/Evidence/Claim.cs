namespace BoneBalance.Core.Evidence;

/// <summary>One claim of the seed article, checked against the evidence.</summary>
/// <param name="Id">Stable identifier in kebab case (e.g. <c>d2-synthetic</c>), for links and the CLI.</param>
/// <param name="ArticleSays">The claim, paraphrased from the article.</param>
/// <param name="Verdict">What the evidence says about it.</param>
/// <param name="Evidence">Why: the studies and what they actually found.</param>
/// <param name="Citations">The sources of <paramref name="Evidence"/> (at least one), including the article's own
/// references where they apply.</param>
public sealed record Claim(
    string Id,
    string ArticleSays,
    ClaimVerdict Verdict,
    string Evidence,
    IReadOnlyList<Citation> Citations);
