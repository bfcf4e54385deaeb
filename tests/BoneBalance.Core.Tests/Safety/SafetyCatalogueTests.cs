using BoneBalance.Core.People;
using BoneBalance.Core.Safety;
using static BoneBalance.TestSupport.TestCatalogue;

namespace BoneBalance.Core.Tests.Safety;

public class SafetyCatalogueTests
{
    [Theory]
    [InlineData("WARFARIN", "warfarin")]
    [InlineData("Warfarin Sodium 5 MG Oral Tablet", "warfarin")]
    [InlineData("coumadin", "warfarin")]
    [InlineData("Eliquis 5mg", "apixaban")]
    [InlineData("Alendronic acid 10 MG Oral Tablet", "alendronic acid")]
    [InlineData("predniSONE 5 MG Oral Tablet", "prednisone")]
    [InlineData("Levoxyl", "levothyroxine")]
    [InlineData("Eltroxin", "levothyroxine")]
    [InlineData("Questran Light", "colestyramine")]
    public void Medications_match_by_generic_or_brand_name_in_any_case(string name, string generic)
    {
        Assert.Equal(generic, Assert.Single(Catalogue.Identify(Medication.Create(name))).Generic);
    }

    [Theory]
    [InlineData("11289", null, "warfarin")]
    [InlineData("855332", null, "warfarin")]
    [InlineData("154", null, "acenocoumarol")]
    [InlineData(null, "B01AA04", "phenprocoumon")]
    [InlineData(null, "b01aa12", "fluindione")]
    [InlineData("1364430", null, "apixaban")]
    [InlineData(null, "B01AE07", "dabigatran")]
    public void Medications_match_by_RxNorm_or_ATC_code_whatever_the_name(string? rxNorm, string? atc, string generic)
    {
        var medication = Medication.Create("my blood thinner", rxNormCode: rxNorm, atcCode: atc);
        Assert.Equal(generic, Assert.Single(Catalogue.Identify(medication)).Generic);
    }

    [Fact]
    public void A_code_and_a_different_name_both_count()
    {
        var found = Catalogue.Identify(Medication.Create("warfarin", rxNormCode: "1364430"));
        Assert.Equal(["apixaban", "warfarin"], found.Select(e => e.Generic));
    }

    [Fact]
    public void Words_must_match_whole_so_a_name_inside_another_word_does_not()
    {
        Assert.Empty(Catalogue.Identify(Medication.Create("ironwood tea")));
        Assert.Empty(Catalogue.Identify(Medication.Create("Zapzorvimab")));
    }

    [Fact]
    public void The_most_specific_condition_name_wins()
    {
        Assert.Equal(ConditionClass.AdvancedChronicKidneyDisease, Assert.Single(Catalogue.Identify(Condition.Create("Chronic kidney disease stage 4 (disorder)"))).Class);
        Assert.Equal(ConditionClass.NoSafetyRule, Assert.Single(Catalogue.Identify(Condition.Create("Secondary hyperparathyroidism"))).Class);
        Assert.Equal(ConditionClass.ChronicKidneyDisease, Assert.Single(Catalogue.Identify(Condition.Create("CKD"))).Class);
    }

    [Theory]
    [InlineData("431857002", null, ConditionClass.AdvancedChronicKidneyDisease)]
    [InlineData(null, "N18.4", ConditionClass.AdvancedChronicKidneyDisease)]
    [InlineData(null, "N18.32", ConditionClass.ChronicKidneyDisease)]
    [InlineData(null, "D86.0", ConditionClass.GranulomatousDisease)]
    [InlineData(null, "E21.0", ConditionClass.Hyperparathyroidism)]
    [InlineData(null, "E21.1", ConditionClass.NoSafetyRule)]
    [InlineData("396331005", null, ConditionClass.Malabsorption)]
    [InlineData(null, "K50.9", ConditionClass.Malabsorption)]
    public void Conditions_match_by_SNOMED_CT_or_ICD_10_prefix(string? snomed, string? icd10, ConditionClass expected)
    {
        Assert.Equal(expected, Assert.Single(Catalogue.Identify(Condition.Create("a diagnosis", snomed, icd10))).Class);
    }

    [Fact]
    public void A_name_or_code_given_to_two_entries_is_refused()
    {
        Assert.Throws<ArgumentException>(() => new SafetyCatalogue(
            [new("warfarin", DrugClass.VitaminKAntagonist, [], ["11289"], []), new("other", DrugClass.NoSafetyRule, [], ["11289"], [])], []));
        Assert.Throws<ArgumentException>(() => new SafetyCatalogue(
            [new("warfarin", DrugClass.VitaminKAntagonist, [], [], []), new("other", DrugClass.NoSafetyRule, ["Warfarin"], [], [])], []));
    }
    [Fact]
    public void An_ICD_10_code_given_to_two_entries_is_refused_and_one_that_matches_nothing_identifies_nothing()
    {
        Assert.Throws<ArgumentException>(() => new SafetyCatalogue(
            [], [new("sarcoidosis", ConditionClass.GranulomatousDisease, [], [], ["D86"]), new("other", ConditionClass.NoSafetyRule, [], [], ["d86"])]));
        Assert.Empty(Catalogue.Identify(Condition.Create("a diagnosis", icd10Code: "Z99.9")));
    }

    [Fact]
    public void A_condition_is_found_by_its_own_name_and_a_medication_by_its_ATC_code()
    {
        var catalogue = new SafetyCatalogue(
            [new("warfarin", DrugClass.VitaminKAntagonist, [], [], ["B01AA03"])],
            [new("sarcoidosis", ConditionClass.GranulomatousDisease, [], ["31541009"], [])]);
        Assert.Equal(ConditionClass.GranulomatousDisease, Assert.Single(catalogue.Identify(Condition.Create("Sarcoidosis of lung"))).Class);
        Assert.Equal(ConditionClass.GranulomatousDisease, Assert.Single(catalogue.Identify(Condition.Create("a diagnosis", "31541009"))).Class);
        Assert.Equal("warfarin", Assert.Single(catalogue.Identify(Medication.Create("my blood thinner", atcCode: "B01AA03"))).Generic);
    }

    [Fact]
    public void A_new_catalogue_finds_conditions_by_synonym_and_by_the_longest_ICD_10_prefix()
    {
        var catalogue = new SafetyCatalogue(
            [],
            [
                new("sarcoidosis", ConditionClass.GranulomatousDisease, ["besnier boeck disease"], [], ["D86"]),
                new("hyperparathyroidism", ConditionClass.Hyperparathyroidism, [], [], ["E21"]),
                new("secondary hyperparathyroidism", ConditionClass.NoSafetyRule, [], [], ["E21.1"]),
            ]);
        Assert.Equal(ConditionClass.GranulomatousDisease, Assert.Single(catalogue.Identify(Condition.Create("Besnier-Boeck disease"))).Class);
        Assert.Equal(ConditionClass.GranulomatousDisease, Assert.Single(catalogue.Identify(Condition.Create("a diagnosis", icd10Code: "D86.0"))).Class);
        Assert.Equal(ConditionClass.NoSafetyRule, Assert.Single(catalogue.Identify(Condition.Create("a diagnosis", icd10Code: "E21.1"))).Class);
        Assert.Equal(ConditionClass.Hyperparathyroidism, Assert.Single(catalogue.Identify(Condition.Create("a diagnosis", icd10Code: "E21.0"))).Class);
    }

    [Fact]
    public void The_catalogue_and_its_lookups_refuse_null()
    {
        Assert.Throws<ArgumentNullException>(() => new SafetyCatalogue(null!, []));
        Assert.Throws<ArgumentNullException>(() => new SafetyCatalogue([], null!));
        Assert.Throws<ArgumentNullException>(() => Catalogue.Identify((Medication)null!));
        Assert.Throws<ArgumentNullException>(() => Catalogue.Identify((Condition)null!));
    }
}
