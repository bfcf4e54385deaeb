using System.Text.Json.Nodes;
using BoneBalance.Web.Profile;

namespace BoneBalance.Web.Api;

/// <summary><c>GET /api/profile</c> and <c>PUT /api/profile</c>: the person's profile document (issue 4 §6).</summary>
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
        profile.MapPut("/", async Task<ContentHttpResult> (JsonNode? document, ProfileStore store, CancellationToken cancellationToken) =>
                TypedResults.Text((await store.SaveAsync(document, cancellationToken).ConfigureAwait(false)).Json, "application/json"))
            .WithSummary("Replace the profile document; unknown sections and a bad person.sex or person.age are refused, naming the field");
    }
}
