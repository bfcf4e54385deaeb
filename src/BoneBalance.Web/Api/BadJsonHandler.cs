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

        var json = bad.InnerException as JsonException;
        var field = json is { Path: { Length: > 1 } path } ? path.TrimStart('$', '.') : "body";
        // System.Text.Json says which rule the body broke (strict options, ApiRegistration): an unknown field, a field
        // given twice, or a value of the wrong type (a number sent as a string).
        var message = json?.Message ?? string.Empty;
        const string Documented = "a JSON value of the type the API documents (see /openapi/v1.json)";
        var error = bad.StatusCode != StatusCodes.Status400BadRequest ? null
            : message.Contains("could not be mapped to any .NET member", StringComparison.Ordinal)
                ? new FieldError(field, "(present)", "only the fields the API documents (see /openapi/v1.json)", "is not a known field")
            : message.Contains("Duplicate", StringComparison.OrdinalIgnoreCase)
                ? new FieldError(field, "(twice)", "each field once", FieldError.Repeated)
            : message.Contains("could not be converted", StringComparison.Ordinal)
                ? new FieldError(field, "(wrong type)", Documented + "; numbers as JSON numbers, not strings", "is not of the documented type")
            : new FieldError(field, "(unreadable)", Documented, FieldError.NotAValidValue);
        if (error is null)
        {
            httpContext.Response.StatusCode = bad.StatusCode;
            return true;
        }

        await InvalidInputFilter.Problem([error]).ExecuteAsync(httpContext).ConfigureAwait(false);
        return true;
    }
}
