using Microsoft.EntityFrameworkCore;
using System.Text.Json;
using BoneBalance.Core.Guidance;
using BoneBalance.Core.Validation;
using BoneBalance.Data;
using BoneBalance.Data.Contracts;
using BoneBalance.Data.Persistence;
using BoneBalance.Web.Diary;
using BoneBalance.Web.Profile;

namespace BoneBalance.Web.Assessments;

/// <summary>
/// Runs the Assessor on the signed-in person's saved profile and the last seven days of their web diary, keeps the
/// input and the result (the <c>bonebalance assess --json</c> document) as a <see cref="SavedAssessment"/> in the
/// form of <see cref="StoredAssessment"/>, and returns the result. When the profile document carries a <c>diary</c>
/// of its own, that one is used instead.
/// </summary>
internal sealed partial class AssessmentRunner(
    BoneBalanceDbContext db, ProfileStore profiles, DiaryBook diary, FoodCatalogue catalogue, Assessor assessor, AssessmentWriter writer,
    PersonDay day, TimeProvider clock, ILogger<AssessmentRunner> logger)
{
    /// <summary>Assesses and saves; returns the saved row and the assessment document.</summary>
    /// <exception cref="InvalidInputException">No profile is saved, or the saved profile no longer passes the contract.</exception>
    /// <remarks>An assessment of exactly what the newest saved one kept (the same profile, diary week and day) is not kept
    /// twice: that row is returned ("See my results" saves, and "Save this assessment" on the dashboard right after used to
    /// make an identical second row).</remarks>
    public async Task<SavedAssessmentJson> RunAsync(CancellationToken cancellationToken)
    {
        var assessed = await AssessAsync(cancellationToken).ConfigureAwait(false)
            ?? throw new InvalidInputException("profile", string.Empty, "a saved profile (PUT /api/profile) before an assessment");
        var profile = assessed.Profile();
        var inputJson = new StoredAssessment(assessed.Today, profile, ReadOnlyMemory<byte>.Empty).InputJson();
        if (await db.Assessments.AsNoTracking().OrderByDescending(a => a.Id).FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false) is { } newest
            && newest.InputJson == inputJson)
        {
            return new SavedAssessmentJson(newest, StoredAssessment.FromRow(newest.InputJson, newest.ResultJson, newest.CreatedUtc));
        }

        return await SaveAsync(assessed.Assessment, assessed.Today, profile, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Assesses without saving (the dashboard on every visit); null when no profile is saved.</summary>
    /// <exception cref="InvalidInputException">The saved profile no longer passes the contract.</exception>
    public async Task<AssessedProfile?> AssessAsync(CancellationToken cancellationToken)
    {
        var today = day.Today;
        if (await profiles.GetAsync(cancellationToken).ConfigureAwait(false) is not { } profile)
        {
            return null;
        }

        // Stored profiles passed the contract when saved (and are kept compact), so only the contract's reading is
        // needed here; it still refuses a profile that no longer passes (an age past 120, a food gone).
        var profileJson = System.Text.Encoding.UTF8.GetBytes(profile.Json);
        var input = ProfileDocument.Parse(profileJson, catalogue.Find, today);
        var usesWebDiary = input.Diary.Count == 0 && input.DiarySupplements.Count == 0;
        if (usesWebDiary)
        {
            var (foods, supplements, _) = await diary.EntriesAsync(today.AddDays(-6), today, cancellationToken).ConfigureAwait(false);
            input = input with { Diary = foods, DiarySupplements = supplements };
        }

        return new AssessedProfile(input, assessor.Assess(input), today, profileJson, usesWebDiary);
    }

    /// <summary>
    /// Keeps an assessment as a row of the signed-in person (<see cref="StoredAssessment"/>: the profile it was computed
    /// from, the date, and the result document, compressed); returns once the row is committed
    /// (<see cref="AssessmentWriter"/>, which also refuses a row past the account's limit of saved assessments), with the
    /// document as UTF-8 JSON for the response.
    /// </summary>
    /// <param name="assessment">The Assessor's result.</param>
    /// <param name="today">The person's date it was computed on.</param>
    /// <param name="profile">The profile document (UTF-8 JSON) it was computed from, with the diary that was assessed.</param>
    /// <param name="cancellationToken">Stops the wait (not necessarily the write).</param>
    public Task<SavedAssessmentJson> SaveAsync(Core.Guidance.Assessment assessment, DateOnly today, ReadOnlyMemory<byte> profile, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(assessment);
        return SaveAsync(Utf8(assessment), today, profile, cancellationToken);
    }

    /// <summary>
    /// Keeps an assessment whose document is already written (<paramref name="result"/>: the assessment document, or one
    /// with more sections, such as the <c>fhir</c> section of an assessment of a FHIR record) with its profile.
    /// </summary>
    public async Task<SavedAssessmentJson> SaveAsync(byte[] result, DateOnly today, ReadOnlyMemory<byte> profile, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(result);
        var stored = new StoredAssessment(today, profile, result);
        var row = new SavedAssessment
        {
            OwnerId = db.Owner.UserId ?? throw new InvalidOperationException("No account is signed in: an assessment cannot be saved."),
            InputJson = stored.InputJson(),
            ResultJson = stored.CompressedResult(),
            CreatedUtc = clock.GetUtcNow().UtcDateTime,
        };
        await writer.SaveAsync(row, cancellationToken).ConfigureAwait(false);
        Assessed(logger, row.OwnerId, row.Id);
        return new SavedAssessmentJson(row, stored);
    }

    /// <summary>
    /// The assessment document (<c>bonebalance assess --json</c>, unindented) as UTF-8 JSON, written once into a
    /// per-thread scratch buffer and copied out at its exact length: the copy is both the stored result and the response.
    /// </summary>
    public static byte[] Utf8(Core.Guidance.Assessment assessment)
    {
        var output = t_scratch ??= new System.Buffers.ArrayBufferWriter<byte>(64 * 1024);
        output.ResetWrittenCount();
        using (var json = new Utf8JsonWriter(output, AssessmentDocument.CompactWriterOptions))
        {
            AssessmentDocument.Write(json, assessment);
        }

        return output.WrittenSpan.ToArray();
    }

    [ThreadStatic]
    private static System.Buffers.ArrayBufferWriter<byte>? t_scratch;

    // Debug, not Information: one line per stored assessment cost the load benchmark ~5 % of its CPU in the console
    // logger (the row itself, with its owner and time, is the record).
    [LoggerMessage(Level = LogLevel.Debug, Message = "Account {UserId} saved assessment {AssessmentId}")]
    private static partial void Assessed(ILogger logger, string? userId, long assessmentId);
}

/// <summary>An assessment of the stored profile: what went in and what came out.</summary>
/// <param name="Input">The validated input (profile and diary).</param>
/// <param name="Assessment">The Assessor's result.</param>
/// <param name="Today">The person's date it was computed on.</param>
/// <param name="ProfileJson">The stored profile document as UTF-8 JSON.</param>
/// <param name="UsesWebDiary">True when the diary assessed is the web diary's last 7 days (not the profile's own).</param>
internal sealed record AssessedProfile(AssessmentInput Input, Core.Guidance.Assessment Assessment, DateOnly Today, byte[] ProfileJson, bool UsesWebDiary)
{
    /// <summary>The profile document as it is kept with a saved assessment: with the web diary's rows as its <c>diary</c> when that was used.</summary>
    public ReadOnlyMemory<byte> Profile() =>
        UsesWebDiary && (Input.Diary.Count > 0 || Input.DiarySupplements.Count > 0)
            ? StoredAssessment.WithDiary(ProfileJson, Input.Diary, Input.DiarySupplements)
            : ProfileJson;
}

/// <summary>A committed assessment: its row (with its id) and what it keeps.</summary>
/// <param name="Row">The saved row.</param>
/// <param name="Stored">The kept assessment: its <see cref="StoredAssessment.Result"/> is the response.</param>
internal sealed record SavedAssessmentJson(SavedAssessment Row, StoredAssessment Stored)
{
    /// <summary>The result document as UTF-8 JSON.</summary>
    public ReadOnlyMemory<byte> Json => Stored.Result;
}
