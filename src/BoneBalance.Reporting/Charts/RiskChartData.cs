using BoneBalance.Core.Evidence;
using BoneBalance.Core.FractureRisk;
using BoneBalance.Data.Contracts;
using Bhof = BoneBalance.Core.FractureRisk.GuidelineThresholds.Bhof;
using Acr = BoneBalance.Core.FractureRisk.GuidelineThresholds.Acr;

namespace BoneBalance.Reporting.Charts;

/// <summary>Which kind of number a risk bar shows.</summary>
public enum RiskMeasure
{
    /// <summary>QFracture-2012: a risk (cumulative incidence), computed by BoneBalance.</summary>
    QFracture,

    /// <summary>FRAX: a probability accounting for the competing risk of death, entered from the official calculator.</summary>
    Frax,
}

/// <summary>One bar of the risk chart.</summary>
/// <param name="Outcome">Major osteoporotic or hip fracture.</param>
/// <param name="Measure">QFracture or FRAX.</param>
/// <param name="Percent">The value in percent, or null when there is none.</param>
/// <param name="Missing">Why there is no value (<c>not entered</c>, or QFracture's reason), or null.</param>
/// <param name="Source">Where the value comes from, in a few words.</param>
public sealed record RiskBar(FractureOutcome Outcome, RiskMeasure Measure, double? Percent, string? Missing, string Source);

/// <summary>A guideline treatment threshold drawn on the chart; the number is the one the rules compare against.</summary>
/// <param name="Outcome">Which outcome it applies to.</param>
/// <param name="Percent">The threshold in percent (a FRAX probability).</param>
/// <param name="Guideline">The guideline, e.g. <c>BHOF 2022</c>.</param>
/// <param name="Condition">When the threshold applies, e.g. <c>with low bone mass</c>.</param>
/// <param name="Citation">The guideline's citation.</param>
public sealed record RiskThreshold(FractureOutcome Outcome, double Percent, string Guideline, string Condition, Citation Citation);

/// <summary>
/// The data of the 10-year fracture-risk chart: QFracture's risks, FRAX probabilities when entered, and the guideline
/// thresholds from <see cref="GuidelineThresholds"/>. Thresholds are FRAX probabilities: they are drawn against the FRAX
/// bars only, never against QFracture's risk (an incidence, not a probability — Kanis et al. 2017).
/// </summary>
/// <param name="Years">The horizon of the QFracture risks (10 unless asked otherwise).</param>
/// <param name="Bars">Per outcome (major osteoporotic, then hip): the QFracture bar and the FRAX bar.</param>
/// <param name="Thresholds">The guideline thresholds per outcome.</param>
public sealed record RiskChartData(int Years, IReadOnlyList<RiskBar> Bars, IReadOnlyList<RiskThreshold> Thresholds)
{
    /// <summary>The outcomes in chart order.</summary>
    public static IReadOnlyList<FractureOutcome> Outcomes { get; } = [FractureOutcome.MajorOsteoporotic, FractureOutcome.Hip];

    /// <summary>
    /// Builds the chart data. <paramref name="frax"/> is the FRAX result the person or clinician entered (an
    /// <see cref="Core.Guidance.Assessment"/> does not carry it). BHOF 2022 thresholds are always shown; the ACR 2022
    /// "very high" thresholds only with a glucocorticoid-adjusted FRAX, the only FRAX that guideline compares.
    /// </summary>
    public static RiskChartData From(Core.Guidance.FractureRiskAssessment risk, FraxResult? frax = null)
    {
        ArgumentNullException.ThrowIfNull(risk);
        return Build(risk.QFracture, risk.Citations, [.. risk.QFractureNotApplicable.Select(e => $"{e.Field} {e.Value} outside {e.ValidRange}")], frax);
    }

    /// <summary>Builds the chart data from an assessment document's fracture risk (risks as written) and the FRAX
    /// result: <paramref name="frax"/> when given, else the document's.</summary>
    public static RiskChartData From(ReportedFractureRisk risk, FraxResult? frax = null)
    {
        ArgumentNullException.ThrowIfNull(risk);
        return Build(risk.QFracture, risk.Citations, [.. risk.NotApplicable.Select(e => $"{e.Field} {e.Value} outside {e.ValidRange}")], frax ?? risk.Frax);
    }

    private static RiskChartData Build(QFractureResult? qfracture, IReadOnlyList<Citation> citations, IReadOnlyList<string> outside, FraxResult? frax)
    {
        var qSource = citations.Count > 0 ? $"QFracture-2012 ({citations[0].Authors}, {citations[0].Year})" : "QFracture-2012";
        var notComputed = outside.Count > 0 ? "not computed: " + string.Join("; ", outside) : "not computed";
        var bars = new List<RiskBar>();
        foreach (var outcome in Outcomes)
        {
            bars.Add(qfracture is { } q
                ? new RiskBar(outcome, RiskMeasure.QFracture, q.PercentFor(outcome), null, qSource)
                : new RiskBar(outcome, RiskMeasure.QFracture, null, notComputed, qSource));
            var fraxPercent = frax is null ? (double?)null
                : outcome == FractureOutcome.Hip ? frax.HipPercent : frax.MajorOsteoporoticPercent;
            bars.Add(new RiskBar(outcome, RiskMeasure.Frax, fraxPercent, frax is null ? "not entered" : null,
                frax is { GlucocorticoidAdjusted: true } ? "FRAX, entered (glucocorticoid-adjusted)" : "FRAX, entered"));
        }

        const string bhof = "BHOF 2022";
        const string lowBoneMass = "with low bone mass (US FRAX)";
        var thresholds = new List<RiskThreshold>
        {
            new(FractureOutcome.MajorOsteoporotic, Bhof.FraxMajorOsteoporoticPercent, bhof, lowBoneMass, Bhof.Citation),
            new(FractureOutcome.Hip, Bhof.FraxHipPercent, bhof, lowBoneMass, Bhof.Citation),
        };
        if (frax is { GlucocorticoidAdjusted: true })
        {
            const string acr = "ACR 2022";
            const string veryHigh = "very high risk, glucocorticoid-adjusted FRAX";
            thresholds.Add(new(FractureOutcome.MajorOsteoporotic, Acr.VeryHighFraxMajorOsteoporoticPercent, acr, veryHigh, Acr.Citation));
            thresholds.Add(new(FractureOutcome.Hip, Acr.VeryHighFraxHipPercent, acr, veryHigh, Acr.Citation));
        }

        return new RiskChartData(qfracture?.Years ?? 10, bars, thresholds);
    }

    /// <summary>The outcome's name, e.g. <c>major osteoporotic fracture</c>.</summary>
    public static string OutcomeName(FractureOutcome outcome) =>
        outcome == FractureOutcome.Hip ? "hip fracture" : "major osteoporotic fracture";

    /// <summary>The bar's name as the chart and table show it.</summary>
    public string BarName(RiskBar bar)
    {
        ArgumentNullException.ThrowIfNull(bar);
        return bar.Measure == RiskMeasure.QFracture
            ? $"QFracture {Years}-year {OutcomeName(bar.Outcome)} risk"
            : $"FRAX 10-year {OutcomeName(bar.Outcome)} probability";
    }
}
