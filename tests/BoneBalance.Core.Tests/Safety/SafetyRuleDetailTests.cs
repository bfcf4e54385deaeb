using BoneBalance.Core.Measures;
using BoneBalance.Core.People;
using BoneBalance.Core.Safety;
using static BoneBalance.TestSupport.TestCatalogue;

namespace BoneBalance.Core.Tests.Safety;

/// <summary>
/// What each rule says beyond whether it fires: the severity, the exact sources per drug class (Kalcipos-D SmPC 4.5,
/// calcium carbonate SmPC, colestipol leaflet, Mekaj 2015, Glakay label), each medicine and sign named once, and which
/// doses count as taken (a dose of zero does not).
/// </summary>
public class SafetyRuleDetailTests
{
    [Fact]
    public void A_zero_dose_vitamin_K_supplement_with_warfarin_is_the_keep_steady_finding()
    {
        var findings = Evaluate(new(Woman()) { Medications = [Med("warfarin")], Supplements = [Mk7(0)] });
        Assert.Empty(findings.With(SafetyFindingCodes.VkaVitaminK));
        Assert.Equal("warfarin, no vitamin K supplement", Assert.Single(findings.With(SafetyFindingCodes.VkaKeepVitaminKSteady)).Reason);
    }

    [Fact]
    public void A_VKA_taken_under_two_names_is_named_once_with_every_trigger_and_the_INR()
    {
        var vka = Assert.Single(Evaluate(new(Woman())
        {
            Medications = [Med("warfarin"), Med("warfarin")],
            Supplements = [Mk7(90)],
            LargeChangeInVitaminKFoods = true,
            Labs = LabResults.Create(inr: 3.1),
        }).With(SafetyFindingCodes.VkaVitaminK));
        Assert.Equal("warfarin with vitamin K2 (MK-7) 90 µg/day and a large change in vitamin K-rich foods; latest INR 3.1", vka.Reason);
        Assert.Equal([SafetySources.Theuwissen2013, SafetySources.Schurgers2004], vka.Citations);
    }

    [Fact]
    public void The_keep_steady_finding_cites_both_trials()
    {
        var steady = Assert.Single(Evaluate(new(Man()) { Medications = [Med("Sintrom")] }).With(SafetyFindingCodes.VkaKeepVitaminKSteady));
        Assert.Equal("Sintrom (acenocoumarol), no vitamin K supplement", steady.Reason);
        Assert.Equal([SafetySources.Schurgers2004, SafetySources.Theuwissen2013], steady.Citations);
    }

    [Fact]
    public void Each_DOAC_taken_is_its_own_information_finding()
    {
        var doacs = Evaluate(new(Man()) { Medications = [Med("Eliquis"), Med("dabigatran")] }).With(SafetyFindingCodes.DoacNoVitaminKInteraction);
        Assert.Equal(["Eliquis (apixaban) is a direct oral anticoagulant", "dabigatran is a direct oral anticoagulant"], doacs.Select(f => f.Reason));
        Assert.All(doacs, f => Assert.Equal([SafetySources.Mekaj2015], f.Citations));
        Assert.StartsWith("Eliquis (apixaban) does not work through vitamin K", doacs[0].Message);
    }

    // Kalcipos-D SmPC 4.5 for every spacing; the calcium carbonate SmPC also for bisphosphonates and quinolones.
    [Theory]
    [InlineData("levothyroxine", false)]
    [InlineData("alendronic acid", true)]
    [InlineData("doxycycline", false)]
    [InlineData("ciprofloxacin", true)]
    [InlineData("iron", false)]
    public void Absorption_spacing_cites_the_SmPCs_for_its_class(string medication, bool carbonateSmpc)
    {
        var finding = Assert.Single(Evaluate(new(Woman()) { Medications = [Med(medication)], Supplements = [Calcium(500)] }).With(SafetyFindingCodes.AbsorptionSpacing));
        Assert.Equal(carbonateSmpc ? [SafetySources.KalciposSmpc, SafetySources.CalciumCarbonateSmpc] : [SafetySources.KalciposSmpc], finding.Citations);
        Assert.Equal($"{medication} with calcium supplements 500 mg a day", finding.Reason);
        Assert.Equal($"Calcium binds {medication} in the gut, so less of it is absorbed when both are taken together.", finding.Message);
    }

    [Fact]
    public void Every_medicine_calcium_binds_gets_its_own_spacing_finding()
    {
        var findings = Evaluate(new(Woman()) { Medications = [Med("levothyroxine"), Med("Fosamax")], Supplements = [Calcium(300), Calcium(300)] })
            .With(SafetyFindingCodes.AbsorptionSpacing);
        Assert.Equal(2, findings.Count);
        Assert.All(findings, f => Assert.EndsWith("with calcium supplements 600 mg a day", f.Reason));
    }

    [Theory]
    [InlineData("orlistat", "blocks the absorption of fat", "different time of day")]
    [InlineData("colestyramine", "binds bile acids", "at least 1 hour before or 4 hours after")]
    [InlineData("mineral oil", "keeps fat-soluble vitamins (D, K) in the gut", "Avoid regular use together")]
    public void Each_fat_absorption_blocker_has_its_own_words(string medication, string message, string advice)
    {
        var finding = Assert.Single(Evaluate(new(Woman()) { Medications = [Med(medication)] }).With(SafetyFindingCodes.FatSolubleMalabsorption));
        Assert.Contains(message, finding.Message);
        Assert.Contains(advice, finding.Advice);
        Assert.Equal($"{medication} lowers fat-soluble vitamin absorption", finding.Reason);
        Assert.Equal(
            medication == "colestyramine" ? [SafetySources.KalciposSmpc, SafetySources.ColestipolLeaflet] : [SafetySources.KalciposSmpc],
            finding.Citations);
    }

    [Theory]
    [InlineData("chronic liver disease", "can reduce the bile needed to absorb fat")]
    [InlineData("coeliac disease", "lowers the absorption of fat")]
    public void Liver_disease_and_malabsorption_are_explained_differently(string condition, string words)
    {
        var finding = Assert.Single(Evaluate(new(Woman()) { Conditions = [Cond(condition)] }).With(SafetyFindingCodes.FatSolubleMalabsorption));
        Assert.Contains(words, finding.Message);
        Assert.Equal(SafetySeverity.Caution, finding.Severity);
    }

    [Fact]
    public void A_sign_reported_twice_is_listed_once_and_a_DOAC_is_named_without_an_INR_check()
    {
        var finding = Assert.Single(Evaluate(new(Woman())
        {
            Symptoms = [Symptom.Nosebleeds, Symptom.Nosebleeds],
            Medications = [Med("apixaban"), Med("apixaban")],
            Conditions = [Cond("coeliac disease"), Cond("coeliac disease")],
        }).With(SafetyFindingCodes.VitaminKDeficiencySigns));
        Assert.Equal("nosebleeds; higher suspicion: coeliac disease; taking apixaban", finding.Reason);
        Assert.Contains("while taking apixaban they can also mean the anticoagulant is acting too strongly", finding.Message);
        Assert.DoesNotContain("INR", finding.Advice);
        Assert.StartsWith("See a clinician promptly", finding.Advice);
    }

    [Fact]
    public void Signs_without_a_risk_factor_or_anticoagulant_say_only_what_was_reported()
    {
        var finding = Assert.Single(Evaluate(new(Man()) { Symptoms = [Symptom.BloodInUrineOrStool, Symptom.EasyBruising] }).With(SafetyFindingCodes.VitaminKDeficiencySigns));
        Assert.Equal("easy bruising and blood in urine or stool", finding.Reason);
        Assert.EndsWith("of another bleeding problem.", finding.Message);
    }

    [Fact]
    public void Fat_absorption_blockers_and_antibiotics_raise_the_suspicion_of_deficiency()
    {
        var finding = Assert.Single(Evaluate(new(Man()) { Symptoms = [Symptom.BleedingGums], Medications = [Med("orlistat"), Med("ciprofloxacin")] })
            .With(SafetyFindingCodes.VitaminKDeficiencySigns));
        Assert.Equal("bleeding gums; higher suspicion: orlistat and ciprofloxacin (antibiotic)", finding.Reason);
        Assert.Contains("Vitamin K deficiency is more likely with orlistat and ciprofloxacin (antibiotic).", finding.Message);
    }

    [Fact]
    public void A_thiazide_names_only_the_calcium_and_vitamin_D_supplements()
    {
        var finding = Assert.Single(Evaluate(new(Woman()) { Medications = [Med("hydrochlorothiazide")], Supplements = [Mk7(90), Calcium(500), VitaminD(20)] })
            .With(SafetyFindingCodes.HypercalcaemiaRisk));
        Assert.Equal("hydrochlorothiazide with calcium (elemental) 500 mg/day and vitamin D 20 µg/day", finding.Reason);
        Assert.Equal([SafetySources.KalciposSmpc, SafetySources.CalciumCarbonateSmpc], finding.Citations);
    }

    [Fact]
    public void Kidney_stones_with_calcium_cite_the_trial_and_the_reference_intakes()
    {
        var finding = Assert.Single(Evaluate(new(Man()) { Conditions = [Cond("kidney stones")], Supplements = [Calcium(250), Calcium(250)] })
            .With(SafetyFindingCodes.KidneyStonesCalcium));
        Assert.Equal("kidney stones with calcium supplements 500 mg a day", finding.Reason);
        Assert.Equal([SafetySources.Jackson2006, SafetySources.Iom2011], finding.Citations);
    }

    [Fact]
    public void An_unrecognised_condition_is_named_with_its_codes()
    {
        var finding = Assert.Single(Evaluate(new(Woman()) { Conditions = [Condition.Create("made-up syndrome", "123456", "Z99.9")] })
            .With(SafetyFindingCodes.UnrecognisedCondition));
        Assert.Equal("condition 'made-up syndrome' (SNOMED CT 123456, ICD-10 Z99.9) is not in the safety catalogue", finding.Reason);
        Assert.Equal(SafetySeverity.Info, finding.Severity);
        Assert.Equal([SafetySources.Iom2011], finding.Citations);
    }

    [Fact]
    public void An_unrecognised_medication_without_codes_is_named_alone()
    {
        var finding = Assert.Single(Evaluate(new(Woman()) { Medications = [Med("Zapzorvimab")] }).With(SafetyFindingCodes.UnrecognisedMedication));
        Assert.Equal("medication 'Zapzorvimab' is not in the safety catalogue", finding.Reason);
        Assert.Equal([SafetySources.KalciposSmpc], finding.Citations);

        var coded = Assert.Single(Evaluate(new(Woman()) { Medications = [Medication.Create("Zapzorvimab", atcCode: "Z99ZZ99")] }).With(SafetyFindingCodes.UnrecognisedMedication));
        Assert.Equal("medication 'Zapzorvimab' (ATC Z99ZZ99) is not in the safety catalogue", coded.Reason);
    }

    [Fact]
    public void Calcium_and_vitamin_D_at_the_UL_exactly_are_not_above_it()
    {
        var findings = Evaluate(new(Woman(60)) { Supplements = [Calcium(2000), VitaminD(100)] });
        Assert.Empty(findings.With(SafetyFindingCodes.CalciumAboveUl));
        Assert.Empty(findings.With(SafetyFindingCodes.VitaminDAboveUl));
    }

    [Fact]
    public void A_life_stage_finding_lists_only_the_supplements_above_their_reference()
    {
        // Age 16: calcium RDA 1,300 mg, vitamin D 15 µg, vitamin K AI 75 µg.
        var finding = Assert.Single(Evaluate(new(SafetyPerson.Create(16, Sex.Male)) { Supplements = [Calcium(1300), VitaminD(20), Mk7(80)] })
            .With(SafetyFindingCodes.Under18));
        Assert.Equal("age 16; vitamin D 20 µg/day is above the RDA of 15 µg (600 IU)/day and vitamin K2 (MK-7) 80 µg/day is above the AI of 75 µg/day", finding.Reason);
        Assert.StartsWith("For people under 18, supplements should not go beyond", finding.Message);
        Assert.EndsWith("Vitamin D 20 µg/day is above the RDA of 15 µg (600 IU)/day and vitamin K2 (MK-7) 80 µg/day is above the AI of 75 µg/day.", finding.Message);
    }

    [Fact]
    public void A_pregnant_teenager_has_both_life_stage_findings()
    {
        var findings = Evaluate(new(SafetyPerson.Create(17, Sex.Female, pregnant: true)));
        Assert.Single(findings.With(SafetyFindingCodes.PregnancyOrBreastfeeding));
        Assert.Single(findings.With(SafetyFindingCodes.Under18));
    }

    [Fact]
    public void The_check_needs_a_catalogue_and_an_input()
    {
        Assert.Throws<ArgumentNullException>(() => new SafetyCheck(null!));
        Assert.Throws<ArgumentNullException>(() => Check.Evaluate(null!));
    }

    [Fact]
    public void A_hormonal_treatment_is_named_in_its_reason()
    {
        var finding = Assert.Single(Evaluate(new(Woman()) { Medications = [Med("anastrozole")] }).With(SafetyFindingCodes.HormonalTreatment));
        Assert.Equal("anastrozole is a hormonal treatment", finding.Reason);
        Assert.StartsWith("You take anastrozole, an aromatase inhibitor. It lowers oestrogen", finding.Message);
    }

    [Fact]
    public void A_milligram_MK4_dose_is_shown_in_milligrams_and_a_microgram_dose_in_micrograms()
    {
        Assert.Equal("vitamin K2 (MK-4) 45 mg/day", SupplementDose.Create(SupplementIngredient.Menaquinone4, NutrientAmount.FromMilligrams(45)).ToString());
        Assert.Equal("vitamin K1 100 µg/day", SupplementDose.Create(SupplementIngredient.VitaminK1, NutrientAmount.FromMicrograms(100)).ToString());
        Assert.True(SupplementDose.Create(SupplementIngredient.VitaminK1, NutrientAmount.FromMicrograms(1)).IsVitaminK);
        Assert.False(VitaminD(1).IsVitaminK);
        Assert.False(Calcium(1).IsVitaminK);
    }
}
