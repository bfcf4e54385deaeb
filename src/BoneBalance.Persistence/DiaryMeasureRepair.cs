using BoneBalance.Core.Nutrition;
using Microsoft.EntityFrameworkCore;

namespace BoneBalance.Data.Persistence;

/// <summary>
/// The one-time rewrite of diary rows stored before a household measure meant the whole SR28 portion. Until then
/// quantity Q of a measure weighed Q × Gm_Wgt ÷ Amount — 1 × "3 oz" of salmon 28.3 g instead of 85 g, 1 ×
/// "0.5 container (4 oz)" of yogurt 226 g instead of 113 g — and the row kept the measure as typed (<c>oz</c>). The
/// measure is found again the way it was then (the first measure whose description, else whose label, is the stored
/// text); a row whose grams are exactly that old weight and whose measure's amount is not 1 is weighed again as
/// Q × Gm_Wgt, and every row found gets the measure's label (<see cref="Portion.Label"/>). Running it twice changes
/// nothing more. It runs across all accounts, before the <c>DiaryMeasureLabels</c> migration is recorded.
/// </summary>
public static class DiaryMeasureRepair
{
    /// <summary>What the rewrite did.</summary>
    /// <param name="Reweighed">Rows whose grams were the old, divided weight and now are Q × Gm_Wgt.</param>
    /// <param name="Relabelled">Rows whose measure text became the label (including the reweighed ones).</param>
    /// <param name="LeftAlone">Rows logged by measure that were not changed: food or measure no longer in the
    /// catalogue, grams not the old weight (already right), or the new weight above <see cref="DiaryEntry.MaximumGrams"/>.</param>
    public sealed record Result(int Reweighed, int Relabelled, int LeftAlone);

    /// <summary>Rewrites the rows of every account in one transaction (see the class remarks).</summary>
    public static async Task<Result> RunAsync(BoneBalanceDbContext db, FoodCatalogue catalogue, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(catalogue);
        var rows = await db.DiaryFoods.IgnoreQueryFilters().AsNoTracking()
            .Where(f => f.Measure != null && f.Quantity != null)
            .Select(f => new { f.Id, f.FoodId, f.Grams, Quantity = f.Quantity!.Value, Measure = f.Measure! })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        int reweighed = 0, relabelled = 0, leftAlone = 0;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        foreach (var row in rows)
        {
            var portion = catalogue.Find(row.FoodId) is { } food ? AsFoundBefore(food, row.Measure) : null;
            if (portion is null)
            {
                leftAlone++;
                continue;
            }

            var grams = row.Grams;
            if (portion.Amount != 1 && row.Grams == row.Quantity * portion.Grams / portion.Amount)
            {
                if (row.Quantity * portion.Grams > DiaryEntry.MaximumGrams)
                {
                    leftAlone++;
                    continue;
                }

                grams = portion.GramsFor(row.Quantity);
                reweighed++;
            }

            if (grams == row.Grams && row.Measure == portion.Label)
            {
                leftAlone++;
                continue;
            }

            relabelled++;
            await db.DiaryFoods.IgnoreQueryFilters().Where(f => f.Id == row.Id)
                .ExecuteUpdateAsync(s => s.SetProperty(f => f.Grams, grams).SetProperty(f => f.Measure, portion.Label), cancellationToken)
                .ConfigureAwait(false);
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return new Result(reweighed, relabelled, leftAlone);
    }

    // The measure as the code before labels found it: description first, then "amount description".
    private static Portion? AsFoundBefore(Food food, string measure) =>
        food.Portions.FirstOrDefault(p => string.Equals(p.Description, measure, StringComparison.OrdinalIgnoreCase))
        ?? food.Portions.FirstOrDefault(p => string.Equals(Portion.PlainLabel(p.Amount, p.Description), measure, StringComparison.OrdinalIgnoreCase))
        ?? food.Portions.FirstOrDefault(p => string.Equals(p.Label, measure, StringComparison.Ordinal));
}
