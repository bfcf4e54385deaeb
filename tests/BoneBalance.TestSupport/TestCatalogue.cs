using BoneBalance.Core.Measures;
using BoneBalance.Core.People;
using BoneBalance.Core.Safety;

namespace BoneBalance.TestSupport;

/// <summary>
/// A small catalogue with the rows of data/safety/*.csv the Core tests need (Core tests cannot read the shipped files;
/// BoneBalance.Data.Tests checks the shipped catalogue itself), and short ways to build inputs.
/// </summary>
public static class TestCatalogue
{
    public static SafetyCatalogue Catalogue { get; } = new(
        [
            new("warfarin", DrugClass.VitaminKAntagonist, ["coumadin", "jantoven", "marevan", "warfarin sodium"], ["11289", "855332"], ["B01AA03"]),
            new("acenocoumarol", DrugClass.VitaminKAntagonist, ["sintrom"], ["154"], ["B01AA07"]),
            new("phenprocoumon", DrugClass.VitaminKAntagonist, ["marcoumar"], ["8150"], ["B01AA04"]),
            new("fluindione", DrugClass.VitaminKAntagonist, ["previscan"], [], ["B01AA12"]),
            new("apixaban", DrugClass.DirectOralAnticoagulant, ["eliquis"], ["1364430"], ["B01AF02"]),
            new("rivaroxaban", DrugClass.DirectOralAnticoagulant, ["xarelto"], [], ["B01AF01"]),
            new("dabigatran", DrugClass.DirectOralAnticoagulant, ["pradaxa"], [], ["B01AE07"]),
            new("edoxaban", DrugClass.DirectOralAnticoagulant, ["lixiana", "savaysa"], [], ["B01AF03"]),
            new("hydrochlorothiazide", DrugClass.ThiazideDiuretic, [], ["5487"], ["C03AA03"]),
            new("levothyroxine", DrugClass.ThyroidHormone, ["synthroid", "levoxyl", "eltroxin"], ["966222"], ["H03AA01"]),
            new("alendronic acid", DrugClass.OralBisphosphonate, ["alendronate", "fosamax"], ["904419"], ["M05BA04"]),
            new("risedronic acid", DrugClass.OralBisphosphonate, ["risedronate", "actonel"], [], ["M05BA07"]),
            new("doxycycline", DrugClass.Tetracycline, [], [], []),
            new("ciprofloxacin", DrugClass.Quinolone, [], ["2551"], ["J01MA02"]),
            new("cefotetan", DrugClass.OtherAntibiotic, [], [], []),
            new("iron", DrugClass.MineralReducedByCalcium, ["ferrous sulfate"], [], []),
            new("orlistat", DrugClass.LipaseInhibitor, ["xenical", "alli"], [], ["A08AB01"]),
            new("colestyramine", DrugClass.BileAcidSequestrant, ["cholestyramine", "questran"], [], ["C10AC01"]),
            new("mineral oil", DrugClass.MineralOil, ["liquid paraffin"], [], []),
            new("prednisone", DrugClass.Glucocorticoid, [], ["8640", "312617"], [], 5),
            new("prednisolone", DrugClass.Glucocorticoid, [], ["8638"], [], 5),
            new("methylprednisolone", DrugClass.Glucocorticoid, [], ["6902"], [], 4),
            new("dexamethasone", DrugClass.Glucocorticoid, [], ["3264"], [], 0.75),
            new("hydrocortisone", DrugClass.Glucocorticoid, [], ["5492"], [], 20),
            new("anastrozole", DrugClass.AromataseInhibitor, ["arimidex"], [], []),
            new("estradiol", DrugClass.MenopausalHormoneTherapy, ["oestradiol"], [], []),
            new("tamoxifen", DrugClass.HormonalTreatment, [], ["10324"], ["L02BA01"]),
            new("leuprolide", DrugClass.GonadotropinReleasingHormoneAnalogue, ["leuprorelin", "lupron"], [], []),
            new("depot medroxyprogesterone acetate", DrugClass.DepotMedroxyprogesterone, ["depo provera", "medroxyprogesterone acetate 150 mg ml"], [], []),
            new("medroxyprogesterone", DrugClass.HormonalTreatment, ["provera"], [], []),
            new("calcitriol", DrugClass.ActiveVitaminD, ["rocaltrol"], [], []),
            new("alfacalcidol", DrugClass.ActiveVitaminD, ["one alpha"], [], []),
            new("digoxin", DrugClass.CardiacGlycoside, ["lanoxin"], [], []),
            new("lithium", DrugClass.Lithium, [], [], []),
            new("ergocalciferol", DrugClass.VitaminD, ["vitamin d2"], [], []),
            new("colecalciferol", DrugClass.VitaminD, ["cholecalciferol", "vitamin d3"], [], []),
            new("calcium carbonate", DrugClass.CalciumSalt, [], [], []),
            new("atorvastatin", DrugClass.NoSafetyRule, ["lipitor"], [], []),
            new("denosumab", DrugClass.Denosumab, ["prolia"], [], []),
            new("ibandronic acid", DrugClass.OralBisphosphonate, ["ibandronate", "boniva"], [], ["M05BA06"]),
            new("zoledronic acid", DrugClass.IntravenousBisphosphonate, ["zoledronate", "reclast", "aclasta"], [], []),
            new("teriparatide", DrugClass.ParathyroidHormoneAnalogue, ["forteo", "forsteo"], [], []),
            new("abaloparatide", DrugClass.ParathyroidHormoneAnalogue, ["tymlos", "eladynos"], [], []),
            new("romosozumab", DrugClass.Romosozumab, ["evenity"], [], []),
            new("raloxifene", DrugClass.SelectiveEstrogenReceptorModulator, ["evista"], [], []),
            new("sertraline", DrugClass.SelectiveSerotoninReuptakeInhibitor, ["zoloft"], [], []),
            new("pioglitazone", DrugClass.Thiazolidinedione, ["actos"], [], []),
            new("phenytoin", DrugClass.Anticonvulsant, ["dilantin"], [], []),
            new("carbamazepine", DrugClass.Anticonvulsant, ["tegretol"], [], []),
            new("valproic acid", DrugClass.Anticonvulsant, ["valproate", "sodium valproate", "depakote"], [], []),
            new("levetiracetam", DrugClass.Anticonvulsant, ["keppra"], [], []),
            new("heparin", DrugClass.Heparin, [], [], []),
            new("enoxaparin", DrugClass.Heparin, ["lovenox"], [], []),
            new("omeprazole", DrugClass.AcidSuppressant, ["prilosec", "losec"], [], ["A02BC01"]),
            new("dexlansoprazole", DrugClass.AcidSuppressant, ["dexilant"], [], []),
            new("famotidine", DrugClass.AcidSuppressant, ["pepcid"], [], []),
            new("metformin", DrugClass.NoSafetyRule, ["glucophage"], [], []),
        ],
        [
            new("hypercalcaemia", ConditionClass.Hypercalcaemia, ["hypercalcemia"], [], ["E83.52"]),
            new("sarcoidosis", ConditionClass.GranulomatousDisease, [], [], ["D86"]),
            new("primary hyperparathyroidism", ConditionClass.Hyperparathyroidism, [], [], ["E21.0"], RiskFactors.EndocrineDisorder),
            new("hyperparathyroidism", ConditionClass.Hyperparathyroidism, [], ["66999008"], ["E21.3"], RiskFactors.EndocrineDisorder),
            new("secondary hyperparathyroidism", ConditionClass.NoSafetyRule, [], [], ["E21.1"]),
            new("kidney stones", ConditionClass.KidneyStones, ["kidney stone", "nephrolithiasis"], [], []),
            new("chronic kidney disease", ConditionClass.ChronicKidneyDisease, ["ckd"], ["709044004", "433144002"], ["N18.3", "N18.9"]),
            new("chronic kidney disease stage 4", ConditionClass.AdvancedChronicKidneyDisease, ["ckd stage 4", "end-stage renal disease"], ["431857002", "46177005"], ["N18.4", "N18.5", "N18.6"]),
            new("coeliac disease", ConditionClass.Malabsorption, ["celiac disease"], ["396331005"], ["K90.0"]),
            new("crohn's disease", ConditionClass.Malabsorption, ["crohn disease"], ["34000006"], ["K50"]),
            new("chronic liver disease", ConditionClass.LiverDisease, ["liver disease"], ["328383001"], []),
            new("osteoporosis", ConditionClass.NoSafetyRule, [], ["64859006"], []),
            new("rheumatoid arthritis", ConditionClass.NoSafetyRule, [], ["69896004"], [], RiskFactors.RaOrSle),
        ]);

    public static SafetyCheck Check { get; } = new(Catalogue);

    public static SafetyPerson Woman(int age = 67) => SafetyPerson.Create(age, Sex.Female);

    public static SafetyPerson Man(int age = 67) => SafetyPerson.Create(age, Sex.Male);

    public static Medication Med(string name, double? mgPerDay = null, double? months = null) =>
        Medication.Create(name, dosePerDay: mgPerDay, doseUnit: mgPerDay is null ? null : MedicationDoseUnit.Milligram, durationMonths: months);

    public static Condition Cond(string name) => Condition.Create(name);

    public static SupplementDose Calcium(double mg) => SupplementDose.Create(SupplementIngredient.Calcium, NutrientAmount.FromMilligrams(mg));

    public static SupplementDose VitaminD(double ug) => SupplementDose.Create(SupplementIngredient.VitaminD, NutrientAmount.FromMicrograms(ug));

    public static SupplementDose Mk7(double ug) => SupplementDose.Create(SupplementIngredient.Menaquinone7, NutrientAmount.FromMicrograms(ug));

    public static IReadOnlyList<SafetyFinding> Evaluate(SafetyInput input) => Check.Evaluate(input);

    public static IReadOnlyList<SafetyFinding> With(this IReadOnlyList<SafetyFinding> findings, string code) =>
        [.. findings.Where(f => f.Code == code)];
}
