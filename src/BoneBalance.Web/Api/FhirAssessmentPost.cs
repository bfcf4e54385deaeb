using BoneBalance.Core.Guidance;
using BoneBalance.Core.Validation;
using BoneBalance.Data;
using BoneBalance.Data.Contracts;
using BoneBalance.Fhir;
using BoneBalance.Web.Assessments;
using BoneBalance.Web.Diary;

namespace BoneBalance.Web.Api;

/// <summary>
/// <c>POST /api/assessments</c> with <c>Content-Type: application/fhir+json</c>: a patient's FHIR R4 Bundle, read by
/// <see cref="FhirRecordReader"/> on <c>?asOf=</c> (default the person's today) into the profile contract, then assessed
/// and answered exactly as a posted profile (<see cref="AssessmentPost"/>); the kept profile is the derived one. A
/// malformed Bundle is a 400 naming the field <c>bundle</c>; a refused patient (deceased, under 18…) a 422 problem
/// naming the reason. Bodies up to <see cref="Hosting.RequestLimits.MaxFhirBodyBytes"/>.
/// </summary>
internal static class FhirAssessmentPost
{
    /// <summary>The media type of a FHIR resource in JSON (FHIR R4, http.html#mime-type).</summary>
    public const string MediaType = "application/fhir+json";

    /// <summary>True when the request's body is declared FHIR JSON.</summary>
    public static bool IsFhirJson(HttpRequest request) =>
        request.ContentType is { } type && type.AsSpan().Trim().StartsWith(MediaType, StringComparison.OrdinalIgnoreCase)
        && (type.Trim().Length == MediaType.Length || type.Trim()[MediaType.Length] is ';' or ' ');

    /// <summary>Reads, assesses and (unless <paramref name="save"/> is false) keeps the posted Bundle's assessment.</summary>
    public static async Task<IResult> HandleAsync(
        HttpRequest request, bool? save, AssessmentRunner runner, Assessor assessor, FoodCatalogue catalogue, PersonDay day, CancellationToken cancellationToken)
    {
        var asOf = day.Today;
        if (request.Query["asOf"] is { Count: > 0 } given)
        {
            var text = given.ToString();
            if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out asOf))
            {
                throw new InvalidInputException("asOf", text, "a date YYYY-MM-DD (the day the record is read at; default the person's today)", FieldError.NotADate);
            }
        }

        var body = await AssessmentPost.ReadBodyAsync(request.BodyReader, cancellationToken).ConfigureAwait(false);
        FhirReading reading;
        try
        {
            reading = FhirRecordReader.Read(body.Span, asOf);
        }
        finally
        {
            body.Return();
        }

        if (reading.Refusal is { } refusal)
        {
            return TypedResults.Problem(
                detail: refusal.Reason,
                statusCode: StatusCodes.Status422UnprocessableEntity,
                title: "The patient is not assessed.",
                extensions: new Dictionary<string, object?> { ["code"] = refusal.Code, ["patientId"] = reading.PatientId });
        }

        var profile = reading.ProfileUtf8();
        var input = ProfileDocument.Parse(profile, catalogue.Find, asOf);
        // The document of `bonebalance assess --fhir --json`: the assessment and the `fhir` section (which resource gave
        // each input, what was not used and why), answered and kept as one, so the saved assessment's FHIR Bundle can
        // point at the record's own resources.
        var assessment = assessor.Assess(input);
        var result = AssessmentDocument.ToUtf8(json => AssessmentDocument.Write(json, assessment, more: w => FhirReadingDocument.WriteProperty(w, reading)), indented: false);
        if (save == false)
        {
            return new Utf8JsonResult(StatusCodes.Status200OK, result, null);
        }

        var saved = await runner.SaveAsync(result, asOf, profile, cancellationToken).ConfigureAwait(false);
        return new Utf8JsonResult(StatusCodes.Status201Created, saved.Json, $"/api/assessments/{saved.Row.Id}");
    }
}
