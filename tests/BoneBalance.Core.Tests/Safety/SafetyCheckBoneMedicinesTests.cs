using BoneBalance.Core.Safety;
using static BoneBalance.TestSupport.TestCatalogue;

namespace BoneBalance.Core.Tests.Safety;

/// <summary>MEDICINE_AFFECTS_BONE (SafetyCheck.BoneMedicines.cs): SSRIs, thiazolidinediones, anticonvulsants, heparins and
/// proton-pump inhibitors (Panday 2014; QFracture-2012 predictors; FDA 2010 for PPIs).</summary>
public class SafetyCheckBoneMedicinesTests
{
    [Theory]
    [InlineData("sertraline", "sertraline is an SSRI")]
    [InlineData("Sertraline 50 MG Oral Tablet", "Sertraline 50 MG Oral Tablet (sertraline) is an SSRI")]
    [InlineData("Zoloft", "Zoloft (sertraline) is an SSRI")]
    [InlineData("pioglitazone", "pioglitazone is a thiazolidinedione")]
    [InlineData("Pioglitazone 15 MG Oral Tablet", "Pioglitazone 15 MG Oral Tablet (pioglitazone) is a thiazolidinedione")]
    [InlineData("phenytoin", "phenytoin is an enzyme-inducing anticonvulsant")]
    [InlineData("Phenytoin 100 MG Extended Release Oral Capsule", "Phenytoin 100 MG Extended Release Oral Capsule (phenytoin) is an enzyme-inducing anticonvulsant")]
    [InlineData("Tegretol", "Tegretol (carbamazepine) is an enzyme-inducing anticonvulsant")]
    [InlineData("valproate", "valproate (valproic acid) is an anticonvulsant")]
    [InlineData("levetiracetam", "levetiracetam is an anticonvulsant")]
    [InlineData("heparin", "heparin is a heparin")]
    [InlineData("enoxaparin 40 MG/0.4 ML Injectable Solution", "enoxaparin 40 MG/0.4 ML Injectable Solution (enoxaparin) is a heparin")]
    [InlineData("omeprazole", "omeprazole is a proton-pump inhibitor")]
    [InlineData("Omeprazole 20 MG Delayed Release Oral Capsule", "Omeprazole 20 MG Delayed Release Oral Capsule (omeprazole) is a proton-pump inhibitor")]
    [InlineData("Dexilant", "Dexilant (dexlansoprazole) is a proton-pump inhibitor")]
    public void Each_class_gives_one_caution_naming_the_medicine_as_written(string name, string reason)
    {
        var finding = Assert.Single(Evaluate(new(Woman()) { Medications = [Med(name)] }).With(SafetyFindingCodes.MedicineAffectsBone));
        Assert.Equal(SafetySeverity.Caution, finding.Severity);
        Assert.Equal(reason, finding.Reason);
        var description = reason[..reason.LastIndexOf(" is ", StringComparison.Ordinal)];
        Assert.StartsWith($"You take {description}, ", finding.Message, StringComparison.Ordinal);
        Assert.Contains("This is not a reason to stop it: never stop or change a prescribed medicine on your own.", finding.Message, StringComparison.Ordinal);
        Assert.StartsWith($"Keep taking {description} as prescribed, and tell the clinician who assesses your bones", finding.Advice, StringComparison.Ordinal);
        Assert.Contains(SafetySources.Panday2014, finding.Citations);
    }

    [Theory]
    [InlineData("sertraline", "bone loss and a higher risk of fractures")]
    [InlineData("pioglitazone", "higher risk of fractures")]
    [InlineData("levetiracetam", "bone loss and a higher risk of fractures")]
    [InlineData("enoxaparin", "Used for a long time, heparin can cause bone loss.")]
    [InlineData("omeprazole", "Taken at high doses or for a year or more, these medicines are linked with a higher risk of hip, wrist and spine fractures.")]
    public void The_message_says_what_the_medicine_does_to_bone(string name, string words)
    {
        var finding = Assert.Single(Evaluate(new(Man()) { Medications = [Med(name)] }).With(SafetyFindingCodes.MedicineAffectsBone));
        Assert.Contains(words, finding.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("sertraline", true)]
    [InlineData("phenytoin", true)]
    [InlineData("valproate", true)]
    [InlineData("pioglitazone", false)]
    [InlineData("heparin", false)]
    [InlineData("omeprazole", false)]
    public void Antidepressants_and_anticonvulsants_cite_QFracture_where_they_are_predictors(string name, bool qfracture)
    {
        var finding = Assert.Single(Evaluate(new(Woman()) { Medications = [Med(name)] }).With(SafetyFindingCodes.MedicineAffectsBone));
        Assert.Equal(qfracture, finding.Citations.Contains(SafetySources.HippisleyCox2012));
    }

    [Fact]
    public void A_proton_pump_inhibitor_cites_the_FDA_2010_communication_and_nothing_else_does()
    {
        var ppi = Assert.Single(Evaluate(new(Woman()) { Medications = [Med("Prilosec")] }).With(SafetyFindingCodes.MedicineAffectsBone));
        Assert.Equal([SafetySources.FdaPpiFractures2010, SafetySources.Panday2014], ppi.Citations);
        Assert.Equal(2010, SafetySources.FdaPpiFractures2010.Year);
        Assert.Contains("proton pump inhibitors", SafetySources.FdaPpiFractures2010.Title, StringComparison.Ordinal);

        var others = Evaluate(new(Woman()) { Medications = [Med("sertraline"), Med("pioglitazone"), Med("phenytoin"), Med("heparin")] })
            .With(SafetyFindingCodes.MedicineAffectsBone);
        Assert.Equal(4, others.Count);
        Assert.All(others, f => Assert.DoesNotContain(SafetySources.FdaPpiFractures2010, f.Citations));
    }

    [Theory]
    [InlineData("phenytoin", true)]
    [InlineData("Dilantin", true)]
    [InlineData("carbamazepine", true)]
    [InlineData("valproate", false)]
    [InlineData("levetiracetam", false)]
    public void Only_an_enzyme_inducing_anticonvulsant_asks_about_vitamin_D(string name, bool inducer)
    {
        var finding = Assert.Single(Evaluate(new(Woman()) { Medications = [Med(name)] }).With(SafetyFindingCodes.MedicineAffectsBone));
        Assert.Equal(inducer, finding.Message.Contains("speeds up the breakdown of vitamin D", StringComparison.Ordinal));
        Assert.Equal(inducer, finding.Advice.Contains("whether your vitamin D level should be checked", StringComparison.Ordinal));
        Assert.Equal(inducer, finding.Reason.EndsWith("is an enzyme-inducing anticonvulsant", StringComparison.Ordinal));
        Assert.Equal(inducer, finding.Citations.Contains(SafetySources.Pack2003));
    }

    [Fact]
    public void Each_medicine_gets_its_own_finding_and_a_medicine_named_twice_gets_one()
    {
        var findings = Evaluate(new(Woman()) { Medications = [Med("sertraline"), Med("omeprazole"), Med("Zoloft"), Med("phenytoin")] })
            .With(SafetyFindingCodes.MedicineAffectsBone);
        Assert.Equal(["omeprazole is a proton-pump inhibitor", "phenytoin is an enzyme-inducing anticonvulsant", "sertraline is an SSRI"], findings.Select(f => f.Reason));
    }

    [Theory]
    [InlineData("metformin")]
    [InlineData("apixaban")]
    [InlineData("Xarelto")]
    [InlineData("famotidine")]
    [InlineData("atorvastatin")]
    // Other rules own these: no second finding about bone.
    [InlineData("prednisone")]
    [InlineData("anastrozole")]
    [InlineData("Prolia")]
    [InlineData("alendronate")]
    public void Other_medicines_give_no_such_finding(string name)
    {
        Assert.Empty(Evaluate(new(Woman()) { Medications = [Med(name)] }).With(SafetyFindingCodes.MedicineAffectsBone));
    }

    [Fact]
    public void No_medicines_no_finding()
    {
        Assert.Empty(Evaluate(new(Woman())).With(SafetyFindingCodes.MedicineAffectsBone));
    }

    [Fact]
    public void A_proton_pump_inhibitor_is_still_an_acid_suppressant_for_the_calcium_citrate_choice()
    {
        var entry = Assert.Single(Catalogue.Identify(Med("omeprazole")));
        Assert.Equal(DrugClass.AcidSuppressant, entry.Class);
    }

    [Fact]
    public void The_finding_does_not_depend_on_supplements()
    {
        var without = Evaluate(new(Woman()) { Medications = [Med("sertraline")] }).With(SafetyFindingCodes.MedicineAffectsBone);
        var with = Evaluate(new(Woman()) { Medications = [Med("sertraline")], Supplements = [Calcium(500), VitaminD(20)] }).With(SafetyFindingCodes.MedicineAffectsBone);
        Assert.Equal(Assert.Single(without).Message, Assert.Single(with).Message);
        Assert.Equal(without[0].Advice, with[0].Advice);
    }
}
