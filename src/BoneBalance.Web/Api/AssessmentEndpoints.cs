using System.Text.Json;
using BoneBalance.Data.Persistence;
using Microsoft.EntityFrameworkCore;

namespace BoneBalance.Web.Api;

/// <summary>
/// <c>/api/assessments</c>: the person's saved assessments (list, read, delete). Creating one (<c>POST</c>, which runs
/// the Assessor) comes with the assessment wizard.
/// </summary>
internal static class AssessmentEndpoints
{
    /// <summary>Maps the endpoints.</summary>
    public static void MapAssessmentEndpoints(this RouteGroupBuilder api)
    {
        var assessments = api.MapGroup("/assessments").WithTags("Assessments");
        assessments.MapGet("/", async (BoneBalanceDbContext db, CancellationToken ct) =>
                TypedResults.Ok(await db.Assessments.AsNoTracking().OrderByDescending(a => a.Id)
                    .Select(a => new AssessmentSummary(a.Id, a.CreatedUtc)).ToArrayAsync(ct).ConfigureAwait(false)))
            .WithSummary("Saved assessments, newest first");
        assessments.MapGet("/{id:long}", async Task<Results<Ok<AssessmentJson>, NotFound>> (long id, BoneBalanceDbContext db, CancellationToken ct) =>
                await db.Assessments.AsNoTracking().SingleOrDefaultAsync(a => a.Id == id, ct).ConfigureAwait(false) is { } row
                    ? TypedResults.Ok(AssessmentJson.Of(row))
                    : TypedResults.NotFound())
            .WithSummary("One saved assessment: its input and result documents");
        assessments.MapDelete("/{id:long}", async Task<Results<NoContent, NotFound>> (long id, BoneBalanceDbContext db, CancellationToken ct) =>
                await db.Assessments.Where(a => a.Id == id).ExecuteDeleteAsync(ct).ConfigureAwait(false) > 0 ? TypedResults.NoContent() : TypedResults.NotFound())
            .WithSummary("Delete a saved assessment");
    }
}

/// <summary>A saved assessment in a list.</summary>
internal sealed record AssessmentSummary(long Id, DateTime CreatedUtc);

/// <summary>A saved assessment with its documents.</summary>
internal sealed record AssessmentJson(long Id, DateTime CreatedUtc, JsonElement Input, JsonElement Result)
{
    /// <summary>Reshapes a stored row.</summary>
    public static AssessmentJson Of(SavedAssessment row)
    {
        using var input = JsonDocument.Parse(row.InputJson);
        using var result = JsonDocument.Parse(row.ResultJson);
        return new(row.Id, row.CreatedUtc, input.RootElement.Clone(), result.RootElement.Clone());
    }
}
