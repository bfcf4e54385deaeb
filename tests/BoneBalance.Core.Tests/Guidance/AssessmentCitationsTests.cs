using BoneBalance.Core.Densitometry;
using BoneBalance.Core.Evidence;
using BoneBalance.Core.Guidance;
using BoneBalance.Core.Measures;
using BoneBalance.Core.Nutrition;
using static BoneBalance.TestSupport.GuidanceFixtures;

namespace BoneBalance.Core.Tests.Guidance;

public sealed class AssessmentCitationsTests
{
    // A woman on warfarin with a DXA scan, a diary and supplements: every part of the assessment cites something.
    private static Assessment Full() => Assess(new AssessmentInput(Woman(67))
    {
        Medications = [Med("warfarin"), Med("prednisolone", 7.5, 6)],
        Dxa = [DxaMeasurement.Create(SkeletalSite.FemoralNeck, BoneMineralDensity.FromGramsPerSquareCentimetre(0.640))],
        Diary = DiaryOfTestFood(100),
        Supplements = [Supplement(SupplementForm.VitaminK2Mk7, 180, DoseUnit.Microgram)],
    });

    // What each part of a report shows, in report order.
    private static IEnumerable<(string Part, IReadOnlyList<Citation> Citations)> Parts(Assessment a)
    {
        yield return ("QFracture", a.FractureRisk.Citations);
        foreach (var s in a.FractureRisk.Screening)
        {
            yield return ("screening tool " + s.Tool, s.Citations);
        }

        yield return ("USPSTF advice", a.FractureRisk.ScreeningAdvice.Citations);
        foreach (var t in a.FractureRisk.Thresholds)
        {
            yield return ("threshold " + t.Guideline, [t.Citation]);
        }

        yield return ("densitometry", a.Densitometry!.Latest.Citations);
        yield return ("intake", [.. a.Intake!.References.Values.Select(r => r.Source)]);
        foreach (var f in a.Findings)
        {
            yield return ("finding " + f.Code, f.Citations);
        }

        foreach (var s in a.Plan.Supplements)
        {
            yield return ("supplement " + s.Form, s.Citations);
        }

        foreach (var w in a.Plan.Withheld)
        {
            yield return ("withheld " + w.Nutrient, w.Citations);
        }

        foreach (var r in a.Recommendations)
        {
            yield return ("recommendation " + r.Code, r.Citations);
        }
    }

    [Fact]
    public void Every_citation_a_part_of_the_assessment_shows_is_in_the_list()
    {
        var a = Full();
        var list = AssessmentCitations.Of(a);
        var parts = Parts(a).ToList();
        Assert.Contains(parts, p => p.Part.StartsWith("finding", StringComparison.Ordinal));
        Assert.Contains(parts, p => p.Part.StartsWith("recommendation", StringComparison.Ordinal));
        foreach (var (part, citations) in parts)
        {
            Assert.NotEmpty(citations);
            Assert.All(citations, c => Assert.True(list.Contains(c), $"{part} cites {c}, which is not in the list"));
        }
    }

    [Fact]
    public void Each_citation_is_listed_once_in_the_order_a_report_first_shows_it()
    {
        var a = Full();
        var list = AssessmentCitations.Of(a);
        Assert.Equal(list.Count, list.Distinct().Count());
        Assert.Equal(Parts(a).SelectMany(p => p.Citations).Distinct(), list);
        Assert.Equal(a.FractureRisk.Citations[0], list[0]);
        Assert.InRange(list.Count, 15, 80);
    }

    [Fact]
    public void A_citation_equal_to_a_listed_one_is_not_listed_again()
    {
        var a = Full();
        var first = AssessmentCitations.Of(a)[0];
        var copy = first with { };
        var withCopy = a with { Recommendations = [.. a.Recommendations, a.Recommendations[0] with { Citations = [copy] }] };
        Assert.Equal(AssessmentCitations.Of(a), AssessmentCitations.Of(withCopy));
    }

    [Fact]
    public void Intake_sources_follow_the_nutrient_order_each_once()
    {
        var intake = Full().Intake!;
        var expected = IntakeNutrientDefinition.All
            .SelectMany(d => intake.References.Values.Where(r => r.Nutrient == d.Nutrient).Select(r => r.Source))
            .Distinct();
        Assert.Equal(expected, AssessmentCitations.OfIntake(intake));
        Assert.NotEmpty(AssessmentCitations.OfIntake(intake));
    }

    [Fact]
    public void The_numbered_list_numbers_the_same_citations_in_the_same_order()
    {
        var a = Full();
        var list = AssessmentCitations.Of(a);
        var numbered = AssessmentCitations.Numbered(a);
        Assert.Equal(list, numbered.Citations);
        Assert.Equal(list.Select((_, i) => i + 1), list.Select(numbered.NumberOf));
    }

    [Fact]
    public void A_citation_only_a_withheld_supplement_or_a_planned_one_gives_is_listed()
    {
        var a = Full();
        var onlyWithheld = new Citation("Withheld A", "only here", "Test", 2001, null);
        var onlyPlanned = new Citation("Planned B", "only here", "Test", 2002, null);
        var changed = a with
        {
            Plan = a.Plan with
            {
                Withheld = [a.Plan.Withheld[0] with { Citations = [onlyWithheld] }, .. a.Plan.Withheld.Skip(1)],
                Supplements = [a.Plan.Supplements[0] with { Citations = [onlyPlanned] }, .. a.Plan.Supplements.Skip(1)],
            },
        };
        var list = AssessmentCitations.Of(changed);
        Assert.Contains(onlyWithheld, list);
        Assert.Contains(onlyPlanned, list);
        Assert.True(list.ToList().IndexOf(onlyPlanned) < list.ToList().IndexOf(onlyWithheld));
    }

    [Fact]
    public void The_densitometry_sources_include_the_reference_population_of_a_computed_t_score()
    {
        var a = Full();
        Assert.NotNull(a.Densitometry!.Latest.Sites.Single().Reference);
        Assert.Contains(DensitometrySources.Looker1998, AssessmentCitations.Of(a));
    }

    [Fact]
    public void Nothing_is_no_assessment()
    {
        Assert.Throws<ArgumentNullException>(() => AssessmentCitations.Of(null!));
        Assert.Throws<ArgumentNullException>(() => AssessmentCitations.OfIntake(null!));
    }
}
