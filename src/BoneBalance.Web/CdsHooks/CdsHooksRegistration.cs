using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace BoneBalance.Web.CdsHooks;

/// <summary>
/// Registers the CDS Hooks service: its options (<c>CdsHooks</c> section), the JWT check and its key and replay caches,
/// the FHIR fetcher, the CORS policy for the configured browser origins, and the larger body limit of the hook calls.
/// </summary>
internal static class CdsHooksRegistration
{
    /// <summary>Where the CDS Hooks endpoints live.</summary>
    public const string PathPrefix = "/cds-services";

    /// <summary>The CORS policy of the CDS endpoints.</summary>
    public const string CorsPolicy = "CdsHooks";

    /// <summary>
    /// The largest hook request body, bytes: 16 MiB, as for a FHIR Bundle posted to the API
    /// (<see cref="Hosting.RequestLimits.MaxFhirBodyBytes"/>). A hook call carries the patient's prefetched record, and a
    /// long record's observations run to megabytes (the 20 Synthea bundles of the tests are 0.1–0.8 MB each, minified);
    /// the rest of the app keeps <see cref="Hosting.RequestLimits.MaxBodyBytes"/>.
    /// </summary>
    public const long MaxBodyBytes = Hosting.RequestLimits.MaxFhirBodyBytes;

    /// <summary>Adds the services.</summary>
    public static void AddCdsHooks(this WebApplicationBuilder builder)
    {
        var section = builder.Configuration.GetSection(CdsHooksOptions.Section);
        builder.Services.AddOptions<CdsHooksOptions>().Bind(section);
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<JtiReplayGuard>();
        builder.Services.AddSingleton<CdsClientKeys>();
        builder.Services.AddSingleton<CdsJwtVerifier>();
        builder.Services.AddSingleton<CdsFhirFetcher>();
        builder.Services.AddSingleton<CdsPatientRecord>();
        builder.Services.AddSingleton<CdsAssessment>();
        builder.Services.AddHttpClient(CdsClientKeys.HttpClientName, client => client.Timeout = TimeSpan.FromSeconds(10));
        builder.Services.AddHttpClient(CdsFhirFetcher.HttpClientName, client =>
        {
            client.Timeout = TimeSpan.FromSeconds(30);
            client.MaxResponseContentBufferSize = CdsFhirFetcher.MaxResponseBytes;
        });

        var origins = section.GetSection("AllowedOrigins").Get<string[]>() ?? [];
        builder.Services.AddCors(cors => cors.AddPolicy(CorsPolicy, policy => policy
            .WithOrigins([.. origins.Select(o => o.TrimEnd('/'))])
            .WithMethods("GET", "POST")
            .WithHeaders("Authorization", "Content-Type")));
    }

    /// <summary>True for a request to the CDS Hooks endpoints, whose body limit is <see cref="MaxBodyBytes"/>.</summary>
    public static bool IsCdsHooks(HttpRequest request) => request.Path.StartsWithSegments(PathPrefix);

    /// <summary>Raises the server's body limit for this request to <see cref="MaxBodyBytes"/> (before it is read).</summary>
    public static void AllowLargeBody(HttpContext context)
    {
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } feature)
        {
            feature.MaxRequestBodySize = MaxBodyBytes;
        }
    }

    /// <summary>The 413 problem of a hook body over <see cref="MaxBodyBytes"/>.</summary>
    public static IResult TooLarge() => TypedResults.Problem(
        $"The request body is larger than {MaxBodyBytes:N0} bytes (16 MiB), the limit of a CDS Hooks call.",
        statusCode: StatusCodes.Status413PayloadTooLarge, title: "The request body is too large.");
}
