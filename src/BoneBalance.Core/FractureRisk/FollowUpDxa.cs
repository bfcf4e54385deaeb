using System.Globalization;
using BoneBalance.Core.Evidence;

namespace BoneBalance.Core.FractureRisk;

/// <summary>
/// What the screening tools and the USPSTF advice say once a DXA scan has been done: the screening question (who needs
/// a first scan) is answered, and the question left is when to repeat it. Sources: USPSTF 2025 — the evidence on
/// screening intervals is insufficient, and because of the precision of the test at least 2 years may be needed to
/// measure a change reliably [S: read in a clinical summary page quoting the statement; the official page was not
/// reached]; ISCD 2019 — when to repeat depends on the least significant change [P abstract]; BHOF 2022 — a follow-up
/// scan 1 to 2 years after starting or changing treatment [S: restatement of the NOF/BHOF rule "BMD every 1–2 years"];
/// Gourlay 2012 — after a normal result, about 17 years until 1 in 10 older women develop osteoporosis [P abstract].
/// </summary>
public static class FollowUpDxa
{
    /// <summary>Years a change in BMD usually needs to exceed the test's precision (USPSTF [S]).</summary>
    public const int MinimumYearsForMeasurableChange = 2;

    /// <summary>The follow-up interval after starting or changing treatment, in years: 1 to 2 (BHOF [S]).</summary>
    public const string OnTreatmentYears = "1 to 2";

    /// <summary>Years until 10 % of older women with normal BMD developed osteoporosis (Gourlay 2012 [P abstract]: 16.8).</summary>
    public const double NormalBmdYearsToTenPercent = 16.8;

    /// <summary>The sources of <see cref="Advice"/>.</summary>
    public static IReadOnlyList<Citation> Citations { get; } =
        [ScreeningSources.Uspstf2025, ScreeningSources.IscdRepeatBmd2019, GuidelineThresholds.Bhof.Citation, ScreeningSources.GourlayInterval2012];

    /// <summary>The follow-up interval guidance, for patients.</summary>
    public static string Advice { get; } = string.Create(
        CultureInfo.InvariantCulture,
        $"When to repeat it is for your clinician to decide: the USPSTF found too little evidence to set an interval, and a change in bone density usually takes at least {MinimumYearsForMeasurableChange} years to show beyond the scanner's precision. "
        + $"After starting or changing an osteoporosis medicine, a follow-up scan is usually done after {OnTreatmentYears} years; after a normal result, much later (in older women with normal bone density, about {NormalBmdYearsToTenPercent:0} years passed before 1 in 10 developed osteoporosis).");

    /// <summary>The sentence that replaces the screening advice once a scan has been done.</summary>
    /// <param name="latestScan">The date of the latest scan, when known.</param>
    public static string Done(DateOnly? latestScan) => string.Create(
        CultureInfo.InvariantCulture,
        $"A DXA scan has already been done{(latestScan is { } d ? $" (latest {d:yyyy-MM-dd})" : string.Empty)}, so the screening question — who should have a first scan — is answered.");

    /// <summary>The band of a tool that would refer for DXA, once a scan has been done.</summary>
    public const string BandSuffix = "; a DXA scan has already been done";

    /// <summary>
    /// The screening tools and USPSTF advice for a person who has had a DXA scan: a tool that would refer says a scan
    /// has been done; the advice says so and gives <see cref="Advice"/>, and keeps what it would have said as a caveat
    /// for the clinician. The scores, flags and the USPSTF recommendation and grade themselves are unchanged.
    /// </summary>
    public static (IReadOnlyList<ScreeningToolResult> Tools, OsteoporosisScreeningAdvice Advice) After(
        IReadOnlyList<ScreeningToolResult> tools, OsteoporosisScreeningAdvice advice, DateOnly? latestScan)
    {
        ArgumentNullException.ThrowIfNull(tools);
        ArgumentNullException.ThrowIfNull(advice);
        var done = tools.Select(Mark).ToList();
        return (done, advice with
        {
            Reason = $"{Done(latestScan)} {Advice}",
            TriggeredBy = [.. advice.TriggeredBy.Select(Mark)],
            ToolResults = [.. advice.ToolResults.Select(Mark)],
            Caveats = [.. advice.Caveats, $"Without a scan, the screening advice would be: {advice.Reason}"],
            Citations = DistinctCitations.Of([.. advice.Citations, .. Citations]),
            DxaDone = true,
            FollowUp = Advice,
        });
    }

    private static ScreeningToolResult Mark(ScreeningToolResult tool) =>
        tool.ReferForDxa == true ? tool with { Band = tool.Band + BandSuffix } : tool;
}
