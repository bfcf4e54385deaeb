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
/// input and the result (the <c>bonebalance assess --json</c> document) as a <see cref="SavedAssessment"/>, and returns
/// the result. When the profile document carries a <c>diary</c> of its own, that one is used instead.
/// </summary>
internal sealed partial class AssessmentRunner(
    BoneBalanceDbContext db, ProfileStore profiles, DiaryBook diary, FoodCatalogue catalogue, Assessor assessor, AssessmentWriter writer,
    PersonDay day, TimeProvider clock, ILogger<AssessmentRunner> logger)
{
    /// <summary>Assesses and saves; returns the saved row and the assessment document.</summary>
    /// <exception cref="InvalidInputException">No profile is saved, or the saved profile no longer passes the contract.</exception>
    public async Task<SavedAssessmentJson> RunAsync(CancellationToken cancellationToken)
    {
        var assessed = await AssessAsync(cancellationToken).ConfigureAwait(false)
            ?? throw new InvalidInputException("profile", string.Empty, "a saved profile (PUT /api/profile) before an assessment");
        return await SaveAsync(assessed.Assessment, assessed.InputJson, cancellationToken).ConfigureAwait(false);
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
        var input = ProfileDocument.Parse(System.Text.Encoding.UTF8.GetBytes(profile.Json), catalogue.Find, today);
        var from = today.AddDays(-6);
        var usesWebDiary = input.Diary.Count == 0 && input.DiarySupplements.Count == 0;
        if (usesWebDiary)
        {
            var (foods, supplements, _) = await diary.EntriesAsync(from, today, cancellationToken).ConfigureAwait(false);
            input = input with { Diary = foods, DiarySupplements = supplements };
        }

        return new AssessedProfile(input, assessor.Assess(input), InputJson(profile.Json, today, usesWebDiary ? (from, today, input) : null));
    }

    /// <summary>
    /// Keeps an assessment (its input and its result document) as a row of the signed-in person; returns once the row
    /// is committed (<see cref="AssessmentWriter"/>), with the document as UTF-8 JSON for the response.
    /// </summary>
    public async Task<SavedAssessmentJson> SaveAsync(Core.Guidance.Assessment assessment, string inputJson, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(assessment);
        await Accounts.AccountQuotas.EnsureRoomAsync(db.Assessments, 1, Accounts.AccountQuotas.SavedAssessments, "assessments", "saved assessments",
            "delete ones you no longer need (DELETE /api/assessments/{id})", cancellationToken).ConfigureAwait(false);
        var json = Utf8(assessment);
        var row = new SavedAssessment
        {
            OwnerId = db.Owner.UserId ?? throw new InvalidOperationException("No account is signed in: an assessment cannot be saved."),
            InputJson = inputJson,
            ResultJson = json,
            CreatedUtc = clock.GetUtcNow().UtcDateTime,
        };
        await writer.SaveAsync(row, cancellationToken).ConfigureAwait(false);
        Assessed(logger, row.OwnerId, row.Id);
        return new SavedAssessmentJson(row, json);
    }

    /// <summary>
    /// The assessment document (<c>bonebalance assess --json</c>, unindented) as UTF-8 JSON, written once into a
    /// per-thread scratch buffer and copied out at its exact length: the copy is both the stored row and the response.
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

    // What the assessment was computed from: the profile document, the person's date that day (ages and the diary's
    // week are counted from it) and, when the web diary was used, its rows.
    private static string InputJson(string profileJson, DateOnly today, (DateOnly From, DateOnly To, AssessmentInput Input)? webDiary)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream))
        {
            json.WriteStartObject();
            json.WritePropertyName("profile");
            json.WriteRawValue(profileJson, skipInputValidation: true); // checked by the contract when it was stored

            json.WriteString("today", DiaryDates.Format(today));

            if (webDiary is { } d)
            {
                json.WriteStartObject("diary");
                json.WriteString("from", DiaryDates.Format(d.From));
                json.WriteString("to", DiaryDates.Format(d.To));
                json.WriteStartArray("foods");
                foreach (var entry in d.Input.Diary)
                {
                    json.WriteStartObject();
                    json.WriteString("date", DiaryDates.Format(entry.Date));
                    json.WriteString("foodId", entry.Food.Id);
                    json.WriteNumber("grams", entry.Grams);
                    json.WriteEndObject();
                }

                json.WriteEndArray();
                json.WriteStartArray("supplements");
                foreach (var entry in d.Input.DiarySupplements)
                {
                    json.WriteStartObject();
                    json.WriteString("date", DiaryDates.Format(entry.Date));
                    json.WriteString("form", Core.Nutrition.SupplementTokens.Forms.ToToken(entry.Form));
                    json.WriteNumber("dose", entry.Dose);
                    json.WriteString("unit", Core.Nutrition.SupplementTokens.Units.ToToken(entry.Unit));
                    json.WriteEndObject();
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }

    // Debug, not Information: one line per stored assessment cost the load benchmark ~5 % of its CPU in the console
    // logger (the row itself, with its owner and time, is the record).
    [LoggerMessage(Level = LogLevel.Debug, Message = "Account {UserId} saved assessment {AssessmentId}")]
    private static partial void Assessed(ILogger logger, string? userId, long assessmentId);
}

/// <summary>An assessment of the stored profile: what went in, what came out, and the input as it is kept.</summary>
/// <param name="Input">The validated input (profile and diary).</param>
/// <param name="Assessment">The Assessor's result.</param>
/// <param name="InputJson">The input document kept with a saved assessment.</param>
internal sealed record AssessedProfile(AssessmentInput Input, Core.Guidance.Assessment Assessment, string InputJson);

/// <summary>A committed assessment: its row (with its id) and its result document as UTF-8 JSON.</summary>
/// <param name="Row">The saved row.</param>
/// <param name="Json">The result document, the same bytes as <see cref="SavedAssessment.ResultJson"/>.</param>
internal sealed record SavedAssessmentJson(SavedAssessment Row, ReadOnlyMemory<byte> Json);
