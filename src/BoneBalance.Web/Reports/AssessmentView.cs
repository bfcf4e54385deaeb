using System.Globalization;
using BoneBalance.Core.Evidence;
using BoneBalance.Core.Guidance;
using BoneBalance.Core.Safety;

namespace BoneBalance.Web.Reports;

/// <summary>
/// What the dashboard and the report render: one assessment, whether the diary had anything in its 7 days, and the
/// numbered list of every source it cites (in the order the page meets them), so each number can link to its source.
/// </summary>
internal sealed partial class AssessmentView
{
    private readonly CitationNumbers _numbers;

    /// <summary>Wraps an assessment for rendering.</summary>
    public AssessmentView(Core.Guidance.Assessment assessment, bool diaryLogged)
    {
        Assessment = assessment;
        DiaryLogged = diaryLogged;
        _numbers = AssessmentCitations.Numbered(assessment);
    }

    /// <summary>The assessment.</summary>
    public Core.Guidance.Assessment Assessment { get; }

    /// <summary>Whether any food or supplement was logged in the 7 days; without, the intake is unknown.</summary>
    public bool DiaryLogged { get; }

    /// <summary>Every source, numbered from 1 in list order.</summary>
    public IReadOnlyList<Citation> Sources => _numbers.Citations;

    /// <summary>Findings that must not be missed (warning and contraindicated), most severe first.</summary>
    public IEnumerable<SafetyFinding> Alerts => Assessment.Findings.Where(f => f.Severity >= SafetySeverity.Warning).OrderByDescending(f => f.Severity);

    /// <summary>The other findings (caution, information).</summary>
    public IEnumerable<SafetyFinding> OtherFindings => Assessment.Findings.Where(f => f.Severity < SafetySeverity.Warning).OrderByDescending(f => f.Severity);

    /// <summary>Recommendations other than next steps, highest priority first.</summary>
    public IEnumerable<Recommendation> Advice => Assessment.Recommendations.Where(r => r.Category != RecommendationCategory.NextStep).OrderByDescending(r => r.Priority);

    /// <summary>The next steps.</summary>
    public IEnumerable<Recommendation> NextSteps => Assessment.Recommendations.Where(r => r.Category == RecommendationCategory.NextStep).OrderByDescending(r => r.Priority);

    /// <summary>The source numbers of <paramref name="citations"/>, ascending.</summary>
    public IEnumerable<int> Numbers(IEnumerable<Citation> citations) => _numbers.Numbers(citations);

    /// <summary>A percentage as the dashboard shows it (one decimal).</summary>
    public static string Percent(double value) => value.ToString("0.0", CultureInfo.InvariantCulture);

    /// <summary>A number as written (up to two decimals).</summary>
    public static string Number(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    /// <summary>
    /// A text for people: without the verification labels the clinician report and the JSON keep
    /// (" [verified-secondary: Pecina 2016 JABFM; …]", " [cut-offs verified-primary: …]") and without "(title not checked)".
    /// </summary>
    public static string ForPeople(string text) =>
        VerificationLabel().Replace(text, string.Empty).Replace(" (title not checked)", string.Empty, StringComparison.Ordinal).Trim();

    /// <summary>A stored supplement token in words ("k2-mk7" → "Vitamin K2 (MK-7)"); an unknown token as it is.</summary>
    public static string SupplementName(string token) =>
        BoneBalance.Core.Nutrition.SupplementTokens.Forms.TryParse(token, out var form) ? Capitalised(BoneBalance.Core.Guidance.SupplementWords.Form(form)) : token;

    /// <summary>The text with its first letter in capitals ("vitamin D3" → "Vitamin D3").</summary>
    public static string Capitalised(string text) =>
        text.Length == 0 ? text : string.Concat(char.ToUpperInvariant(text[0]).ToString(), text.AsSpan(1));

    [System.Text.RegularExpressions.GeneratedRegex(@"\s*\[[^\[\]]*verified[^\[\]]*\]")]
    private static partial System.Text.RegularExpressions.Regex VerificationLabel();

    /// <summary>A severity in words.</summary>
    public static string Severity(SafetySeverity severity) => severity switch
    {
        SafetySeverity.ContraindicatedWithoutSupervision => "Do not take without your clinician",
        SafetySeverity.Warning => "Warning",
        SafetySeverity.Caution => "Caution",
        _ => "Note",
    };
}
