using BoneBalance.Core.Guidance;
using BoneBalance.Core.Nutrition;
using BoneBalance.Core.Safety;
using static BoneBalance.TestSupport.GuidanceFixtures;

namespace BoneBalance.Core.Tests.Guidance;

/// <summary>
/// Vitamin D that fits the situation: at least 800 IU (20 µg) from age 50 (BHOF 2022) where the IOM RDA is
/// 600 IU (15 µg, to 70); "keep taking it" when 25-OH vitamin D is adequate (20–50 ng/mL, IOM 2011) on what is already
/// taken; the Endocrine Society 2024 notes for malabsorption and pregnancy. Each edge on both sides.
/// </summary>
public class VitaminDSituationTests
{
    [Theory]
    [InlineData(49, 15.0, false)]
    [InlineData(50, 20.0, true)]
    [InlineData(70, 20.0, true)]
    public void From_50_the_target_is_800_IU(int age, double dose, bool bhof)
    {
        var d = Assess(new AssessmentInput(Woman(age))).Planned(IntakeNutrient.VitaminD)!;
        Assert.Equal(dose, d.Dose);
        Assert.Equal(bhof, d.Reason.StartsWith("From age 50, the Bone Health and Osteoporosis Foundation advises at least 20 µg (800 IU) a day (the RDA for your age is 15 µg (600 IU))", StringComparison.Ordinal));
        Assert.Equal(bhof, d.Citations.Contains(GuidanceSources.LeBoff2022VitaminD));
    }

    [Theory]
    [InlineData(49, 15.0)]
    [InlineData(50, 20.0)]
    public void Men_get_the_same_target_from_50(int age, double dose)
    {
        Assert.Equal(dose, Assess(new AssessmentInput(Man(age))).Planned(IntakeNutrient.VitaminD)!.Dose);
    }

    [Fact]
    public void Over_70_the_RDA_is_already_800_IU_and_is_named_as_the_RDA()
    {
        var d = Assess(new AssessmentInput(Woman(71))).Planned(IntakeNutrient.VitaminD)!;
        Assert.Equal(20.0, d.Dose);
        Assert.StartsWith("The RDA for your age is 20 µg (800 IU) a day", d.Reason, StringComparison.Ordinal);
        Assert.DoesNotContain(GuidanceSources.LeBoff2022VitaminD, d.Citations);
    }

    // 15 µg taken at 50: 5 µg short of 800 IU, so a 5 µg product; at 49 the 600 IU RDA is met.
    [Theory]
    [InlineData(49, null)]
    [InlineData(50, 5.0)]
    public void What_is_taken_counts_towards_the_800_IU(int age, double? dose)
    {
        var a = Assess(new AssessmentInput(Woman(age)) { Supplements = [Supplement(SupplementForm.VitaminD3, 15, DoseUnit.Microgram)] });
        Assert.Equal(dose, a.Planned(IntakeNutrient.VitaminD)?.Dose);
        if (dose is null)
        {
            Assert.StartsWith("Your intake already meets the RDA of 15 µg (600 IU) for your age", a.Withheld(IntakeNutrient.VitaminD)!.Reason, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void In_pregnancy_supplements_stay_within_the_RDA_with_the_Endocrine_Society_note()
    {
        var pregnant = Assess(new AssessmentInput(Woman(32)) { Pregnant = true }).Planned(IntakeNutrient.VitaminD)!;
        Assert.Equal(15.0, pregnant.Dose);
        Assert.Contains(pregnant.Notes, n => n.StartsWith("The Endocrine Society (2024) suggests taking vitamin D during pregnancy", StringComparison.Ordinal));
        Assert.Contains(GuidanceSources.Demay2024, pregnant.Citations);

        var notPregnant = Assess(new AssessmentInput(Woman(32))).Planned(IntakeNutrient.VitaminD)!;
        Assert.DoesNotContain(notPregnant.Notes, n => n.Contains("Endocrine Society", StringComparison.Ordinal));
        Assert.DoesNotContain(GuidanceSources.Demay2024, notPregnant.Citations);
    }

    [Fact]
    public void Malabsorption_gets_the_note_that_the_dose_may_not_be_enough()
    {
        var coeliac = Assess(new AssessmentInput(Woman(45)) { Conditions = [Cond("coeliac disease")] }).Planned(IntakeNutrient.VitaminD)!;
        Assert.Contains(coeliac.Notes, n => n.StartsWith("With coeliac disease, less vitamin D is absorbed and this dose may not be enough", StringComparison.Ordinal));
        Assert.Contains(GuidanceSources.Demay2024, coeliac.Citations);

        var none = Assess(new AssessmentInput(Woman(45))).Planned(IntakeNutrient.VitaminD)!;
        Assert.DoesNotContain(none.Notes, n => n.Contains("less vitamin D is absorbed", StringComparison.Ordinal));
    }

    // Adequate is 20 to 50 ng/mL (IOM 2011); above 50 the concern rule applies; below 20 the dose rule.
    [Theory]
    [InlineData(19.9, false)]
    [InlineData(20, true)]
    [InlineData(50, true)]
    [InlineData(50.1, false)]
    public void An_adequate_level_on_what_is_taken_says_keep_taking_it(double level, bool keep)
    {
        var a = Assess(new AssessmentInput(Woman(67))
        {
            Supplements = [Supplement(SupplementForm.VitaminD3, 20, DoseUnit.Microgram)],
            Labs = LabResults.Create(vitaminD25OhNgPerMl: level),
        });
        Assert.Equal(keep, a.Has(RecommendationCodes.KeepVitaminD));
        Assert.Equal(keep, a.Withheld(IntakeNutrient.VitaminD)?.Reason.Contains("adequate on what you already take (20 µg (800 IU) a day): keep taking it", StringComparison.Ordinal) ?? false);
        if (keep)
        {
            var r = a.Get(RecommendationCodes.KeepVitaminD);
            Assert.Equal("Keep taking your vitamin D; add no more", r.Title);
            Assert.Equal(RecommendationPriority.Low, r.Priority);
            Assert.False(a.Has(RecommendationCodes.NoVitaminDSupplement));
        }
    }

    [Fact]
    public void An_adequate_level_without_a_supplement_still_says_none_is_needed()
    {
        var a = Assess(new AssessmentInput(Woman(67)) { Labs = LabResults.Create(vitaminD25OhNgPerMl: 25) });
        Assert.False(a.Has(RecommendationCodes.KeepVitaminD));
        Assert.Contains("so no vitamin D supplement is needed for it", a.Get(RecommendationCodes.NoVitaminDSupplement).Advice, StringComparison.Ordinal);
    }

    /// <summary>On glucocorticoids at the ACR dose (≥ 2.5 mg/day for more than 3 months) an adequate level still gets the
    /// target dose, because ACR advises vitamin D for everyone on them; just below either edge it does not.</summary>
    [Theory]
    [InlineData(10, 6, true)]
    [InlineData(2.5, 3.1, true)]
    [InlineData(2.4, 6, false)]
    [InlineData(10, 3, false)]
    public void On_glucocorticoids_an_adequate_level_still_gets_vitamin_D(double mgPerDay, double months, bool planned)
    {
        var a = Assess(new AssessmentInput(Woman(58)) { Medications = [Med("prednisolone", mgPerDay, months)], Labs = LabResults.Create(vitaminD25OhNgPerMl: 27) });
        Assert.Equal(planned, a.Has(RecommendationCodes.TakeVitaminD3));
        Assert.Equal(!planned, a.Has(RecommendationCodes.NoVitaminDSupplement));
        if (planned)
        {
            Assert.Equal(20, a.Planned(IntakeNutrient.VitaminD)!.Dose);
            Assert.Contains("27 ng/mL is adequate now; the American College of Rheumatology advises vitamin D", a.Planned(IntakeNutrient.VitaminD)!.Reason, StringComparison.Ordinal);
            Assert.Contains(GuidanceSources.Buckley2017, a.Planned(IntakeNutrient.VitaminD)!.Citations);
        }
    }

    [Fact]
    public void A_calcium_hold_overrides_keep_taking_it()
    {
        var a = Assess(new AssessmentInput(Woman(67))
        {
            Supplements = [Supplement(SupplementForm.VitaminD3, 20, DoseUnit.Microgram)],
            Labs = LabResults.Create(vitaminD25OhNgPerMl: 30, calciumMgPerDl: 11),
        });
        Assert.False(a.Has(RecommendationCodes.KeepVitaminD));
    }

    /// <summary>On glucocorticoids the plan's reason reads the level with the IOM 2011 ranges: 20 ng/mL (50 nmol/L) is
    /// adequate, just below it is the 12–20 ng/mL range where some people do not have enough.</summary>
    [Theory]
    [InlineData(20, " Your 25-OH vitamin D of 20 ng/mL is adequate now; the American College of Rheumatology advises vitamin D")]
    [InlineData(19.9, " Your 25-OH vitamin D of 19.9 ng/mL is in the range where some people do not have enough (12–20 ng/mL).")]
    [InlineData(11.9, " Your 25-OH vitamin D of 11.9 ng/mL is in the range where the US Institute of Medicine puts people at risk of deficiency")]
    public void On_glucocorticoids_the_level_is_read_with_the_IOM_ranges(double level, string expected)
    {
        var a = Assess(new AssessmentInput(Woman(67)) { Medications = [Med("prednisolone", 10, 6)], Labs = LabResults.Create(vitaminD25OhNgPerMl: level) });
        Assert.Contains(expected, a.Planned(IntakeNutrient.VitaminD)!.Reason, StringComparison.Ordinal);
    }

    /// <summary>Above 50 ng/mL (IOM 2011: 125 nmol/L, "reason for concern") no vitamin D is added; only a person who
    /// already takes some is asked to review it with a clinician.</summary>
    [Fact]
    public void A_level_above_50_asks_to_review_what_is_taken_only_when_something_is_taken()
    {
        var none = Assess(new AssessmentInput(Woman(67)) { Labs = LabResults.Create(vitaminD25OhNgPerMl: 60) }).Withheld(IntakeNutrient.VitaminD)!;
        Assert.False(none.ReviewWhatIsTaken);
        Assert.EndsWith("more vitamin D is not suggested.", none.Reason, StringComparison.Ordinal);

        var taking = Assess(new AssessmentInput(Woman(67))
        {
            Supplements = [Supplement(SupplementForm.VitaminD3, 25, DoseUnit.Microgram)],
            Labs = LabResults.Create(vitaminD25OhNgPerMl: 60),
        }).Withheld(IntakeNutrient.VitaminD)!;
        Assert.True(taking.ReviewWhatIsTaken);
        Assert.EndsWith("more vitamin D is not suggested, and ask your clinician whether to lower what you take.", taking.Reason, StringComparison.Ordinal);
    }
}
