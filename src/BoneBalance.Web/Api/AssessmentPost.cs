using System.Buffers;
using System.IO.Pipelines;
using System.Text.Json;
using BoneBalance.Core.Guidance;
using BoneBalance.Data;
using BoneBalance.Data.Contracts;
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
        HttpRequest request, bool? save, AssessmentRunner runner, Assessor assessor, FoodCatalogue catalogue, PersonDay day, CancellationToken cancellationToken)
    {
        var body = await ReadBodyAsync(request.BodyReader, cancellationToken).ConfigureAwait(false);
        try
        {
            var today = day.Today;
            var input = ProfileDocument.Parse(body.Span, catalogue.Find, today);
            var assessment = assessor.Assess(input);
            if (save == false)
            {
                return new Utf8JsonResult(StatusCodes.Status200OK, AssessmentRunner.Utf8(assessment), null);
            }

            ReadOnlySpan<byte> bom = [0xEF, 0xBB, 0xBF];
            var profile = body.Span.StartsWith(bom) ? body.Span[bom.Length..] : body.Span;
            var saved = await runner.SaveAsync(assessment, today, profile.ToArray(), cancellationToken).ConfigureAwait(false);
            return new Utf8JsonResult(StatusCodes.Status201Created, saved.Json, $"/api/assessments/{saved.Row.Id}");
        }
        finally
        {
            body.Return();
        }
    }

    // The whole body in one array from the pool (the request size limit bounds it).
    internal static async Task<PooledBytes> ReadBodyAsync(PipeReader reader, CancellationToken cancellationToken)
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

    internal readonly record struct PooledBytes(byte[] Array, int Length)
    {
        public ReadOnlySpan<byte> Span => Array.AsSpan(0, Length);

        public void Return() => ArrayPool<byte>.Shared.Return(Array);
    }
}
