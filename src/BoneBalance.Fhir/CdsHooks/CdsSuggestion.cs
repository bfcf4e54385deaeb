using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace BoneBalance.Fhir.CdsHooks;

/// <summary>A suggestion on a card: a label and the actions the client takes when the user accepts it.</summary>
/// <param name="Label">What the user accepts.</param>
/// <param name="Uuid">The suggestion's id, for feedback.</param>
/// <param name="IsRecommended">Whether the service recommends it above the card's other suggestions.</param>
/// <param name="Actions">What the client does.</param>
public sealed record CdsSuggestion(string Label, string? Uuid = null, bool? IsRecommended = null, IReadOnlyList<CdsAction>? Actions = null);

/// <summary>
/// One action (<c>Suggestion.actions</c>, <c>systemActions</c>). The constructor enforces the specification's rule:
/// <c>create</c> and <c>update</c> carry a <paramref name="Resource"/>, <c>delete</c> a <paramref name="ResourceId"/>.
/// </summary>
/// <param name="Type"><c>create</c>, <c>update</c> or <c>delete</c>.</param>
/// <param name="Description">What the action does, for people.</param>
/// <param name="Resource">The FHIR resource to create or update, as JSON.</param>
/// <param name="ResourceId">For <c>delete</c>: the relative reference of the resource to remove, e.g. <c>MedicationRequest/abc</c>.</param>
public sealed record CdsAction(CdsActionType Type, string Description, JsonObject? Resource = null, string? ResourceId = null)
{
    /// <summary>The action's type, checked against what it carries.</summary>
    [JsonPropertyOrder(-1)]
    public CdsActionType Type { get; } = Type == CdsActionType.Delete
        ? ResourceId is { Length: > 0 } ? Type : throw new ArgumentException("A delete action needs a resourceId (e.g. MedicationRequest/abc).", nameof(ResourceId))
        : Resource is not null ? Type : throw new ArgumentException($"A {Type.ToString().ToLowerInvariant()} action needs a resource.", nameof(Resource));
}

/// <summary>The type of a <see cref="CdsAction"/>.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<CdsActionType>))]
public enum CdsActionType
{
    /// <summary><c>create</c>.</summary>
    [JsonStringEnumMemberName("create")]
    Create,

    /// <summary><c>update</c>.</summary>
    [JsonStringEnumMemberName("update")]
    Update,

    /// <summary><c>delete</c>.</summary>
    [JsonStringEnumMemberName("delete")]
    Delete,
}
