using System.Globalization;
using BoneBalance.Core.Densitometry;
using T = BoneBalance.Core.FractureRisk.GuidelineThresholds.Acr;

namespace BoneBalance.Core.FractureRisk;

/// <summary>ACR 2022 fracture-risk categories for adults on glucocorticoids (treatment_thresholds.md §6).</summary>
internal enum AcrGlucocorticoidRiskCategory
{
    /// <summary>Low risk.</summary>
    Low,

    /// <summary>Moderate risk.</summary>
    Moderate,

    /// <summary>High risk (adults aged 40 or over only).</summary>
    High,

    /// <summary>Very high risk.</summary>
    VeryHigh,
}

/// <summary>
/// The ACR 2022 glucocorticoid-induced osteoporosis risk category. It applies to glucocorticoids ≥ 2.5 mg/day for more
/// than 3 months [P]; the category table for adults ≥ 40 and &lt; 40 is [S]. A glucocorticoid-adjusted FRAX
/// (<see cref="FraxResult.GlucocorticoidAdjusted"/>) counts fully; an unadjusted one counts as a lower bound (in this scope the
/// adjustment only raises it), so the category it reaches stands and "may be higher" is said; BoneBalance does not apply the Kanis 2011 dose adjustment itself,
/// because only the approximate "about 15 %/20 %" major-fracture factors are in the abstract and the hip factors and
/// age table were read only second-hand. The category is the highest one any criterion reaches; "low" needs every
/// criterion known to be low.
/// </summary>
internal static class AcrGlucocorticoidRisk
{
    private const string Name = "ACR 2022 (glucocorticoids)";
    private const string Criterion = "Risk category; pharmacologic treatment for moderate, high or very high risk";

    internal static GuidelineFinding Evaluate(TreatmentThresholdInput input)
    {
        if (input.Glucocorticoids is not { } gc)
        {
            return Finding(FindingStatus.NotApplicable, "No glucocorticoid use recorded.", EvidenceLevel.Primary);
        }

        var inv = CultureInfo.InvariantCulture;
        if (gc.PrednisoloneEquivalentMilligramsPerDay < T.MinimumDailyDose || gc.DurationMonths <= T.MinimumMonthsExclusive)
        {
            return Finding(FindingStatus.NotApplicable, string.Create(
                inv,
                $"The ACR guideline applies to ≥ {T.MinimumDailyDose} mg/day prednisone for more than {T.MinimumMonthsExclusive} months; recorded: {gc.PrednisoloneEquivalentMilligramsPerDay:0.##} mg/day for {gc.DurationMonths:0.#} months."), EvidenceLevel.Primary);
        }

        var reasons = new List<(AcrGlucocorticoidRiskCategory Category, string Why)>();
        var missing = new List<string>();
        var young = input.Person.AgeYears < T.AdultTableAge;

        if (input.AnyFragilityFracture)
        {
            reasons.Add((AcrGlucocorticoidRiskCategory.VeryHigh, "prior osteoporotic fracture"));
        }

        if (gc.PrednisoloneEquivalentMilligramsPerDay >= T.VeryHighDailyDose && gc.DurationDays > T.VeryHighDoseDaysExclusive)
        {
            reasons.Add((AcrGlucocorticoidRiskCategory.VeryHigh, $"≥ {T.VeryHighDailyDose} mg/day for more than {T.VeryHighDoseDaysExclusive} days"));
        }

        if (gc.CumulativeGramsPastYear >= T.VeryHighCumulativeGramsPerYear)
        {
            reasons.Add((AcrGlucocorticoidRiskCategory.VeryHigh, string.Create(
                inv, $"cumulative dose ≈ {gc.CumulativeGramsPastYear:0.0} g in the past year (≥ {T.VeryHighCumulativeGramsPerYear} g; assumes a constant daily dose)")));
        }

        if (young)
        {
            YoungAdultCriteria(input, gc, reasons, missing);
        }
        else
        {
            TScoreCriteria(input, reasons, missing);
            FraxCriteria(input.Frax, reasons, missing);
        }

        var table = young ? "adults under 40" : "adults 40 or over";
        if (reasons.Count > 0)
        {
            var top = reasons.Max(r => r.Category);
            var why = string.Join("; ", reasons.Where(r => r.Category == top).Select(r => r.Why));
            var still = top == AcrGlucocorticoidRiskCategory.VeryHigh || missing.Count == 0
                ? string.Empty
                : $" The category may be higher: {string.Join("; ", missing)}.";
            return Finding(FindingStatus.Met, $"{CategoryName(top)} risk ({table}): {why}. Pharmacologic treatment is recommended.{still}", EvidenceLevel.Secondary);
        }

        if (missing.Count > 0)
        {
            return Finding(FindingStatus.CannotEvaluate, $"No criterion above low risk is met, but low risk cannot be confirmed ({table}): {string.Join("; ", missing)}.", EvidenceLevel.Secondary);
        }

        return Finding(FindingStatus.NotMet, $"Low risk ({table}): no criterion of moderate, high or very high risk is met.", EvidenceLevel.Secondary);
    }

    private static void TScoreCriteria(TreatmentThresholdInput input, List<(AcrGlucocorticoidRiskCategory, string)> reasons, List<string> missing)
    {
        if (input.Densitometry?.LowestCentralTScore is not { } t)
        {
            missing.Add("no T-score at the femoral neck, total hip or lumbar spine — enter the DXA results");
            return;
        }

        var shown = t.ToString("0.0#", CultureInfo.InvariantCulture);
        if (t <= T.VeryHighTScore)
        {
            reasons.Add((AcrGlucocorticoidRiskCategory.VeryHigh, $"lowest T-score {shown} ≤ {T.VeryHighTScore:0.0}"));
        }
        else if (t <= T.HighTScore)
        {
            reasons.Add((AcrGlucocorticoidRiskCategory.High, $"lowest T-score {shown} between {T.VeryHighTScore:0.0} (exclusive) and {T.HighTScore:0.0}"));
        }
        else if (t <= T.ModerateTScore)
        {
            reasons.Add((AcrGlucocorticoidRiskCategory.Moderate, $"lowest T-score {shown} between {T.ModerateTScore:0.0} and {T.HighTScore:0.0} (exclusive)"));
        }
    }

    private static void FraxCriteria(FraxResult? frax, List<(AcrGlucocorticoidRiskCategory, string)> reasons, List<string> missing)
    {
        if (frax is null)
        {
            missing.Add("no FRAX result — enter a glucocorticoid-adjusted FRAX from the official calculator (a QFracture risk cannot be used)");
            return;
        }

        // An unadjusted FRAX is a lower bound within the guideline's scope (≥ 2.5 mg/day): running FRAX with glucocorticoids
        // = yes, and the Kanis 2011 dose adjustment above 7.5 mg/day, only raise it. So the category it reaches is reached,
        // and the adjusted one may be higher.
        var unadjusted = frax.GlucocorticoidAdjusted ? string.Empty : " (FRAX not adjusted for glucocorticoids: a lower bound)";
        if (!frax.GlucocorticoidAdjusted)
        {
            missing.Add("the FRAX result is not marked glucocorticoid-adjusted, so it counts only as a lower bound — run FRAX with glucocorticoids = yes and, above 7.5 mg/day, " +
                        "adjust it for dose (Kanis 2011)");
        }

        var inv = CultureInfo.InvariantCulture;
        var mof = frax.MajorOsteoporoticPercent;
        var hip = frax.HipPercent;
        if (mof >= T.VeryHighFraxMajorOsteoporoticPercent)
        {
            reasons.Add((AcrGlucocorticoidRiskCategory.VeryHigh, string.Create(inv, $"FRAX major osteoporotic {mof:0.0##} % ≥ {T.VeryHighFraxMajorOsteoporoticPercent} %{unadjusted}")));
        }
        else if (mof >= T.HighFraxMajorOsteoporoticPercent)
        {
            reasons.Add((AcrGlucocorticoidRiskCategory.High, string.Create(inv, $"FRAX major osteoporotic {mof:0.0##} % in {T.HighFraxMajorOsteoporoticPercent} to < {T.VeryHighFraxMajorOsteoporoticPercent} %{unadjusted}")));
        }
        else if (mof >= T.ModerateFraxMajorOsteoporoticPercent)
        {
            reasons.Add((AcrGlucocorticoidRiskCategory.Moderate, string.Create(inv, $"FRAX major osteoporotic {mof:0.0##} % in {T.ModerateFraxMajorOsteoporoticPercent} to < {T.HighFraxMajorOsteoporoticPercent} %{unadjusted}")));
        }

        if (hip >= T.VeryHighFraxHipPercent)
        {
            reasons.Add((AcrGlucocorticoidRiskCategory.VeryHigh, string.Create(inv, $"FRAX hip {hip:0.0##} % ≥ {T.VeryHighFraxHipPercent} %{unadjusted}")));
        }
        else if (hip >= T.HighFraxHipPercent)
        {
            reasons.Add((AcrGlucocorticoidRiskCategory.High, string.Create(inv, $"FRAX hip {hip:0.0##} % in {T.HighFraxHipPercent} to < {T.VeryHighFraxHipPercent} %{unadjusted}")));
        }
        else if (hip > T.ModerateFraxHipPercentExclusive)
        {
            reasons.Add((AcrGlucocorticoidRiskCategory.Moderate, string.Create(inv, $"FRAX hip {hip:0.0##} % in > {T.ModerateFraxHipPercentExclusive} to < {T.HighFraxHipPercent} %{unadjusted}")));
        }
    }

    private static void YoungAdultCriteria(
        TreatmentThresholdInput input,
        GlucocorticoidExposure gc,
        List<(AcrGlucocorticoidRiskCategory, string)> reasons,
        List<string> missing)
    {
        if (gc.PrednisoloneEquivalentMilligramsPerDay < T.YoungModerateDailyDose || gc.DurationMonths < T.YoungModerateMonths)
        {
            return;
        }

        var dose = $"continuing ≥ {T.YoungModerateDailyDose} mg/day for ≥ {T.YoungModerateMonths} months";
        var z = input.Densitometry?.LowestZScore;
        var change = input.BmdChange;
        if (z is { } zs && zs < T.YoungModerateZScoreExclusive)
        {
            reasons.Add((AcrGlucocorticoidRiskCategory.Moderate, $"{dose} and lowest Z-score {zs.ToString("0.0#", CultureInfo.InvariantCulture)} < {T.YoungModerateZScoreExclusive}"));
            return;
        }

        // ACR words it "BMD loss greater than the LSC" [S]; the strict comparison follows that wording (a loss equal to
        // the LSC within binary rounding does not count).
        if (change is not null
            && -change.ChangeGramsPerSquareCentimetre > change.LeastSignificantChangeGramsPerSquareCentimetre + LeastSignificantChange.RoundingTolerance)
        {
            reasons.Add((AcrGlucocorticoidRiskCategory.Moderate, string.Create(
                CultureInfo.InvariantCulture,
                $"{dose} and BMD loss {-change.ChangeGramsPerSquareCentimetre:0.000} g/cm² greater than the LSC {change.LeastSignificantChangeGramsPerSquareCentimetre:0.000} g/cm²")));
            return;
        }

        if (z is null && change is null)
        {
            missing.Add($"{dose}: enter the Z-scores from the DXA report or a comparison of two scans (moderate risk if Z < {T.YoungModerateZScoreExclusive} or BMD loss > LSC)");
        }
    }

    private static string CategoryName(AcrGlucocorticoidRiskCategory category) => category switch
    {
        AcrGlucocorticoidRiskCategory.VeryHigh => "Very high",
        AcrGlucocorticoidRiskCategory.High => "High",
        AcrGlucocorticoidRiskCategory.Moderate => "Moderate",
        _ => "Low",
    };

    private static GuidelineFinding Finding(FindingStatus status, string reason, EvidenceLevel evidence) =>
        new(Name, Criterion, status, reason, evidence, T.Citation);
}
