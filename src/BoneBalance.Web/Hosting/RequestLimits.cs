using Microsoft.AspNetCore.Http.Features;

namespace BoneBalance.Web.Hosting;

/// <summary>
/// Caps what one request may carry. Everything BoneBalance accepts is small (a profile document, a diary row, a
/// form), so anything near these limits is a mistake or an attack, refused before it is read into memory. The
/// exceptions carry a patient's FHIR record: a Bundle posted to <c>/api/assessments</c> (<see cref="MaxFhirBodyBytes"/>)
/// and a CDS Hooks call (<see cref="CdsHooks.CdsHooksRegistration.MaxBodyBytes"/>, the same size).
/// </summary>
internal static class RequestLimits
{
    /// <summary>Largest request body, in bytes (256 KiB: a profile with years of scans is a few KiB).</summary>
    public const long MaxBodyBytes = 256 * 1024;

    /// <summary>
    /// Largest FHIR Bundle posted to <c>POST /api/assessments</c> (<c>application/fhir+json</c> only), in bytes: 16 MiB.
    /// A patient's record is far larger than a profile — the Synthea bundles of the tests run to 820 kB for a
    /// 70-year-old with 27 years of visits, and real <c>$everything</c> exports with years of observations to megabytes.
    /// </summary>
    public const long MaxFhirBodyBytes = 16 * 1024 * 1024;

    /// <summary>
    /// Most form fields in one post: it follows from the profile's list caps (100 items, <c>JsonObjectReader.MaximumListLength</c>).
    /// The largest wizard step is medications with conditions: 100 × 6 medication fields + 100 × 3 condition fields,
    /// two blank rows of each, the antiforgery token and the buttons ≈ 920 fields; 1,024 (ASP.NET Core's default).
    /// A step with 34 DXA rows (238 fields) used to be refused at 200.
    /// </summary>
    public const int MaxFormFields = 1_024;

    /// <summary>
    /// Refuses a declared body over the limit with 413 before reading it, on any server (Kestrel enforces
    /// <see cref="MaxBodyBytes"/> itself, also for bodies sent without a length; in-memory test servers do not). A CDS
    /// Hooks call gets its own, larger limit (Kestrel's raised for that request) and a problem document with its 413.
    /// </summary>
    public static void UseRequestLimits(this WebApplication app) => app.Use(async (context, next) =>
    {
        if (CdsHooks.CdsHooksRegistration.IsCdsHooks(context.Request))
        {
            if (context.Request.ContentLength > CdsHooks.CdsHooksRegistration.MaxBodyBytes)
            {
                await CdsHooks.CdsHooksRegistration.TooLarge().ExecuteAsync(context).ConfigureAwait(false);
                return;
            }

            CdsHooks.CdsHooksRegistration.AllowLargeBody(context);
            await next(context).ConfigureAwait(false);
            return;
        }

        var limit = MaxBodyBytes;
        if (HttpMethods.IsPost(context.Request.Method) && context.Request.Path.Equals("/api/assessments", StringComparison.OrdinalIgnoreCase)
            && Api.FhirAssessmentPost.IsFhirJson(context.Request))
        {
            limit = MaxFhirBodyBytes;
            if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
            {
                size.MaxRequestBodySize = limit;
            }
        }

        if (context.Request.ContentLength > limit)
        {
            context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
            return;
        }

        await next(context).ConfigureAwait(false);
    });

    /// <summary>Applies the limits to Kestrel and to form reading.</summary>
    public static void AddRequestLimits(this WebApplicationBuilder builder)
    {
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.Limits.MaxRequestBodySize = MaxBodyBytes;
            kestrel.AddServerHeader = false;
        });
        builder.Services.Configure<FormOptions>(forms =>
        {
            forms.ValueCountLimit = MaxFormFields;
            forms.MultipartBodyLengthLimit = MaxBodyBytes;
            forms.ValueLengthLimit = (int)MaxBodyBytes;
        });
    }
}
