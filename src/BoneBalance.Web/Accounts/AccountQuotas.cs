using BoneBalance.Core.Validation;
using Microsoft.EntityFrameworkCore;

namespace BoneBalance.Web.Accounts;

/// <summary>
/// How much one account may keep (README, "Limits"): a load run once created 12,244 saved assessments (428 MB) for one
/// account. Reaching a limit refuses the write with a clear error naming the limit (API: a 400 problem document; pages:
/// the message next to the form); nothing already kept is touched.
/// </summary>
internal static class AccountQuotas
{
    /// <summary>Saved assessments per account.</summary>
    public const int SavedAssessments = 1_000;

    /// <summary>Diary food rows per account (about 10 years at 5 foods a day).</summary>
    public const int DiaryFoods = 20_000;

    /// <summary>Diary supplement rows per account (about 10 years at 2 a day, with room).</summary>
    public const int DiarySupplements = 10_000;

    /// <summary>API tokens per account.</summary>
    public const int ApiTokens = 20;

    /// <summary>
    /// Refuses adding <paramref name="adding"/> rows to <paramref name="kept"/> (the account's own rows: the context's
    /// owner filter applies) when that would pass <paramref name="limit"/>.
    /// </summary>
    /// <exception cref="InvalidInputException">The account would keep more than <paramref name="limit"/> rows.</exception>
    public static async Task EnsureRoomAsync<T>(IQueryable<T> kept, int adding, int limit, string field, string what, string howToFree, CancellationToken cancellationToken)
        where T : class
    {
        var count = await kept.CountAsync(cancellationToken).ConfigureAwait(false);
        if (Refusal(count, adding, limit, field, what, howToFree) is { } refused)
        {
            throw refused;
        }
    }

    /// <summary>
    /// The refusal of adding <paramref name="adding"/> rows to an account that keeps <paramref name="count"/> of them,
    /// or null when they fit under <paramref name="limit"/>.
    /// </summary>
    public static InvalidInputException? Refusal(int count, int adding, int limit, string field, string what, string howToFree) =>
        count + adding > limit
            ? new InvalidInputException(field, $"{count:N0} {what} kept", $"at most {limit:N0} {what} per account; {howToFree}", "reach the account's limit")
            : null;

    /// <summary>
    /// The refusal of one more saved assessment for an account that keeps <paramref name="count"/>, or null when it fits
    /// (checked by the <see cref="Assessments.AssessmentWriter"/> for each row it commits).
    /// </summary>
    public static InvalidInputException? SavedAssessmentRefusal(int count) =>
        Refusal(count, 1, SavedAssessments, "assessments", "saved assessments", "delete ones you no longer need (DELETE /api/assessments/{id})");
}
