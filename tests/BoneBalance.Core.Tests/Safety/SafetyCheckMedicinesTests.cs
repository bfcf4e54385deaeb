using BoneBalance.Core.People;
using BoneBalance.Core.Safety;
using static BoneBalance.TestSupport.TestCatalogue;

namespace BoneBalance.Core.Tests.Safety;

/// <summary>HYPERCALCAEMIA_RISK from medicines (SafetyCheck.Medicines.cs) and HORMONAL_TREATMENT by hormonal class.</summary>
public class SafetyCheckMedicinesTests
{
    [Theory]
    [InlineData("calcitriol")]
    [InlineData("Calcitriol 0.25 MCG Oral Capsule")]
    [InlineData("Rocaltrol")]
    [InlineData("alfacalcidol")]
    public void Active_vitamin_D_with_calcium_is_a_hypercalcaemia_warning(string name)
    {
        var finding = Assert.Single(Evaluate(new(Woman()) { Medications = [Med(name)], Supplements = [Calcium(500)] })
            .With(SafetyFindingCodes.HypercalcaemiaRisk));
        Assert.Equal(SafetySeverity.Warning, finding.Severity);
        Assert.Contains("active form of vitamin D", finding.Message, StringComparison.Ordinal);
        Assert.Contains("calcium (elemental) 500 mg/day", finding.Reason, StringComparison.Ordinal);
        Assert.Equal([SafetySources.RocaltrolLabel], finding.Citations);
    }

    [Fact]
    public void Calcitriol_with_calcium_and_D3_names_both_supplements()
    {
        var finding = Assert.Single(Evaluate(new(Woman()) { Medications = [Med("calcitriol")], Supplements = [Calcium(500), VitaminD(20)] })
            .With(SafetyFindingCodes.HypercalcaemiaRisk));
        Assert.Equal("calcitriol with calcium (elemental) 500 mg/day and vitamin D 20 µg/day", finding.Reason);
    }

    [Fact]
    public void Calcitriol_alone_or_with_vitamin_K_only_is_no_hypercalcaemia_finding()
    {
        Assert.Empty(Evaluate(new(Woman()) { Medications = [Med("calcitriol")] }).With(SafetyFindingCodes.HypercalcaemiaRisk));
        Assert.Empty(Evaluate(new(Woman()) { Medications = [Med("calcitriol")], Supplements = [Mk7(90)] }).With(SafetyFindingCodes.HypercalcaemiaRisk));
    }

    [Fact]
    public void Prescribed_vitamin_D_counts_as_vitamin_D_taken()
    {
        var finding = Assert.Single(Evaluate(new(Woman())
        {
            Medications = [Med("calcitriol"), Med("Ergocalciferol 1.25 MG (50000 UNT) Oral Capsule")],
        }).With(SafetyFindingCodes.HypercalcaemiaRisk));
        Assert.Equal(SafetySeverity.Warning, finding.Severity);
        Assert.Equal("calcitriol with Ergocalciferol 1.25 MG (50000 UNT) Oral Capsule (ergocalciferol)", finding.Reason);
    }

    [Fact]
    public void A_thiazide_with_prescribed_calcium_carbonate_is_a_warning()
    {
        var finding = Assert.Single(Evaluate(new(Woman()) { Medications = [Med("hydrochlorothiazide"), Med("calcium carbonate")] })
            .With(SafetyFindingCodes.HypercalcaemiaRisk));
        Assert.Equal(SafetySeverity.Warning, finding.Severity);
        Assert.Equal("hydrochlorothiazide with calcium carbonate", finding.Reason);
    }

    [Fact]
    public void The_calcium_salt_of_a_statin_is_not_calcium_taken()
    {
        var findings = Evaluate(new(Woman()) { Medications = [Med("hydrochlorothiazide"), Med("Atorvastatin Calcium 20 MG Oral Tablet")] });
        Assert.Empty(findings.With(SafetyFindingCodes.HypercalcaemiaRisk));
        Assert.Empty(findings.With(SafetyFindingCodes.UnrecognisedMedication));
    }

    [Fact]
    public void Digoxin_with_calcium_is_a_caution_about_heart_rhythm()
    {
        var finding = Assert.Single(Evaluate(new(Man()) { Medications = [Med("Digoxin 0.125 MG Oral Tablet")], Supplements = [Calcium(600)] })
            .With(SafetyFindingCodes.HypercalcaemiaRisk));
        Assert.Equal(SafetySeverity.Caution, finding.Severity);
        Assert.Contains("heart-rhythm", finding.Message, StringComparison.Ordinal);
        Assert.Contains("ECG", finding.Advice, StringComparison.Ordinal);
        Assert.Equal([SafetySources.KalciposSmpc, SafetySources.RocaltrolLabel], finding.Citations);
    }

    [Fact]
    public void Digoxin_with_vitamin_D_is_the_same_caution_and_digoxin_alone_is_none()
    {
        Assert.Equal(
            SafetySeverity.Caution,
            Assert.Single(Evaluate(new(Man()) { Medications = [Med("Lanoxin")], Supplements = [VitaminD(10)] }).With(SafetyFindingCodes.HypercalcaemiaRisk)).Severity);
        Assert.Empty(Evaluate(new(Man()) { Medications = [Med("digoxin")] }).With(SafetyFindingCodes.HypercalcaemiaRisk));
    }

    [Fact]
    public void Lithium_with_vitamin_D_is_a_caution_and_lithium_alone_is_none()
    {
        var finding = Assert.Single(Evaluate(new(Woman(45)) { Medications = [Med("Lithium Carbonate 300 MG Oral Capsule")], Supplements = [VitaminD(25)] })
            .With(SafetyFindingCodes.HypercalcaemiaRisk));
        Assert.Equal(SafetySeverity.Caution, finding.Severity);
        Assert.Contains("parathyroid", finding.Message, StringComparison.Ordinal);
        Assert.Equal([SafetySources.Kovacs2022], finding.Citations);
        Assert.Empty(Evaluate(new(Woman(45)) { Medications = [Med("lithium")] }).With(SafetyFindingCodes.HypercalcaemiaRisk));
    }

    [Fact]
    public void Thiazide_and_calcitriol_with_calcium_are_two_warnings()
    {
        var findings = Evaluate(new(Woman()) { Medications = [Med("hydrochlorothiazide"), Med("calcitriol")], Supplements = [Calcium(500)] })
            .With(SafetyFindingCodes.HypercalcaemiaRisk);
        Assert.Equal(2, findings.Count);
        Assert.All(findings, f => Assert.Equal(SafetySeverity.Warning, f.Severity));
    }

    [Theory]
    [InlineData("anastrozole", "aromatase inhibitor")]
    [InlineData("Lupron", "lowers sex hormones")]
    [InlineData("1 ML medroxyprogesterone acetate 150 MG/ML Injection", "loss of bone density")]
    [InlineData("Depo-Provera", "loss of bone density")]
    [InlineData("Estradiol 1 MG Oral Tablet", "oestrogen therapy")]
    [InlineData("tamoxifen", "oestrogen therapy")]
    [InlineData("medroxyprogesterone acetate 10 MG Oral Tablet", "oestrogen therapy")]
    public void Each_hormonal_class_is_named_in_its_caution(string name, string words)
    {
        var finding = Assert.Single(Evaluate(new(Woman(40)) { Medications = [Med(name)] }).With(SafetyFindingCodes.HormonalTreatment));
        Assert.Equal(SafetySeverity.Caution, finding.Severity);
        Assert.Contains(words, finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_depot_injection_cites_its_boxed_warning()
    {
        var finding = Assert.Single(Evaluate(new(Woman(25)) { Medications = [Med("1 ML medroxyprogesterone acetate 150 MG/ML Injection")] })
            .With(SafetyFindingCodes.HormonalTreatment));
        Assert.Contains(SafetySources.DepoProveraLabel, finding.Citations);
        Assert.Equal("1 ML medroxyprogesterone acetate 150 MG/ML Injection (depot medroxyprogesterone acetate) is a hormonal treatment", finding.Reason);
    }

    [Fact]
    public void Denosumab_and_a_statin_are_recognised_without_a_finding_of_their_own()
    {
        var findings = Evaluate(new(Woman()) { Medications = [Med("Prolia"), Med("Lipitor")] });
        Assert.Empty(findings);
        Assert.Equal(DrugClass.Denosumab, Assert.Single(Catalogue.Identify(Medication.Create("denosumab 60 MG/ML Prefilled Syringe"))).Class);
    }
}
