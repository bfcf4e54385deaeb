using BoneBalance.Core.Densitometry;
using BoneBalance.Core.FractureRisk;
using BoneBalance.Core.People;

namespace BoneBalance.Core.Guidance;

/// <summary>
/// What the advice needs to know about the person's fracture risk in one place: the guideline treatment criteria met,
/// osteoporosis on DXA, a prior fragility fracture — and so whether the risk counts as high.
/// </summary>
internal sealed record RiskPicture(IReadOnlyList<GuidelineFinding> ThresholdsMet, bool OsteoporosisOnDxa, bool PriorFracture)
{
    public static RiskPicture Of(PersonFacts facts, FractureRiskAssessment risk, DensitometryAssessment? densitometry) => new(
        [.. risk.Thresholds.Where(t => t.Status == FindingStatus.Met)],
        densitometry?.Latest.WhoCategory is WhoCategory.Osteoporosis or WhoCategory.SevereOsteoporosis,
        facts.Person.Has(RiskFactors.PriorFracture) || facts.Input.PriorHipOrVertebralFracture);

    /// <summary>A guideline treatment threshold is met, or DXA shows osteoporosis, or there was a fragility fracture.</summary>
    public bool IsHigh => ThresholdsMet.Count > 0 || OsteoporosisOnDxa || PriorFracture;

    /// <summary>
    /// The reasons the risk is high, in words: the criteria met, then osteoporosis on DXA and a fracture when no criterion
    /// met already says so (a fracture met NOGG's "Prior fragility fracture" is not said twice).
    /// </summary>
    public IReadOnlyList<string> Reasons =>
    [
        .. ThresholdsMet.Select(t => $"{t.Guideline}: {t.Criterion}"),
        .. OsteoporosisOnDxa && !Said(BhofCriteria.TScoreCriterion) ? ["osteoporosis on your DXA scan"] : Array.Empty<string>(),
        .. PriorFracture && !Said(NoggCriteria.FractureCriterion) && !Said(BhofCriteria.FractureCriterion) ? ["a previous fragility fracture"] : Array.Empty<string>(),
    ];

    private bool Said(string criterion) => ThresholdsMet.Any(t => t.Criterion == criterion);
}
