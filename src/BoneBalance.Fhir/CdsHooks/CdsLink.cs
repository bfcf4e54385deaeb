using System.Text.Json.Serialization;

namespace BoneBalance.Fhir.CdsHooks;

/// <summary>A link on a card (<c>Card.links</c>): a web page (<c>absolute</c>) or a SMART app to launch (<c>smart</c>).</summary>
/// <param name="Label">The link's text.</param>
/// <param name="Url">The absolute URL; for a SMART app its launch URL.</param>
/// <param name="Type"><c>absolute</c> or <c>smart</c>.</param>
/// <param name="AppContext">Context passed to a SMART app at launch (a string; only for <c>smart</c>).</param>
public sealed record CdsLink(string Label, string Url, CdsLinkType Type, string? AppContext = null)
{
    /// <summary>Whether the client may launch it without a click (CDS Hooks 2.0, optional).</summary>
    public bool? Autolaunchable { get; init; }
}

/// <summary>The kind of a <see cref="CdsLink"/>.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<CdsLinkType>))]
public enum CdsLinkType
{
    /// <summary><c>absolute</c>: a page to open.</summary>
    [JsonStringEnumMemberName("absolute")]
    Absolute,

    /// <summary><c>smart</c>: a SMART app to launch.</summary>
    [JsonStringEnumMemberName("smart")]
    Smart,
}
