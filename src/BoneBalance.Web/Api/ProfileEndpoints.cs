using BoneBalance.Core.Validation;
using BoneBalance.Web.Profile;

namespace BoneBalance.Web.Api;

/// <summary>
/// <c>GET /api/profile</c> and <c>PUT /api/profile</c>: the person's profile document (the profile contract), checked by the same
/// contract reader as <c>bonebalance assess</c> (strict: unknown, repeated or mistyped fields are refused by JSON path).
/// </summary>
internal static class ProfileEndpoints
{
    /// <summary>Maps the endpoints.</summary>
    public static void MapProfileEndpoints(this RouteGroupBuilder api)
    {
        var profile = api.MapGroup("/profile").WithTags("Profile");
        profile.MapGet("/", async Task<Results<ContentHttpResult, NotFound>> (ProfileStore store, CancellationToken cancellationToken) =>
                await store.GetAsync(cancellationToken).ConfigureAwait(false) is { } row
                    ? TypedResults.Text(row.Json, "application/json")
                    : TypedResults.NotFound())
            .WithSummary("The saved profile document (404 until one is saved)");
        profile.MapPut("/", async Task<Results<ContentHttpResult, StatusCodeHttpResult>> (HttpRequest request, ProfileStore store, CancellationToken cancellationToken) =>
            {
                if (!request.HasJsonContentType())
                {
                    return TypedResults.StatusCode(StatusCodes.Status415UnsupportedMediaType);
                }

                using var body = new MemoryStream();
                await request.Body.CopyToAsync(body, cancellationToken).ConfigureAwait(false);
                if (body.Length == 0)
                {
                    throw new InvalidInputException("profile", string.Empty, "a JSON object with person (required)");
                }

                return TypedResults.Text((await store.SaveAsync(body.GetBuffer().AsMemory(0, (int)body.Length), cancellationToken).ConfigureAwait(false)).Json, "application/json");
            })
            .Accepts<System.Text.Json.JsonElement>("application/json")
            .WithSummary("Replace the profile document (the profile contract; see README 'bonebalance assess'); every refused field is named by its JSON path");
    }
}
