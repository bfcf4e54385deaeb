using BoneBalance.Fhir.CdsHooks;

namespace BoneBalance.Web.CdsHooks;

/// <summary>What every card of one answer shares: where its source links and the launch link, when configured.</summary>
/// <param name="BaseUrl">The app's public base URL, without a trailing slash.</param>
/// <param name="LaunchUrl">The SMART launch URL of the app (<c>CdsHooks:LaunchUrl</c>), or null.</param>
internal sealed record CardContext(string BaseUrl, string? LaunchUrl)
{
    /// <summary>The source, linking to a knowledge-base entry (<c>/Knowledge#faq-N</c>) or the whole page.</summary>
    public CdsSource Source(int? faq = null) => new("BoneBalance", faq is { } n ? $"{BaseUrl}/Knowledge#faq-{n}" : $"{BaseUrl}/Knowledge");

    /// <summary>The link to the person's full report, as a SMART launch, only when a launch URL is configured.</summary>
    public IReadOnlyList<CdsLink>? Links => LaunchUrl is { Length: > 0 } url ? [new CdsLink("BoneBalance full report", url, CdsLinkType.Smart)] : null;
}
