using BoneBalance.Core.Evidence;

using BoneBalance.Web.Knowledge;

namespace BoneBalance.Web.Api;

/// <summary><c>GET /api/faq</c>, <c>GET /api/faq/{n}</c> and <c>GET /api/claims</c>: the knowledge base and the claim check.</summary>
internal static class KnowledgeEndpoints
{
    /// <summary>Maps the endpoints.</summary>
    public static void MapKnowledgeEndpoints(this RouteGroupBuilder api)
    {
        var group = api.MapGroup(string.Empty).WithTags("Knowledge");
        group.MapGet("/faq", () => TypedResults.Ok(KnowledgeBase.Entries.Select(FaqJson.Of).ToArray()))
            .WithSummary("The twelve questions, each with its graded answer and citations");
        group.MapGet("/faq/{n:int}", Results<Ok<FaqJson>, NotFound> (int n) =>
                KnowledgeBase.Entries.FirstOrDefault(e => e.Number == n) is { } entry ? TypedResults.Ok(FaqJson.Of(entry)) : TypedResults.NotFound())
            .WithSummary("One question (1 to 12)");
        group.MapGet("/claims", () => TypedResults.Ok(ClaimCheck.Claims.Select(ClaimJson.Of).ToArray()))
            .WithSummary("The seed article's claims, each with a verdict and the evidence");
    }
}

/// <summary>A FAQ entry as JSON (grade as its letter).</summary>
internal sealed record FaqJson(int Number, string Question, string ShortAnswer, string Answer, string Grade, IReadOnlyList<string> Caveats, IReadOnlyList<Citation> Citations)
{
    /// <summary>Reshapes an entry.</summary>
    public static FaqJson Of(FaqEntry entry) =>
        new(entry.Number, entry.Question, entry.ShortAnswer, entry.Answer, entry.Grade.ToString(), entry.Caveats, entry.Citations);
}

/// <summary>A checked claim as JSON (verdict as a kebab-case word).</summary>
internal sealed record ClaimJson(string Id, string ArticleSays, string Verdict, string Evidence, IReadOnlyList<Citation> Citations)
{
    /// <summary>Reshapes a claim.</summary>
    public static ClaimJson Of(Claim claim) => new(claim.Id, claim.ArticleSays, Verdicts.Token(claim.Verdict), claim.Evidence, claim.Citations);
}
