using System.Text.Json;
using BoneBalance.Core.Guidance;
using BoneBalance.Core.Validation;
using BoneBalance.Data;
using BoneBalance.Data.Contracts;
using BoneBalance.Data.Persistence;
using BoneBalance.Fhir;
using BoneBalance.Fhir.Output;
using BoneBalance.Web.Diary;
using BoneBalance.Web.Assessments;
using Microsoft.EntityFrameworkCore;

namespace BoneBalance.Web.Api;

/// <summary>
/// <c>/api/assessments</c>: run an assessment on the saved profile and the last 7 days of the diary (<c>POST</c>,
/// returns the whole assessment document, as <c>bonebalance assess --json</c>), and the saved assessments (list, read,
/// as PDF, as a FHIR R4 Bundle, delete).
/// </summary>
internal static class AssessmentEndpoints
{
    /// <summary>Maps the endpoints.</summary>
    public static void MapAssessmentEndpoints(this RouteGroupBuilder api)
    {
        var assessments = api.MapGroup("/assessments").WithTags("Assessments");
        // With a body: the posted profile document. Without one (Content-Length 0): the saved profile and the web diary.
        assessments.MapPost("/", async Task<IResult> (HttpRequest request, bool? save, AssessmentRunner runner, Assessor assessor, FoodCatalogue catalogue, PersonDay day, CancellationToken ct) =>
            {
                if (request.ContentLength is > 0 || request.Headers.TransferEncoding.Count > 0)
                {
                    if (FhirAssessmentPost.IsFhirJson(request))
                    {
                        return await FhirAssessmentPost.HandleAsync(request, save, runner, assessor, catalogue, day, ct).ConfigureAwait(false);
                    }

                    if (!request.HasJsonContentType())
                    {
                        return TypedResults.StatusCode(StatusCodes.Status415UnsupportedMediaType);
                    }

                    return await AssessmentPost.HandleAsync(request, save, runner, assessor, catalogue, day, ct).ConfigureAwait(false);
                }

                if (save == false)
                {
                    var assessed = await runner.AssessAsync(ct).ConfigureAwait(false)
                        ?? throw new InvalidInputException("profile", string.Empty, "a saved profile (PUT /api/profile) before an assessment");
                    return new Utf8JsonResult(StatusCodes.Status200OK, AssessmentRunner.Utf8(assessed.Assessment), null);
                }

                var saved = await runner.RunAsync(ct).ConfigureAwait(false);
                return new Utf8JsonResult(StatusCodes.Status201Created, saved.Json, $"/api/assessments/{saved.Row.Id}");
            })
            .Accepts<JsonElement>("application/json", "application/fhir+json")
            .Produces<JsonElement>(StatusCodes.Status201Created)
            .Produces<JsonElement>(StatusCodes.Status200OK)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .WithSummary("Assess a profile document (the body), a patient's FHIR R4 Bundle (Content-Type application/fhir+json; ?asOf=YYYY-MM-DD, default the person's today; 422 when the patient is refused) or, with an empty body, the saved profile with the last 7 days of the diary; ?save=false answers 200 and keeps nothing; returns the assessment document");
        assessments.MapGet("/{id:long}/pdf", async Task<Results<FileContentHttpResult, NotFound, ProblemHttpResult>> (long id, BoneBalanceDbContext db, FoodCatalogue catalogue, Assessor assessor, Diary.PersonDay day, TimeProvider clock, CancellationToken ct) =>
                SavedReportPdf.Render(
                    await db.Assessments.AsNoTracking().SingleOrDefaultAsync(a => a.Id == id, ct).ConfigureAwait(false),
                    catalogue.Find, assessor, clock.GetUtcNow(), day.Zone(), ct))
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("One saved assessment as the clinician PDF report, laid out from the results saved (409 when its stored document is damaged)");
        assessments.MapGet("/{id:long}/fhir", async Task<Results<FileContentHttpResult, NotFound, ProblemHttpResult>> (long id, BoneBalanceDbContext db, FoodCatalogue catalogue, Assessor assessor, CancellationToken ct) =>
            {
                if (await db.Assessments.AsNoTracking().SingleOrDefaultAsync(a => a.Id == id, ct).ConfigureAwait(false) is not { } row)
                {
                    return TypedResults.NotFound();
                }

                // Replayed like the PDF: the kept profile assessed on the kept day, which is also the bundle's as-of date.
                StoredAssessment stored;
                try
                {
                    stored = StoredAssessment.FromRow(row.InputJson, row.ResultJson, row.CreatedUtc);
                }
                catch (InvalidInputException e)
                {
                    return DamagedAssessment.Problem(row.Id, e, "no FHIR bundle can be made from it");
                }

                // An assessment of a FHIR record kept its `fhir` section: the bundle then points at the record's resources.
                var input = stored.Input(catalogue.Find);
                var bundle = FhirAssessmentWriter.Write(assessor.Assess(input), input, stored.Today, KeptReading(stored));
                return TypedResults.Bytes(FhirAssessmentWriter.ToUtf8(bundle, indented: false), "application/fhir+json");
            })
            .Produces(StatusCodes.Status200OK, contentType: "application/fhir+json")
            .Produces(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("One saved assessment as a FHIR R4 Bundle (collection: Patient, QFracture RiskAssessment, T-score Observations, DetectedIssues, MedicationRequest proposals)");
        assessments.MapGet("/", async (BoneBalanceDbContext db, CancellationToken ct) =>
                TypedResults.Ok(await db.Assessments.AsNoTracking().OrderByDescending(a => a.Id)
                    .Select(a => new AssessmentSummary(a.Id, a.CreatedUtc)).ToArrayAsync(ct).ConfigureAwait(false)))
            .WithSummary("Saved assessments, newest first");
        assessments.MapGet("/{id:long}", async Task<IResult> (long id, BoneBalanceDbContext db, CancellationToken ct) =>
            {
                if (await db.Assessments.AsNoTracking().SingleOrDefaultAsync(a => a.Id == id, ct).ConfigureAwait(false) is not { } row)
                {
                    return TypedResults.NotFound();
                }

                try
                {
                    return new Utf8JsonResult(StatusCodes.Status200OK, AssessmentJson.Utf8(row), null);
                }
                catch (InvalidInputException e)
                {
                    return DamagedAssessment.Problem(row.Id, e, "it cannot be shown");
                }
            })
            .Produces<AssessmentJson>()
            .Produces(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("One saved assessment as it was kept: the profile it was computed from, the date and the result document");
        assessments.MapDelete("/{id:long}", async Task<Results<NoContent, NotFound>> (long id, BoneBalanceDbContext db, CancellationToken ct) =>
                await db.Assessments.Where(a => a.Id == id).ExecuteDeleteAsync(ct).ConfigureAwait(false) > 0 ? TypedResults.NoContent() : TypedResults.NotFound())
            .WithSummary("Delete a saved assessment");
    }

    // The `fhir` section kept in a saved assessment's result, when it was made from a FHIR record.
    private static FhirReading? KeptReading(StoredAssessment stored)
    {
        using var result = JsonDocument.Parse(stored.Result);
        return result.RootElement.TryGetProperty("fhir"u8, out var section) ? FhirReadingDocument.Read(section) : null;
    }
}

/// <summary>A saved assessment in a list.</summary>
internal sealed record AssessmentSummary(long Id, DateTime CreatedUtc);

/// <summary>
/// A saved assessment as the API gives it: its id and creation time, then the fields of the stored form
/// (<see cref="StoredAssessment"/>: <c>format</c>, <c>today</c>, <c>profile</c>, <c>result</c>).
/// </summary>
/// <param name="Id">The assessment's id.</param>
/// <param name="CreatedUtc">When it was saved.</param>
/// <param name="Format">The stored form's format number.</param>
/// <param name="Today">The person's date it was made on (YYYY-MM-DD).</param>
/// <param name="Profile">The profile document it was computed from, with the diary that was assessed.</param>
/// <param name="Result">The assessment document it gave.</param>
internal sealed record AssessmentJson(long Id, DateTime CreatedUtc, int Format, string Today, JsonElement Profile, JsonElement Result)
{
    /// <summary>A stored row (either stored form) written as this document, UTF-8.</summary>
    public static byte[] Utf8(SavedAssessment row)
    {
        ArgumentNullException.ThrowIfNull(row);
        var stored = StoredAssessment.FromRow(row.InputJson, row.ResultJson, row.CreatedUtc);
        var output = new System.Buffers.ArrayBufferWriter<byte>(stored.Profile.Length + stored.Result.Length + 128);
        using (var json = new Utf8JsonWriter(output))
        {
            json.WriteStartObject();
            json.WriteNumber("id", row.Id);
            json.WriteString("createdUtc", row.CreatedUtc);
            stored.WriteFields(json);
            json.WriteEndObject();
        }

        return output.WrittenSpan.ToArray();
    }
}
