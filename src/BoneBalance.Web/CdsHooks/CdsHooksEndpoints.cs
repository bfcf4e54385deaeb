using System.Text.Json;
using BoneBalance.Core.Validation;
using BoneBalance.Fhir.CdsHooks;
using BoneBalance.Web.Api;
using Hl7.Fhir.Model;
using Microsoft.Extensions.Options;

namespace BoneBalance.Web.CdsHooks;

/// <summary>
/// The CDS Hooks 2.0 endpoints: discovery and the two services. A hook call is read straight from the request stream
/// into one parsed document (never copied into a buffer first), checked field by field (400 naming the field), completed
/// from the client's FHIR server where prefetch is missing (412 when it cannot be), assessed, and answered with cards.
/// </summary>
internal static partial class CdsHooksEndpoints
{
    /// <summary>Maps <c>/cds-services</c>, <c>/cds-services/bonebalance-patient-view</c> and
    /// <c>/cds-services/bonebalance-order-sign</c>, behind the client JWT and the CDS Hooks CORS policy.</summary>
    public static void MapCdsHooks(this WebApplication app)
    {
        var options = app.Services.GetRequiredService<IOptions<CdsHooksOptions>>().Value;
        if (options.AllowUnsignedRequests && !app.Environment.IsDevelopment())
        {
            UnsignedIgnored(app.Logger);
        }

        var group = app.MapGroup(CdsHooksRegistration.PathPrefix)
            .RequireCors(CdsHooksRegistration.CorsPolicy)
            .AddEndpointFilter<CdsAuthorizationFilter>()
            .ExcludeFromDescription();
        group.MapGet(string.Empty, () => TypedResults.Json(CdsServices.Discovery, CdsHooksJson.Options));
        group.MapPost($"/{CdsServices.PatientViewId}", PatientViewAsync);
        group.MapPost($"/{CdsServices.OrderSignId}", OrderSignAsync);
    }

    private static Task<IResult> PatientViewAsync(HttpContext http, CdsPatientRecord record, CdsAssessment assessment, IOptions<CdsHooksOptions> options) =>
        AnswerAsync(http, "patient-view", async (request, cancellation) =>
        {
            var resources = await record.ResourcesAsync(request, cancellation).ConfigureAwait(false);
            CheckPatient(resources, request.PatientId);
            var (reading, assessed) = assessment.Assess(resources, assessment.Today);
            return assessed is null ? [] : PatientViewCards.For(assessed, Cards(http, options.Value), reading.Ignored);
        });

    private static Task<IResult> OrderSignAsync(HttpContext http, CdsPatientRecord record, CdsAssessment assessment, IOptions<CdsHooksOptions> options) =>
        AnswerAsync(http, "order-sign", async (request, cancellation) =>
        {
            var draftOrders = (Bundle)CdsResources.Read(request.DraftOrders()!.Value, "context.draftOrders");
            var resources = await record.ResourcesAsync(request, cancellation).ConfigureAwait(false);
            CheckPatient(resources, request.PatientId);
            var today = assessment.Today;
            return OrderSignCards.For(
                r => assessment.Assess(r, today, draftOrdersAsCurrent: true).Assessment, resources, OrderSignCards.Orders(draftOrders), Cards(http, options.Value));
        });

    private static async Task<IResult> AnswerAsync(HttpContext http, string hook, Func<CdsHookRequest, CancellationToken, Task<IReadOnlyList<CdsCard>>> cards)
    {
        try
        {
            using var document = await JsonDocument.ParseAsync(http.Request.Body, default, http.RequestAborted).ConfigureAwait(false);
            var request = CdsHookRequest.Read(document.RootElement, hook);
            var answer = await cards(request, http.RequestAborted).ConfigureAwait(false);
            return TypedResults.Json(new CdsHookResponse(answer), CdsHooksJson.Options);
        }
        catch (JsonException e)
        {
            // The reader's position, not its message: the message can quote the body.
            return InvalidInputFilter.Problem([new FieldError("body", $"(not JSON at line {e.LineNumber + 1}, byte {e.BytePositionInLine + 1})", "a JSON object (a CDS Hooks request)", FieldError.NotAValidValue)]);
        }
        catch (InvalidInputException e)
        {
            return InvalidInputFilter.Problem(e.Errors);
        }
        catch (CdsPreconditionException e)
        {
            return TypedResults.Problem(e.Message, statusCode: StatusCodes.Status412PreconditionFailed, title: "The data needed to assess the patient is missing.");
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return CdsHooksRegistration.TooLarge();
        }
    }

    // The prefetched Patient must be the patient of the context: cards about someone else are worse than none.
    private static void CheckPatient(IReadOnlyList<Resource> resources, string patientId)
    {
        var patients = resources.OfType<Patient>().ToList();
        if (patients.Count == 0)
        {
            throw new InvalidInputException(new FieldError("prefetch.patient", string.Empty, "the Patient resource of context.patientId"));
        }

        if (patients.Any(p => p.Id != patientId))
        {
            throw new InvalidInputException(new FieldError("prefetch.patient", "(another patient's id)", "the Patient resource whose id is context.patientId", FieldError.ConflictsWith("context.patientId")));
        }
    }

    private static CardContext Cards(HttpContext http, CdsHooksOptions options)
    {
        var baseUrl = options.PublicBaseUrl is { Length: > 0 } configured ? configured.TrimEnd('/') : $"{http.Request.Scheme}://{http.Request.Host}{http.Request.PathBase}";
        return new CardContext(baseUrl, options.LaunchUrl);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "CdsHooks:AllowUnsignedRequests is ignored outside the Development environment; every CDS Hooks call needs a signed JWT.")]
    private static partial void UnsignedIgnored(ILogger logger);
}
