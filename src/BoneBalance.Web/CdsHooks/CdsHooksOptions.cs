namespace BoneBalance.Web.CdsHooks;

/// <summary>The <c>CdsHooks</c> configuration section (README, "CDS Hooks").</summary>
internal sealed class CdsHooksOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "CdsHooks";

    /// <summary>The service's public base URL (scheme, host, optional path), against which a token's <c>aud</c> is checked
    /// and card sources link; default the request's scheme and host.</summary>
    public string? PublicBaseUrl { get; set; }

    /// <summary>A SMART launch URL of the BoneBalance app: when set, each card links to it (type <c>smart</c>).</summary>
    public string? LaunchUrl { get; set; }

    /// <summary>Accept hook calls without a JWT — honoured only in the Development environment.</summary>
    public bool AllowUnsignedRequests { get; set; }

    /// <summary>Browser origins allowed to call the CDS endpoints (CORS), e.g. <c>https://sandbox.cds-hooks.org</c>.</summary>
    public IList<string> AllowedOrigins { get; } = [];

    /// <summary>The EHRs allowed to call: an issuer each, with its JWK Set as a URL or a file.</summary>
    public IList<CdsClientOptions> Clients { get; } = [];
}

/// <summary>One allowed CDS client (<c>CdsHooks:Clients:N</c>).</summary>
internal sealed class CdsClientOptions
{
    /// <summary>The <c>iss</c> its tokens carry, compared exactly.</summary>
    public string? Issuer { get; set; }

    /// <summary>Where its public JWK Set is published (fetched and cached, <see cref="CdsClientKeys.CacheFor"/>).</summary>
    public string? JwksUrl { get; set; }

    /// <summary>A file holding its public JWK Set (exchanged out of band).</summary>
    public string? JwksFile { get; set; }
}
