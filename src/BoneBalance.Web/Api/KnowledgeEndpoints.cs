using BoneBalance.Core.Evidence;
using BoneBalance.Data.Contracts;

namespace BoneBalance.Web.Api;

/// <summary><c>GET /api/faq</c>, <c>GET /api/faq/{n}</c> and <c>GET /api/claims</c>: the knowledge base and the claim check,
/// written by <see cref="KnowledgeDocument"/> as <c>bonebalance faq --json</c> writes them.</summary>
internal static class KnowledgeEndpoints
{
    /// <summary>Maps the endpoints.</summary>
    public static void MapKnowledgeEndpoints(this RouteGroupBuilder api)
    {
        var group = api.MapGroup(string.Empty).WithTags("Knowledge");
        group.MapGet("/faq", () => Json(json => KnowledgeDocument.WriteQuestions(json, KnowledgeBase.Entries)))
            .WithSummary("The twelve questions, each with its graded answer and citations");
        group.MapGet("/faq/{n:int}", Results<Utf8JsonResult, NotFound> (int n) =>
                KnowledgeBase.Entries.FirstOrDefault(e => e.Number == n) is { } entry
                    ? Json(json => KnowledgeDocument.WriteQuestion(json, entry))
                    : TypedResults.NotFound())
            .WithSummary("One question (1 to 12)");
        group.MapGet("/claims", () => Json(json => KnowledgeDocument.WriteClaims(json, ClaimCheck.Claims)))
            .WithSummary("The seed article's claims, each with a verdict and the evidence");
    }

    private static Utf8JsonResult Json(Action<System.Text.Json.Utf8JsonWriter> write) =>
        new(StatusCodes.Status200OK, AssessmentDocument.ToUtf8(write, indented: false), null);
}
