using BoneBalance.Web.Security;

namespace BoneBalance.Web.Api;

/// <summary><c>/api/tokens</c>: bearer tokens for programs. A new token's text is returned once and never again.</summary>
internal static class TokenEndpoints
{
    /// <summary>Maps the endpoints.</summary>
    public static void MapTokenEndpoints(this RouteGroupBuilder api)
    {
        var tokens = api.MapGroup("/tokens").WithTags("Tokens");
        tokens.MapGet("/", async (ApiTokenIssuer issuer, CancellationToken ct) =>
                TypedResults.Ok((await issuer.ListAsync(ct).ConfigureAwait(false)).Select(t => new ApiTokenJson(t.Id, t.Name, t.CreatedUtc, t.LastUsedUtc)).ToArray()))
            .WithSummary("Your API tokens (names and dates only)");
        tokens.MapPost("/", async (NewApiToken request, ApiTokenIssuer issuer, CancellationToken ct) =>
            {
                var (row, secret) = await issuer.IssueAsync(request.Name, ct).ConfigureAwait(false);
                return TypedResults.Created($"/api/tokens/{row.Id}", new CreatedApiToken(row.Id, row.Name, secret, row.CreatedUtc));
            })
            .WithSummary("Create a token; send it as `Authorization: Bearer <token>`. Shown only in this response.");
        tokens.MapDelete("/{id:long}", async Task<Results<NoContent, NotFound>> (long id, ApiTokenIssuer issuer, CancellationToken ct) =>
                await issuer.RevokeAsync(id, ct).ConfigureAwait(false) ? TypedResults.NoContent() : TypedResults.NotFound())
            .WithSummary("Revoke a token");
    }
}

/// <summary>A token to create.</summary>
internal sealed record NewApiToken(string? Name);

/// <summary>A token as listed.</summary>
internal sealed record ApiTokenJson(long Id, string Name, DateTime CreatedUtc, DateTime? LastUsedUtc);

/// <summary>A token just created, with its text (shown once).</summary>
internal sealed record CreatedApiToken(long Id, string Name, string Token, DateTime CreatedUtc);
