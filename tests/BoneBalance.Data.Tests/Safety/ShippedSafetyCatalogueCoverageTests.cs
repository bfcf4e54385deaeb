using BoneBalance.Core.Measures;
using BoneBalance.Core.People;
using BoneBalance.Core.Safety;
using BoneBalance.Data.Import;
using BoneBalance.Data.Safety;

namespace BoneBalance.Data.Tests.Safety;

/// <summary>
/// The shipped catalogue's coverage: the common US prescription medicines and chronic conditions, each
/// recognised by every name it lists, each with its interaction or "no known interaction" and the source checked, and the
/// names as EHRs write them (RxNorm clinical-drug names: salts, strengths, dose forms, INN and USAN spellings).
/// </summary>
public class ShippedSafetyCatalogueCoverageTests
{
    private static readonly SafetyCatalogue Catalogue = ShippedSafetyCatalogue.Load();

    private static readonly string SafetyData = Path.Combine(Repository.Root, "data", "safety");

    [Fact]
    public void The_shipped_counts_cover_the_top_300_and_the_common_chronic_conditions()
    {
        Assert.Equal(403, Catalogue.Medications.Count);
        Assert.True(Catalogue.Medications.Count >= 300);
        Assert.Equal(74, Catalogue.Conditions.Count);
        string[] chronic =
        [
            "atrial fibrillation", "hypertension", "hyperlipidaemia", "coronary artery disease", "heart failure", "type 2 diabetes",
            "type 1 diabetes", "chronic kidney disease", "chronic kidney disease stage 4", "hypothyroidism", "hyperthyroidism",
            "depression", "anxiety", "asthma", "chronic obstructive pulmonary disease", "osteoarthritis", "rheumatoid arthritis",
            "gastro-oesophageal reflux disease", "obesity", "anorexia nervosa", "sarcoidosis", "primary hyperparathyroidism",
            "coeliac disease", "crohn's disease", "ulcerative colitis", "inflammatory bowel disease", "epilepsy", "dementia",
            "parkinson's disease", "stroke", "breast cancer", "prostate cancer", "osteoporosis",
        ];
        Assert.All(chronic, name => Assert.Contains(Catalogue.Conditions, c => c.Name == name));
    }

    [Fact]
    public void Every_medication_is_recognised_by_its_generic_name_and_by_each_of_its_names()
    {
        var failures = new List<string>();
        foreach (var entry in Catalogue.Medications)
        {
            foreach (var name in entry.Names.Prepend(entry.Generic))
            {
                var found = Catalogue.Identify(Medication.Create(name));
                if (found.Count != 1 || !ReferenceEquals(found[0], entry))
                {
                    failures.Add($"{name} → [{string.Join(", ", found.Select(f => f.Generic))}], expected {entry.Generic}");
                }
            }
        }

        Assert.Empty(failures);
    }

    [Fact]
    public void Every_condition_is_recognised_by_its_name_and_by_each_synonym()
    {
        var failures = new List<string>();
        foreach (var entry in Catalogue.Conditions)
        {
            foreach (var name in entry.Synonyms.Prepend(entry.Name))
            {
                var found = Catalogue.Identify(Condition.Create(name));
                if (found.Count != 1 || !ReferenceEquals(found[0], entry))
                {
                    failures.Add($"{name} → [{string.Join(", ", found.Select(f => f.Name))}], expected {entry.Name}");
                }
            }
        }

        Assert.Empty(failures);
    }

    [Fact]
    public void Every_row_states_its_interaction_and_no_known_interaction_only_with_the_check_as_its_source()
    {
        foreach (var (file, header) in new[]
        {
            (ShippedSafetyCatalogue.MedicationsFile, new[] { "generic", "class", "names", "rxnorm", "atc", "dose_equivalent_to_prednisolone_5mg", "interaction", "source", "verification" }),
            (ShippedSafetyCatalogue.ConditionsFile, new[] { "name", "class", "synonyms", "snomed", "icd10", "qfracture", "interaction", "source", "verification" }),
        })
        {
            using var stream = File.OpenRead(Path.Combine(SafetyData, file));
            foreach (var (line, f) in CsvFile.Read(file, stream, header))
            {
                Assert.False(string.IsNullOrWhiteSpace(f[6]), $"{file} line {line}: no interaction");
                if (f[6].StartsWith(MedicationEntry.NoKnownInteraction, StringComparison.Ordinal))
                {
                    // Only a row without a rule may say so, and only with the check (or another source) named.
                    Assert.True(f[1] == "no_safety_rule", $"{file} line {line}: '{f[0]}' says no known interaction but has class {f[1]}");
                    Assert.True(
                        f[7].Contains("no-interaction check 2026-12-07", StringComparison.Ordinal) || f[7].Contains("codes.csv", StringComparison.Ordinal),
                        $"{file} line {line}: '{f[0]}' says no known interaction without naming the check");
                }
            }
        }
    }

    [Fact]
    public void Rule_classes_never_claim_no_known_interaction()
    {
        Assert.All(
            Catalogue.Medications.Where(m => m.Class != DrugClass.NoSafetyRule),
            m => Assert.False(m.Interaction.StartsWith(MedicationEntry.NoKnownInteraction, StringComparison.Ordinal), m.Generic));
        Assert.All(
            Catalogue.Conditions.Where(c => c.Class != ConditionClass.NoSafetyRule),
            c => Assert.False(c.Interaction.StartsWith(MedicationEntry.NoKnownInteraction, StringComparison.Ordinal), c.Name));
    }

    [Theory]
    [InlineData("Warfarin Sodium 5 MG Oral Tablet", "warfarin", DrugClass.VitaminKAntagonist)]
    [InlineData("Alendronic acid 10 MG Oral Tablet", "alendronic acid", DrugClass.OralBisphosphonate)]
    [InlineData("alendronate sodium 70 MG Oral Tablet", "alendronic acid", DrugClass.OralBisphosphonate)]
    [InlineData("1 ML medroxyprogesterone acetate 150 MG/ML Injection", "depot medroxyprogesterone acetate", DrugClass.DepotMedroxyprogesterone)]
    [InlineData("0.65 ML medroxyprogesterone acetate 160 MG/ML Prefilled Syringe", "depot medroxyprogesterone acetate", DrugClass.DepotMedroxyprogesterone)]
    [InlineData("Depo-Provera", "depot medroxyprogesterone acetate", DrugClass.DepotMedroxyprogesterone)]
    [InlineData("medroxyPROGESTERone acetate 10 MG Oral Tablet", "medroxyprogesterone", DrugClass.HormonalTreatment)]
    [InlineData("Levothyroxine Sodium 0.1 MG Oral Tablet", "levothyroxine", DrugClass.ThyroidHormone)]
    [InlineData("Synthroid 88 MCG Oral Tablet", "levothyroxine", DrugClass.ThyroidHormone)]
    [InlineData("Calcitriol 0.25 MCG Oral Capsule", "calcitriol", DrugClass.ActiveVitaminD)]
    [InlineData("alfacalcidol 1 microgram capsules", "alfacalcidol", DrugClass.ActiveVitaminD)]
    [InlineData("Digoxin 0.125 MG Oral Tablet", "digoxin", DrugClass.CardiacGlycoside)]
    [InlineData("Lithium Carbonate 300 MG Oral Capsule", "lithium", DrugClass.Lithium)]
    [InlineData("denosumab 60 MG/ML Prefilled Syringe [Prolia]", "denosumab", DrugClass.Denosumab)]
    [InlineData("Zoledronic acid 5 MG/100ML Injection", "zoledronic acid", DrugClass.IntravenousBisphosphonate)]
    [InlineData("Reclast", "zoledronic acid", DrugClass.IntravenousBisphosphonate)]
    [InlineData("teriparatide 0.25 MG/ML Pen Injector", "teriparatide", DrugClass.ParathyroidHormoneAnalogue)]
    [InlineData("Tymlos", "abaloparatide", DrugClass.ParathyroidHormoneAnalogue)]
    [InlineData("Evenity", "romosozumab", DrugClass.Romosozumab)]
    [InlineData("Raloxifene Hydrochloride 60 MG Oral Tablet", "raloxifene", DrugClass.SelectiveEstrogenReceptorModulator)]
    [InlineData("Estradiol 1 MG Oral Tablet", "estradiol", DrugClass.MenopausalHormoneTherapy)]
    [InlineData("Premarin", "conjugated estrogens", DrugClass.MenopausalHormoneTherapy)]
    [InlineData("Anastrozole 1 MG Oral Tablet", "anastrozole", DrugClass.AromataseInhibitor)]
    [InlineData("Letrozole 2.5 MG Oral Tablet", "letrozole", DrugClass.AromataseInhibitor)]
    [InlineData("leuprolide acetate 22.5 MG Injection", "leuprolide", DrugClass.GonadotropinReleasingHormoneAnalogue)]
    [InlineData("Zoladex", "goserelin", DrugClass.GonadotropinReleasingHormoneAnalogue)]
    [InlineData("Omeprazole 20 MG Delayed Release Oral Capsule", "omeprazole", DrugClass.AcidSuppressant)]
    [InlineData("esomeprazole magnesium 40 MG Delayed Release Oral Capsule", "esomeprazole", DrugClass.AcidSuppressant)]
    [InlineData("Sertraline 50 MG Oral Tablet", "sertraline", DrugClass.SelectiveSerotoninReuptakeInhibitor)]
    [InlineData("escitalopram oxalate 10 MG Oral Tablet", "escitalopram", DrugClass.SelectiveSerotoninReuptakeInhibitor)]
    [InlineData("pioglitazone 30 MG Oral Tablet", "pioglitazone", DrugClass.Thiazolidinedione)]
    [InlineData("Phenytoin sodium 100 MG Extended Release Oral Capsule", "phenytoin", DrugClass.Anticonvulsant)]
    [InlineData("Divalproex Sodium 500 MG Delayed Release Oral Tablet", "valproic acid", DrugClass.Anticonvulsant)]
    [InlineData("enoxaparin sodium 40 MG/0.4ML Prefilled Syringe", "enoxaparin", DrugClass.Heparin)]
    [InlineData("Heparin sodium 5000 UNT/ML Injectable Solution", "heparin", DrugClass.Heparin)]
    [InlineData("Doxycycline hyclate 100 MG Oral Capsule", "doxycycline", DrugClass.Tetracycline)]
    [InlineData("Ciprofloxacin 500 MG Oral Tablet", "ciprofloxacin", DrugClass.Quinolone)]
    [InlineData("Colesevelam hydrochloride 625 MG Oral Tablet", "colesevelam", DrugClass.BileAcidSequestrant)]
    [InlineData("Orlistat 120 MG Oral Capsule", "orlistat", DrugClass.LipaseInhibitor)]
    [InlineData("Hydrochlorothiazide 25 MG Oral Tablet", "hydrochlorothiazide", DrugClass.ThiazideDiuretic)]
    [InlineData("chlorthalidone 25 MG Oral Tablet", "chlortalidone", DrugClass.ThiazideDiuretic)]
    [InlineData("Metformin hydrochloride 500 MG Oral Tablet", "metformin", DrugClass.NoSafetyRule)]
    [InlineData("24 HR Metformin hydrochloride 500 MG Extended Release Oral Tablet", "metformin", DrugClass.NoSafetyRule)]
    [InlineData("Atorvastatin Calcium 20 MG Oral Tablet", "atorvastatin", DrugClass.NoSafetyRule)]
    [InlineData("rosuvastatin calcium 10 MG Oral Tablet", "rosuvastatin", DrugClass.NoSafetyRule)]
    [InlineData("Lisinopril 10 MG Oral Tablet", "lisinopril", DrugClass.NoSafetyRule)]
    [InlineData("Amlodipine besylate 5 MG Oral Tablet", "amlodipine", DrugClass.NoSafetyRule)]
    [InlineData("Metoprolol succinate 50 MG Extended Release Oral Tablet", "metoprolol", DrugClass.NoSafetyRule)]
    [InlineData("Metoprolol Tartrate 25 MG Oral Tablet", "metoprolol", DrugClass.NoSafetyRule)]
    [InlineData("Montelukast sodium 10 MG Oral Tablet", "montelukast", DrugClass.NoSafetyRule)]
    [InlineData("Salbutamol 100 micrograms inhaler", "albuterol", DrugClass.NoSafetyRule)]
    [InlineData("Paracetamol 500 mg tablets", "acetaminophen", DrugClass.NoSafetyRule)]
    [InlineData("Furosemide 40 MG Oral Tablet", "furosemide", DrugClass.NoSafetyRule)]
    [InlineData("Frusemide 40 mg", "furosemide", DrugClass.NoSafetyRule)]
    [InlineData("Gabapentin 300 MG Oral Capsule", "gabapentin", DrugClass.Anticonvulsant)]
    [InlineData("Insulin Glargine 100 UNT/ML Injectable Solution", "insulin glargine", DrugClass.NoSafetyRule)]
    [InlineData("clopidogrel 75 MG Oral Tablet", "clopidogrel", DrugClass.NoSafetyRule)]
    [InlineData("Colecalciferol 20 micrograms capsules", "colecalciferol", DrugClass.VitaminD)]
    [InlineData("Cholecalciferol 1000 UNT Oral Tablet", "colecalciferol", DrugClass.VitaminD)]
    [InlineData("Ergocalciferol 1.25 MG (50000 UNT) Oral Capsule", "ergocalciferol", DrugClass.VitaminD)]
    [InlineData("Vitamin D 50,000 IU weekly", "vitamin d", DrugClass.VitaminD)]
    [InlineData("Calcium Acetate 667 MG Oral Capsule", "calcium acetate", DrugClass.CalciumSalt)]
    [InlineData("Tums", "calcium carbonate", DrugClass.CalciumSalt)]
    public void Names_as_EHRs_write_them_find_the_ingredient(string name, string generic, DrugClass drugClass)
    {
        var entry = Assert.Single(Catalogue.Identify(Medication.Create(name)));
        Assert.Equal((generic, drugClass), (entry.Generic, entry.Class));
    }

    [Theory]
    [InlineData("Losartan Potassium 50 MG / Hydrochlorothiazide 12.5 MG Oral Tablet", "losartan", "hydrochlorothiazide")]
    [InlineData("Lisinopril 20 MG / Hydrochlorothiazide 25 MG Oral Tablet", "lisinopril", "hydrochlorothiazide")]
    [InlineData("Calcium Carbonate 1250 MG / Cholecalciferol 200 UNT Oral Tablet", "calcium carbonate", "colecalciferol")]
    [InlineData("Ethinyl Estradiol 0.035 MG / Norethindrone 1 MG Oral Tablet", "ethinyl estradiol", "norethindrone")]
    [InlineData("Acetaminophen 325 MG / Hydrocodone Bitartrate 5 MG Oral Tablet", "acetaminophen", "hydrocodone")]
    [InlineData("Amoxicillin 875 MG / Clavulanate 125 MG Oral Tablet", "amoxicillin", "clavulanic acid")]
    [InlineData("Sulfamethoxazole 800 MG / Trimethoprim 160 MG Oral Tablet", "sulfamethoxazole", "trimethoprim")]
    public void Combination_products_find_each_ingredient(string name, string first, string second)
    {
        Assert.Equal([first, second], Catalogue.Identify(Medication.Create(name)).Select(e => e.Generic));
    }

    [Theory]
    [InlineData("Leucovorin Calcium 5 MG Oral Tablet")]
    [InlineData("Calcium")]
    [InlineData("calcium channel blocker")]
    [InlineData("Vitamin K")]
    [InlineData("metforminum compositum")]
    [InlineData("Zapzorvimab 10 mg")]
    public void Words_that_only_look_like_a_known_medicine_are_not_matched(string name)
    {
        Assert.Empty(Catalogue.Identify(Medication.Create(name)));
    }

    [Theory]
    [InlineData("Atrial fibrillation (disorder)", null, null, "atrial fibrillation", RiskFactors.None)]
    [InlineData("AF", null, null, "atrial fibrillation", RiskFactors.None)]
    [InlineData("irregular heartbeat", null, "I48.91", "atrial fibrillation", RiskFactors.None)]
    [InlineData("Essential hypertension", null, null, "hypertension", RiskFactors.None)]
    [InlineData("high blood pressure", null, "I10", "hypertension", RiskFactors.None)]
    [InlineData("Type 2 diabetes mellitus", null, null, "type 2 diabetes", RiskFactors.Type2Diabetes)]
    [InlineData("DM", null, "E11.9", "type 2 diabetes", RiskFactors.Type2Diabetes)]
    [InlineData("Chronic kidney disease stage 3a", null, null, "chronic kidney disease", RiskFactors.None)]
    [InlineData("CKD stage 3b", null, "N18.32", "chronic kidney disease", RiskFactors.None)]
    [InlineData("ESKD on haemodialysis", null, null, "chronic kidney disease stage 4", RiskFactors.KidneyDisease)]
    [InlineData("Anorexia nervosa", null, "F50.01", "anorexia nervosa", RiskFactors.None)]
    [InlineData("Graves' disease", null, null, "hyperthyroidism", RiskFactors.EndocrineDisorder)]
    [InlineData("Primary hyperparathyroidism", null, "E21.0", "primary hyperparathyroidism", RiskFactors.EndocrineDisorder)]
    [InlineData("Inflammatory bowel disease", null, null, "inflammatory bowel disease", RiskFactors.Malabsorption)]
    [InlineData("Old myocardial infarction", null, "I25.2", "myocardial infarction", RiskFactors.CardiovascularDisease)]
    [InlineData("Hypothyroidism", null, "E03.9", "hypothyroidism", RiskFactors.None)]
    [InlineData("Breast cancer", null, "C50.911", "breast cancer", RiskFactors.Cancer)]
    public void Common_chronic_conditions_are_recognised(string name, string? snomed, string? icd10, string expected, RiskFactors factor)
    {
        var entry = Assert.Single(Catalogue.Identify(Condition.Create(name, snomed, icd10)));
        Assert.Equal((expected, factor), (entry.Name, entry.QFractureFactor));
    }

    [Fact]
    public void Calcitriol_with_calcium_and_D3_is_a_hypercalcaemia_warning_with_the_shipped_catalogue()
    {
        var check = new SafetyCheck(Catalogue);
        var findings = check.Evaluate(new(SafetyPerson.Create(70, Sex.Female))
        {
            Medications = [Medication.Create("Calcitriol 0.25 MCG Oral Capsule")],
            Supplements =
            [
                SupplementDose.Create(SupplementIngredient.Calcium, NutrientAmount.FromMilligrams(500)),
                SupplementDose.Create(SupplementIngredient.VitaminD, NutrientAmount.FromMicrograms(20)),
            ],
        });
        var finding = Assert.Single(findings);
        Assert.Equal((SafetyFindingCodes.HypercalcaemiaRisk, SafetySeverity.Warning), (finding.Code, finding.Severity));

        var alone = check.Evaluate(new(SafetyPerson.Create(70, Sex.Female)) { Medications = [Medication.Create("calcitriol")] });
        Assert.Empty(alone);
    }

    [Fact]
    public void Issue_examples_once_unrecognised_are_now_known()
    {
        Assert.All(
            ["metformin", "denosumab", "calcitriol", "digoxin", "Prolia", "Lanoxin"],
            name => Assert.NotEmpty(Catalogue.Identify(Medication.Create(name))));
        Assert.All(["atrial fibrillation", "hypertension"], name => Assert.NotEmpty(Catalogue.Identify(Condition.Create(name))));
    }

    [Fact]
    public void Exactly_the_rows_that_name_MEDICINE_AFFECTS_BONE_give_it_once_each()
    {
        var check = new SafetyCheck(Catalogue);
        var named = 0;
        foreach (var entry in Catalogue.Medications)
        {
            var findings = check.Evaluate(new(SafetyPerson.Create(70, Sex.Female)) { Medications = [Medication.Create(entry.Generic)] })
                .Where(f => f.Code == SafetyFindingCodes.MedicineAffectsBone).ToList();
            var names = entry.Interaction.Contains(SafetyFindingCodes.MedicineAffectsBone, StringComparison.Ordinal);
            named += names ? 1 : 0;
            Assert.True(findings.Count == (names ? 1 : 0), $"{entry.Generic}: {findings.Count} findings");
        }

        // 6 SSRIs, 2 thiazolidinediones, 13 anticonvulsants, 3 heparins, 6 proton-pump inhibitors (not the 3 H2 blockers).
        Assert.Equal(30, named);
    }

    [Theory]
    [InlineData("Sertraline 50 MG Oral Tablet", "Sertraline 50 MG Oral Tablet (sertraline) is an SSRI")]
    [InlineData("Phenytoin sodium 100 MG Extended Release Oral Capsule", "Phenytoin sodium 100 MG Extended Release Oral Capsule (phenytoin) is an enzyme-inducing anticonvulsant")]
    [InlineData("Divalproex Sodium 500 MG Delayed Release Oral Tablet", "Divalproex Sodium 500 MG Delayed Release Oral Tablet (valproic acid) is an anticonvulsant")]
    [InlineData("Omeprazole 20 MG Delayed Release Oral Capsule", "Omeprazole 20 MG Delayed Release Oral Capsule (omeprazole) is a proton-pump inhibitor")]
    [InlineData("Dexilant", "Dexilant (dexlansoprazole) is a proton-pump inhibitor")]
    [InlineData("Actos", "Actos (pioglitazone) is a thiazolidinedione")]
    [InlineData("Lovenox", "Lovenox (enoxaparin) is a heparin")]
    public void EHR_and_brand_names_of_bone_affecting_medicines_give_the_finding_with_the_shipped_catalogue(string name, string reason)
    {
        var findings = new SafetyCheck(Catalogue).Evaluate(new(SafetyPerson.Create(70, Sex.Female)) { Medications = [Medication.Create(name)] });
        var finding = Assert.Single(findings, f => f.Code == SafetyFindingCodes.MedicineAffectsBone);
        Assert.Equal(reason, finding.Reason);
    }

    [Theory]
    [InlineData("Famotidine 20 MG Oral Tablet")]
    [InlineData("metformin hydrochloride 500 MG Oral Tablet")]
    [InlineData("Eliquis")]
    public void Other_medicines_do_not_give_it_with_the_shipped_catalogue(string name)
    {
        var findings = new SafetyCheck(Catalogue).Evaluate(new(SafetyPerson.Create(70, Sex.Female)) { Medications = [Medication.Create(name)] });
        Assert.DoesNotContain(findings, f => f.Code == SafetyFindingCodes.MedicineAffectsBone);
    }
}
