namespace BoneBalance.Web.Hosting;

/// <summary>
/// Keeps health data out of the logs whatever appsettings says. The framework categories below log request URLs
/// (with query strings such as <c>?q=natto</c> or a FHIR search's <c>?patient=…</c>), request bodies or SQL parameter values at Information or Debug;
/// they are held at Warning here, which is more specific than any <c>Microsoft.AspNetCore</c> setting. BoneBalance's
/// own log messages name account and row ids, never foods, doses or profile values; EF Core's sensitive-data logging
/// is never enabled.
/// </summary>
internal static class PrivateLogging
{
    /// <summary>Categories that would log URLs, bodies or parameter values below Warning.</summary>
    public static readonly IReadOnlyList<string> QuietCategories =
    [
        "Microsoft.AspNetCore.Hosting.Diagnostics",
        "Microsoft.AspNetCore.HttpLogging",
        "Microsoft.AspNetCore.Routing",
        "Microsoft.AspNetCore.Mvc",
        "Microsoft.AspNetCore.Http.Result",
        "Microsoft.EntityFrameworkCore.Database.Command",
        // IHttpClientFactory's clients log each request URI at Information: the CDS Hooks fetcher's name the patient.
        "System.Net.Http.HttpClient",
    ];

    /// <summary>Adds the filters.</summary>
    public static void AddPrivateLogging(this WebApplicationBuilder builder)
    {
        foreach (var category in QuietCategories)
        {
            builder.Logging.AddFilter(category, LogLevel.Warning);
        }
    }
}
