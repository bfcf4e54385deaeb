namespace BoneBalance.Data.Persistence;

/// <summary>
/// A person's profile (at most one per account): the profile JSON document (the contract of `bonebalance assess`) as text, exactly as the
/// assessment wizard and <c>PUT /api/profile</c> saved it. Kept as one document rather than columns because the
/// contract is a nested document (person, risk factors, medications, DXA scans, labs…) that the wizard edits a
/// section at a time and that grows with the contract; the few values the server needs without parsing it are not
/// needed often enough to justify duplicated columns.
/// </summary>
public sealed class StoredProfile : OwnedRow
{
    /// <summary>The profile JSON text.</summary>
    public string Json { get; set; } = "{}";

    /// <summary>When the profile was last saved (UTC).</summary>
    public DateTime UpdatedUtc { get; set; }
}
