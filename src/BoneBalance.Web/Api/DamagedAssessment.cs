using System.Globalization;
using BoneBalance.Core.Validation;

namespace BoneBalance.Web.Api;

/// <summary>
/// The answer about a saved assessment whose row was damaged after it was saved (its stored result cut short, not
/// JSON, or missing what the contract needs): a 409 problem that says so and names what is wrong — the request was
/// fine, the stored resource is not — for its JSON, its PDF and its FHIR bundle alike.
/// </summary>
internal static class DamagedAssessment
{
    /// <summary>The problem's title.</summary>
    public const string Title = "This saved assessment cannot be read";

    /// <summary>The problem for saved assessment <paramref name="id"/>; <paramref name="consequence"/> says what cannot be given.</summary>
    public static ProblemHttpResult Problem(long id, InvalidInputException damage, string consequence)
    {
        ArgumentNullException.ThrowIfNull(damage);
        return TypedResults.Problem(
            title: Title,
            detail: $"Saved assessment {id.ToString(CultureInfo.InvariantCulture)} is damaged, so {consequence}: {damage.Message}",
            statusCode: StatusCodes.Status409Conflict);
    }
}
