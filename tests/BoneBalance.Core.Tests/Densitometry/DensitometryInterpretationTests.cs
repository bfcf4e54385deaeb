using BoneBalance.Core.Densitometry;
using BoneBalance.Core.Measures;
using BoneBalance.Core.People;
using BoneBalance.Core.Validation;

namespace BoneBalance.Core.Tests.Densitometry;

public class DensitometryInterpretationTests
{
    private static readonly PersonProfile PostmenopausalWoman = PersonProfile.Create(67, Sex.Female, MenopausalStatus.Postmenopausal);
    private static readonly PersonProfile PremenopausalWoman = PersonProfile.Create(38, Sex.Female, MenopausalStatus.Premenopausal);
    private static readonly PersonProfile YoungMan = PersonProfile.Create(42, Sex.Male);
    private static readonly PersonProfile OlderMan = PersonProfile.Create(72, Sex.Male);

    private static BoneMineralDensity Bmd(double g) => BoneMineralDensity.FromGramsPerSquareCentimetre(g);

    private static DxaMeasurement Neck(double bmd, DxaManufacturer m = DxaManufacturer.Hologic) =>
        DxaMeasurement.Create(SkeletalSite.FemoralNeck, Bmd(bmd), manufacturer: m);

    [Fact]
    public void A_result_is_named_by_its_WHO_category_else_its_Z_score_category_else_no_category()
    {
        var who = DensitometryInterpretation.Interpret(PostmenopausalWoman, [Neck(0.737)]);
        Assert.Equal("Low bone mass (osteopenia)", DensitometryInterpretation.CategoryName(who));

        var below = DensitometryInterpretation.Interpret(PremenopausalWoman, [DxaMeasurement.Create(SkeletalSite.FemoralNeck, reportedZScore: -2.1)]);
        Assert.Equal("Below the expected range for age", DensitometryInterpretation.CategoryName(below));
        Assert.StartsWith("Below the expected range for age (lowest Z-score", below.Summary, StringComparison.Ordinal);

        var within = DensitometryInterpretation.Interpret(PremenopausalWoman, [DxaMeasurement.Create(SkeletalSite.FemoralNeck, reportedZScore: -1.9)]);
        Assert.Equal("Within the expected range for age", DensitometryInterpretation.CategoryName(within));

        var none = DensitometryInterpretation.Interpret(PremenopausalWoman, [Neck(0.700)]);
        Assert.Null(none.WhoCategory);
        Assert.Null(none.ZScoreCategory);
        Assert.Equal("No category", DensitometryInterpretation.CategoryName(none));
    }

    [Fact]
    public void Femoral_neck_BMD_0_558_is_osteoporosis_at_T_minus_2_5()
    {
        var r = DensitometryInterpretation.Interpret(PostmenopausalWoman, [Neck(0.558)]);
        Assert.Equal(ClassificationBasis.TScore, r.Basis);
        Assert.Equal(WhoCategory.Osteoporosis, r.WhoCategory);
        Assert.Equal(-2.5, r.DiagnosticSite!.TScore!.Value, 9);
        Assert.Equal(TScoreOrigin.ComputedFromBmd, r.DiagnosticSite.TScoreOrigin);
        Assert.Same(ReferencePopulations.NhanesIiiFemoralNeck, r.DiagnosticSite.Reference);
        Assert.Contains(r.Citations, c => c.Authors.StartsWith("Looker", StringComparison.Ordinal));
    }

    [Fact]
    public void Femoral_neck_BMD_0_738_is_normal_at_exactly_T_minus_1()
    {
        var r = DensitometryInterpretation.Interpret(PostmenopausalWoman, [Neck(0.738)]);
        Assert.Equal(-1.0, r.DiagnosticSite!.TScore);
        Assert.Equal(WhoCategory.Normal, r.WhoCategory);
    }

    [Fact]
    public void Femoral_neck_BMD_0_737_is_low_bone_mass()
    {
        // (0.737 − 0.858) / 0.120 = −1.0083…
        var r = DensitometryInterpretation.Interpret(PostmenopausalWoman, [Neck(0.737)]);
        Assert.Equal(WhoCategory.LowBoneMass, r.WhoCategory);
    }

    [Fact]
    public void Diagnosis_uses_the_lowest_T_score_of_spine_total_hip_and_femoral_neck()
    {
        var r = DensitometryInterpretation.Interpret(PostmenopausalWoman,
        [
            DxaMeasurement.Create(SkeletalSite.FemoralNeck, reportedTScore: -1.8),
            DxaMeasurement.Create(SkeletalSite.LumbarSpine, reportedTScore: -2.7),
            DxaMeasurement.Create(SkeletalSite.TotalHip, reportedTScore: -1.2),
        ]);
        Assert.Equal(SkeletalSite.LumbarSpine, r.DiagnosticSite!.Site);
        Assert.Equal(WhoCategory.Osteoporosis, r.WhoCategory);
        Assert.Equal(-2.7, r.LowestCentralTScore);
        Assert.Equal([SkeletalSite.LumbarSpine, SkeletalSite.TotalHip, SkeletalSite.FemoralNeck], r.Sites.Select(s => s.Site));
    }

    [Fact]
    public void The_radius_takes_part_in_the_lowest_score_rule_but_not_in_the_central_T_score()
    {
        var r = DensitometryInterpretation.Interpret(PostmenopausalWoman,
        [
            DxaMeasurement.Create(SkeletalSite.FemoralNeck, reportedTScore: -1.5),
            DxaMeasurement.Create(SkeletalSite.OneThirdRadius, reportedTScore: -2.6),
        ]);
        Assert.Equal(SkeletalSite.OneThirdRadius, r.DiagnosticSite!.Site);
        Assert.Equal(WhoCategory.Osteoporosis, r.WhoCategory);
        Assert.Equal(-1.5, r.LowestCentralTScore);
        Assert.Contains(r.Notes, n => n.Contains("hyperparathyroidism", StringComparison.Ordinal));
    }

    [Fact]
    public void A_fragility_fracture_with_osteoporosis_is_severe()
    {
        var r = DensitometryInterpretation.Interpret(OlderMan, [Neck(0.500)], hasFragilityFracture: true);
        Assert.Equal(WhoCategory.SevereOsteoporosis, r.WhoCategory);
    }

    [Fact]
    public void Spine_BMD_without_a_T_score_is_not_computable()
    {
        var r = DensitometryInterpretation.Interpret(PostmenopausalWoman,
            [DxaMeasurement.Create(SkeletalSite.LumbarSpine, Bmd(0.800), manufacturer: DxaManufacturer.Hologic)]);
        var spine = Assert.Single(r.Sites);
        Assert.Null(spine.TScore);
        Assert.Equal(TScoreOrigin.NotAvailable, spine.TScoreOrigin);
        Assert.Contains(spine.Notes, n => n.Contains("T-score not computable", StringComparison.Ordinal));
        Assert.Null(r.WhoCategory);
        Assert.Null(r.DiagnosticSite);
    }

    [Theory]
    [InlineData(DxaManufacturer.GeLunar)]
    [InlineData(DxaManufacturer.Norland)]
    public void GE_Lunar_and_Norland_hip_BMD_is_not_scored_against_the_Hologic_scale_reference(DxaManufacturer manufacturer)
    {
        var r = DensitometryInterpretation.Interpret(PostmenopausalWoman, [Neck(0.600, manufacturer)]);
        var neck = Assert.Single(r.Sites);
        Assert.Null(neck.TScore);
        Assert.Null(neck.ComputedTScore);
        Assert.Contains(neck.Notes, n => n.Contains("give the T-score from the DXA report", StringComparison.Ordinal));
        Assert.Null(r.WhoCategory);
    }

    [Fact]
    public void GE_Lunar_hip_with_a_reported_T_score_uses_the_report()
    {
        var r = DensitometryInterpretation.Interpret(PostmenopausalWoman,
            [DxaMeasurement.Create(SkeletalSite.TotalHip, Bmd(0.700), reportedTScore: -2.1, manufacturer: DxaManufacturer.GeLunar)]);
        Assert.Equal(-2.1, r.DiagnosticSite!.TScore);
        Assert.Equal(TScoreOrigin.FromReport, r.DiagnosticSite.TScoreOrigin);
        Assert.Equal(WhoCategory.LowBoneMass, r.WhoCategory);
    }

    [Fact]
    public void Unknown_manufacturer_hip_BMD_is_scored_with_a_caveat()
    {
        var r = DensitometryInterpretation.Interpret(PostmenopausalWoman, [Neck(0.620, DxaManufacturer.Unknown)]);
        // (0.620 − 0.858) / 0.120 = −1.9833…
        Assert.Equal(-1.983333333, r.DiagnosticSite!.TScore!.Value, 9);
        Assert.Contains(r.DiagnosticSite.Notes, n => n.Contains("assumes Hologic-calibrated", StringComparison.Ordinal));
    }

    [Fact]
    public void A_reported_T_score_wins_over_the_computed_one_and_both_are_kept()
    {
        var r = DensitometryInterpretation.Interpret(PostmenopausalWoman,
            [DxaMeasurement.Create(SkeletalSite.FemoralNeck, Bmd(0.558), reportedTScore: -2.4, manufacturer: DxaManufacturer.Hologic)]);
        var neck = r.DiagnosticSite!;
        Assert.Equal(-2.4, neck.TScore);
        Assert.Equal(-2.5, neck.ComputedTScore!.Value, 9);
        Assert.Equal(WhoCategory.LowBoneMass, r.WhoCategory);
    }

    [Fact]
    public void Premenopausal_women_are_classified_by_Z_score_not_T_score()
    {
        var r = DensitometryInterpretation.Interpret(PremenopausalWoman,
        [
            DxaMeasurement.Create(SkeletalSite.LumbarSpine, reportedTScore: -2.8, reportedZScore: -2.0),
            DxaMeasurement.Create(SkeletalSite.FemoralNeck, reportedTScore: -1.5, reportedZScore: -1.1),
        ]);
        Assert.Equal(ClassificationBasis.ZScore, r.Basis);
        Assert.Null(r.WhoCategory);
        Assert.Equal(ZScoreCategory.BelowExpectedRangeForAge, r.ZScoreCategory);
        Assert.Equal(-2.0, r.LowestZScore);
    }

    [Fact]
    public void Men_under_50_within_the_expected_range_and_no_BMD_only_osteoporosis()
    {
        var r = DensitometryInterpretation.Interpret(YoungMan, [DxaMeasurement.Create(SkeletalSite.TotalHip, reportedTScore: -2.6, reportedZScore: -1.9)]);
        Assert.Equal(ZScoreCategory.WithinExpectedRangeForAge, r.ZScoreCategory);
        Assert.Null(r.WhoCategory);
        Assert.Contains(r.Notes, n => n.Contains("cannot be diagnosed in men under 50", StringComparison.Ordinal));
    }

    [Fact]
    public void Only_T_scores_for_a_premenopausal_woman_give_no_category()
    {
        var r = DensitometryInterpretation.Interpret(PremenopausalWoman, [DxaMeasurement.Create(SkeletalSite.LumbarSpine, reportedTScore: -3.0)]);
        Assert.Null(r.WhoCategory);
        Assert.Null(r.ZScoreCategory);
        Assert.Contains("T-scores do not classify", r.Summary, StringComparison.Ordinal);
        Assert.Contains(Assert.Single(r.Sites).Notes, n => n.Contains("Z-score not computable", StringComparison.Ordinal));
        Assert.Equal(-3.0, r.LowestCentralTScore);
    }

    [Fact]
    public void Women_of_unknown_status_from_50_use_T_scores()
    {
        var r = DensitometryInterpretation.Interpret(PersonProfile.Create(50, Sex.Female), [DxaMeasurement.Create(SkeletalSite.LumbarSpine, reportedTScore: -2.5)]);
        Assert.Equal(WhoCategory.Osteoporosis, r.WhoCategory);
    }

    [Fact]
    public void A_site_given_twice_is_refused()
    {
        var e = Assert.Throws<InvalidInputException>(() => DensitometryInterpretation.Interpret(PostmenopausalWoman, [Neck(0.6), Neck(0.7)]));
        Assert.Equal("site", Assert.Single(e.Errors).Field);
    }

    [Fact]
    public void No_measurement_is_refused()
    {
        var e = Assert.Throws<InvalidInputException>(() => DensitometryInterpretation.Interpret(PostmenopausalWoman, []));
        Assert.Equal("measurements", Assert.Single(e.Errors).Field);
    }

    [Fact]
    public void A_hip_BMD_giving_an_implausible_T_score_names_the_field_and_the_BMD_range()
    {
        // 2.0 g/cm² at the femoral neck → T = (2.0 − 0.858) / 0.120 = 9.5 > 8; BMD for T = +8 is 0.858 + 8 × 0.120 = 1.818.
        var e = Assert.Throws<InvalidInputException>(() => DensitometryInterpretation.Interpret(PostmenopausalWoman, [Neck(2.0)]));
        var error = Assert.Single(e.Errors);
        Assert.Equal("femoral_neck_bmd", error.Field);
        Assert.Equal("0.1 to 1.818 g/cm²", error.ValidRange);
    }
}
