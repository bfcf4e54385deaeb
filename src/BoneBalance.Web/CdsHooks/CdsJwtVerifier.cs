using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace BoneBalance.Web.CdsHooks;

/// <summary>
/// Checks the JWT a CDS client sends with every call (CDS Hooks 2.0, "Trusting CDS Clients"): a token of type
/// <c>JWT</c>, signed with ES384 or RS384 (never <c>none</c> or an HMAC) by a key of the client its <c>iss</c> names in
/// the allow-list, <c>aud</c> the exact URL called, <c>exp</c> not passed, <c>iat</c> present and not in the future, and a
/// <c>jti</c> not seen before. Each refusal is one short reason, sent back in <c>WWW-Authenticate</c>.
/// </summary>
internal sealed class CdsJwtVerifier(IOptions<CdsHooksOptions> options, CdsClientKeys keys, JtiReplayGuard replay, TimeProvider time)
{
    /// <summary>The signing algorithms accepted: those the specification recommends, both asymmetric.</summary>
    public static readonly IReadOnlyList<string> Algorithms = [SecurityAlgorithms.EcdsaSha384, SecurityAlgorithms.RsaSha384];

    /// <summary>The clock difference tolerated between client and service for <c>exp</c> and <c>iat</c>.</summary>
    public static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(1);

    private static readonly JsonWebTokenHandler Handler = new() { MapInboundClaims = false };

    /// <summary>Null when <paramref name="authorization"/> carries a valid token for <paramref name="audience"/>, else why not.</summary>
    /// <param name="authorization">The <c>Authorization</c> header.</param>
    /// <param name="audience">The exact URL called (<see cref="CdsAudience"/>).</param>
    /// <param name="cancellation">Cancels a key-set fetch.</param>
    public async Task<string?> RefuseAsync(string? authorization, string audience, CancellationToken cancellation)
    {
        const string Scheme = "Bearer ";
        if (authorization is null || !authorization.StartsWith(Scheme, StringComparison.OrdinalIgnoreCase))
        {
            return "no bearer token: every call needs Authorization: Bearer <JWT> signed by an allowed client";
        }

        var token = authorization[Scheme.Length..].Trim();
        if (!Handler.CanReadToken(token))
        {
            return "the bearer token is not a JWT";
        }

        JsonWebToken jwt;
        try
        {
            jwt = Handler.ReadJsonWebToken(token);
        }
        catch (ArgumentException)
        {
            return "the bearer token is not a JWT";
        }

        if (!Algorithms.Contains(jwt.Alg, StringComparer.Ordinal))
        {
            return $"alg '{Trim(jwt.Alg)}' is not accepted; valid: {string.Join(", ", Algorithms)}";
        }

        var client = options.Value.Clients.FirstOrDefault(c => c.Issuer is { Length: > 0 } && string.Equals(c.Issuer, jwt.Issuer, StringComparison.Ordinal));
        if (client is null)
        {
            return $"iss '{Trim(jwt.Issuer)}' is not an allowed client";
        }

        var signingKeys = await keys.ForAsync(client, jwt.Kid is { Length: > 0 } kid ? kid : null, cancellation).ConfigureAwait(false);
        if (signingKeys.Count == 0)
        {
            return $"no key of client '{Trim(jwt.Issuer)}' matches kid '{Trim(jwt.Kid)}'";
        }

        var result = await Handler.ValidateTokenAsync(token, new TokenValidationParameters
        {
            ValidIssuer = client.Issuer,
            ValidAudience = audience,
            IssuerSigningKeys = signingKeys,
            ValidAlgorithms = Algorithms,
            ValidTypes = ["JWT"],
            RequireSignedTokens = true,
            RequireExpirationTime = true,
            ValidateLifetime = true,
            ClockSkew = ClockSkew,
            TryAllIssuerSigningKeys = true,
            // The signature first, then exp, aud and iss: a refusal for expiry is about a token the client really signed.
            ValidateSignatureLast = false,
        }).ConfigureAwait(false);
        if (!result.IsValid)
        {
            return Reason(result.Exception, audience);
        }

        var now = time.GetUtcNow();
        if (!jwt.TryGetPayloadValue<long>("iat", out var iat))
        {
            return "iat is missing";
        }

        if (DateTimeOffset.FromUnixTimeSeconds(iat) > now + ClockSkew)
        {
            return "iat is in the future";
        }

        if (!jwt.TryGetPayloadValue<string>("jti", out var jti) || string.IsNullOrEmpty(jti))
        {
            return "jti is missing";
        }

        return await replay.TryUseAsync(client.Issuer!, jti, new DateTimeOffset(jwt.ValidTo, TimeSpan.Zero) + ClockSkew, cancellation).ConfigureAwait(false)
            ? null
            : "jti has been used before (a replayed token)";
    }

    /// <summary>The exact URL a token must name in <c>aud</c>: the public base URL (or the request's scheme and host) and
    /// the path called.</summary>
    public string CdsAudience(HttpRequest request)
    {
        var configured = options.Value.PublicBaseUrl;
        var baseUrl = configured is { Length: > 0 } ? configured.TrimEnd('/') : $"{request.Scheme}://{request.Host}{request.PathBase}";
        return baseUrl + request.Path.Value?.TrimEnd('/');
    }

    private static string Reason(Exception? e, string audience) => e switch
    {
        SecurityTokenExpiredException => "the token has expired (exp)",
        SecurityTokenNotYetValidException => "the token is not valid yet (nbf)",
        SecurityTokenNoExpirationException => "exp is missing",
        SecurityTokenInvalidAudienceException => $"aud is not this endpoint's URL; valid: {audience}",
        SecurityTokenInvalidIssuerException => "iss is not an allowed client",
        SecurityTokenInvalidTypeException => "typ is not JWT",
        SecurityTokenInvalidAlgorithmException => $"the algorithm is not accepted; valid: {string.Join(", ", Algorithms)}",
        SecurityTokenSignatureKeyNotFoundException or SecurityTokenInvalidSignatureException => "the signature does not verify with the client's keys",
        SecurityTokenMalformedException => "the bearer token is not a well-formed JWT",
        _ => "the token is not valid",
    };

    // A value from an unverified token goes back in a header: short and printable only.
    private static string Trim(string? value)
    {
        var text = new string((value ?? string.Empty).Where(c => c is >= ' ' and <= '~' && c != '"').Take(80).ToArray());
        return text;
    }
}
