using BoneBalance.Core.Evidence;
using BoneBalance.Core.Guidance;
using BoneBalance.Core.Nutrition;
using BoneBalance.Core.People;

namespace BoneBalance.Core.Tests.Evidence;

/// <summary>
/// The grading rules of docs/GRADING.md on hand-made populations and people: each indirectness domain is tested on both
/// sides (differs → one step down; matches → none), the two-step cap, the D floor, the bodies that do not apply, and the
/// choice of the best body.
/// </summary>
public class IndirectnessGradingTests
{
    private static readonly EvidencePopulation AllDomains = new("healthy postmenopausal women aged 50 or over living at home")
    {
        Sex = Sex.Female,
        Postmenopausal = true,
        MinimumAge = 50,
        HealthyKidneys = true,
        Setting = CareSetting.Community,
    };

    private static readonly EvidenceBody BodyA = new("it worked", EvidenceGrade.A, AllDomains, [GuidanceSources.Guyatt2011Indirectness]);

    private static EvidenceSubject Person(Sex sex = Sex.Female, int age = 60, bool postmenopausal = true, bool careHome = false, bool kidney = false, params IntakeNutrient[] with) =>
        new(sex, age, postmenopausal, careHome, kidney, new HashSet<IntakeNutrient>(with));

    [Fact]
    public void A_person_like_the_people_studied_keeps_the_grade_and_the_note_says_so()
    {
        var grade = IndirectnessGrading.For(BodyA, Person())!;

        Assert.Equal(EvidenceGrade.A, grade.Grade);
        Assert.Empty(grade.Differences);
        Assert.Equal("Evidence grade A for you, as for the people studied (healthy postmenopausal women aged 50 or over living at home): it worked.", grade.Note);
    }

    public static TheoryData<EvidenceSubject, IndirectnessDomain, string> OneDifference() => new()
    {
        { Person(sex: Sex.Male, postmenopausal: false), IndirectnessDomain.Sex, "it studied only women and you are a man" },
        { Person(postmenopausal: false), IndirectnessDomain.Menopause, "it studied women after the menopause and you have not reached it" },
        { Person(age: 49), IndirectnessDomain.Age, "it studied people aged 50 or over and you are 49" },
        { Person(kidney: true), IndirectnessDomain.KidneyFunction, "it studied healthy people and your kidney function is reduced" },
        { Person(careHome: true), IndirectnessDomain.Setting, "it studied people living at home and you live in a care home" },
    };

    [Theory]
    [MemberData(nameof(OneDifference))]
    public void Each_domain_in_which_the_person_differs_lowers_the_grade_one_step_and_is_named(EvidenceSubject person, IndirectnessDomain domain, string words)
    {
        var grade = IndirectnessGrading.For(BodyA, person)!;

        Assert.Equal([domain], grade.Differences);
        Assert.Equal(EvidenceGrade.B, grade.Grade);
        Assert.Contains("lower than the A it has for the people studied", grade.Note, StringComparison.Ordinal);
        Assert.Contains(words, grade.Note, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void The_age_boundary_is_the_minimum_age_itself()
    {
        Assert.Empty(IndirectnessGrading.Differences(AllDomains, Person(age: 50)));
        Assert.Equal([IndirectnessDomain.Age], IndirectnessGrading.Differences(AllDomains, Person(age: 49)));
    }

    [Fact]
    public void A_domain_left_open_is_never_a_difference()
    {
        var open = new EvidencePopulation("adults");

        Assert.Empty(IndirectnessGrading.Differences(open, Person(sex: Sex.Male, age: 19, postmenopausal: false, careHome: true, kidney: true)));
    }

    [Fact]
    public void A_man_differs_from_postmenopausal_women_once_by_sex_not_again_by_menopause()
    {
        Assert.Equal([IndirectnessDomain.Sex], IndirectnessGrading.Differences(AllDomains, Person(sex: Sex.Male, postmenopausal: false)));
    }

    [Fact]
    public void A_population_of_care_home_residents_grades_down_a_person_living_at_home()
    {
        var careHome = new EvidencePopulation("care-home residents") { Setting = CareSetting.CareHome };

        Assert.Equal([IndirectnessDomain.Setting], IndirectnessGrading.Differences(careHome, Person(careHome: false)));
        Assert.Empty(IndirectnessGrading.Differences(careHome, Person(careHome: true)));
    }

    [Theory]
    [InlineData(EvidenceGrade.A, 0, EvidenceGrade.A)]
    [InlineData(EvidenceGrade.A, 1, EvidenceGrade.B)]
    [InlineData(EvidenceGrade.A, 2, EvidenceGrade.C)]
    [InlineData(EvidenceGrade.A, 3, EvidenceGrade.C)]
    [InlineData(EvidenceGrade.A, 5, EvidenceGrade.C)]
    [InlineData(EvidenceGrade.B, 1, EvidenceGrade.C)]
    [InlineData(EvidenceGrade.B, 2, EvidenceGrade.D)]
    [InlineData(EvidenceGrade.C, 2, EvidenceGrade.D)]
    [InlineData(EvidenceGrade.D, 1, EvidenceGrade.D)]
    public void Lowering_is_one_step_per_difference_at_most_two_never_below_D(EvidenceGrade from, int steps, EvidenceGrade expected)
    {
        Assert.Equal(expected, IndirectnessGrading.Lower(from, steps));
    }

    [Fact]
    public void Four_differences_lower_an_A_by_two_steps_only_and_the_note_names_all_four()
    {
        var grade = IndirectnessGrading.For(BodyA, Person(sex: Sex.Male, age: 45, careHome: true, kidney: true))!;

        Assert.Equal(4, grade.Differences.Count);
        Assert.Equal(EvidenceGrade.C, grade.Grade);
        Assert.Contains("you are a man; it studied people aged 50 or over and you are 45; it studied healthy people and your kidney function is reduced; it studied people living at home and you live in a care home", grade.Note, StringComparison.Ordinal);
        Assert.EndsWith("each difference lowers the grade one step, by two at most.", grade.Note, StringComparison.Ordinal);
    }

    [Fact]
    public void A_body_for_care_homes_only_does_not_apply_at_home()
    {
        var body = BodyA with { Population = new("care-home residents"), RequiredSetting = CareSetting.CareHome };

        Assert.Null(IndirectnessGrading.For(body, Person(careHome: false)));
        Assert.NotNull(IndirectnessGrading.For(body, Person(careHome: true)));
    }

    [Fact]
    public void A_body_for_community_only_does_not_apply_in_a_care_home()
    {
        var body = BodyA with { Population = new("people at home"), RequiredSetting = CareSetting.Community };

        Assert.Null(IndirectnessGrading.For(body, Person(careHome: true)));
        Assert.NotNull(IndirectnessGrading.For(body, Person(careHome: false)));
    }

    [Fact]
    public void A_body_that_needs_a_co_supplement_applies_only_with_it()
    {
        var body = BodyA with { Population = new("adults"), RequiresTakenWith = IntakeNutrient.Calcium };

        Assert.Null(IndirectnessGrading.For(body, Person()));
        Assert.Null(IndirectnessGrading.For(body, Person(with: IntakeNutrient.VitaminKTotal)));
        Assert.NotNull(IndirectnessGrading.For(body, Person(with: IntakeNutrient.Calcium)));
    }

    [Fact]
    public void The_best_applicable_body_is_used_and_a_tie_keeps_the_first()
    {
        var strongButNotHere = BodyA with { RequiredSetting = CareSetting.CareHome };
        var weak = new EvidenceBody("reference intake", EvidenceGrade.D, new("adults"), [GuidanceSources.Guyatt2011Indirectness]);
        var weakToo = weak with { Finding = "another" };

        Assert.Same(weak, IndirectnessGrading.Best([strongButNotHere, weak, weakToo], Person()).Body);
        Assert.Equal(EvidenceGrade.B, IndirectnessGrading.Best([strongButNotHere, weak], Person(careHome: true)).Grade);
        Assert.Throws<InvalidOperationException>(() => IndirectnessGrading.Best([strongButNotHere], Person()));
    }

    [Fact]
    public void A_caveat_is_added_to_the_note()
    {
        var body = BodyA with { Caveat = "Not lowered for sex." };

        Assert.EndsWith(" Not lowered for sex.", IndirectnessGrading.For(body, Person())!.Note, StringComparison.Ordinal);
    }
}
