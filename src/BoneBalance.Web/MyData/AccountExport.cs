using System.Text.Json;
using BoneBalance.Data.Persistence;
using Microsoft.EntityFrameworkCore;

namespace BoneBalance.Web.MyData;

/// <summary>
/// Everything BoneBalance holds about one account, as the JSON download of "My data" and <c>GET /api/export</c>:
/// the account, the profile document, every diary row, saved assessments and API tokens (names and dates; a token's
/// hash is useless to its owner and is left out).
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
    /// <summary>Reads the signed-in account's data (the context is scoped to it).</summary>
    public static async Task<AccountExport> ReadAsync(BoneBalanceDbContext db, BoneBalanceUser user, DateTime nowUtc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(user);
        var profile = await db.Profiles.AsNoTracking().SingleOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        var foods = await db.DiaryFoods.AsNoTracking().OrderBy(r => r.Date).ThenBy(r => r.Id)
            .Select(r => new ExportedDiaryFood(r.Id, r.Date, r.FoodId, r.Grams, r.Quantity, r.Measure, r.CreatedUtc)).ToListAsync(cancellationToken).ConfigureAwait(false);
        var supplements = await db.DiarySupplements.AsNoTracking().OrderBy(r => r.Date).ThenBy(r => r.Id)
            .Select(r => new ExportedDiarySupplement(r.Id, r.Date, r.Form, r.Dose, r.Unit, r.CreatedUtc)).ToListAsync(cancellationToken).ConfigureAwait(false);
        var assessments = (await db.Assessments.AsNoTracking().OrderBy(r => r.Id).ToListAsync(cancellationToken).ConfigureAwait(false))
            .Select(r => new ExportedAssessment(r.Id, r.CreatedUtc, Parse(r.InputJson), Parse(r.ResultJson))).ToList();
        var tokens = await db.ApiTokens.AsNoTracking().OrderBy(r => r.Id)
            .Select(r => new ExportedApiToken(r.Id, r.Name, r.CreatedUtc, r.LastUsedUtc)).ToListAsync(cancellationToken).ConfigureAwait(false);
        return new AccountExport(
            nowUtc,
            new ExportedAccount(user.Id, user.Email ?? string.Empty, user.CreatedUtc),
            profile is null ? null : Parse(profile.Json),
            foods,
            supplements,
            assessments,
            tokens);
    }

    private static JsonElement Parse(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.Clone();
    }

    private static JsonElement Parse(byte[] utf8Json)
    {
        using var document = JsonDocument.Parse(utf8Json);
        return document.RootElement.Clone();
    }
}

/// <summary>The account part of an export.</summary>
internal sealed record ExportedAccount(string Id, string Email, DateTime CreatedUtc);

/// <summary>A food diary row in an export.</summary>
internal sealed record ExportedDiaryFood(long Id, DateOnly Date, string FoodId, double Grams, double? Quantity, string? Measure, DateTime CreatedUtc);

/// <summary>A supplement diary row in an export.</summary>
internal sealed record ExportedDiarySupplement(long Id, DateOnly Date, string Form, double Dose, string Unit, DateTime CreatedUtc);

/// <summary>A saved assessment in an export.</summary>
internal sealed record ExportedAssessment(long Id, DateTime CreatedUtc, JsonElement Input, JsonElement Result);

/// <summary>An API token in an export (never its hash).</summary>
internal sealed record ExportedApiToken(long Id, string Name, DateTime CreatedUtc, DateTime? LastUsedUtc);
