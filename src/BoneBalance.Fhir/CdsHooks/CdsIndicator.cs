using System.Text.Json.Serialization;

namespace BoneBalance.Fhir.CdsHooks;

/// <summary>How urgent a card is, in increasing order (CDS Hooks 2.0 <c>Card.indicator</c>).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<CdsIndicator>))]
public enum CdsIndicator
{
    /// <summary><c>info</c>.</summary>
    [JsonStringEnumMemberName("info")]
    Info,

    /// <summary><c>warning</c>.</summary>
    [JsonStringEnumMemberName("warning")]
    Warning,

    /// <summary><c>critical</c>.</summary>
    [JsonStringEnumMemberName("critical")]
    Critical,
}
