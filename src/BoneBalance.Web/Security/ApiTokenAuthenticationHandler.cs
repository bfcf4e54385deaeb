using System.Security.Claims;
using System.Text.Encodings.Web;
using BoneBalance.Data.Persistence;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace BoneBalance.Web.Security;

/// <summary>
/// Authenticates <c>Authorization: Bearer bb_…</c> requests against the hashed tokens in the database. A request
/// without a bearer header, or to the CDS Hooks endpoints (whose bearer is the EHR's JWT), is not this handler's business (no
/// result); a wrong token fails.
/// </summary>
internal sealed class ApiTokenAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    BoneBalanceDbContext db,
    TimeProvider clock)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    /// <summary>The scheme's name.</summary>
    public const string SchemeName = "ApiToken";

    /// <summary>True when the request carries a bearer token.</summary>
    public static bool HasBearer(HttpRequest request) =>
        request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase);

    /// <inheritdoc/>
    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        // The CDS Hooks endpoints' bearer token is the EHR's signed JWT, checked by their own filter: not this handler's
        // business (a failure here only logged a misleading "ApiToken was not authenticated" line on every hook call).
        if (!HasBearer(Request) || Request.Path.StartsWithSegments("/cds-services", StringComparison.OrdinalIgnoreCase))
        {
            return AuthenticateResult.NoResult();
        }

        var token = Request.Headers.Authorization.ToString()["Bearer ".Length..].Trim();
        if (!token.StartsWith(ApiTokenSecret.Prefix, StringComparison.Ordinal) || token.Length > 100)
        {
            return AuthenticateResult.Fail("Not a BoneBalance API token.");
        }

        var found = await db.FindApiTokenAsync(ApiTokenSecret.Hash(token), clock.GetUtcNow().UtcDateTime, Context.RequestAborted).ConfigureAwait(false);
        if (found is null)
        {
            return AuthenticateResult.Fail("Unknown or revoked API token.");
        }

        var identity = new ClaimsIdentity(
            [new Claim(ClaimTypes.NameIdentifier, found.OwnerId), new Claim("token_id", found.Id.ToString(System.Globalization.CultureInfo.InvariantCulture))],
            SchemeName);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName));
    }

    /// <inheritdoc/>
    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        Response.Headers.WWWAuthenticate = "Bearer";
        return Task.CompletedTask;
    }
}
