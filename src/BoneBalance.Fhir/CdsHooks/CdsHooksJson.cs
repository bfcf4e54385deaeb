using System.Text.Json;
using System.Text.Json.Serialization;

namespace BoneBalance.Fhir.CdsHooks;

/// <summary>
/// The JSON settings of the CDS Hooks documents (discovery, cards): camelCase member names as the specification spells
/// them, text written as characters, absent members left out rather than written as <c>null</c>, and on reading, members the specification does not
/// define refused, so a test against the specification's examples notices a shape that drifted.
/// </summary>
public static class CdsHooksJson
{
    /// <summary>Options for writing and reading the CDS Hooks documents of this namespace.</summary>
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        // Cards are read by programs, never pasted into HTML by this service: µg, — and apostrophes stay characters
        // rather than \u escapes (an EHR that renders the Markdown escapes it itself).
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        AllowDuplicateProperties = false,
        NumberHandling = JsonNumberHandling.Strict,
        // A member the specification requires (a card's indicator, a source's label) is a constructor parameter without a
        // default: missing, or null where the type says it cannot be, the document is refused rather than defaulted.
        RespectRequiredConstructorParameters = true,
        RespectNullableAnnotations = true,
    };
}
