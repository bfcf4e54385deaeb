using BoneBalance.Core.FractureRisk;

namespace BoneBalance.Reporting.Pdf;

/// <summary>
/// What the clinician report needs besides the <see cref="Core.Guidance.Assessment"/>. The report reads no clock and no
/// culture: the time it was generated is passed in, and it is written in English with invariant-culture numbers.
/// </summary>
/// <param name="GeneratedAt">When the report was generated (printed in UTC in the header).</param>
public sealed record ReportOptions(DateTimeOffset GeneratedAt)
{
    /// <summary>A label for the person (initials, a record number), printed only when given; BoneBalance never prints a name
    /// it was not given.</summary>
    public string? PersonLabel { get; init; }

    /// <summary>What the assessment was made from (medicines, conditions, supplements, labs, DXA, diary): listed under
    /// "Information used" when given, so the clinician sees what the results rest on.</summary>
    public Core.Guidance.AssessmentInput? Input { get; init; }

    /// <summary>The person's time zone: the generation time is printed in it, with its UTC offset (UTC when null).</summary>
    public TimeZoneInfo? TimeZone { get; init; }

    /// <summary>A notice printed in bold under the title, before anything else the report says (e.g. that a saved
    /// assessment, made again from its saved inputs, no longer gives the result that was saved).</summary>
    public ReportNotice? Notice { get; init; }

    /// <summary>The FRAX result entered for the person, drawn in the risk chart (the assessment does not carry it).</summary>
    public FraxResult? Frax { get; init; }
}
