using System.Buffers;
using System.IO.Pipelines;
using System.Text;
using System.Text.Json;
using BoneBalance.Core.Guidance;
using BoneBalance.Data;
using BoneBalance.Data.Contracts;
using BoneBalance.Data.Persistence;
using BoneBalance.Web.Assessments;
using BoneBalance.Web.Diary;

namespace BoneBalance.Web.Api;

/// <summary>
/// <c>POST /api/assessments</c> with a profile document as the body: the contract reads it, the Assessor assesses it,
/// and the assessment document is written with a <see cref="Utf8JsonWriter"/> into one buffer that becomes both the
/// saved row and the response. Kept lean because it is load-tested: no per-request catalogue loading, no reflection
/// serialization, one insert (none with <c>?save=false</c>).
/// </summary>
internal static class AssessmentPost
{
    /// <summary>Assesses the posted profile; saves it unless <paramref name="save"/> is false.</summary>
    public static async Task<IResult> HandleAsync(
        HttpRequest request, bool? save, Assessor assessor, FoodCatalogue catalogue, BoneBalanceDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var body = await ReadBodyAsync(request.BodyReader, cancellationToken).ConfigureAwait(false);
        try
        {
            var now = clock.GetUtcNow();
            var input = ProfileDocument.Parse(body.Span, catalogue.Find, DiaryDates.Today(clock));
            var assessment = assessor.Assess(input);
            var output = new ArrayBufferWriter<byte>(16 * 1024);
            using (var json = new Utf8JsonWriter(output, AssessmentDocument.WriterOptions))
            {
                AssessmentDocument.Write(json, assessment);
            }

            if (save == false)
            {
                return new Utf8JsonResult(StatusCodes.Status200OK, output.WrittenMemory, null);
            }

            var row = new SavedAssessment
            {
                InputJson = AssessmentReplay.PostedInputJson(body.Span),
                ResultJson = Encoding.UTF8.GetString(output.WrittenSpan),
                CreatedUtc = now.UtcDateTime,
            };
            db.Assessments.Add(row);
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            return new Utf8JsonResult(StatusCodes.Status201Created, output.WrittenMemory, $"/api/assessments/{row.Id}");
        }
        finally
        {
            body.Return();
        }
    }

    // The whole body in one array from the pool (the request size limit bounds it).
    private static async Task<PooledBytes> ReadBodyAsync(PipeReader reader, CancellationToken cancellationToken)
    {
        while (true)
        {
            var result = await reader.ReadAsync(cancellationToken).ConfigureAwait(false);
            if (result.IsCompleted)
            {
                var length = checked((int)result.Buffer.Length);
                var array = ArrayPool<byte>.Shared.Rent(Math.Max(length, 1));
                result.Buffer.CopyTo(array);
                reader.AdvanceTo(result.Buffer.End);
                return new PooledBytes(array, length);
            }

            reader.AdvanceTo(result.Buffer.Start, result.Buffer.End);
        }
    }

    private readonly record struct PooledBytes(byte[] Array, int Length)
    {
        public ReadOnlySpan<byte> Span => Array.AsSpan(0, Length);

        public void Return() => ArrayPool<byte>.Shared.Return(Array);
    }

    /// <summary>UTF-8 JSON already written, sent as it is with a status and an optional <c>Location</c>.</summary>
    private sealed class Utf8JsonResult(int status, ReadOnlyMemory<byte> json, string? location) : IResult, IStatusCodeHttpResult
    {
        public int? StatusCode => status;

        public async Task ExecuteAsync(HttpContext httpContext)
        {
            var response = httpContext.Response;
            response.StatusCode = status;
            response.ContentType = "application/json; charset=utf-8";
            response.ContentLength = json.Length;
            if (location is not null)
            {
                response.Headers.Location = location;
            }

            await response.Body.WriteAsync(json, httpContext.RequestAborted).ConfigureAwait(false);
        }
    }
}
