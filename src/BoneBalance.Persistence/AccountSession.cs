namespace BoneBalance.Data.Persistence;

/// <summary>
/// One signed-in browser session, kept on the server. Each sign-in creates a row and writes its key into the session
/// cookie (as a claim); every request with the cookie must find its row. Signing out deletes the row, so that cookie — and
/// any copy of it — stops working at once while the account's other devices stay signed in; "sign out everywhere", a
/// password change and deleting the account delete every row of the account. A key is never reused: a new sign-in gets a
/// new row. It is not an <see cref="OwnedRow"/>: it is read while the cookie is being checked, by its unguessable key.
/// </summary>
public sealed class AccountSession
{
    /// <summary>Longest <see cref="Device"/> kept.</summary>
    public const int MaximumDeviceLength = 100;

    /// <summary>The key: 32 random bytes, base64url (43 characters).</summary>
    public string Id { get; set; } = string.Empty;

    /// <summary>The account's user id.</summary>
    public string UserId { get; set; } = string.Empty;

    /// <summary>When the session began (UTC).</summary>
    public DateTime CreatedUtc { get; set; }

    /// <summary>When it ends unless used (UTC; extended as the cookie slides); a row past it is never accepted.</summary>
    public DateTime ExpiresUtc { get; set; }

    /// <summary>A few words about the browser ("Firefox on Windows"), for the person's list of sessions.</summary>
    public string Device { get; set; } = string.Empty;
}
