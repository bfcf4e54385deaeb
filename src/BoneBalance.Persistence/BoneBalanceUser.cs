using Microsoft.AspNetCore.Identity;

namespace BoneBalance.Data.Persistence;

/// <summary>
/// An account. Identity's user row with the moment it was created; everything the person enters lives in
/// <see cref="OwnedRow"/> tables that point back to it and go when it goes (cascade delete).
/// </summary>
public sealed class BoneBalanceUser : IdentityUser
{
    /// <summary>When the account was registered (UTC).</summary>
    public DateTime CreatedUtc { get; set; }
}
