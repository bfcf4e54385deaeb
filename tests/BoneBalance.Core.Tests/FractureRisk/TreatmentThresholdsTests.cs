using BoneBalance.Core.Densitometry;
using BoneBalance.Core.FractureRisk;
using BoneBalance.Core.People;

namespace BoneBalance.Core.Tests.FractureRisk;

public class TreatmentThresholdsTests
{
    private static readonly PersonProfile Woman67 = PersonProfile.Create(67, Sex.Female, MenopausalStatus.Postmenopausal);
    private static readonly PersonProfile Man60 = PersonProfile.Create(60, Sex.Male);

    private static DensitometryResult SpineT(PersonProfile person, double t) =>
        DensitometryInterpretation.Interpret(person, [DxaMeasurement.Create(SkeletalSite.LumbarSpine, reportedTScore: t)]);

    private static GuidelineFinding Find(IReadOnlyList<GuidelineFinding> findings, string guideline, string criterionStart) =>
        Assert.Single(findings, f => f.Guideline == guideline && f.Criterion.StartsWith(criterionStart, StringComparison.Ordinal));

    private static GuidelineFinding Bhof(TreatmentThresholdInput input, string criterionStart) =>
        Find(TreatmentThresholds.Evaluate(input), "BHOF 2022", criterionStart);

    private static GuidelineFinding Nogg(TreatmentThresholdInput input, string criterionStart) =>
        Find(TreatmentThresholds.Evaluate(input), "NOGG 2022", criterionStart);

    private static GuidelineFinding Acr(TreatmentThresholdInput input) =>
        Assert.Single(TreatmentThresholds.Evaluate(input), f => f.Guideline.StartsWith("ACR", StringComparison.Ordinal));

    [Fact]
    public void Findings_come_in_a_fixed_order_each_with_a_citation_and_evidence_tag()
    {
        var findings = TreatmentThresholds.Evaluate(new TreatmentThresholdInput(Woman67));
        Assert.Equal(
            ["BHOF 2022", "BHOF 2022", "BHOF 2022", "NOGG 2022", "NOGG 2022", "NOGG 2022", "ACR 2022 (glucocorticoids)"],
            findings.Select(f => f.Guideline));
        Assert.All(findings, f => Assert.False(string.IsNullOrWhiteSpace(f.Citation.Title)));
        Assert.All(findings, f => Assert.Contains(f.EvidenceTag, new[] { "[P]", "[S]" }));
    }

    // ---- BHOF 2022 ----

    [Fact]
    public void BHOF_hip_or_vertebral_fracture_is_met_regardless_of_BMD()
    {
        var f = Bhof(new TreatmentThresholdInput(Woman67, SpineT(Woman67, 0.5), PriorHipOrVertebralFracture: true), "Hip or vertebral");
        Assert.Equal(FindingStatus.Met, f.Status);
        Assert.Equal("[S]", f.EvidenceTag);
        Assert.Equal(FindingStatus.NotMet, Bhof(new TreatmentThresholdInput(Woman67), "Hip or vertebral").Status);
    }

    [Theory]
    [InlineData(-2.5, FindingStatus.Met)]
    [InlineData(-3.1, FindingStatus.Met)]
    [InlineData(-2.4, FindingStatus.NotMet)]
    public void BHOF_T_score_criterion_at_minus_2_5(double t, FindingStatus expected)
    {
        Assert.Equal(expected, Bhof(new TreatmentThresholdInput(Man60, SpineT(Man60, t)), "T-score").Status);
    }

    [Fact]
    public void BHOF_without_DXA_cannot_evaluate_the_BMD_criteria()
    {
        var input = new TreatmentThresholdInput(Woman67, Frax: new FraxResult(25, 4));
        Assert.Equal(FindingStatus.CannotEvaluate, Bhof(input, "T-score").Status);
        Assert.Equal(FindingStatus.CannotEvaluate, Bhof(input, "Low bone mass").Status);
    }

    [Fact]
    public void BHOF_low_bone_mass_without_FRAX_asks_for_FRAX_and_never_uses_QFracture()
    {
        var f = Bhof(new TreatmentThresholdInput(Woman67, SpineT(Woman67, -1.8)), "Low bone mass");
        Assert.Equal(FindingStatus.CannotEvaluate, f.Status);
        Assert.Contains("enter a FRAX result", f.Reason, StringComparison.Ordinal);
        Assert.Contains("QFracture risk cannot be used", f.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(19.9, 3.0, FindingStatus.Met)] // hip ≥ 3 %
    [InlineData(20.0, 2.9, FindingStatus.Met)] // MOF ≥ 20 %
    [InlineData(19.9, 2.9, FindingStatus.NotMet)]
    public void BHOF_low_bone_mass_with_FRAX_thresholds_3_and_20_percent(double mof, double hip, FindingStatus expected)
    {
        var input = new TreatmentThresholdInput(Woman67, SpineT(Woman67, -1.8), new FraxResult(mof, hip));
        Assert.Equal(expected, Bhof(input, "Low bone mass").Status);
    }

    [Fact]
    public void BHOF_FRAX_criterion_is_not_met_with_normal_BMD_and_not_applicable_with_osteoporosis()
    {
        var frax = new FraxResult(30, 5);
        Assert.Equal(FindingStatus.NotMet, Bhof(new TreatmentThresholdInput(Woman67, SpineT(Woman67, -1.0), frax), "Low bone mass").Status);
        Assert.Equal(FindingStatus.NotApplicable, Bhof(new TreatmentThresholdInput(Woman67, SpineT(Woman67, -2.5), frax), "Low bone mass").Status);
    }

    [Fact]
    public void BHOF_does_not_apply_to_premenopausal_women_or_men_under_50()
    {
        var pre = PersonProfile.Create(45, Sex.Female, MenopausalStatus.Premenopausal);
        var man = PersonProfile.Create(49, Sex.Male);
        Assert.All(TreatmentThresholds.Evaluate(new TreatmentThresholdInput(pre, PriorHipOrVertebralFracture: true)).Where(f => f.Guideline == "BHOF 2022"),
            f => Assert.Equal(FindingStatus.NotApplicable, f.Status));
        Assert.All(TreatmentThresholds.Evaluate(new TreatmentThresholdInput(man)).Where(f => f.Guideline == "BHOF 2022"),
            f => Assert.Equal(FindingStatus.NotApplicable, f.Status));
    }

    // ---- NOGG 2022 ----

    [Fact]
    public void NOGG_prior_fragility_fracture_means_consider_treatment()
    {
        Assert.Equal(FindingStatus.Met, Nogg(new TreatmentThresholdInput(Woman67, PriorFragilityFracture: true), "Prior fragility").Status);
        Assert.Equal(FindingStatus.Met, Nogg(new TreatmentThresholdInput(Woman67, PriorHipOrVertebralFracture: true), "Prior fragility").Status);
        Assert.Equal(FindingStatus.NotMet, Nogg(new TreatmentThresholdInput(Woman67), "Prior fragility").Status);
    }

    [Fact]
    public void NOGG_FRAX_thresholds_are_never_invented()
    {
        var withFrax = Nogg(new TreatmentThresholdInput(Woman67, Frax: new FraxResult(45, 12)), "FRAX above");
        Assert.Equal(FindingStatus.CannotEvaluate, withFrax.Status);
        Assert.Contains("NOGG chart for age 67", withFrax.Reason, StringComparison.Ordinal);
        var withoutFrax = Nogg(new TreatmentThresholdInput(Woman67), "FRAX above");
        Assert.Equal(FindingStatus.CannotEvaluate, withoutFrax.Status);
        Assert.Contains("QFracture risk is not a FRAX probability", withoutFrax.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void NOGG_glucocorticoid_rule_women_70_or_over_on_any_dose()
    {
        var woman72 = PersonProfile.Create(72, Sex.Female, MenopausalStatus.Postmenopausal);
        var f = Nogg(new TreatmentThresholdInput(woman72, Glucocorticoids: GlucocorticoidExposure.Create(5, 1)), "Glucocorticoids");
        Assert.Equal(FindingStatus.Met, f.Status);
        Assert.Equal("[S]", f.EvidenceTag);
    }

    [Theory]
    [InlineData(7.5, 3, FindingStatus.Met)]
    [InlineData(7.4, 6, FindingStatus.CannotEvaluate)]
    [InlineData(10, 2.9, FindingStatus.CannotEvaluate)]
    public void NOGG_glucocorticoid_rule_7_5_mg_for_3_months_at_50_or_over(double dose, double months, FindingStatus expected)
    {
        Assert.Equal(expected, Nogg(new TreatmentThresholdInput(Man60, Glucocorticoids: GlucocorticoidExposure.Create(dose, months)), "Glucocorticoids").Status);
    }

    [Fact]
    public void NOGG_glucocorticoid_rule_prior_fracture_at_any_age_and_not_applicable_without_glucocorticoids()
    {
        var young = PersonProfile.Create(35, Sex.Female, MenopausalStatus.Premenopausal);
        Assert.Equal(FindingStatus.Met,
            Nogg(new TreatmentThresholdInput(young, PriorFragilityFracture: true, Glucocorticoids: GlucocorticoidExposure.Create(5, 6)), "Glucocorticoids").Status);
        Assert.Equal(FindingStatus.CannotEvaluate,
            Nogg(new TreatmentThresholdInput(PersonProfile.Create(45, Sex.Male), Glucocorticoids: GlucocorticoidExposure.Create(10, 6)), "Glucocorticoids").Status);
        Assert.Equal(FindingStatus.NotApplicable, Nogg(new TreatmentThresholdInput(Woman67), "Glucocorticoids").Status);
    }

    // ---- ACR 2022 glucocorticoid guideline ----

    [Theory]
    [InlineData(2.4, 12)]
    [InlineData(5, 3)] // "more than 3 months"
    public void ACR_applies_only_from_2_5_mg_for_more_than_3_months(double dose, double months)
    {
        Assert.Equal(FindingStatus.NotApplicable, Acr(new TreatmentThresholdInput(Woman67, Glucocorticoids: GlucocorticoidExposure.Create(dose, months))).Status);
        Assert.Equal(FindingStatus.NotApplicable, Acr(new TreatmentThresholdInput(Woman67)).Status);
    }

    private static readonly GlucocorticoidExposure FiveMgForAYear = GlucocorticoidExposure.Create(5, 12);

    [Theory]
    [InlineData(-3.5, "Very high")]
    [InlineData(-3.4, "High")]
    [InlineData(-2.5, "High")]
    [InlineData(-2.4, "Moderate")]
    [InlineData(-1.0, "Moderate")] // ACR "T −1.0 to −2.4": −1.0 is moderate here although WHO calls it Normal
    public void ACR_40_or_over_T_score_bands(double t, string category)
    {
        var f = Acr(new TreatmentThresholdInput(Woman67, SpineT(Woman67, t), Glucocorticoids: FiveMgForAYear));
        Assert.Equal(FindingStatus.Met, f.Status);
        Assert.StartsWith($"{category} risk", f.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(30, 0.5, "Very high")]
    [InlineData(5, 4.5, "Very high")]
    [InlineData(20, 0.5, "High")]
    [InlineData(5, 3, "High")]
    [InlineData(10, 0.5, "Moderate")]
    [InlineData(5, 1.01, "Moderate")]
    public void ACR_40_or_over_glucocorticoid_adjusted_FRAX_bands(double mof, double hip, string category)
    {
        var f = Acr(new TreatmentThresholdInput(Woman67, SpineT(Woman67, 0.0), new FraxResult(mof, hip, glucocorticoidAdjusted: true), Glucocorticoids: FiveMgForAYear));
        Assert.Equal(FindingStatus.Met, f.Status);
        Assert.StartsWith($"{category} risk", f.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void ACR_low_risk_needs_T_and_adjusted_FRAX_all_low()
    {
        // MOF 9.9 % < 10, hip exactly 1 % (not "> 1"), T −0.9 > −1.0.
        var low = Acr(new TreatmentThresholdInput(Woman67, SpineT(Woman67, -0.9), new FraxResult(9.9, 1.0, glucocorticoidAdjusted: true), Glucocorticoids: FiveMgForAYear));
        Assert.Equal(FindingStatus.NotMet, low.Status);
        Assert.StartsWith("Low risk", low.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void ACR_FRAX_that_is_not_glucocorticoid_adjusted_counts_as_a_lower_bound()
    {
        // Adjustment only raises FRAX within the ACR scope, so 35 % unadjusted already reaches very high.
        var f = Acr(new TreatmentThresholdInput(Woman67, SpineT(Woman67, -0.9), new FraxResult(35, 6), Glucocorticoids: FiveMgForAYear));
        Assert.Equal(FindingStatus.Met, f.Status);
        Assert.StartsWith("Very high risk", f.Reason, StringComparison.Ordinal);
        Assert.Contains("a lower bound", f.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void ACR_without_FRAX_or_DXA_cannot_confirm_low_risk()
    {
        var f = Acr(new TreatmentThresholdInput(Woman67, Glucocorticoids: FiveMgForAYear));
        Assert.Equal(FindingStatus.CannotEvaluate, f.Status);
        Assert.Contains("a QFracture risk cannot be used", f.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void ACR_very_high_by_fracture_high_dose_or_cumulative_dose()
    {
        Assert.StartsWith("Very high", Acr(new TreatmentThresholdInput(Woman67, PriorFragilityFracture: true, Glucocorticoids: FiveMgForAYear)).Reason, StringComparison.Ordinal);
        // 30 mg/day for 4 months = 121.75 days > 30 days (cumulative 3.65 g, below 5 g).
        Assert.StartsWith("Very high", Acr(new TreatmentThresholdInput(Woman67, Glucocorticoids: GlucocorticoidExposure.Create(30, 4))).Reason, StringComparison.Ordinal);
        // 15 mg/day for a year = 5.48 g ≥ 5 g.
        Assert.StartsWith("Very high", Acr(new TreatmentThresholdInput(Woman67, Glucocorticoids: GlucocorticoidExposure.Create(15, 12))).Reason, StringComparison.Ordinal);
        // 10 mg/day for a year = 3.65 g: not very high by dose; nothing else known.
        Assert.Equal(FindingStatus.CannotEvaluate, Acr(new TreatmentThresholdInput(Woman67, Glucocorticoids: GlucocorticoidExposure.Create(10, 12))).Status);
    }

    private static readonly PersonProfile Woman35 = PersonProfile.Create(35, Sex.Female, MenopausalStatus.Premenopausal);

    private static DensitometryResult SpineZ(double z) =>
        DensitometryInterpretation.Interpret(Woman35, [DxaMeasurement.Create(SkeletalSite.LumbarSpine, reportedZScore: z)]);

    [Fact]
    public void ACR_under_40_moderate_needs_7_5_mg_for_6_months_and_Z_below_minus_3()
    {
        var gc = GlucocorticoidExposure.Create(10, 6);
        Assert.StartsWith("Moderate risk (adults under 40)", Acr(new TreatmentThresholdInput(Woman35, SpineZ(-3.1), Glucocorticoids: gc)).Reason, StringComparison.Ordinal);
        Assert.Equal(FindingStatus.NotMet, Acr(new TreatmentThresholdInput(Woman35, SpineZ(-3.0), Glucocorticoids: gc)).Status);
        Assert.Equal(FindingStatus.CannotEvaluate, Acr(new TreatmentThresholdInput(Woman35, Glucocorticoids: gc)).Status);
        Assert.Equal(FindingStatus.NotMet, Acr(new TreatmentThresholdInput(Woman35, SpineZ(-3.5), Glucocorticoids: GlucocorticoidExposure.Create(5, 12))).Status);
    }

    [Fact]
    public void ACR_under_40_moderate_with_BMD_loss_greater_than_the_LSC()
    {
        var gc = GlucocorticoidExposure.Create(10, 6);
        var precision = PrecisionError.FromRmsSd(0.010); // LSC 0.0277 g/cm²
        DxaMeasurement Scan(double bmd) => DxaMeasurement.Create(SkeletalSite.LumbarSpine, Core.Measures.BoneMineralDensity.FromGramsPerSquareCentimetre(bmd), manufacturer: DxaManufacturer.Hologic);
        var loss = LeastSignificantChange.Compare(Scan(1.000), Scan(0.960), precision);
        Assert.Equal(FindingStatus.Met, Acr(new TreatmentThresholdInput(Woman35, Glucocorticoids: gc, BmdChange: loss)).Status);
        var equal = LeastSignificantChange.Compare(Scan(1.000), Scan(0.9723), precision); // loss = LSC, not "greater than"
        Assert.Equal(FindingStatus.NotMet, Acr(new TreatmentThresholdInput(Woman35, Glucocorticoids: gc, BmdChange: equal)).Status);
    }

    [Fact]
    public void ACR_under_40_prior_fracture_is_very_high()
    {
        var f = Acr(new TreatmentThresholdInput(Woman35, PriorFragilityFracture: true, Glucocorticoids: GlucocorticoidExposure.Create(5, 6)));
        Assert.StartsWith("Very high risk (adults under 40)", f.Reason, StringComparison.Ordinal);
    }
}
