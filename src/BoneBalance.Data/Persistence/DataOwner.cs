namespace BoneBalance.Data.Persistence;

/// <summary>
/// Whose data a <see cref="BoneBalanceDbContext"/> may see and change: the signed-in account's user id, or
/// <see cref="Nobody"/> (then every owned table reads as empty and inserts are refused).
/// </summary>
/// <param name="UserId">The account's user id, or null when no one is signed in.</param>
public sealed record DataOwner(string? UserId)
{
    /// <summary>No one is signed in.</summary>
    public static DataOwner Nobody { get; } = new((string?)null);
}
