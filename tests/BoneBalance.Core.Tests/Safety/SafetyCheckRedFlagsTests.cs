using BoneBalance.Core.People;
using BoneBalance.Core.Safety;
using static BoneBalance.TestSupport.TestCatalogue;

namespace BoneBalance.Core.Tests.Safety;

/// <summary>INR_HIGH_WITHOUT_ANTICOAGULANT, POSTMENOPAUSAL_BLEEDING and the medicines named as causes of a high blood
/// calcium.</summary>
public class SafetyCheckRedFlagsTests
{
    private static SafetyInput WithInr(double inr, params Medication[] medications) =>
        new(Woman(67)) { Labs = LabResults.Create(inr: inr), Medications = medications };

    private static SafetyPerson Profiled(int age, MenopausalStatus status) =>
        SafetyPerson.From(PersonProfile.Create(age, Sex.Female, status));

    // The threshold is 1.2 (MedlinePlus 0.8–1.1; laboratories' upper limits 1.1–1.3): above it, not at it.
    [Theory]
    [InlineData(1.2, false)]
    [InlineData(1.21, true)]
    [InlineData(1.19, false)]
    [InlineData(2.4, true)]
    [InlineData(0.9, false)]
    public void A_raised_INR_without_an_anticoagulant_is_a_warning_to_be_seen_the_same_day(double inr, bool expected)
    {
        var found = Evaluate(WithInr(inr)).With(SafetyFindingCodes.InrHighWithoutAnticoagulant);
        Assert.Equal(expected, found.Count == 1);
        if (expected)
        {
            var f = found[0];
            Assert.Equal(SafetySeverity.Warning, f.Severity);
            Assert.Contains("same day", f.Message);
            Assert.Contains("vitamin K deficiency or of liver disease", f.Message);
            Assert.Contains("today", f.Advice);
            Assert.Contains(RedFlagSources.MedlinePlusInr, f.Citations);
            Assert.Contains(SafetySources.StatPearlsVitaminKDeficiency, f.Citations);
            Assert.DoesNotContain(RedFlagSources.Ofek2017, f.Citations);
        }
    }

    [Fact]
    public void The_threshold_constant_is_the_documented_one()
    {
        Assert.Equal(1.2, SafetyCheck.InrUpperReference);
        Assert.Equal(55, SafetyCheck.PostmenopausalBleedingReferralAge);
    }

    [Fact]
    public void An_INR_of_2_4_off_anticoagulants_is_no_longer_silent()
    {
        var f = Assert.Single(Evaluate(WithInr(2.4)).With(SafetyFindingCodes.InrHighWithoutAnticoagulant));
        Assert.Contains("2.4", f.Message);
        Assert.Equal("INR 2.4 (above 1.2), no vitamin K antagonist", f.Reason);
        Assert.DoesNotContain("more likely with", f.Message);
    }

    [Theory]
    [InlineData("warfarin")]
    [InlineData("acenocoumarol")]
    [InlineData("phenprocoumon")]
    public void A_vitamin_K_antagonist_makes_a_high_INR_expected_and_gives_no_red_flag(string vka)
    {
        Assert.Empty(Evaluate(WithInr(2.4, Med(vka))).With(SafetyFindingCodes.InrHighWithoutAnticoagulant));
        Assert.Empty(Evaluate(WithInr(4.5, Med(vka))).With(SafetyFindingCodes.InrHighWithoutAnticoagulant));
    }

    [Theory]
    [InlineData("apixaban")]
    [InlineData("rivaroxaban")]
    [InlineData("dabigatran")]
    public void A_DOAC_can_raise_the_INR_a_little_which_is_said_and_not_ignored(string doac)
    {
        var f = Assert.Single(Evaluate(WithInr(1.6, Med(doac))).With(SafetyFindingCodes.InrHighWithoutAnticoagulant));
        Assert.Equal(SafetySeverity.Caution, f.Severity);
        Assert.Contains("can raise the INR a little", f.Message);
        Assert.Contains($"prescriber of {doac}", f.Advice);
        Assert.Contains("Never stop a prescribed medicine on your own", f.Advice);
        Assert.Contains(RedFlagSources.Ofek2017, f.Citations);
        Assert.Contains("direct oral anticoagulant", f.Reason);

        // At or below the threshold, a DOAC user gets nothing either.
        Assert.Empty(Evaluate(WithInr(1.2, Med(doac))).With(SafetyFindingCodes.InrHighWithoutAnticoagulant));
    }

    [Fact]
    public void A_VKA_together_with_a_DOAC_still_gives_no_red_flag()
    {
        Assert.Empty(Evaluate(WithInr(3.0, Med("warfarin"), Med("apixaban"))).With(SafetyFindingCodes.InrHighWithoutAnticoagulant));
    }

    [Fact]
    public void The_likelier_causes_of_vitamin_K_deficiency_are_named()
    {
        var input = WithInr(1.8, Med("orlistat"), Med("cefotetan")) with { Conditions = [Cond("coeliac disease"), Cond("chronic liver disease")] };
        var f = Assert.Single(Evaluate(input).With(SafetyFindingCodes.InrHighWithoutAnticoagulant));
        Assert.Contains("coeliac disease", f.Message);
        Assert.Contains("chronic liver disease", f.Message);
        Assert.Contains("orlistat", f.Message);
        Assert.Contains("cefotetan (antibiotic)", f.Reason);
    }

    [Fact]
    public void With_bleeding_signs_the_INR_advice_leaves_the_urgent_care_sentence_to_the_signs_finding()
    {
        var quiet = Assert.Single(Evaluate(WithInr(1.8)).With(SafetyFindingCodes.InrHighWithoutAnticoagulant));
        Assert.Contains("Get urgent care", quiet.Advice);
        var bleeding = Evaluate(WithInr(1.8) with { Symptoms = [Symptom.Nosebleeds] });
        Assert.DoesNotContain("urgent care", Assert.Single(bleeding.With(SafetyFindingCodes.InrHighWithoutAnticoagulant)).Advice);
        Assert.Contains("urgent care", Assert.Single(bleeding.With(SafetyFindingCodes.VitaminKDeficiencySigns)).Advice);
    }

    [Fact]
    public void No_INR_no_finding()
    {
        Assert.Empty(Evaluate(new(Woman(67))).With(SafetyFindingCodes.InrHighWithoutAnticoagulant));
    }

    [Fact]
    public void Heavy_menstrual_bleeding_after_the_menopause_is_postmenopausal_bleeding()
    {
        var findings = Evaluate(new(Profiled(60, MenopausalStatus.Postmenopausal)) { Symptoms = [Symptom.HeavyMenstrualBleeding] });
        var f = Assert.Single(findings.With(SafetyFindingCodes.PostmenopausalBleeding));
        Assert.Equal(SafetySeverity.Warning, f.Severity);
        Assert.Contains("cancer of the womb", f.Message);
        Assert.Contains("referred urgently, to be seen within two weeks", f.Advice);
        Assert.Equal([RedFlagSources.NiceNg12], f.Citations);
        Assert.Equal("heavy menstrual bleeding reported by a postmenopausal woman aged 60", f.Reason);

        // The vitamin K finding stays, names the bleeding for what it is, and points to the other finding.
        var signs = Assert.Single(findings.With(SafetyFindingCodes.VitaminKDeficiencySigns));
        Assert.Contains("vaginal bleeding after the menopause", signs.Message);
        Assert.DoesNotContain("heavy menstrual bleeding", signs.Message);
        Assert.Contains("needs its own check", signs.Message);
    }

    // NICE NG12: urgent referral from 55, "consider" below it.
    [Theory]
    [InlineData(54, false)]
    [InlineData(55, true)]
    public void NICE_urgent_referral_wording_from_55(int age, bool urgent)
    {
        var f = Assert.Single(Evaluate(new(Profiled(age, MenopausalStatus.Postmenopausal)) { Symptoms = [Symptom.HeavyMenstrualBleeding] })
            .With(SafetyFindingCodes.PostmenopausalBleeding));
        Assert.Equal(urgent, f.Advice.Contains("women of 55 or over", StringComparison.Ordinal));
        Assert.Equal(!urgent, f.Advice.Contains("consider an urgent referral", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(MenopausalStatus.Premenopausal, 45)]
    [InlineData(MenopausalStatus.Perimenopausal, 52)]
    [InlineData(MenopausalStatus.Premenopausal, 56)]
    public void Before_or_during_the_menopause_heavy_bleeding_stays_a_vitamin_K_sign_only(MenopausalStatus status, int age)
    {
        var findings = Evaluate(new(Profiled(age, status)) { Symptoms = [Symptom.HeavyMenstrualBleeding] });
        Assert.Empty(findings.With(SafetyFindingCodes.PostmenopausalBleeding));
        var signs = Assert.Single(findings.With(SafetyFindingCodes.VitaminKDeficiencySigns));
        Assert.Contains("heavy menstrual bleeding", signs.Message);
        Assert.DoesNotContain("after the menopause", signs.Message);
    }

    // Status not stated: postmenopausal from 55 (the NICE age); a person without a profile is the same.
    [Theory]
    [InlineData(54, false)]
    [InlineData(55, true)]
    public void Unknown_status_counts_as_postmenopausal_from_55(int age, bool expected)
    {
        var profiled = Evaluate(new(Profiled(age, MenopausalStatus.Unknown)) { Symptoms = [Symptom.HeavyMenstrualBleeding] }).With(SafetyFindingCodes.PostmenopausalBleeding);
        Assert.Equal(expected, profiled.Count == 1);
        if (expected)
        {
            Assert.Contains("taken as postmenopausal from age 55", profiled[0].Reason);
        }

        Assert.Equal(expected, Evaluate(new(Woman(age)) { Symptoms = [Symptom.HeavyMenstrualBleeding] }).With(SafetyFindingCodes.PostmenopausalBleeding).Count == 1);
    }

    [Fact]
    public void Other_bleeding_signs_after_the_menopause_are_not_postmenopausal_bleeding()
    {
        Assert.Empty(Evaluate(new(Profiled(60, MenopausalStatus.Postmenopausal)) { Symptoms = [Symptom.Nosebleeds, Symptom.BloodInUrineOrStool] })
            .With(SafetyFindingCodes.PostmenopausalBleeding));
    }

    [Fact]
    public void Men_never_get_the_postmenopausal_bleeding_finding()
    {
        Assert.Empty(Evaluate(new(Man(70)) { Symptoms = [Symptom.HeavyMenstrualBleeding] }).With(SafetyFindingCodes.PostmenopausalBleeding));
    }

    [Theory]
    [InlineData("hydrochlorothiazide", "a thiazide")]
    [InlineData("lithium", "parathyroid glands overactive")]
    [InlineData("calcitriol", "active form of vitamin D")]
    public void A_high_calcium_names_a_calcium_raising_medicine_even_without_supplements(string medicine, string why)
    {
        var input = new SafetyInput(Woman(50)) { Medications = [Med(medicine)], Labs = LabResults.Create(calciumMgPerDl: 10.7) };
        var high = Assert.Single(Evaluate(input).With(SafetyFindingCodes.HypercalcaemiaRisk), f => f.Reason.StartsWith("serum calcium", StringComparison.Ordinal));
        Assert.Equal(SafetySeverity.Warning, high.Severity);
        Assert.Contains(medicine, high.Message);
        Assert.Contains(why, high.Message);
        Assert.Contains("whether or not you take supplements", high.Message);
        Assert.Contains("never stop a prescribed medicine on your own", high.Advice);
        Assert.Contains("possible medicine causes", high.Reason);
        Assert.True(high.Citations.Count >= 2);
    }

    [Fact]
    public void The_medicine_is_named_with_supplements_too()
    {
        var input = new SafetyInput(Woman(50)) { Medications = [Med("hydrochlorothiazide")], Labs = LabResults.Create(calciumMgPerDl: 10.7), Supplements = [Calcium(500)] };
        var high = Assert.Single(Evaluate(input).With(SafetyFindingCodes.HypercalcaemiaRisk), f => f.Reason.StartsWith("serum calcium", StringComparison.Ordinal));
        Assert.Equal(SafetySeverity.ContraindicatedWithoutSupervision, high.Severity);
        Assert.Contains("hydrochlorothiazide", high.Message);
        Assert.Contains(SafetySources.KalciposSmpc, high.Citations);
    }

    [Theory]
    [InlineData(10.2, false)]
    [InlineData(10.3, true)]
    public void Only_a_calcium_above_the_range_names_the_medicine(double calcium, bool named)
    {
        var input = new SafetyInput(Woman(50)) { Medications = [Med("lithium")], Labs = LabResults.Create(calciumMgPerDl: calcium) };
        Assert.Equal(named, Evaluate(input).Any(f => f.Code == SafetyFindingCodes.HypercalcaemiaRisk && f.Message.Contains("lithium", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_high_calcium_without_such_medicines_names_none()
    {
        var input = new SafetyInput(Woman(50)) { Medications = [Med("atorvastatin"), Med("digoxin")], Labs = LabResults.Create(calciumMgPerDl: 10.7) };
        var high = Assert.Single(Evaluate(input).With(SafetyFindingCodes.HypercalcaemiaRisk));
        Assert.DoesNotContain("Among your medicines", high.Message);
        Assert.Equal([SafetySources.MedlinePlusCalcium], high.Citations);
    }

    [Fact]
    public void The_new_codes_are_listed_once_each()
    {
        Assert.Single(SafetyFindingCodes.All, c => c == SafetyFindingCodes.InrHighWithoutAnticoagulant);
        Assert.Single(SafetyFindingCodes.All, c => c == SafetyFindingCodes.PostmenopausalBleeding);
    }
}
