using BoneBalance.Core.Evidence;
using BoneBalance.Core.People;

namespace BoneBalance.Core.Guidance;

/// <summary>
/// Calcium supplements and the heart, both sides, said in the plan for a person with cardiovascular disease
/// (the QFracture factor <c>cardiovascular_disease</c> — heart attack, angina, stroke or TIA — ticked or implied by a coded
/// condition) to whom the plan offers calcium: the meta-analysis that found more heart attacks with calcium supplements
/// with or without vitamin D (Bolland 2011), the NOF/ASPC guideline that found no relationship in generally healthy
/// adults up to the upper level (Kopecky 2016), and the USPSTF 2018 statement on supplements for primary prevention of
/// fractures (Grossman 2018); food first, as the plan says everywhere.
/// </summary>
internal static class CalciumAndHeart
{
    /// <summary>The sources of <see cref="PlanNote"/>.</summary>
    public static IReadOnlyList<Citation> Sources { get; } =
        [EvidenceSources.Bolland2011, EvidenceSources.Kopecky2016, EvidenceSources.Grossman2018];

    /// <summary>How the plan names the person's cardiovascular disease: "heart or blood-vessel disease (…)" with the coded
    /// conditions as the person gave them, or the QFracture factor's meaning when only the factor is ticked; null when
    /// there is none.</summary>
    internal static string? HeartDisease(PersonFacts facts)
    {
        var named = facts.Conditions.Where(c => c.Entry.QFractureFactor.HasFlag(RiskFactors.CardiovascularDisease))
            .Select(c => c.Condition.Name).Distinct().Order().ToList();
        return named.Count > 0 ? $"heart or blood-vessel disease ({Amounts.Join(named)})"
            : facts.Person.Has(RiskFactors.CardiovascularDisease) ? "heart or blood-vessel disease (a heart attack, angina, stroke or TIA)"
            : null;
    }

    /// <summary>The plan note, or null when the plan offers no calcium or the person has no cardiovascular disease.</summary>
    internal static string? PlanNote(PersonFacts facts, PlannedSupplement? calcium) =>
        calcium is not null && HeartDisease(facts) is { } heart
            ? $"You have {heart} and the plan offers a calcium supplement, so you should know the evidence on calcium supplements and the heart is mixed. "
                + "A 2011 analysis of trials found slightly more heart attacks with calcium supplements, with or without vitamin D; a 2016 guideline of the US National "
                + "Osteoporosis Foundation and the American Society for Preventive Cardiology found no link in generally healthy adults, as long as total calcium stays "
                + "within the upper level. The US Preventive Services Task Force (2018) advises against small daily doses (up to 400 IU of vitamin D and 1,000 mg of "
                + "calcium) to prevent fractures in women past the menopause living at home, and found too little evidence about larger doses. Calcium from food is "
                + "preferred: ask your clinician whether food can give you the calcium instead."
            : null;
}
