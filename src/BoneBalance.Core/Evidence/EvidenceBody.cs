using BoneBalance.Core.Nutrition;
using BoneBalance.Core.People;

namespace BoneBalance.Core.Evidence;

/// <summary>Where the people of a body of evidence lived.</summary>
public enum CareSetting
{
    /// <summary>Not limited: the trials or reviews included people wherever they lived.</summary>
    Any,

    /// <summary>At home (community-dwelling).</summary>
    Community,

    /// <summary>In a care or nursing home (institutionalised).</summary>
    CareHome,
}

/// <summary>
/// The one aspect of the population in which a body of evidence and a person can differ, each of which lowers the grade by
/// one step when they do (GRADE guidelines 8, indirectness of population, <see cref="Guidance.GuidanceSources.Guyatt2011Indirectness"/>).
/// </summary>
public enum IndirectnessDomain
{
    /// <summary>The trials studied one sex only and the person is of the other.</summary>
    Sex,

    /// <summary>The trials studied women after the menopause and the woman has not reached it.</summary>
    Menopause,

    /// <summary>The trials studied people from an age on and the person is younger.</summary>
    Age,

    /// <summary>The trials studied healthy people and the person has reduced kidney function (CKD, or an eGFR below 60).</summary>
    KidneyFunction,

    /// <summary>The trials studied people living at home and the person lives in a care home.</summary>
    Setting,
}

/// <summary>
/// Who the trials of a body of evidence studied, as far as it plausibly changes the effect: each field that is set is an
/// <see cref="IndirectnessDomain"/> in which a person can differ; a field left open (null, false, <see cref="CareSetting.Any"/>)
/// means BoneBalance does not grade down for it (GRADE rates population differences down only when biological or social
/// factors make a substantially different effect likely).
/// </summary>
/// <param name="Description">The population in plain words ("healthy postmenopausal women").</param>
public sealed record EvidencePopulation(string Description)
{
    /// <summary>The only sex studied, or null when both were (or sex is not thought to change the effect).</summary>
    public Sex? Sex { get; init; }

    /// <summary>True when the trials studied women after the menopause only.</summary>
    public bool Postmenopausal { get; init; }

    /// <summary>The youngest age studied, or null when age is not a domain.</summary>
    public int? MinimumAge { get; init; }

    /// <summary>True when the trials studied healthy people, so reduced kidney function was not studied.</summary>
    public bool HealthyKidneys { get; init; }

    /// <summary>Where the people studied lived (<see cref="CareSetting.Community"/> grades a care-home resident down).</summary>
    public CareSetting Setting { get; init; } = CareSetting.Any;
}

/// <summary>
/// One body of evidence for taking a supplement: what it found, its grade for the people it studied, who they were, and
/// when it does not apply at all (a setting or a co-intervention without which the effect was not seen — then it is not
/// graded down but not used, since other trials show the effect does not carry over).
/// </summary>
/// <param name="Finding">What the evidence found, in plain words, for the grade note.</param>
/// <param name="Grade">Its grade for the people it studied (<see cref="EvidenceGrade"/>).</param>
/// <param name="Population">Who it studied.</param>
/// <param name="Citations">The sources; never empty.</param>
public sealed record EvidenceBody(string Finding, EvidenceGrade Grade, EvidencePopulation Population, IReadOnlyList<Citation> Citations)
{
    /// <summary>The setting the body applies in only (<see cref="CareSetting.Any"/>: everywhere).</summary>
    public CareSetting RequiredSetting { get; init; } = CareSetting.Any;

    /// <summary>A nutrient that must be taken with the supplement for the body to apply (vitamin D with calcium), or null.</summary>
    public IntakeNutrient? RequiresTakenWith { get; init; }

    /// <summary>A sentence the grade note adds whenever the body is used, e.g. why a difference is not graded down.</summary>
    public string? Caveat { get; init; }
}

/// <summary>
/// The person as the evidence grade sees them: the facts in which they can differ from the people studied.
/// </summary>
/// <param name="Sex">Sex.</param>
/// <param name="AgeYears">Age in years.</param>
/// <param name="Postmenopausal">True for a woman after the menopause (unknown status at 50 or over counts as after).</param>
/// <param name="CareHome">True when the person lives in a care or nursing home.</param>
/// <param name="ReducedKidneyFunction">True with chronic kidney disease or an eGFR below 60.</param>
/// <param name="TakenWith">The nutrients the person takes as supplements with this one (planned or already taken).</param>
public sealed record EvidenceSubject(Sex Sex, int AgeYears, bool Postmenopausal, bool CareHome, bool ReducedKidneyFunction, IReadOnlySet<IntakeNutrient> TakenWith);
