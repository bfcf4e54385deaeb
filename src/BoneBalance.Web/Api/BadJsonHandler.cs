using System.Text.Json;
using BoneBalance.Core.Validation;
using Microsoft.AspNetCore.Diagnostics;

namespace BoneBalance.Web.Api;

/// <summary>
/// A JSON body that cannot be read (malformed, or a value of the wrong type such as <c>"grams": "abc"</c>) becomes the
/// same validation problem as refused input, naming the field from the JSON path (<c>$.grams</c> → <c>grams</c>).
/// Minimal APIs throw <see cref="BadHttpRequestException"/> for it (<c>ThrowOnBadRequest</c>); handled here, it is
/// not logged.
/// </summary>
internal sealed class BadJsonHandler : IExceptionHandler
{
    /// <inheritdoc/>
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not BadHttpRequestException bad || !httpContext.Request.Path.StartsWithSegments("/api"))
        {
            return false;
        }

        var field = bad.InnerException is JsonException { Path: { Length: > 1 } path } ? path.TrimStart('$', '.') : "body";
        var error = bad.StatusCode == StatusCodes.Status400BadRequest
            ? new FieldError(field, "(unreadable)", "a JSON value of the type the API documents (see /openapi/v1.json)", FieldError.NotAValidValue)
            : null;
        if (error is null)
        {
            httpContext.Response.StatusCode = bad.StatusCode;
            return true;
        }

        await InvalidInputFilter.Problem([error]).ExecuteAsync(httpContext).ConfigureAwait(false);
        return true;
    }
}
