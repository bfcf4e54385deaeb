using BoneBalance.Core.People;
using BoneBalance.Core.Safety;
using static BoneBalance.TestSupport.TestCatalogue;

namespace BoneBalance.Core.Tests.Safety;

public class SafetyCheckTreatmentsTests
{
    // ACR 2022: ≥ 2.5 mg/day prednisone-equivalent; BoneBalance warns from 3 months.
    [Theory]
    [InlineData("prednisone", 2.5, 3, true)]
    [InlineData("prednisone", 2.4, 12, false)]
    [InlineData("prednisone", 10, 2.9, false)]
    [InlineData("prednisolone", 5, 6, true)]
    // Dexamethasone 0.75 mg = prednisolone 5 mg (BNF), so 0.375 mg = 2.5 mg and 0.3 mg = 2 mg.
    [InlineData("dexamethasone", 0.375, 3, true)]
    [InlineData("dexamethasone", 0.3, 12, false)]
    // Hydrocortisone 20 mg = prednisolone 5 mg (BNF): 10 mg = 2.5 mg; 8 mg = 2 mg.
    [InlineData("hydrocortisone", 10, 3, true)]
    [InlineData("hydrocortisone", 8, 12, false)]
    // Methylprednisolone 4 mg = prednisolone 5 mg (FDA prednisolone label 12 mg = 15 mg): 2 mg = 2.5 mg.
    [InlineData("methylprednisolone", 2, 3, true)]
    [InlineData("methylprednisolone", 1.6, 12, false)]
    public void Glucocorticoid_bone_loss_threshold_in_prednisolone_equivalents(string name, double mgPerDay, double months, bool expected)
    {
        var found = Evaluate(new(Woman()) { Medications = [Med(name, mgPerDay, months)] }).With(SafetyFindingCodes.GlucocorticoidBoneLoss);
        Assert.Equal(expected, found.Count == 1);
        if (expected)
        {
            Assert.Equal(SafetySeverity.Warning, found[0].Severity);
            Assert.Contains(BoneBalance.Core.FractureRisk.GuidelineThresholds.Acr.Citation, found[0].Citations);
        }
    }

    [Fact]
    public void A_converted_dose_is_shown_in_prednisolone_equivalents_with_the_equivalence_sources()
    {
        // 1.5 mg dexamethasone × 5 / 0.75 = 10 mg prednisolone-equivalent.
        var finding = Assert.Single(Evaluate(new(Man()) { Medications = [Med("dexamethasone", 1.5, 6)] }).With(SafetyFindingCodes.GlucocorticoidBoneLoss));
        Assert.Contains("= 10 mg prednisolone-equivalent", finding.Reason);
        Assert.Contains(SafetySources.BnfCorticosteroidEquivalence, finding.Citations);
    }

    [Fact]
    public void Two_glucocorticoids_each_below_the_threshold_are_added_up()
    {
        // Prednisolone 2 mg + hydrocortisone 4 mg (× 5 / 20 = 1 mg) = 3 mg/day prednisolone-equivalent ≥ 2.5.
        var finding = Assert.Single(Evaluate(new(Woman()) { Medications = [Med("prednisolone", 2, 6), Med("hydrocortisone", 4, 6)] })
            .With(SafetyFindingCodes.GlucocorticoidBoneLoss));
        Assert.Equal(SafetySeverity.Warning, finding.Severity);
        Assert.StartsWith("combined 3 mg/day", finding.Reason);

        // Prednisolone 1 mg + hydrocortisone 4 mg = 2 mg/day: below.
        Assert.Empty(Evaluate(new(Woman()) { Medications = [Med("prednisolone", 1, 6), Med("hydrocortisone", 4, 6)] }).With(SafetyFindingCodes.GlucocorticoidBoneLoss));
    }

    [Fact]
    public void A_dose_in_micrograms_is_converted_before_comparing()
    {
        var medication = Medication.Create("prednisolone", dosePerDay: 5000, doseUnit: MedicationDoseUnit.Microgram, durationMonths: 6);
        Assert.Single(Evaluate(new(Man()) { Medications = [medication] }).With(SafetyFindingCodes.GlucocorticoidBoneLoss));
    }

    [Fact]
    public void A_glucocorticoid_without_dose_or_duration_is_a_caution_saying_what_is_missing()
    {
        var finding = Assert.Single(Evaluate(new(Woman()) { Medications = [Med("prednisone", 10)] }).With(SafetyFindingCodes.GlucocorticoidBoneLoss));
        Assert.Equal(SafetySeverity.Caution, finding.Severity);
        Assert.Contains("how long it has been taken", finding.Reason);
    }

    [Theory]
    [InlineData("anastrozole")]
    [InlineData("Estradiol 1 MG Oral Tablet")]
    public void Hormonal_treatments_are_reported_for_discussion_with_a_clinician(string name)
    {
        var finding = Assert.Single(Evaluate(new(Woman()) { Medications = [Med(name)] }).With(SafetyFindingCodes.HormonalTreatment));
        Assert.Equal(SafetySeverity.Caution, finding.Severity);
        Assert.Contains("clinician", finding.Advice);
        Assert.Contains(SafetySources.Lee2020, finding.Citations);
    }

    [Fact]
    public void No_hormonal_treatment_no_finding()
    {
        Assert.Empty(Evaluate(new(Woman()) { Medications = [Med("levothyroxine")] }).With(SafetyFindingCodes.HormonalTreatment));
    }
}
