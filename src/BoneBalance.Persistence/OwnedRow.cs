namespace BoneBalance.Data.Persistence;

/// <summary>
/// A row that belongs to one account. <see cref="BoneBalanceDbContext"/> filters every query of such a table to
/// the current <see cref="DataOwner"/> and stamps <see cref="OwnerId"/> on insert, so code that forgets the owner
/// sees nothing rather than someone else's data.
/// </summary>
public abstract class OwnedRow
{
    /// <summary>The row's id (unique across owners; another owner's id is simply not found).</summary>
    public long Id { get; set; }

    /// <summary>The owning account's user id. Set by the context on insert; never taken from a request.</summary>
    public string OwnerId { get; set; } = string.Empty;

    /// <summary>When the row was created (UTC).</summary>
    public DateTime CreatedUtc { get; set; }
}
