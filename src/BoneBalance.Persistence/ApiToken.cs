namespace BoneBalance.Data.Persistence;

/// <summary>
/// A bearer token a program uses to call the API on the owner's behalf. Only the SHA-256 hash of the token is
/// stored; the token itself is shown once, when it is created.
/// </summary>
public sealed class ApiToken : OwnedRow
{
    /// <summary>The owner's name for it ("my spreadsheet").</summary>
    public string Name { get; set; } = string.Empty;

    /// <summary>SHA-256 of the token's UTF-8 text (32 bytes), unique.</summary>
    public byte[] Hash { get; set; } = [];

    /// <summary>When it last authenticated a request (UTC), if ever.</summary>
    public DateTime? LastUsedUtc { get; set; }
}
