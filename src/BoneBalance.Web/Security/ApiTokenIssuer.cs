using BoneBalance.Core.Validation;
using BoneBalance.Data.Persistence;
using Microsoft.EntityFrameworkCore;

namespace BoneBalance.Web.Security;

/// <summary>The signed-in person's API tokens: issue (the text is returned once), list and revoke. The API and the
/// My data page both go through here.</summary>
internal sealed partial class ApiTokenIssuer(BoneBalanceDbContext db, TimeProvider clock, ILogger<ApiTokenIssuer> logger)
{
    /// <summary>Longest token name.</summary>
    public const int MaximumNameLength = 100;

    /// <summary>The person's tokens, oldest first.</summary>
    public async Task<List<ApiToken>> ListAsync(CancellationToken cancellationToken) =>
        await db.ApiTokens.AsNoTracking().OrderBy(t => t.Id).ToListAsync(cancellationToken).ConfigureAwait(false);

    /// <summary>Issues a token named <paramref name="name"/>; returns the stored row and the token's text.</summary>
    /// <exception cref="InvalidInputException">The name is empty or longer than <see cref="MaximumNameLength"/>.</exception>
    public async Task<(ApiToken Row, string Secret)> IssueAsync(string? name, CancellationToken cancellationToken)
    {
        var trimmed = name?.Trim() ?? string.Empty;
        if (trimmed.Length is 0 or > MaximumNameLength)
        {
            throw new InvalidInputException("name", name ?? string.Empty, $"1 to {MaximumNameLength} characters");
        }

        await Accounts.AccountQuotas.EnsureRoomAsync(db.ApiTokens, 1, Accounts.AccountQuotas.ApiTokens, "tokens", "API tokens", "revoke tokens you no longer use (DELETE /api/tokens/{id})", cancellationToken).ConfigureAwait(false);
        var secret = ApiTokenSecret.Create();
        var row = new ApiToken { Name = trimmed, Hash = ApiTokenSecret.Hash(secret), CreatedUtc = clock.GetUtcNow().UtcDateTime };
        db.ApiTokens.Add(row);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        Issued(logger, db.Owner.UserId, row.Id);
        return (row, secret);
    }

    /// <summary>Revokes a token; false when the person has none with that id.</summary>
    public async Task<bool> RevokeAsync(long id, CancellationToken cancellationToken) =>
        await db.ApiTokens.Where(t => t.Id == id).ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false) > 0;

    [LoggerMessage(Level = LogLevel.Information, Message = "Account {UserId} created API token {TokenId}")]
    private static partial void Issued(ILogger logger, string? userId, long tokenId);
}
