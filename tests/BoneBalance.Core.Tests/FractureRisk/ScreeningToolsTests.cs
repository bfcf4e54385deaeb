using BoneBalance.Core.FractureRisk;
using BoneBalance.Core.Measures;
using BoneBalance.Core.People;
using BoneBalance.Core.Validation;

namespace BoneBalance.Core.Tests.FractureRisk;

/// <summary>
/// Hand computations from the published formulas (see ScreeningSources for where each was verified):
/// OST = 0.2 × (kg − age); ORAI age 45–54: 0, 55–64: 5, 65–74: 9, ≥ 75: 15, weight &lt; 60: 9, 60–69.9: 3, ≥ 70: 0,
/// not on estrogen: 2; SCORE = 5 (not Black) + 4 (RA) + 4 × fractures (≤ 12) + 3 × decade of age + 1 (never estrogen)
/// − lb / 10; OSIRIS = 0.2 × kg − 0.2 × age + 2 (HRT) − 2 (prior low-impact fracture).
/// </summary>
public sealed class ScreeningToolsTests
{
    private const double Kg = Mass.KilogramsPerPound;

    private static PersonProfile Woman(
        int age,
        double? kg,
        MenopausalStatus status = MenopausalStatus.Postmenopausal,
        Ethnicity ethnicity = Ethnicity.White,
        RiskFactors factors = RiskFactors.None) =>
        PersonProfile.Create(age, Sex.Female, status, weight: kg is { } w ? Mass.FromKilograms(w) : null, ethnicity: ethnicity, riskFactors: factors);

    private static PersonProfile Man(int age, double? kg) =>
        PersonProfile.Create(age, Sex.Male, weight: kg is { } w ? Mass.FromKilograms(w) : null);

    [Fact]
    public void Woman_60_weighing_55_kg_all_four_tools_by_hand()
    {
        var p = Woman(60, 55);

        // OST = (55 − 60) / 5 = −1 → < 2 → refer.
        var ost = ScreeningTools.Ost(p);
        Assert.Equal(-1.0, ost.Score);
        Assert.True(ost.ReferForDxa);
        Assert.Equal("refer for DXA", ost.Band);

        // ORAI = 5 (age 55–64) + 9 (weight < 60) + 2 (not on estrogen) = 16.
        var orai = ScreeningTools.Orai(p);
        Assert.Equal(16.0, orai.Score);
        Assert.True(orai.ReferForDxa);

        // SCORE = 5 (not Black) + 0 + 0 + 3 × 6 + 1 (never estrogen, default) − (55 / 0.45359237) / 10
        //       = 24 − 12.1254244… = 11.8745755…
        var score = ScreeningTools.Score(p);
        Assert.Equal(24 - 55 / 0.45359237 / 10, score.Score!.Value, 12);
        Assert.Equal(11.874576, score.Score!.Value, 6);
        Assert.True(score.ReferForDxa);

        // OSIRIS = 0.2 × 55 − 0.2 × 60 + 0 − 0 = −1 → intermediate (−3 to +1).
        var osiris = ScreeningTools.Osiris(p);
        Assert.Equal(-1.0, osiris.Score);
        Assert.Equal("intermediate", osiris.Band);
        Assert.True(osiris.ReferForDxa);
    }

    [Fact]
    public void Woman_52_weighing_80_kg_on_HRT_by_hand()
    {
        var p = Woman(52, 80, factors: RiskFactors.Hrt);

        // OST = (80 − 52) / 5 = 5.6 → not < 2.
        Assert.Equal(5.6, ScreeningTools.Ost(p).Score!.Value, 12);
        Assert.False(ScreeningTools.Ost(p).ReferForDxa);

        // ORAI = 0 (45–54) + 0 (≥ 70 kg) + 0 (on estrogen: hrt flag default) = 0.
        Assert.Equal(0.0, ScreeningTools.Orai(p).Score);

        // SCORE = 5 + 3 × 5 + 0 (ever used: default = current use = yes) − 80 / 0.45359237 / 10 = 20 − 17.6369… = 2.3630…
        Assert.Equal(2.363019, ScreeningTools.Score(p).Score!.Value, 6);

        // OSIRIS = 5.6 + 2 (current HRT) = 7.6 → low.
        var osiris = ScreeningTools.Osiris(p);
        Assert.Equal(7.6, osiris.Score!.Value, 12);
        Assert.Equal("low", osiris.Band);
        Assert.False(osiris.ReferForDxa);
    }

    [Fact]
    public void Black_woman_70_with_RA_and_two_fractures_by_hand()
    {
        var p = Woman(70, 50, ethnicity: Ethnicity.BlackAfrican);
        var extras = new ScreeningExtras(
            CurrentEstrogenUse: false, EverUsedEstrogen: false, RheumatoidArthritis: true, LowTraumaFracturesAfter45: 2, PriorLowImpactFracture: true);

        // SCORE = 0 (Black) + 4 (RA) + 8 (2 fractures) + 21 (3 × 7) + 1 (never estrogen) − 50 / 0.45359237 / 10
        //       = 34 − 11.0231… = 22.9768…
        Assert.Equal(22.976887, ScreeningTools.Score(p, extras).Score!.Value, 6);

        // OSIRIS = (50 − 70) / 5 − 2 (fracture) = −6 → high.
        var osiris = ScreeningTools.Osiris(p, extras);
        Assert.Equal(-6.0, osiris.Score);
        Assert.Equal("high", osiris.Band);

        // ORAI = 9 (65–74) + 9 (< 60 kg) + 2 = 20; OST = (50 − 70) / 5 = −4.
        Assert.Equal(20.0, ScreeningTools.Orai(p, extras).Score);
        Assert.Equal(-4.0, ScreeningTools.Ost(p, extras).Score);
    }

    [Fact]
    public void SCORE_fracture_points_stop_at_twelve()
    {
        var p = Woman(60, 140 * Kg);
        var three = ScreeningTools.Score(p, new(EverUsedEstrogen: true, LowTraumaFracturesAfter45: 3)).Score!.Value;
        var five = ScreeningTools.Score(p, new(EverUsedEstrogen: true, LowTraumaFracturesAfter45: 5)).Score!.Value;

        // 5 + 12 + 18 + 0 − 14 = 21 for both.
        Assert.Equal(21.0, three, 12);
        Assert.Equal(three, five);
    }

    [Fact]
    public void SCORE_rheumatoid_arthritis_extra_overrides_the_RA_or_SLE_flag()
    {
        var p = Woman(60, 140 * Kg, factors: RiskFactors.RaOrSle);
        var byFlag = ScreeningTools.Score(p, new(EverUsedEstrogen: true));
        var lupusOnly = ScreeningTools.Score(p, new(EverUsedEstrogen: true, RheumatoidArthritis: false));

        // Flag default counts RA: 5 + 4 + 18 − 14 = 13; with RA = no: 5 + 18 − 14 = 9.
        Assert.Equal(13.0, byFlag.Score!.Value, 12);
        Assert.Equal(9.0, lupusOnly.Score!.Value, 12);
        Assert.Contains(byFlag.DefaultsUsed, d => d.Contains("ra_or_sle", StringComparison.Ordinal));
        Assert.DoesNotContain(lupusOnly.DefaultsUsed, d => d.Contains("ra_or_sle", StringComparison.Ordinal));
    }

    // ---- cut-off boundaries ----

    [Theory]
    [InlineData(65.0, 2.0, false)] // (65 − 55) / 5 = 2 exactly: not < 2
    [InlineData(64.0, 1.8, true)]
    public void OST_women_cut_off_at_two(double kg, double expected, bool refers)
    {
        var r = ScreeningTools.Ost(Woman(55, kg));
        Assert.Equal(expected, r.Score!.Value, 12);
        Assert.Equal(refers, r.ReferForDxa);
    }

    [Theory]
    [InlineData(80.0, 4.0, "low", false)] // (80 − 60) / 5 = 4: low (Adler: 4 or greater)
    [InlineData(79.0, 3.8, "moderate", true)]
    [InlineData(51.0, -1.8, "moderate", true)]
    [InlineData(50.0, -2.0, "high", true)] // −2 or less: high
    public void OST_men_Adler_categories(double kg, double expected, string band, bool refers)
    {
        var r = ScreeningTools.Ost(Man(60, kg));
        Assert.Equal(ScreeningStatus.Scored, r.Status);
        Assert.Equal(expected, r.Score!.Value, 12);
        Assert.Equal(band, r.Band);
        Assert.Equal(refers, r.ReferForDxa);
    }

    [Fact]
    public void ORAI_exactly_nine_refers()
    {
        // 9 (age 65) + 0 (70 kg) + 0 (on estrogen) = 9.
        var nine = ScreeningTools.Orai(Woman(65, 70), new(CurrentEstrogenUse: true));
        Assert.Equal(9.0, nine.Score);
        Assert.True(nine.ReferForDxa);

        // 5 (age 64) + 3 (65 kg) + 0 = 8.
        var eight = ScreeningTools.Orai(Woman(64, 65), new(CurrentEstrogenUse: true));
        Assert.Equal(8.0, eight.Score);
        Assert.False(eight.ReferForDxa);
    }

    [Theory]
    [InlineData(45, 0)]
    [InlineData(54, 0)]
    [InlineData(55, 5)]
    [InlineData(64, 5)]
    [InlineData(65, 9)]
    [InlineData(74, 9)]
    [InlineData(75, 15)]
    [InlineData(100, 15)]
    public void ORAI_age_band_edges(int age, int points)
    {
        // Weight 80 kg (0 points) and on estrogen (0 points) isolate the age points.
        Assert.Equal(points, ScreeningTools.Orai(Woman(age, 80), new(CurrentEstrogenUse: true)).Score);
    }

    [Theory]
    [InlineData(59.9, 9)]
    [InlineData(60.0, 3)]
    [InlineData(69.9, 3)]
    [InlineData(70.0, 0)]
    public void ORAI_weight_band_edges(double kg, int points)
    {
        // Age 50 (0 points) and on estrogen (0 points) isolate the weight points.
        Assert.Equal(points, ScreeningTools.Orai(Woman(50, kg), new(CurrentEstrogenUse: true)).Score);
    }

    [Fact]
    public void ORAI_not_on_estrogen_adds_two()
    {
        Assert.Equal(2.0, ScreeningTools.Orai(Woman(50, 80), new(CurrentEstrogenUse: false)).Score);
    }

    [Fact]
    public void SCORE_exactly_six_refers()
    {
        Assert.Equal(140.0, 140 * Kg / Kg); // the pound value survives the kg round trip exactly

        // 5 + 3 × 5 + 0 (ever used estrogen) − 140 / 10 = 6.
        var six = ScreeningTools.Score(Woman(55, 140 * Kg), new(EverUsedEstrogen: true));
        Assert.Equal(6.0, six.Score);
        Assert.True(six.ReferForDxa);
        Assert.Equal("refer for DXA", six.Band);

        // 141 lb: 20 − 14.1 = 5.9.
        var below = ScreeningTools.Score(Woman(55, 141 * Kg), new(EverUsedEstrogen: true));
        Assert.Equal(5.9, below.Score!.Value, 9);
        Assert.False(below.ReferForDxa);
    }

    [Theory]
    [InlineData(60.5, 1.1, "low", false)]
    [InlineData(60.0, 1.0, "intermediate", true)] // +1 itself: intermediate
    [InlineData(40.0, -3.0, "intermediate", true)] // −3 itself: intermediate
    [InlineData(39.5, -3.1, "high", true)]
    public void OSIRIS_bands_at_plus_one_and_minus_three(double kg, double expected, string band, bool refers)
    {
        // Age 55, no HRT, no fracture: OSIRIS = (kg − 55) / 5.
        var r = ScreeningTools.Osiris(Woman(55, kg), new(CurrentEstrogenUse: false, PriorLowImpactFracture: false));
        Assert.Equal(expected, r.Score!.Value, 12);
        Assert.Equal(band, r.Band);
        Assert.Equal(refers, r.ReferForDxa);
    }

    // ---- applicability ----

    [Fact]
    public void Men_only_OST_applies()
    {
        var p = Man(70, 70);
        Assert.Equal(ScreeningStatus.Scored, ScreeningTools.Ost(p).Status);
        foreach (var r in new[] { ScreeningTools.Orai(p), ScreeningTools.Score(p), ScreeningTools.Osiris(p) })
        {
            Assert.Equal(ScreeningStatus.NotApplicable, r.Status);
            Assert.Null(r.Score);
            Assert.Null(r.ReferForDxa);
            Assert.Equal("not applicable", r.Band);
            Assert.Contains("women", r.NotApplicableReason, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData(48, MenopausalStatus.Premenopausal)]
    [InlineData(52, MenopausalStatus.Perimenopausal)]
    [InlineData(49, MenopausalStatus.Unknown)]
    [InlineData(44, MenopausalStatus.Postmenopausal)]
    public void Women_outside_the_derivation_population_are_not_applicable(int age, MenopausalStatus status)
    {
        foreach (var r in ScreeningTools.All(Woman(age, 60, status)))
        {
            Assert.Equal(ScreeningStatus.NotApplicable, r.Status);
            Assert.NotNull(r.NotApplicableReason);
        }
    }

    [Fact]
    public void Unknown_status_at_fifty_is_treated_as_postmenopausal()
    {
        Assert.All(ScreeningTools.All(Woman(50, 60, MenopausalStatus.Unknown)), r => Assert.Equal(ScreeningStatus.Scored, r.Status));
    }

    [Fact]
    public void Missing_weight_is_not_computable_naming_weight_kg()
    {
        foreach (var r in ScreeningTools.All(Woman(60, null)))
        {
            Assert.Equal(ScreeningStatus.NotComputable, r.Status);
            Assert.Equal("weight_kg", r.MissingField);
            Assert.Equal("not computable: weight_kg required", r.Band);
            Assert.Null(r.Score);
        }

        Assert.Equal(ScreeningStatus.NotComputable, ScreeningTools.Ost(Man(60, null)).Status);
    }

    [Fact]
    public void Defaults_are_named_in_the_result()
    {
        var r = ScreeningTools.Score(Woman(60, 60, factors: RiskFactors.PriorFracture));

        // Default fracture count from prior_fracture = 1 → 4 points: 5 + 4 + 18 + 1 − 60 / 0.45359237 / 10.
        Assert.Equal(28 - 60 / 0.45359237 / 10, r.Score!.Value, 12);
        Assert.Contains(r.DefaultsUsed, d => d.StartsWith("low-trauma fractures after 45 = 1", StringComparison.Ordinal));
        Assert.Contains(r.DefaultsUsed, d => d.StartsWith("ever used estrogen = no", StringComparison.Ordinal));
    }

    [Fact]
    public void Every_result_carries_citations_and_a_verification_tag()
    {
        foreach (var r in ScreeningTools.All(Woman(60, 60)))
        {
            Assert.NotEmpty(r.Citations);
            Assert.Equal(SourceVerification.VerifiedSecondary, r.Verification);
            Assert.Contains("verified", r.CutOff, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData(ScreeningTool.Ost)]
    [InlineData(ScreeningTool.Orai)]
    [InlineData(ScreeningTool.Score)]
    [InlineData(ScreeningTool.Osiris)]
    public void The_dossier_has_sources_and_ranges(ScreeningTool tool)
    {
        var d = ScreeningTools.Dossier(tool);
        Assert.NotEmpty(d.Citations);
        Assert.Equal("published formula", d.Licence);
        Assert.Contains(d.ValidityRanges, v => v.StartsWith("weight_kg", StringComparison.Ordinal));
    }

    // ---- errors ----

    [Fact]
    public void A_negative_fracture_count_is_refused_naming_the_field()
    {
        var e = Assert.Throws<InvalidInputException>(() => ScreeningTools.Score(Woman(60, 60), new(LowTraumaFracturesAfter45: -1)));
        Assert.Equal("low_trauma_fractures_after_45", e.Errors[0].Field);
        Assert.Equal("-1", e.Errors[0].Value);
    }

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    [InlineData(0.0)]
    [InlineData(-5.0)]
    public void Compute_refuses_a_bad_weight_naming_weight_kg(double kg)
    {
        var e = Assert.Throws<InvalidInputException>(
            () => ScreeningTools.Compute(Sex.Female, 60, MenopausalStatus.Postmenopausal, kg, Ethnicity.White, RiskFactors.None));
        Assert.Equal("weight_kg", e.Errors[0].Field);
    }

    [Theory]
    [InlineData(17)]
    [InlineData(121)]
    public void Compute_refuses_a_bad_age_naming_age(int age)
    {
        var e = Assert.Throws<InvalidInputException>(
            () => ScreeningTools.Compute(Sex.Female, age, MenopausalStatus.Postmenopausal, 60, Ethnicity.White, RiskFactors.None));
        Assert.Equal("age", e.Errors[0].Field);
        Assert.Equal("18 to 120 years", e.Errors[0].ValidRange);
    }

    [Fact]
    public void Compute_refuses_an_undefined_sex_or_status_naming_the_field()
    {
        Assert.Equal("sex", Assert.Throws<InvalidInputException>(
            () => ScreeningTools.Compute((Sex)7, 60, MenopausalStatus.Unknown, 60, Ethnicity.White, RiskFactors.None)).Errors[0].Field);
        Assert.Equal("menopausal_status", Assert.Throws<InvalidInputException>(
            () => ScreeningTools.Compute(Sex.Female, 60, (MenopausalStatus)42, 60, Ethnicity.White, RiskFactors.None)).Errors[0].Field);
    }
}
