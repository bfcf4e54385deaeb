using System.Globalization;
using T = BoneBalance.Core.FractureRisk.GuidelineThresholds.Bhof;

namespace BoneBalance.Core.FractureRisk;

/// <summary>BHOF 2022: consider pharmacologic treatment in postmenopausal women and men ≥ 50 with any of three criteria.</summary>
internal static class BhofCriteria
{
    private const string Name = "BHOF 2022";
    internal const string FractureCriterion = "Hip or vertebral fracture";
    internal const string TScoreCriterion = "T-score ≤ -2.5 at femoral neck, total hip or lumbar spine";
    private const string FraxCriterion = "Low bone mass and US FRAX hip ≥ 3 % or major osteoporotic ≥ 20 %";

    internal static IEnumerable<GuidelineFinding> Evaluate(TreatmentThresholdInput input)
    {
        if (!GuidelinePopulation.IsPostmenopausalWomanOrOlderMan(input.Person, T.MinimumAgeMen))
        {
            var why = $"BHOF treatment criteria are for postmenopausal women and men aged {T.MinimumAgeMen} or over; this is {GuidelinePopulation.Describe(input.Person)}.";
            yield return Finding(FractureCriterion, FindingStatus.NotApplicable, why);
            yield return Finding(TScoreCriterion, FindingStatus.NotApplicable, why);
            yield return Finding(FraxCriterion, FindingStatus.NotApplicable, why);
            yield break;
        }

        yield return input.PriorHipOrVertebralFracture
            ? Finding(FractureCriterion, FindingStatus.Met, "A hip or vertebral fracture: consider treatment regardless of BMD.")
            : Finding(FractureCriterion, FindingStatus.NotMet, "No hip or vertebral fracture recorded.");

        var t = input.Densitometry?.LowestCentralTScore;
        if (t is null)
        {
            const string none = "No T-score at the femoral neck, total hip or lumbar spine: enter the DXA results.";
            yield return Finding(TScoreCriterion, FindingStatus.CannotEvaluate, none);
            yield return Finding(FraxCriterion, FindingStatus.CannotEvaluate, none);
            yield break;
        }

        var lowest = t.Value;
        var shown = lowest.ToString("0.0#", CultureInfo.InvariantCulture);
        yield return lowest <= T.OsteoporosisTScore
            ? Finding(TScoreCriterion, FindingStatus.Met, $"Lowest T-score {shown} ≤ {T.OsteoporosisTScore:0.0}.")
            : Finding(TScoreCriterion, FindingStatus.NotMet, $"Lowest T-score {shown} > {T.OsteoporosisTScore:0.0}.");

        yield return FraxFinding(lowest, shown, input.Frax);
    }

    private static GuidelineFinding FraxFinding(double lowest, string shown, FraxResult? frax)
    {
        if (lowest <= T.OsteoporosisTScore)
        {
            return Finding(FraxCriterion, FindingStatus.NotApplicable,
                $"Lowest T-score {shown} is in the osteoporosis range, not low bone mass (the T-score criterion applies).");
        }

        if (lowest >= T.LowBoneMassUpperTScore)
        {
            return Finding(FraxCriterion, FindingStatus.NotMet, $"Lowest T-score {shown} is not low bone mass (-1.0 > T > -2.5).");
        }

        if (frax is null)
        {
            return Finding(FraxCriterion, FindingStatus.CannotEvaluate,
                $"Low bone mass (lowest T-score {shown}): cannot evaluate — enter a FRAX result from the official calculator. " +
                "A QFracture risk cannot be used instead: it is an incidence, FRAX a probability (Kanis 2017).");
        }

        var inv = CultureInfo.InvariantCulture;
        var numbers = string.Create(
            inv, $"FRAX hip {frax.HipPercent:0.0##} % (threshold {T.FraxHipPercent:0.#} %), major osteoporotic {frax.MajorOsteoporoticPercent:0.0##} % (threshold {T.FraxMajorOsteoporoticPercent:0.#} %)");
        var met = frax.HipPercent >= T.FraxHipPercent || frax.MajorOsteoporoticPercent >= T.FraxMajorOsteoporoticPercent;
        return met
            ? Finding(FraxCriterion, FindingStatus.Met, $"Low bone mass (lowest T-score {shown}) and {numbers}. BHOF thresholds assume the US-adapted FRAX model.")
            : Finding(FraxCriterion, FindingStatus.NotMet, $"Low bone mass (lowest T-score {shown}) but {numbers}: both below threshold.");
    }

    private static GuidelineFinding Finding(string criterion, FindingStatus status, string reason) =>
        new(Name, criterion, status, reason, EvidenceLevel.Secondary, T.Citation);
}
