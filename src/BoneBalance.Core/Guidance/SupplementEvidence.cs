using BoneBalance.Core.Evidence;
using BoneBalance.Core.FractureRisk;
using BoneBalance.Core.Nutrition;
using BoneBalance.Core.People;
using BoneBalance.Core.Safety;

namespace BoneBalance.Core.Guidance;

/// <summary>
/// The bodies of evidence behind each supplement the plan can suggest, and the grade each planned supplement gets for the
/// person (<see cref="IndirectnessGrading"/>; the rules and worked examples are in docs/GRADING.md). Every list ends in a
/// body that applies to everyone, so every supplement has a grade.
/// </summary>
internal static class SupplementEvidence
{
    /// <summary>Age from which the vitamin D trials count people as older (Bischoff-Ferrari 2009: 65 or over).</summary>
    public const int OlderFromAge = 65;

    /// <summary>MK-7 (and other vitamin K): one 3-year trial in healthy postmenopausal women (Knapen 2013), null in the
    /// trials at low risk of bias (Mott 2019): B for such women. Sex, menopause, kidney function and setting are domains:
    /// the effect studied is slower postmenopausal bone loss in healthy women living at home.</summary>
    public static EvidenceBody VitaminK { get; } = new(
        "randomised trials, but few, and without effect in those at low risk of bias",
        EvidenceGrade.B,
        new EvidencePopulation("healthy postmenopausal women")
        {
            Sex = Sex.Female,
            Postmenopausal = true,
            HealthyKidneys = true,
            Setting = CareSetting.Community,
        },
        [EvidenceSources.Knapen2013, EvidenceSources.Mott2019, GuidanceSources.Guyatt2011Indirectness]);

    /// <summary>Vitamin D with calcium in older people living in care homes: B (few trials; Chapuy 1992 positive, Decalyos II
    /// borderline; RACGP evidence statement and Recommendation 12). Used only in a care home and only with calcium: at home
    /// (Zhao 2017, Porthouse 2005) and without calcium (Lips, Lyons) the trials found no effect. Age is a domain; sex is not
    /// (the caveat says why).</summary>
    public static EvidenceBody VitaminDWithCalciumInCareHomes { get; } = CareHomeBody(IntakeNutrient.Calcium, "vitamin D with calcium");

    /// <summary>Calcium with vitamin D in older people living in care homes: the same trials, seen from the calcium.</summary>
    public static EvidenceBody CalciumWithVitaminDInCareHomes { get; } = CareHomeBody(IntakeNutrient.VitaminD, "calcium with vitamin D");

    /// <summary>Vitamin D for everyone else: the dose tops intake up to the IOM reference intake, set by a committee, and
    /// the trials in people living at home found no fewer fractures (Zhao 2017): D.</summary>
    public static EvidenceBody VitaminDReferenceIntake { get; } = new(
        "the dose tops your intake up to the reference intake, which a committee set; trials in people living at home found no fewer fractures with vitamin D",
        EvidenceGrade.D,
        new EvidencePopulation("adults"),
        [DietaryReferenceSources.Iom2011, GuidanceSources.Zhao2017]);

    /// <summary>Calcium for everyone else: the dose closes the gap to the IOM reference intake (committee), and the trials
    /// in people living at home found no fewer fractures (Zhao 2017): D.</summary>
    public static EvidenceBody CalciumReferenceIntake { get; } = new(
        "the dose closes the gap to the reference intake, which a committee set; trials in people living at home found no fewer fractures with calcium supplements",
        EvidenceGrade.D,
        new EvidencePopulation("adults"),
        [DietaryReferenceSources.Iom2011, GuidanceSources.Zhao2017]);

    /// <summary>The bodies for a supplement form, best-supported first.</summary>
    public static IReadOnlyList<EvidenceBody> For(SupplementForm form) => form switch
    {
        SupplementForm.VitaminK2Mk7 or SupplementForm.VitaminK2Mk4 or SupplementForm.VitaminK1 => [VitaminK],
        SupplementForm.VitaminD3 or SupplementForm.VitaminD2 => [VitaminDWithCalciumInCareHomes, VitaminDReferenceIntake],
        _ => [CalciumWithVitaminDInCareHomes, CalciumReferenceIntake],
    };

    /// <summary>The person as the grading sees them, taking <paramref name="takenWith"/> as the other supplements.</summary>
    public static EvidenceSubject Subject(PersonFacts facts, IReadOnlySet<IntakeNutrient> takenWith)
    {
        var person = facts.Person;
        var kidney = facts.Has(ConditionClass.ChronicKidneyDisease) || facts.Has(ConditionClass.AdvancedChronicKidneyDisease)
            || person.Has(RiskFactors.KidneyDisease) || facts.Input.Labs.Egfr is < SafetyCheck.CkdEgfr;
        var postmenopausal = person.Sex == Sex.Female && GuidelinePopulation.IsPostmenopausalWomanOrOlderMan(person, int.MaxValue);
        return new EvidenceSubject(person.Sex, person.AgeYears, postmenopausal, LivesInCareHome(facts), kidney, takenWith);
    }

    /// <summary>True when the profile lists the QFracture risk factor <c>care_home</c> (living in a care or nursing home;
    /// the profile has no other field for it).</summary>
    public static bool LivesInCareHome(PersonFacts facts) => facts.Person.Has(RiskFactors.CareHome);

    /// <summary>
    /// The plan with every planned supplement graded for the person and the grade note added to its notes. A supplement
    /// counts as taken with another when the other is planned or already taken as a supplement.
    /// </summary>
    public static SupplementPlan Grade(SupplementPlan plan, PersonFacts facts)
    {
        var taken = new HashSet<IntakeNutrient>();
        foreach (var s in plan.Supplements)
        {
            taken.Add(NutrientOf(s.Form));
        }

        if (facts.Supplementing(SupplementIngredient.Calcium).Micrograms > 0)
        {
            taken.Add(IntakeNutrient.Calcium);
        }

        if (facts.Supplementing(SupplementIngredient.VitaminD).Micrograms > 0)
        {
            taken.Add(IntakeNutrient.VitaminD);
        }

        return plan with
        {
            Supplements =
            [
                .. plan.Supplements.Select(s =>
                {
                    var others = new HashSet<IntakeNutrient>(taken);
                    others.Remove(NutrientOf(s.Form));
                    var grade = IndirectnessGrading.Best(For(s.Form), Subject(facts, others));
                    return s with
                    {
                        Grade = grade.Grade,
                        Citations = [.. s.Citations, .. grade.Body.Citations.Where(c => !s.Citations.Contains(c))],
                        Notes = [.. s.Notes, grade.Note],
                    };
                }),
            ],
        };
    }

    private static IntakeNutrient NutrientOf(SupplementForm form) => form switch
    {
        SupplementForm.VitaminD3 or SupplementForm.VitaminD2 => IntakeNutrient.VitaminD,
        SupplementForm.VitaminK2Mk7 or SupplementForm.VitaminK2Mk4 or SupplementForm.VitaminK1 => IntakeNutrient.VitaminKTotal,
        _ => IntakeNutrient.Calcium,
    };

    private static EvidenceBody CareHomeBody(IntakeNutrient with, string what) => new(
        $"in older people living in care homes, {what} lowered hip and other non-vertebral fractures in the largest trial, while vitamin D alone, "
            + "and both in people living at home, did not",
        EvidenceGrade.B,
        new EvidencePopulation($"people aged {OlderFromAge} or over living in care homes") { MinimumAge = OlderFromAge },
        [GuidanceSources.Chapuy1992, GuidanceSources.RacgpResidentialCareEvidence, GuidanceSources.RacgpInstitutionalised, GuidanceSources.Avenell2014, GuidanceSources.Zhao2017, GuidanceSources.BischoffFerrari2009])
    {
        RequiredSetting = CareSetting.CareHome,
        RequiresTakenWith = with,
        Caveat = "The largest trial was in women; the grade is not lowered for men, because the supplements worked by correcting low vitamin D and calcium (the women's parathyroid hormone fell by 44 %), which is not particular to women.",
    };
}
