using System.Text;
using BoneBalance.Core.People;
using BoneBalance.Core.Safety;
using BoneBalance.Data.Import;
using BoneBalance.Data.Safety;

namespace BoneBalance.Data.Tests.Safety;

public class ShippedSafetyCatalogueTests
{
    private static readonly SafetyCatalogue Catalogue = ShippedSafetyCatalogue.Load();

    private const string MedicationsHeader = "generic,class,names,rxnorm,atc,dose_equivalent_to_prednisolone_5mg,interaction,source,verification";
    private const string ConditionsHeader = "name,class,synonyms,snomed,icd10,qfracture,interaction,source,verification";

    [Fact]
    public void The_shipped_files_load_with_every_rule_class_present()
    {
        Assert.Equal(403, Catalogue.Medications.Count);
        Assert.Equal(74, Catalogue.Conditions.Count);
        var ruleClasses = Enum.GetValues<DrugClass>().Where(c => c != DrugClass.NoSafetyRule);
        Assert.All(ruleClasses, c => Assert.Contains(Catalogue.Medications, m => m.Class == c));
        var conditionClasses = Enum.GetValues<ConditionClass>();
        Assert.All(conditionClasses, c => Assert.Contains(Catalogue.Conditions, x => x.Class == c));
    }

    [Theory]
    [InlineData("Coumadin", "warfarin", DrugClass.VitaminKAntagonist)]
    [InlineData("Jantoven", "warfarin", DrugClass.VitaminKAntagonist)]
    [InlineData("Marevan", "warfarin", DrugClass.VitaminKAntagonist)]
    [InlineData("Sintrom", "acenocoumarol", DrugClass.VitaminKAntagonist)]
    [InlineData("Marcoumar", "phenprocoumon", DrugClass.VitaminKAntagonist)]
    [InlineData("Previscan", "fluindione", DrugClass.VitaminKAntagonist)]
    [InlineData("Eliquis", "apixaban", DrugClass.DirectOralAnticoagulant)]
    [InlineData("Xarelto", "rivaroxaban", DrugClass.DirectOralAnticoagulant)]
    [InlineData("Pradaxa", "dabigatran", DrugClass.DirectOralAnticoagulant)]
    [InlineData("Lixiana", "edoxaban", DrugClass.DirectOralAnticoagulant)]
    [InlineData("Savaysa", "edoxaban", DrugClass.DirectOralAnticoagulant)]
    [InlineData("Fosamax", "alendronic acid", DrugClass.OralBisphosphonate)]
    [InlineData("Actonel", "risedronic acid", DrugClass.OralBisphosphonate)]
    [InlineData("Synthroid", "levothyroxine", DrugClass.ThyroidHormone)]
    [InlineData("Levoxyl", "levothyroxine", DrugClass.ThyroidHormone)]
    [InlineData("Eltroxin", "levothyroxine", DrugClass.ThyroidHormone)]
    [InlineData("Xenical", "orlistat", DrugClass.LipaseInhibitor)]
    [InlineData("alli", "orlistat", DrugClass.LipaseInhibitor)]
    [InlineData("Questran", "colestyramine", DrugClass.BileAcidSequestrant)]
    [InlineData("chlorthalidone", "chlortalidone", DrugClass.ThiazideDiuretic)]
    [InlineData("Warfarin Sodium 5 MG Oral Tablet", "warfarin", DrugClass.VitaminKAntagonist)]
    [InlineData("predniSONE 5 MG Oral Tablet", "prednisone", DrugClass.Glucocorticoid)]
    [InlineData("Prilosec", "omeprazole", DrugClass.AcidSuppressant)]
    [InlineData("Nexium", "esomeprazole", DrugClass.AcidSuppressant)]
    [InlineData("Pepcid", "famotidine", DrugClass.AcidSuppressant)]
    public void Brand_and_generic_names_are_recognised(string name, string generic, DrugClass drugClass)
    {
        var entry = Assert.Single(Catalogue.Identify(Medication.Create(name)));
        Assert.Equal((generic, drugClass), (entry.Generic, entry.Class));
    }

    [Theory]
    [InlineData("11289", null, "warfarin")]
    [InlineData("855332", null, "warfarin")]
    [InlineData("154", null, "acenocoumarol")]
    [InlineData("8150", null, "phenprocoumon")]
    [InlineData("8640", null, "prednisone")]
    [InlineData("904419", null, "alendronic acid")]
    [InlineData("966222", null, "levothyroxine")]
    [InlineData(null, "B01AA03", "warfarin")]
    [InlineData(null, "B01AA12", "fluindione")]
    [InlineData(null, "B01AF02", "apixaban")]
    [InlineData(null, "M05BA07", "risedronic acid")]
    [InlineData(null, "C03AA03", "hydrochlorothiazide")]
    public void Codes_are_recognised(string? rxNorm, string? atc, string generic)
    {
        Assert.Equal(generic, Assert.Single(Catalogue.Identify(Medication.Create("from the record", rxNorm, atc))).Generic);
    }

    [Fact]
    public void Topical_hydrocortisone_code_is_not_mapped_to_the_systemic_glucocorticoid()
    {
        Assert.Empty(Catalogue.Identify(Medication.Create("cream", rxNormCode: "106258")));
    }

    [Theory]
    [InlineData("Chronic kidney disease stage 4 (disorder)", null, null, ConditionClass.AdvancedChronicKidneyDisease)]
    [InlineData("kidney", "433144002", null, ConditionClass.ChronicKidneyDisease)]
    [InlineData("liver", "328383001", null, ConditionClass.LiverDisease)]
    [InlineData("sarcoid", null, "D86.9", ConditionClass.GranulomatousDisease)]
    [InlineData("Celiac disease", null, null, ConditionClass.Malabsorption)]
    [InlineData("history of kidney stones", null, null, ConditionClass.KidneyStones)]
    [InlineData("Rheumatoid arthritis", "69896004", null, ConditionClass.NoSafetyRule)]
    public void Conditions_are_recognised(string name, string? snomed, string? icd10, ConditionClass expected)
    {
        Assert.Equal(expected, Assert.Single(Catalogue.Identify(Condition.Create(name, snomed, icd10))).Class);
    }

    [Fact]
    public void The_loaded_catalogue_drives_the_rules_end_to_end()
    {
        var check = new SafetyCheck(Catalogue);
        var warfarinAndK2 = check.Evaluate(new(SafetyPerson.Create(67, Sex.Female))
        {
            Medications = [Medication.Create("Marevan")],
            Supplements = [SupplementDose.Create(SupplementIngredient.Menaquinone7, Core.Measures.NutrientAmount.FromMicrograms(180))],
        });
        Assert.Equal(SafetyFindingCodes.VkaVitaminK, warfarinAndK2[0].Code);

        var apixaban = check.Evaluate(new(SafetyPerson.Create(67, Sex.Female)) { Medications = [Medication.Create("Eliquis")] });
        Assert.Equal(SafetyFindingCodes.DoacNoVitaminKInteraction, Assert.Single(apixaban).Code);
    }

    [Fact]
    public void A_malformed_class_names_file_and_line()
    {
        var e = Assert.Throws<DataFileFormatException>(() => Read(MedicationsHeader + "\nwarfarin,blood_thinner,,,,,int,src,ver\n", ConditionsHeader + "\n"));
        Assert.Equal((ShippedSafetyCatalogue.MedicationsFile, 2), (e.File, e.Line));
        Assert.Contains("blood_thinner", e.Problem);
    }

    [Fact]
    public void A_glucocorticoid_without_its_equivalent_dose_is_refused()
    {
        var e = Assert.Throws<DataFileFormatException>(() => Read(MedicationsHeader + "\nprednisone,glucocorticoid,,,,,int,src,ver\n", ConditionsHeader + "\n"));
        Assert.Contains("dose_equivalent_to_prednisolone_5mg", e.Problem);
    }

    [Theory]
    [InlineData("rheumatoid arthritis", "69896004", RiskFactors.RaOrSle)]
    [InlineData("lupus", "55464009", RiskFactors.RaOrSle)]
    [InlineData("coeliac disease", "396331005", RiskFactors.Malabsorption)]
    [InlineData("end-stage renal disease", "46177005", RiskFactors.KidneyDisease)]
    [InlineData("parkinson's disease", "49049000", RiskFactors.Parkinsons)]
    [InlineData("alzheimer's disease", "26929004", RiskFactors.Dementia)]
    [InlineData("COPD", "13645005", RiskFactors.AsthmaOrCopd)]
    [InlineData("chronic kidney disease", "433144002", RiskFactors.None)]
    [InlineData("kidney stones", null, RiskFactors.None)]
    public void Conditions_that_are_QFracture_risk_factors_say_which(string name, string? snomed, RiskFactors expected)
    {
        var entry = Assert.Single(Catalogue.Identify(Condition.Create(name, snomed)));
        Assert.Equal(expected, entry.QFractureFactor);
    }

    [Fact]
    public void An_unknown_QFracture_factor_names_file_line_and_the_valid_tokens()
    {
        var e = Assert.Throws<DataFileFormatException>(() => Read(MedicationsHeader + "\n", ConditionsHeader + "\nlupus,no_safety_rule,,,,lupus,int,src,ver\n"));
        Assert.Equal((ShippedSafetyCatalogue.ConditionsFile, 2), (e.File, e.Line));
        Assert.Contains("qfracture 'lupus'", e.Problem);
        Assert.Contains("ra_or_sle", e.Problem);
    }

    [Fact]
    public void A_row_without_a_source_is_refused()
    {
        var e = Assert.Throws<DataFileFormatException>(() => Read(MedicationsHeader + "\n", ConditionsHeader + "\nsarcoidosis,granulomatous_disease,,,,,int,,ver\n"));
        Assert.Equal((ShippedSafetyCatalogue.ConditionsFile, 2), (e.File, e.Line));
        Assert.Contains("source", e.Problem);
    }

    [Fact]
    public void A_code_in_two_rows_is_refused()
    {
        var meds = MedicationsHeader + "\nwarfarin,vitamin_k_antagonist,,11289,,,int,src,ver\napixaban,direct_oral_anticoagulant,,11289,,,int,src,ver\n";
        var e = Assert.Throws<DataFileFormatException>(() => Read(meds, ConditionsHeader + "\n"));
        Assert.Contains("11289", e.Message);
    }

    private static SafetyCatalogue Read(string medications, string conditions) =>
        ShippedSafetyCatalogue.Read(name => new MemoryStream(Encoding.UTF8.GetBytes(name == ShippedSafetyCatalogue.MedicationsFile ? medications : conditions)));
}
