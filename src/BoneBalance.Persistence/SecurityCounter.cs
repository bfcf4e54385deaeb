namespace BoneBalance.Data.Persistence;

/// <summary>
/// A count that every app instance on the database shares, for security limits that must not multiply with the number
/// of instances: sign-in attempts per client address and window, a known browser's failed sign-ins, the uses of a CDS
/// Hooks token's <c>jti</c>. Kept until <see cref="ExpiresAt"/>; a row past it counts as absent and is reset by the next
/// increment (<see cref="BoneBalanceDbContext.IncrementCounterAsync"/>) or deleted by the sweep
/// (<see cref="BoneBalanceDbContext.DeleteExpiredCountersAsync"/>).
/// </summary>
public sealed class SecurityCounter
{
    /// <summary>Longest <see cref="Key"/>.</summary>
    public const int MaximumKeyLength = 100;

    /// <summary>What is counted, with a prefix naming the kind (<c>sign-in:</c>, <c>device:</c>, <c>cds-jti:</c>).</summary>
    public string Key { get; set; } = string.Empty;

    /// <summary>How many times it happened within the current window.</summary>
    public int Count { get; set; }

    /// <summary>When the window ends, in Unix milliseconds (an integer, so one SQL statement compares it the same way
    /// on SQLite and PostgreSQL).</summary>
    public long ExpiresAt { get; set; }
}
