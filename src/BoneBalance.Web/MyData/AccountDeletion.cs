using BoneBalance.Data.Persistence;
using Microsoft.AspNetCore.Identity;

namespace BoneBalance.Web.MyData;

/// <summary>
/// Deletes an account and everything it owns, in one transaction: either all of it is gone or none of it.
/// </summary>
internal sealed partial class AccountDeletion(BoneBalanceDbContext db, UserManager<BoneBalanceUser> users, ILogger<AccountDeletion> logger)
{
    /// <summary>Deletes the signed-in account (the context is scoped to it); false when Identity refuses.</summary>
    public async Task<bool> DeleteAsync(BoneBalanceUser user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (db.Owner.UserId != user.Id)
        {
            throw new InvalidOperationException("Only the signed-in account can be deleted.");
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var rows = await db.DeleteOwnedRowsAsync(cancellationToken).ConfigureAwait(false);
        var result = await users.DeleteAsync(user).ConfigureAwait(false);
        if (!result.Succeeded)
        {
            await transaction.RollbackAsync(cancellationToken).ConfigureAwait(false);
            return false;
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        Deleted(logger, user.Id, rows);
        return true;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Account {UserId} deleted with {Rows} owned rows")]
    private static partial void Deleted(ILogger logger, string userId, int rows);
}
