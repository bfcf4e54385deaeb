using System.Text.Json.Nodes;

namespace BoneBalance.Web.Api;

/// <summary>
/// <c>GET /api/echo</c> and <c>POST /api/echo</c>: the cheapest authenticated JSON round trip the app can make, the
/// baseline the load tests compare the assessment endpoint against (same pipeline: authentication, filters, JSON).
/// </summary>
internal static class EchoEndpoints
{
    /// <summary>Maps the endpoints.</summary>
    public static void MapEchoEndpoints(this RouteGroupBuilder api)
    {
        var echo = api.MapGroup("/echo").WithTags("Diagnostics");
        echo.MapGet("/", (string? message) => TypedResults.Ok(new EchoJson(message ?? "ok"))).WithSummary("Returns {\"message\": message or \"ok\"}");
        echo.MapPost("/", (JsonNode? body) => TypedResults.Ok(body)).WithSummary("Returns the posted JSON");
    }
}

/// <summary>The echo reply.</summary>
internal sealed record EchoJson(string Message);
