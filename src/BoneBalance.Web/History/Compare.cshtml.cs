using System.Globalization;
using BoneBalance.Core.Validation;
using BoneBalance.Data.Persistence;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace BoneBalance.Web.History;

/// <summary>One line of the comparison: a measure, its value in each assessment and the change from the first to the second.</summary>
internal sealed record CompareRow(string Measure, string First, string Second, string Change);

/// <summary>
/// <c>/History/Compare?a={id}&amp;b={id}</c>: two of the person's saved assessments side by side, the earlier first: risks,
/// DXA category, lowest T-score, BMD and T-score per site, average intake, and the safety findings added and removed.
/// </summary>
[Authorize]
internal sealed class CompareModel(BoneBalanceDbContext db) : PageModel
{
    /// <summary>The earlier of the two (by date, then by when it was saved).</summary>
    public SavedResult First { get; private set; } = null!;

    /// <summary>The later of the two.</summary>
    public SavedResult Second { get; private set; } = null!;

    /// <summary>Why nothing can be compared (two assessments were not chosen), or null.</summary>
    public string? Problem { get; private set; }

    /// <summary>The compared numbers.</summary>
    public IReadOnlyList<CompareRow> Rows { get; private set; } = [];

    /// <summary>Findings of the second assessment that the first did not have.</summary>
    public IReadOnlyList<SavedFinding> Added { get; private set; } = [];

    /// <summary>Findings of the first assessment that the second no longer has.</summary>
    public IReadOnlyList<SavedFinding> Removed { get; private set; } = [];

    /// <summary>Compares two of the person's own saved assessments; another person's id is 404.</summary>
    public async Task<IActionResult> OnGetAsync(long? a, long? b, CancellationToken cancellationToken)
    {
        if (a is not { } first || b is not { } second || first == second)
        {
            Problem = "Choose two different saved assessments to compare.";
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        var rows = await db.Assessments.AsNoTracking().Where(r => r.Id == first || r.Id == second).ToListAsync(cancellationToken).ConfigureAwait(false);
        if (rows.Count != 2)
        {
            return NotFound();
        }

        List<SavedResult> pair;
        try
        {
            pair = [.. rows.Select(SavedResult.From).OrderBy(s => s.Today).ThenBy(s => s.Id)];
        }
        catch (InvalidInputException)
        {
            Problem = "One of these saved assessments was damaged after it was saved and cannot be read, so they cannot be compared.";
            Response.StatusCode = StatusCodes.Status409Conflict;
            return Page();
        }

        (First, Second) = (pair[0], pair[1]);
        Rows = Compare(First, Second);
        var before = First.Findings.Select(f => f.Code).ToHashSet(StringComparer.Ordinal);
        var after = Second.Findings.Select(f => f.Code).ToHashSet(StringComparer.Ordinal);
        Added = [.. Second.Findings.Where(f => !before.Contains(f.Code))];
        Removed = [.. First.Findings.Where(f => !after.Contains(f.Code))];
        return Page();
    }

    /// <summary>The rows of the comparison, in page order.</summary>
    internal static IReadOnlyList<CompareRow> Compare(SavedResult first, SavedResult second)
    {
        var rows = new List<CompareRow>
        {
            Numbers("Risk of a major osteoporotic fracture in 10 years", first.MajorOsteoporoticPercent, second.MajorOsteoporoticPercent, "0.0", " %", "not calculated"),
            Numbers("Risk of a hip fracture in 10 years", first.HipPercent, second.HipPercent, "0.0", " %", "not calculated"),
            new("Bone density category", first.DxaCategory ?? "no scan", second.DxaCategory ?? "no scan",
                first.DxaCategory == second.DxaCategory ? "same" : "changed"),
            Numbers("Lowest T-score of the hip and spine", first.LowestTScore, second.LowestTScore, "0.##", string.Empty, "none"),
        };
        foreach (var site in first.Sites.Select(s => s.Site).Union(second.Sites.Select(s => s.Site)).Order())
        {
            var (x, y) = (first.Sites.FirstOrDefault(s => s.Site == site), second.Sites.FirstOrDefault(s => s.Site == site));
            var name = SavedResult.SiteName(site);
            rows.Add(Numbers($"{name}: bone mineral density", x?.Bmd, y?.Bmd, "0.000", " g/cm²", "not given"));
            rows.Add(Numbers($"{name}: T-score", x?.TScore, y?.TScore, "0.##", string.Empty, "none"));
        }

        rows.Add(Numbers("Calcium a day (average)", first.Intake?.CalciumMg, second.Intake?.CalciumMg, "0.#", " mg", "unknown"));
        rows.Add(Numbers("Vitamin D a day (average)", first.Intake?.VitaminDMicrograms, second.Intake?.VitaminDMicrograms, "0.#", " µg", "unknown"));
        rows.Add(Numbers("Vitamin K (K1 and K2) a day (average)", first.Intake?.VitaminKMicrograms, second.Intake?.VitaminKMicrograms, "0.#", " µg", "unknown"));
        rows.Add(new("Safety findings", Count(first.Findings.Count), Count(second.Findings.Count), Signed(second.Findings.Count - first.Findings.Count, "0", string.Empty)));
        return rows;
    }

    private static CompareRow Numbers(string measure, double? first, double? second, string format, string unit, string missing) => new(
        measure,
        first is { } x ? Show(x, format) + unit : missing,
        second is { } y ? Show(y, format) + unit : missing,
        first is { } a && second is { } b ? Signed(Math.Round(b - a, 6), format, unit) : "—");

    private static string Show(double value, string format) => value.ToString(format, CultureInfo.InvariantCulture);

    // "+0.3 %", "-1.2 %", "no change": the sign always written.
    private static string Signed(double change, string format, string unit)
    {
        var shown = Show(change, format);
        return shown.TrimStart('-') is "0" or "0.0" or "0.000" ? "no change" : (change > 0 ? "+" : string.Empty) + shown + unit;
    }

    private static string Count(int count) => count.ToString(CultureInfo.InvariantCulture);
}
