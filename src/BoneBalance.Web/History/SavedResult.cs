using System.Globalization;
using System.Text.Json;
using BoneBalance.Core.Densitometry;
using BoneBalance.Core.Safety;
using BoneBalance.Data.Contracts;
using BoneBalance.Data.Persistence;

namespace BoneBalance.Web.History;

/// <summary>One site of the saved assessment's latest scan.</summary>
/// <param name="Site">The site.</param>
/// <param name="Bmd">BMD in g/cm², when given.</param>
/// <param name="TScore">The T-score the assessment used (reported or computed from the BMD), when there is one.</param>
internal sealed record SavedSite(SkeletalSite Site, double? Bmd, double? TScore);

/// <summary>One dated measurement of the scans the saved assessment was given (its densitometry history).</summary>
internal sealed record SavedScan(DateOnly Date, SkeletalSite Site, double? Bmd, double? TScore);

/// <summary>A safety finding of the saved assessment: its code (to tell findings apart, never shown), severity and words.</summary>
internal sealed record SavedFinding(string Code, SafetySeverity Severity, string Message);

/// <summary>The 7-day average intake the saved assessment was made with (food and supplements), per day.</summary>
/// <param name="CalciumMg">Calcium, mg/day.</param>
/// <param name="VitaminDMicrograms">Vitamin D, µg/day.</param>
/// <param name="VitaminKMicrograms">Total vitamin K (K1 and K2), µg/day.</param>
/// <param name="LowerBound">True when some food lacked a value for one of them: the real intake is at least this.</param>
internal sealed record SavedIntake(double? CalciumMg, double? VitaminDMicrograms, double? VitaminKMicrograms, bool LowerBound);

/// <summary>
/// The key numbers of one saved assessment, read from the assessment document it was saved with (never re-assessed):
/// the 10-year QFracture risks, the DXA category and lowest T-score, the latest scan's sites and every dated
/// measurement, the average intake and the safety findings.
/// </summary>
internal sealed record SavedResult(
    long Id,
    DateTime CreatedUtc,
    DateOnly Today,
    double? MajorOsteoporoticPercent,
    double? HipPercent,
    string? DxaCategory,
    DateOnly? ScanDate,
    double? LowestTScore,
    IReadOnlyList<SavedSite> Sites,
    IReadOnlyList<SavedScan> Scans,
    SavedIntake? Intake,
    IReadOnlyList<SavedFinding> Findings)
{
    // The nutrients the history shows (the document's tokens).
    private static readonly string[] IntakeTokens = ["calcium", "vitamin_d", "vitamin_k_total"];

    /// <summary>Reads a stored row (either stored form) through <see cref="StoredAssessment.FromRow"/>.</summary>
    /// <exception cref="Core.Validation.InvalidInputException">The row cannot be read (damaged after it was saved).</exception>
    public static SavedResult From(SavedAssessment row)
    {
        ArgumentNullException.ThrowIfNull(row);
        var stored = StoredAssessment.FromRow(row.InputJson, row.ResultJson, row.CreatedUtc); // refuses a result that is not JSON
        using var document = JsonDocument.Parse(stored.Result);
        return Read(row.Id, row.CreatedUtc, stored.Today, document.RootElement);
    }

    /// <summary>Reads the key numbers of an assessment document.</summary>
    public static SavedResult Read(long id, DateTime createdUtc, DateOnly today, JsonElement result)
    {
        double? mof = null, hip = null;
        if (Object(result, "fractureRisk") is { } risk && Object(risk, "qfracture") is { } q)
        {
            (mof, hip) = (Number(q, "majorOsteoporoticPercent"), Number(q, "hipPercent"));
        }

        string? category = null;
        DateOnly? scanDate = null;
        double? lowest = null;
        var sites = new List<SavedSite>();
        var scans = new List<SavedScan>();
        if (Object(result, "densitometry") is { } d)
        {
            category = Category(d);
            scanDate = Date(d, "scanDate");
            lowest = Number(d, "lowestCentralTScore");
            foreach (var site in Array(d, "sites"))
            {
                if (Site(site) is { } s)
                {
                    sites.Add(new SavedSite(s, Number(site, "bmd"), Number(site, "tScore")));
                }
            }

            foreach (var m in Array(d, "history"))
            {
                if (Site(m) is { } s && Date(m, "date") is { } on)
                {
                    // The T-score the assessment used for the latest scan (it may be computed from the BMD); the
                    // reported one for earlier scans.
                    var used = on == scanDate ? sites.FirstOrDefault(x => x.Site == s)?.TScore : null;
                    scans.Add(new SavedScan(on, s, Number(m, "bmd"), used ?? Number(m, "tScore")));
                }
            }
        }

        SavedIntake? intake = null;
        if (Object(result, "intake") is { } i)
        {
            var nutrients = Array(i, "nutrients").Where(n => Text(n, "nutrient") is not null).ToDictionary(n => Text(n, "nutrient")!);
            double? Average(string token) => nutrients.TryGetValue(token, out var n) ? Number(n, "average") : null;
            var lowerBound = IntakeTokens.Any(t => nutrients.TryGetValue(t, out var n) && n.TryGetProperty("isLowerBound", out var b) && b.ValueKind == JsonValueKind.True);
            intake = new SavedIntake(Average("calcium"), Average("vitamin_d"), Average("vitamin_k_total"), lowerBound);
        }

        var findings = Array(result, "findings")
            .Select(f => new SavedFinding(Text(f, "code") ?? string.Empty, Severity(Text(f, "severity")), Text(f, "message") ?? string.Empty))
            .ToList();
        return new SavedResult(id, createdUtc, today, mof, hip, category, scanDate, lowest, sites, scans, intake, findings);
    }

    /// <summary>The site's name for people (<c>Lumbar spine</c>).</summary>
    public static string SiteName(SkeletalSite site) => BoneBalance.Reporting.Charts.BmdTrendData.SiteName(site);

    private static string? Category(JsonElement densitometry)
    {
        if (Text(densitometry, "whoCategory") is { } who && Parse<WhoCategory>(who) is { } w)
        {
            return DensitometryInterpretation.CategoryName(w);
        }

        return Text(densitometry, "zScoreCategory") is { } z && Parse<ZScoreCategory>(z) is { } c ? DensitometryInterpretation.ZScoreCategoryName(c) : null;
    }

    private static SafetySeverity Severity(string? token) => token is not null && Parse<SafetySeverity>(token) is { } s ? s : SafetySeverity.Info;

    private static SkeletalSite? Site(JsonElement element) =>
        Text(element, "site") is { } token && SkeletalSiteTokens.Table.TryParse(token, out var site) ? site : null;

    // The value whose document token (AssessmentDocument.Token) is the text, or null for a token this version does not know.
    private static T? Parse<T>(string token)
        where T : struct, Enum
    {
        foreach (var value in Enum.GetValues<T>())
        {
            if (AssessmentDocument.Token(value) == token)
            {
                return value;
            }
        }

        return null;
    }

    private static JsonElement? Object(JsonElement parent, string name) =>
        parent.ValueKind == JsonValueKind.Object && parent.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Object ? value : null;

    private static JsonElement[] Array(JsonElement parent, string name) =>
        parent.ValueKind == JsonValueKind.Object && parent.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Array ? [.. value.EnumerateArray()] : [];

    private static double? Number(JsonElement parent, string name) =>
        parent.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number ? value.GetDouble() : null;

    private static string? Text(JsonElement parent, string name) =>
        parent.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static DateOnly? Date(JsonElement parent, string name) =>
        Text(parent, name) is { } text && DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;
}
