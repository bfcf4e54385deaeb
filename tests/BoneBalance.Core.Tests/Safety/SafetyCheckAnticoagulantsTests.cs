using BoneBalance.Core.Measures;
using BoneBalance.Core.Safety;
using static BoneBalance.TestSupport.TestCatalogue;

namespace BoneBalance.Core.Tests.Safety;

public class SafetyCheckAnticoagulantsTests
{
    [Theory]
    [InlineData("warfarin")]
    [InlineData("Coumadin")]
    [InlineData("Jantoven")]
    [InlineData("Marevan")]
    [InlineData("Sintrom")]
    [InlineData("acenocoumarol")]
    [InlineData("Marcoumar")]
    [InlineData("phenprocoumon")]
    [InlineData("Previscan")]
    [InlineData("fluindione")]
    public void Every_vitamin_K_antagonist_with_a_K2_supplement_is_contraindicated_without_supervision(string name)
    {
        var findings = Evaluate(new(Woman()) { Medications = [Med(name)], Supplements = [Mk7(180)] });

        var vka = Assert.Single(findings.With(SafetyFindingCodes.VkaVitaminK));
        Assert.Equal(SafetySeverity.ContraindicatedWithoutSupervision, vka.Severity);
        Assert.Contains("INR", vka.Advice);
        Assert.Contains("anticoagulation clinic", vka.Advice);
        Assert.Contains(name, vka.Reason);
        Assert.Contains("MK-7", vka.Reason);
        Assert.Same(vka, findings[0]);
        Assert.Contains(SafetySources.Theuwissen2013, vka.Citations);
        Assert.Empty(findings.With(SafetyFindingCodes.VkaKeepVitaminKSteady));
    }

    [Fact]
    public void A_large_change_in_vitamin_K_rich_foods_alone_triggers_VKA_VITAMIN_K()
    {
        var findings = Evaluate(new(Man()) { Medications = [Med("warfarin")], LargeChangeInVitaminKFoods = true });

        var vka = Assert.Single(findings.With(SafetyFindingCodes.VkaVitaminK));
        Assert.Equal(SafetySeverity.ContraindicatedWithoutSupervision, vka.Severity);
        Assert.Contains("large change in vitamin K-rich foods", vka.Reason);
    }

    [Fact]
    public void Menatetrenone_with_warfarin_also_cites_the_label_contraindication()
    {
        var mk4 = SupplementDose.Create(SupplementIngredient.Menaquinone4, NutrientAmount.FromMilligrams(45));
        var vka = Assert.Single(Evaluate(new(Woman()) { Medications = [Med("warfarin")], Supplements = [mk4] }).With(SafetyFindingCodes.VkaVitaminK));
        Assert.Contains(SafetySources.GlakayLabel, vka.Citations);
    }

    [Fact]
    public void Menatetrenone_among_other_vitamin_K_supplements_with_warfarin_still_cites_the_label()
    {
        var mk4 = SupplementDose.Create(SupplementIngredient.Menaquinone4, NutrientAmount.FromMilligrams(45));
        var vka = Assert.Single(Evaluate(new(Woman()) { Medications = [Med("warfarin")], Supplements = [Mk7(90), mk4] }).With(SafetyFindingCodes.VkaVitaminK));
        Assert.Equal([SafetySources.Theuwissen2013, SafetySources.Schurgers2004, SafetySources.GlakayLabel], vka.Citations);
    }

    [Fact]
    public void A_VKA_user_without_vitamin_K_gets_the_informational_keep_it_steady_finding_and_the_INR_in_the_reason()
    {
        var labs = LabResults.Create(inr: 2.4);
        var findings = Evaluate(new(Woman()) { Medications = [Med("Coumadin")], Labs = labs });

        Assert.Empty(findings.With(SafetyFindingCodes.VkaVitaminK));
        var steady = Assert.Single(findings.With(SafetyFindingCodes.VkaKeepVitaminKSteady));
        Assert.Equal(SafetySeverity.Info, steady.Severity);
        Assert.Contains("Coumadin (warfarin)", steady.Reason);
        Assert.Contains("INR 2.4", steady.Reason);
    }

    [Fact]
    public void Vitamin_K_without_an_antagonist_is_no_VKA_finding()
    {
        var findings = Evaluate(new(Woman()) { Supplements = [Mk7(180)], LargeChangeInVitaminKFoods = true });
        Assert.Empty(findings.With(SafetyFindingCodes.VkaVitaminK));
        Assert.Empty(findings.With(SafetyFindingCodes.VkaKeepVitaminKSteady));
    }

    [Theory]
    [InlineData("apixaban")]
    [InlineData("Eliquis")]
    [InlineData("Xarelto")]
    [InlineData("rivaroxaban")]
    [InlineData("Pradaxa")]
    [InlineData("dabigatran")]
    [InlineData("Lixiana")]
    [InlineData("Savaysa")]
    public void A_DOAC_with_K2_says_plainly_there_is_no_vitamin_K_interaction_and_raises_no_VKA_finding(string name)
    {
        var findings = Evaluate(new(Woman()) { Medications = [Med(name)], Supplements = [Mk7(180)] });

        var doac = Assert.Single(findings.With(SafetyFindingCodes.DoacNoVitaminKInteraction));
        Assert.Equal(SafetySeverity.Info, doac.Severity);
        Assert.Contains("does not work through vitamin K", doac.Message);
        Assert.Contains("do not need to avoid", doac.Advice);
        Assert.Contains(SafetySources.Mekaj2015, doac.Citations);
        Assert.Empty(findings.With(SafetyFindingCodes.VkaVitaminK));
        Assert.Empty(findings.With(SafetyFindingCodes.VkaKeepVitaminKSteady));
    }

    [Fact]
    public void No_anticoagulant_no_DOAC_finding()
    {
        Assert.Empty(Evaluate(new(Woman()) { Medications = [Med("warfarin")] }).With(SafetyFindingCodes.DoacNoVitaminKInteraction));
    }
}
