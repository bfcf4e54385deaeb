using BoneBalance.Core.Measures;
using BoneBalance.Core.People;
using BoneBalance.Core.Safety;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using static BoneBalance.TestSupport.TestCatalogue;

namespace BoneBalance.Core.Tests.Safety;

public class SafetyCheckPropertyTests
{
    private static readonly string[] VkaNames = ["warfarin", "Coumadin", "Jantoven", "Marevan", "Sintrom", "acenocoumarol", "Marcoumar", "phenprocoumon", "Previscan", "fluindione"];

    private static readonly string[] OtherMedications = ["apixaban", "hydrochlorothiazide", "Synthroid", "orlistat", "prednisone", "anastrozole", "Unknownium", "ciprofloxacin"];

    private static readonly SupplementIngredient[] VitaminKForms = [SupplementIngredient.VitaminK1, SupplementIngredient.Menaquinone4, SupplementIngredient.Menaquinone7];

    private static Arbitrary<SafetyInput> VkaUsersWithVitaminK() =>
        (from age in Gen.Choose(1, 120)
         from female in Gen.Elements(true, false)
         from pregnant in Gen.Elements(true, false)
         from vka in Gen.Elements(VkaNames)
         from others in Gen.SubListOf(OtherMedications)
         from form in Gen.Elements(VitaminKForms)
         from micrograms in Gen.Choose(1, 45_000)
         from calcium in Gen.Choose(0, 3000)
         from symptoms in Gen.SubListOf(Enum.GetValues<Symptom>())
         let person = SafetyPerson.Create(age, female ? Sex.Female : Sex.Male, pregnant: female && pregnant)
         select new SafetyInput(person)
         {
             Medications = [Med(vka), .. others.Select(o => Med(o))],
             Supplements =
             [
                 SupplementDose.Create(form, NutrientAmount.FromMicrograms(micrograms)),
                 SupplementDose.Create(SupplementIngredient.Calcium, NutrientAmount.FromMilligrams(calcium)),
             ],
             Symptoms = [.. symptoms],
         }).ToArbitrary();

    [Property(MaxTest = 300)]
    public Property Adding_any_vitamin_K_supplement_to_any_VKA_user_yields_VKA_VITAMIN_K_first_with_the_top_severity() =>
        Prop.ForAll(VkaUsersWithVitaminK(), input =>
        {
            var findings = Evaluate(input);
            var vka = findings.Where(f => f.Code == SafetyFindingCodes.VkaVitaminK).ToList();
            return vka.Count == 1
                && vka[0].Severity == SafetySeverity.ContraindicatedWithoutSupervision
                && findings[0].Severity == SafetySeverity.ContraindicatedWithoutSupervision
                && findings.All(f => f.Code != SafetyFindingCodes.VkaKeepVitaminKSteady)
                && findings.All(f => f.Citations.Count > 0);
        });

    [Property(MaxTest = 200)]
    public Property Adding_a_supplement_never_removes_a_finding_code() =>
        Prop.ForAll(VkaUsersWithVitaminK(), input =>
        {
            var without = new SafetyInput(input.Person) { Medications = input.Medications, Symptoms = input.Symptoms };
            var before = Evaluate(without).Select(f => f.Code).Where(c => c != SafetyFindingCodes.VkaKeepVitaminKSteady).ToHashSet();
            var after = Evaluate(input).Select(f => f.Code).ToHashSet();
            return before.IsSubsetOf(after);
        });
}
