using System.Security.Cryptography;

namespace BoneBalance.Web.Security;

/// <summary>
/// Response headers that make the browser refuse what BoneBalance never does: run inline or foreign scripts, be
/// framed, sniff content types, or leak the page address to other sites; and keep no signed-in answer in a cache.
/// </summary>
internal static class SecurityHeaders
{
    /// <summary>The API reference UI's path (<c>/docs</c>): its page has one inline script, allowed by nonce.</summary>
    public const string DocsPath = "/docs";

    /// <summary>Key of the per-request nonce in <see cref="HttpContext.Items"/>.</summary>
    public const string NonceKey = "csp-nonce";

    /// <summary>The policy of every page: same-origin scripts, styles and images only; no framing; forms post here.</summary>
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; " +
        "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    /// <summary>Adds the headers to every response.</summary>
    public static void UseSecurityHeaders(this WebApplication app) => app.Use(async (context, next) =>
    {
        // Hex digits are valid CSP nonce characters and need no escaping in HTML (base64's + would be written &#x2B;).
        var nonce = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        context.Items[NonceKey] = nonce;
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            // The Scalar UI styles itself with inline style attributes; its script runs only by nonce.
            headers.ContentSecurityPolicy = context.Request.Path.StartsWithSegments(DocsPath)
                ? $"default-src 'self'; script-src 'self' 'nonce-{nonce}'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; " +
                  "font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; frame-ancestors 'none'"
                : ContentSecurityPolicy;
            headers.XContentTypeOptions = "nosniff";
            headers["Referrer-Policy"] = "no-referrer";
            headers.XFrameOptions = "DENY";
            headers["Cross-Origin-Opener-Policy"] = "same-origin";
            headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=()";
            // Health data is never kept by a browser or proxy cache: every answer to a signed-in request (cookie or API
            // token: pages, API, export, PDFs) is no-store. Static files are served before authentication and stay cacheable.
            if (context.User.Identity?.IsAuthenticated == true)
            {
                headers.CacheControl = "no-store";
            }

            return Task.CompletedTask;
        });
        await next(context).ConfigureAwait(false);
    });
}
