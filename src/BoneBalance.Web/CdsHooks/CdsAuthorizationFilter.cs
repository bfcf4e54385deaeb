using Microsoft.Extensions.Options;

namespace BoneBalance.Web.CdsHooks;

/// <summary>
/// Refuses every CDS Hooks call (discovery too) without a valid client JWT, before the body is read: 401, a
/// <c>WWW-Authenticate: Bearer error="invalid_token"</c> header and a problem document, each with the one-line reason.
/// <c>CdsHooks:AllowUnsignedRequests</c> lets calls without an <c>Authorization</c> header through in the Development
/// environment only; a token that is sent is checked all the same.
/// </summary>
internal sealed class CdsAuthorizationFilter(CdsJwtVerifier verifier, IOptions<CdsHooksOptions> options, IWebHostEnvironment environment) : IEndpointFilter
{
    /// <inheritdoc/>
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        string? authorization = http.Request.Headers.Authorization;
        if (authorization is null && options.Value.AllowUnsignedRequests && environment.IsDevelopment())
        {
            return await next(context).ConfigureAwait(false);
        }

        var refusal = await verifier.RefuseAsync(authorization, verifier.CdsAudience(http.Request), http.RequestAborted).ConfigureAwait(false);
        if (refusal is null)
        {
            return await next(context).ConfigureAwait(false);
        }

        http.Response.Headers.WWWAuthenticate = authorization is null
            ? "Bearer"
            : $"Bearer error=\"invalid_token\", error_description=\"{refusal.Replace('"', '\'')}\"";
        return TypedResults.Problem(refusal, statusCode: StatusCodes.Status401Unauthorized, title: "The CDS client is not authenticated.");
    }
}
