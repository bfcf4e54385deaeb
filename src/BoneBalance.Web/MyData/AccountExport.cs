using System.Text.Json;
using BoneBalance.Data.Persistence;
using Microsoft.EntityFrameworkCore;

namespace BoneBalance.Web.MyData;

/// <summary>
/// Everything BoneBalance holds about one account, as the JSON download of "My data" and <c>GET /api/export</c>:
/// the account, the profile document, every diary row, saved assessments and API tokens (names and dates; a token's
/// hash is useless to its owner and is left out). This record documents the shape (OpenAPI, tests read exports back
/// into it); <see cref="WriteAsync"/> writes it.
/// </summary>
/// <param name="ExportedUtc">When the export was made.</param>
/// <param name="Account">The account.</param>
/// <param name="Profile">The profile document, or null.</param>
/// <param name="DiaryFoods">Food diary rows.</param>
/// <param name="DiarySupplements">Supplement diary rows.</param>
/// <param name="Assessments">Saved assessments (input and result documents).</param>
/// <param name="ApiTokens">API tokens.</param>
internal sealed record AccountExport(
    DateTime ExportedUtc,
    ExportedAccount Account,
    JsonElement? Profile,
    IReadOnlyList<ExportedDiaryFood> DiaryFoods,
    IReadOnlyList<ExportedDiarySupplement> DiarySupplements,
    IReadOnlyList<ExportedAssessment> Assessments,
    IReadOnlyList<ExportedApiToken> ApiTokens)
{
    /// <summary>Bytes buffered before they are flushed to the response.</summary>
    private const int FlushAt = 64 * 1024;

    /// <summary>The file name of a download made at <paramref name="nowUtc"/>.</summary>
    public static string FileName(DateTime nowUtc) => $"bonebalance-export-{nowUtc:yyyy-MM-dd}.json";

    /// <summary>
    /// Streams the signed-in account's data (the context is scoped to it) as indented JSON in constant memory: rows are
    /// read one at a time and flushed every 64 KiB, and the stored profile and assessment documents are copied as they are,
    /// never parsed into objects. Memory does not grow with the account (measured in the README).
    /// </summary>
    public static async Task WriteAsync(Stream body, BoneBalanceDbContext db, BoneBalanceUser user, DateTime nowUtc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(body);
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(user);
        await using var json = new Utf8JsonWriter(body, new JsonWriterOptions { Indented = true });
        json.WriteStartObject();
        json.WriteString("exportedUtc", nowUtc);
        json.WriteStartObject("account");
        json.WriteString("id", user.Id);
        json.WriteString("email", user.Email ?? string.Empty);
        json.WriteString("createdUtc", user.CreatedUtc);
        json.WriteEndObject();

        json.WritePropertyName("profile");
        var profile = await db.Profiles.AsNoTracking().Select(p => p.Json).SingleOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        if (profile is null)
        {
            json.WriteNullValue();
        }
        else
        {
            json.WriteRawValue(profile);
        }

        json.WriteStartArray("diaryFoods");
        await foreach (var r in db.DiaryFoods.AsNoTracking().OrderBy(r => r.Date).ThenBy(r => r.Id).AsAsyncEnumerable().WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            json.WriteStartObject();
            json.WriteNumber("id", r.Id);
            json.WriteString("date", r.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
            json.WriteString("foodId", r.FoodId);
            json.WriteNumber("grams", r.Grams);
            Nullable(json, "quantity", r.Quantity);
            json.WriteString("measure", r.Measure);
            json.WriteString("createdUtc", r.CreatedUtc);
            json.WriteEndObject();
            await FlushIfFullAsync(json, cancellationToken).ConfigureAwait(false);
        }

        json.WriteEndArray();
        json.WriteStartArray("diarySupplements");
        await foreach (var r in db.DiarySupplements.AsNoTracking().OrderBy(r => r.Date).ThenBy(r => r.Id).AsAsyncEnumerable().WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            json.WriteStartObject();
            json.WriteNumber("id", r.Id);
            json.WriteString("date", r.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
            json.WriteString("form", r.Form);
            json.WriteNumber("dose", r.Dose);
            json.WriteString("unit", r.Unit);
            json.WriteString("createdUtc", r.CreatedUtc);
            json.WriteEndObject();
            await FlushIfFullAsync(json, cancellationToken).ConfigureAwait(false);
        }

        json.WriteEndArray();
        json.WriteStartArray("assessments");
        await foreach (var r in db.Assessments.AsNoTracking().OrderBy(r => r.Id).AsAsyncEnumerable().WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            json.WriteStartObject();
            json.WriteNumber("id", r.Id);
            json.WriteString("createdUtc", r.CreatedUtc);
            Data.Contracts.StoredAssessment stored;
            try
            {
                stored = Data.Contracts.StoredAssessment.FromRow(r.InputJson, r.ResultJson, r.CreatedUtc);
            }
            catch (Core.Validation.InvalidInputException e)
            {
                // A row damaged after it was saved does not cost the person the rest of their export: it says so.
                json.WriteString("damaged", e.Message);
                json.WriteEndObject();
                continue;
            }

            stored.WriteFields(json);
            json.WriteEndObject();
            await FlushIfFullAsync(json, cancellationToken).ConfigureAwait(false);
        }

        json.WriteEndArray();
        json.WriteStartArray("apiTokens");
        await foreach (var r in db.ApiTokens.AsNoTracking().OrderBy(r => r.Id).AsAsyncEnumerable().WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            json.WriteStartObject();
            json.WriteNumber("id", r.Id);
            json.WriteString("name", r.Name);
            json.WriteString("createdUtc", r.CreatedUtc);
            json.WritePropertyName("lastUsedUtc");
            if (r.LastUsedUtc is { } used)
            {
                json.WriteStringValue(used);
            }
            else
            {
                json.WriteNullValue();
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
        await json.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    private static void Nullable(Utf8JsonWriter json, string name, double? value)
    {
        if (value is { } v)
        {
            json.WriteNumber(name, v);
        }
        else
        {
            json.WriteNull(name);
        }
    }

    private static async Task FlushIfFullAsync(Utf8JsonWriter json, CancellationToken cancellationToken)
    {
        if (json.BytesPending >= FlushAt)
        {
            await json.FlushAsync(cancellationToken).ConfigureAwait(false);
        }
    }
}

/// <summary>The account part of an export.</summary>
internal sealed record ExportedAccount(string Id, string Email, DateTime CreatedUtc);

/// <summary>A food diary row in an export.</summary>
internal sealed record ExportedDiaryFood(long Id, DateOnly Date, string FoodId, double Grams, double? Quantity, string? Measure, DateTime CreatedUtc);

/// <summary>A supplement diary row in an export.</summary>
internal sealed record ExportedDiarySupplement(long Id, DateOnly Date, string Form, double Dose, string Unit, DateTime CreatedUtc);

/// <summary>A saved assessment in an export.</summary>
/// <param name="Id">The assessment's id.</param>
/// <param name="CreatedUtc">When it was saved.</param>
/// <param name="Format">The stored form's format number (<see cref="Data.Contracts.StoredAssessment.Format"/>).</param>
/// <param name="Today">The person's date it was made on.</param>
/// <param name="Profile">The profile document it was computed from, with the diary that was assessed.</param>
/// <param name="Result">The assessment document.</param>
internal sealed record ExportedAssessment(long Id, DateTime CreatedUtc, int Format, string Today, JsonElement Profile, JsonElement Result);

/// <summary>An API token in an export (never its hash).</summary>
internal sealed record ExportedApiToken(long Id, string Name, DateTime CreatedUtc, DateTime? LastUsedUtc);
