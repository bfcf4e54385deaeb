using BoneBalance.Core.Validation;

namespace BoneBalance.Web.Api;

/// <summary>
/// Turns Core's <see cref="InvalidInputException"/> into an RFC 9457 validation problem (400): <c>errors</c> keyed by
/// field name, as ASP.NET Core's <c>ValidationProblemDetails</c> has it, and <c>fieldErrors</c> listing
/// <c>{field, value, validRange, problem}</c> for each, so a program can act on each field without parsing sentences.
/// Caught here rather than in the exception handler so refused input (which may be health data) is never logged.
/// </summary>
internal sealed class InvalidInputFilter : IEndpointFilter
{
    /// <inheritdoc/>
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        try
        {
            return await next(context).ConfigureAwait(false);
        }
        catch (InvalidInputException e)
        {
            return Problem(e.Errors);
        }
    }

    /// <summary>The validation problem for <paramref name="errors"/>.</summary>
    public static IResult Problem(IReadOnlyList<FieldError> errors) => TypedResults.ValidationProblem(
        errors.GroupBy(e => e.Field, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray(), StringComparer.Ordinal),
        title: "The request has invalid fields.",
        extensions: new Dictionary<string, object?>
        {
            ["fieldErrors"] = errors.Select(e => new { field = e.Field, value = e.Value, validRange = e.ValidRange, problem = e.Problem }).ToArray(),
        });
}
