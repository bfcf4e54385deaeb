using BoneBalance.Core.People;
using BoneBalance.Core.Safety;
using static BoneBalance.TestSupport.TestCatalogue;

namespace BoneBalance.Core.Tests.Safety;

public class SafetyCheckPersonTests
{
    [Theory]
    [InlineData(Symptom.EasyBruising, "easy bruising")]
    [InlineData(Symptom.BleedingGums, "bleeding gums")]
    [InlineData(Symptom.Nosebleeds, "nosebleeds")]
    [InlineData(Symptom.HeavyMenstrualBleeding, "heavy menstrual bleeding")]
    [InlineData(Symptom.PoorWoundHealing, "poor wound healing")]
    [InlineData(Symptom.BloodInUrineOrStool, "blood in urine or stool")]
    public void Each_of_the_six_signs_means_see_a_clinician_promptly(Symptom symptom, string words)
    {
        var finding = Assert.Single(Evaluate(new(Woman(45)) { Symptoms = [symptom] }).With(SafetyFindingCodes.VitaminKDeficiencySigns));
        Assert.Equal(SafetySeverity.Warning, finding.Severity);
        Assert.Contains("clinician promptly", finding.Advice);
        Assert.Contains(words, finding.Reason);
        Assert.Contains(SafetySources.StatPearlsVitaminKDeficiency, finding.Citations);
    }

    [Fact]
    public void Liver_disease_malabsorption_and_antibiotics_raise_suspicion_and_are_named()
    {
        var input = new SafetyInput(Woman())
        {
            Symptoms = [Symptom.Nosebleeds, Symptom.EasyBruising],
            Conditions = [Cond("chronic liver disease"), Cond("coeliac disease")],
            Medications = [Med("cefotetan")],
        };
        var finding = Assert.Single(Evaluate(input).With(SafetyFindingCodes.VitaminKDeficiencySigns));
        Assert.Contains("higher suspicion: chronic liver disease, coeliac disease and cefotetan (antibiotic)", finding.Reason);
        Assert.StartsWith("easy bruising and nosebleeds", finding.Reason);
    }

    [Fact]
    public void Signs_on_warfarin_ask_for_an_INR_check_today()
    {
        var finding = Assert.Single(Evaluate(new(Woman()) { Symptoms = [Symptom.BleedingGums], Medications = [Med("warfarin")] }).With(SafetyFindingCodes.VitaminKDeficiencySigns));
        Assert.Contains("INR check", finding.Advice);
        Assert.Contains("acting too strongly", finding.Message);
    }

    [Fact]
    public void No_signs_no_finding()
    {
        Assert.Empty(Evaluate(new(Woman()) { Conditions = [Cond("chronic liver disease")] }).With(SafetyFindingCodes.VitaminKDeficiencySigns));
    }

    [Fact]
    public void Pregnancy_is_a_caution_and_a_supplement_above_the_RDA_makes_it_a_warning()
    {
        var pregnant = SafetyPerson.Create(30, Sex.Female, pregnant: true);
        var within = Assert.Single(Evaluate(new(pregnant) { Supplements = [VitaminD(15), Calcium(500)] }).With(SafetyFindingCodes.PregnancyOrBreastfeeding));
        Assert.Equal(SafetySeverity.Caution, within.Severity);

        // IOM 2001 vitamin K AI for pregnancy at 19–50: 90 µg/day; MK-7 180 µg is above it.
        var above = Assert.Single(Evaluate(new(pregnant) { Supplements = [Mk7(180)] }).With(SafetyFindingCodes.PregnancyOrBreastfeeding));
        Assert.Equal(SafetySeverity.Warning, above.Severity);
        Assert.Contains("above the AI of 90 µg/day", above.Reason);
    }

    [Fact]
    public void Breastfeeding_is_reported_too()
    {
        var finding = Assert.Single(Evaluate(new(SafetyPerson.Create(28, Sex.Female, breastfeeding: true))).With(SafetyFindingCodes.PregnancyOrBreastfeeding));
        Assert.Equal("breastfeeding", finding.Reason);
    }

    [Fact]
    public void Neither_pregnant_nor_breastfeeding_no_finding()
    {
        Assert.Empty(Evaluate(new(Woman(30)) { Supplements = [Mk7(180)] }).With(SafetyFindingCodes.PregnancyOrBreastfeeding));
    }

    [Fact]
    public void Under_18_is_reported_and_a_calcium_dose_above_the_teen_RDA_is_a_warning()
    {
        var teen = SafetyPerson.Create(15, Sex.Female);
        Assert.Equal(SafetySeverity.Caution, Assert.Single(Evaluate(new(teen)).With(SafetyFindingCodes.Under18)).Severity);

        // IOM 2011 calcium RDA at 9–18: 1,300 mg/day.
        var above = Assert.Single(Evaluate(new(teen) { Supplements = [Calcium(1400)] }).With(SafetyFindingCodes.Under18));
        Assert.Equal(SafetySeverity.Warning, above.Severity);
        Assert.Contains("above the RDA of 1,300 mg/day", above.Reason);
        Assert.Equal(SafetySeverity.Caution, Assert.Single(Evaluate(new(teen) { Supplements = [Calcium(1300)] }).With(SafetyFindingCodes.Under18)).Severity);
    }

    [Fact]
    public void Eighteen_is_an_adult()
    {
        Assert.Empty(Evaluate(new(SafetyPerson.Create(18, Sex.Male))).With(SafetyFindingCodes.Under18));
    }

    [Fact]
    public void A_profile_becomes_a_safety_person_keeping_age_and_sex()
    {
        var profile = PersonProfile.Create(67, Sex.Female, MenopausalStatus.Postmenopausal);
        var person = SafetyPerson.From(profile);
        Assert.Equal(67, person.AgeYears);
        Assert.Same(profile, person.Profile);
    }

    [Theory]
    [InlineData(0, Sex.Female, false, false, "age")]
    [InlineData(121, Sex.Female, false, false, "age")]
    [InlineData(40, Sex.Male, true, false, "pregnant")]
    [InlineData(40, Sex.Male, false, true, "breastfeeding")]
    public void Impossible_people_are_refused_naming_the_field(int age, Sex sex, bool pregnant, bool breastfeeding, string field)
    {
        var e = Assert.Throws<Core.Validation.InvalidInputException>(() => SafetyPerson.Create(age, sex, pregnant, breastfeeding));
        Assert.Equal(field, Assert.Single(e.Errors).Field);
    }
}
