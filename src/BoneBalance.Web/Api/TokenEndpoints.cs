using BoneBalance.Core.Validation;
using BoneBalance.Data.Persistence;
using BoneBalance.Web.Security;
using Microsoft.EntityFrameworkCore;

namespace BoneBalance.Web.Api;

/// <summary><c>/api/tokens</c>: bearer tokens for programs. A new token's text is returned once and never again.</summary>
internal static partial class TokenEndpoints
{
    /// <summary>Longest token name.</summary>
    public const int MaximumNameLength = 100;

    /// <summary>Maps the endpoints.</summary>
    public static void MapTokenEndpoints(this RouteGroupBuilder api)
    {
        var tokens = api.MapGroup("/tokens").WithTags("Tokens");
        tokens.MapGet("/", async (BoneBalanceDbContext db, CancellationToken ct) =>
                TypedResults.Ok(await db.ApiTokens.AsNoTracking().OrderBy(t => t.Id)
                    .Select(t => new ApiTokenJson(t.Id, t.Name, t.CreatedUtc, t.LastUsedUtc)).ToArrayAsync(ct).ConfigureAwait(false)))
            .WithSummary("Your API tokens (names and dates only)");
        tokens.MapPost("/", async (NewApiToken request, BoneBalanceDbContext db, TimeProvider clock, ILogger<ApiToken> logger, CancellationToken ct) =>
            {
                var name = request.Name?.Trim() ?? string.Empty;
                if (name.Length is 0 or > MaximumNameLength)
                {
                    throw new InvalidInputException("name", request.Name ?? string.Empty, $"1 to {MaximumNameLength} characters");
                }

                var secret = ApiTokenSecret.Create();
                var row = new ApiToken { Name = name, Hash = ApiTokenSecret.Hash(secret), CreatedUtc = clock.GetUtcNow().UtcDateTime };
                db.ApiTokens.Add(row);
                await db.SaveChangesAsync(ct).ConfigureAwait(false);
                Created(logger, db.Owner.UserId, row.Id);
                return TypedResults.Created($"/api/tokens/{row.Id}", new CreatedApiToken(row.Id, row.Name, secret, row.CreatedUtc));
            })
            .WithSummary("Create a token; send it as `Authorization: Bearer <token>`. Shown only in this response.");
        tokens.MapDelete("/{id:long}", async Task<Results<NoContent, NotFound>> (long id, BoneBalanceDbContext db, CancellationToken ct) =>
                await db.ApiTokens.Where(t => t.Id == id).ExecuteDeleteAsync(ct).ConfigureAwait(false) > 0 ? TypedResults.NoContent() : TypedResults.NotFound())
            .WithSummary("Revoke a token");
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Account {UserId} created API token {TokenId}")]
    private static partial void Created(ILogger logger, string? userId, long tokenId);
}

/// <summary>A token to create.</summary>
internal sealed record NewApiToken(string? Name);

/// <summary>A token as listed.</summary>
internal sealed record ApiTokenJson(long Id, string Name, DateTime CreatedUtc, DateTime? LastUsedUtc);

/// <summary>A token just created, with its text (shown once).</summary>
internal sealed record CreatedApiToken(long Id, string Name, string Token, DateTime CreatedUtc);
