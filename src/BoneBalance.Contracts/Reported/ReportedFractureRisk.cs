using BoneBalance.Core.Evidence;
using BoneBalance.Core.FractureRisk;

namespace BoneBalance.Data.Contracts;

/// <summary>The document's <c>fractureRisk</c>.</summary>
/// <param name="QFracture">The QFracture risks as written (0.1 %, two significant digits below 0.05 %), or null when not computed.</param>
/// <param name="NotApplicable">Why QFracture was not computed: each input outside the model's range.</param>
/// <param name="Notes">Notes on the risk.</param>
/// <param name="Frax">The FRAX result entered, or null.</param>
/// <param name="Screening">The screening tools (OST, ORAI, SCORE, OSIRIS), every field as written.</param>
/// <param name="ScreeningAdvice">The USPSTF 2025 advice.</param>
/// <param name="Thresholds">The guideline treatment-threshold findings.</param>
/// <param name="Citations">The sources of the risk model.</param>
public sealed record ReportedFractureRisk(
    QFractureResult? QFracture,
    IReadOnlyList<ReportedFieldError> NotApplicable,
    IReadOnlyList<string> Notes,
    FraxResult? Frax,
    IReadOnlyList<ScreeningToolResult> Screening,
    ReportedScreeningAdvice ScreeningAdvice,
    IReadOnlyList<GuidelineFinding> Thresholds,
    IReadOnlyList<Citation> Citations);

/// <summary>One input outside QFracture's range (<c>fractureRisk.notApplicable[]</c>).</summary>
/// <param name="Field">The input.</param>
/// <param name="Value">Its value.</param>
/// <param name="ValidRange">The model's range.</param>
/// <param name="Message">The whole sentence.</param>
public sealed record ReportedFieldError(string Field, string Value, string ValidRange, string Message);

/// <summary>The USPSTF 2025 screening advice (<c>fractureRisk.screeningAdvice</c>).</summary>
/// <param name="Recommendation">The recommendation.</param>
/// <param name="Grade">The USPSTF grade, or null.</param>
/// <param name="Reason">Why.</param>
/// <param name="DxaDone">True when a DXA result was given.</param>
/// <param name="FollowUp">The follow-up interval guidance when a scan was done, or null.</param>
/// <param name="IscdIndications">ISCD indications for BMD testing.</param>
/// <param name="Caveats">Caveats.</param>
/// <param name="Citations">Sources.</param>
public sealed record ReportedScreeningAdvice(
    UspstfRecommendation Recommendation,
    string? Grade,
    string Reason,
    bool DxaDone,
    string? FollowUp,
    IReadOnlyList<string> IscdIndications,
    IReadOnlyList<string> Caveats,
    IReadOnlyList<Citation> Citations)
{
    /// <summary>The advice in a few words (<see cref="OsteoporosisScreeningAdvice.Summary()"/>).</summary>
    public string Summary() => OsteoporosisScreeningAdvice.Summary(Recommendation, DxaDone);
}
