namespace BoneBalance.Data.Persistence;

/// <summary>
/// Whose data a <see cref="BoneBalanceDbContext"/> may see and change: the signed-in account's user id, or none
/// (then every owned table reads as empty and inserts are refused). The id is read each time it is needed, not when
/// the context is created: a web request's context can be created during authentication, before the request knows
/// who is signed in.
/// </summary>
public sealed class DataOwner
{
    private readonly Func<string?> _userId;

    /// <summary>An owner whose id is read from <paramref name="userId"/> whenever a query or save needs it.</summary>
    public DataOwner(Func<string?> userId)
    {
        ArgumentNullException.ThrowIfNull(userId);
        _userId = userId;
    }

    /// <summary>A fixed owner (tools, tests); null for no one.</summary>
    public DataOwner(string? userId)
        : this(() => userId)
    {
    }

    /// <summary>No one is signed in.</summary>
    public static DataOwner Nobody { get; } = new((string?)null);

    /// <summary>The account's user id, or null when no one is signed in.</summary>
    public string? UserId => _userId();
}
