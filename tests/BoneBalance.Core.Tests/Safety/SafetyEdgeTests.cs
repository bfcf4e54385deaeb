using BoneBalance.Core.Safety;
using static BoneBalance.TestSupport.TestCatalogue;

namespace BoneBalance.Core.Tests.Safety;

/// <summary>
/// Edges of the safety rules that the rule tests do not reach: the public helpers name their missing argument, the diary
/// page's list of vitamin K antagonists, a medicine named as a possible cause of high blood calcium (Kalcipos-D SmPC 4.5:
/// thiazides reduce urinary calcium excretion), and KDIGO G4–G5 named twice.
/// </summary>
public class SafetyEdgeTests
{
    [Fact]
    public void Each_missing_argument_is_named()
    {
        Assert.Equal("medications", Assert.Throws<ArgumentNullException>(() => new SafetyCatalogue(null!, [])).ParamName);
        Assert.Equal("conditions", Assert.Throws<ArgumentNullException>(() => new SafetyCatalogue([], null!)).ParamName);
        Assert.Equal("medications", Assert.Throws<ArgumentNullException>(() => Check.VitaminKAntagonists(null!)).ParamName);
        Assert.Equal("input.Person", Assert.Throws<ArgumentNullException>(() => Check.Evaluate(new SafetyInput(null!))).ParamName);
    }

    [Fact]
    public void The_vitamin_K_antagonists_are_listed_once_each_in_the_order_given_and_nothing_else()
    {
        var names = Check.VitaminKAntagonists([Med("apixaban"), Med("Marevan"), Med("alendronate"), Med("acenocoumarol"), Med("Marevan")]);
        Assert.Equal(["Marevan (warfarin)", "acenocoumarol"], names);
        Assert.Empty(Check.VitaminKAntagonists([Med("apixaban"), Med("levothyroxine")]));
    }

    [Fact]
    public void High_blood_calcium_on_a_thiazide_names_the_medicine_and_cites_its_label()
    {
        var finding = Assert.Single(
            Evaluate(new(Woman()) { Medications = [Med("hydrochlorothiazide")], Labs = LabResults.Create(calciumMgPerDl: 11) }),
            f => f.Code == SafetyFindingCodes.HypercalcaemiaRisk && f.Message.StartsWith("Your blood calcium", StringComparison.Ordinal));
        Assert.EndsWith(" Tell them about your medicines, and never stop a prescribed medicine on your own.", finding.Advice, StringComparison.Ordinal);
        Assert.Equal([SafetySources.MedlinePlusCalcium, SafetySources.KalciposSmpc], finding.Citations);

        var alone = Assert.Single(Evaluate(new(Woman()) { Labs = LabResults.Create(calciumMgPerDl: 11) }), f => f.Code == SafetyFindingCodes.HypercalcaemiaRisk);
        Assert.Equal("See your clinician about the high calcium before taking any calcium or vitamin D supplement; they will look for the cause.", alone.Advice);
        Assert.Equal([SafetySources.MedlinePlusCalcium], alone.Citations);
    }

    [Fact]
    public void Two_names_for_advanced_kidney_disease_are_still_severe()
    {
        // KDIGO 2012: stage 4 and end-stage renal disease are both G4–G5.
        var finding = Assert.Single(
            Evaluate(new(Woman()) { Conditions = [Cond("chronic kidney disease stage 4"), Cond("end-stage renal disease")] }),
            f => f.Code == SafetyFindingCodes.CkdCaution);
        Assert.Equal(SafetySeverity.Warning, finding.Severity);
    }
}
