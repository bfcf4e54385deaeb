using System.Security.Cryptography;
using System.Text;
using BoneBalance.Web.Security;
using Microsoft.AspNetCore.WebUtilities;

namespace BoneBalance.Web.CdsHooks;

/// <summary>
/// The <c>jti</c> values already accepted, each kept until its token's <c>exp</c> (plus the clock skew), so a token is
/// accepted once. Kept in the accounts database (<see cref="SharedCounters"/>, one counter per issuer and <c>jti</c>), so a
/// token replayed to another instance of the app behind the same load balancer is refused as well: the first use
/// counts 1 and is accepted, every later one counts more and is refused, whichever instance it reaches.
/// </summary>
internal sealed class JtiReplayGuard(SharedCounters counters)
{
    /// <summary>True the first time an issuer's <paramref name="jti"/> is offered; false while it is remembered (until
    /// <paramref name="keepUntil"/>, after which the original token could no longer be accepted anyway).</summary>
    public async Task<bool> TryUseAsync(string issuer, string jti, DateTimeOffset keepUntil, CancellationToken cancellationToken) =>
        await counters.IncrementUntilAsync(Key(issuer, jti), keepUntil, cancellationToken).ConfigureAwait(false) == 1;

    // Issuers are URLs and jti any string: hashed to a key of fixed length (SHA-256, base64url).
    private static string Key(string issuer, string jti) =>
        "cds-jti:" + WebEncoders.Base64UrlEncode(SHA256.HashData(Encoding.UTF8.GetBytes(issuer + "\n" + jti)));
}
