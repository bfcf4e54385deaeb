using BoneBalance.Core.Safety;
using static BoneBalance.TestSupport.TestCatalogue;

namespace BoneBalance.Core.Tests.Safety;

public class SafetyCheckAbsorptionTests
{
    [Theory]
    [InlineData("Synthroid", "4 hours apart")]
    [InlineData("Levothyroxine Sodium 0.075 MG Oral Tablet", "4 hours apart")]
    [InlineData("Fosamax", "1 hour after")]
    [InlineData("Actonel", "3 hours")]
    [InlineData("doxycycline", "4 to 6 hours after")]
    [InlineData("ciprofloxacin", "2 hours before or after")]
    [InlineData("ferrous sulfate", "2 hours before or after")]
    public void Calcium_with_a_medicine_it_binds_gives_the_spacing_advice(string medication, string spacing)
    {
        var finding = Assert.Single(Evaluate(new(Woman()) { Medications = [Med(medication)], Supplements = [Calcium(500)] }).With(SafetyFindingCodes.AbsorptionSpacing));
        Assert.Equal(SafetySeverity.Caution, finding.Severity);
        Assert.Contains(spacing, finding.Advice);
        Assert.Contains(medication, finding.Reason);
        Assert.Contains(SafetySources.KalciposSmpc, finding.Citations);
    }

    [Fact]
    public void Levothyroxine_without_calcium_needs_no_spacing()
    {
        Assert.Empty(Evaluate(new(Woman()) { Medications = [Med("levothyroxine")], Supplements = [VitaminD(15)] }).With(SafetyFindingCodes.AbsorptionSpacing));
    }

    [Theory]
    [InlineData("Xenical")]
    [InlineData("alli")]
    [InlineData("orlistat")]
    [InlineData("Questran")]
    [InlineData("liquid paraffin")]
    public void Fat_absorption_blockers_are_reported(string medication)
    {
        var finding = Assert.Single(Evaluate(new(Woman()) { Medications = [Med(medication)] }).With(SafetyFindingCodes.FatSolubleMalabsorption));
        Assert.Equal(SafetySeverity.Caution, finding.Severity);
        Assert.Contains(medication, finding.Reason);
        Assert.DoesNotContain("INR", finding.Advice);
    }

    [Fact]
    public void Orlistat_with_warfarin_adds_the_INR_check()
    {
        var finding = Assert.Single(Evaluate(new(Woman()) { Medications = [Med("orlistat"), Med("warfarin")] }).With(SafetyFindingCodes.FatSolubleMalabsorption));
        Assert.Contains("INR", finding.Advice);
    }

    [Theory]
    [InlineData("coeliac disease")]
    [InlineData("Celiac disease")]
    [InlineData("Crohn's disease")]
    [InlineData("alcoholic liver disease")]
    public void Malabsorption_and_liver_disease_are_reported(string condition)
    {
        var finding = Assert.Single(Evaluate(new(Woman()) { Conditions = [Cond(condition)] }).With(SafetyFindingCodes.FatSolubleMalabsorption));
        Assert.Contains(condition, finding.Reason);
        Assert.Contains(SafetySources.StatPearlsVitaminKDeficiency, finding.Citations);
    }

    [Fact]
    public void Neither_medicine_nor_condition_is_no_malabsorption_finding()
    {
        Assert.Empty(Evaluate(new(Woman()) { Conditions = [Cond("osteoporosis")], Medications = [Med("apixaban")] }).With(SafetyFindingCodes.FatSolubleMalabsorption));
    }
}
