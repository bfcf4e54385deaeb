using BoneBalance.Core.Guidance;
using BoneBalance.Core.Nutrition;
using BoneBalance.Core.Safety;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using static BoneBalance.TestSupport.GuidanceFixtures;

namespace BoneBalance.Core.Tests.Guidance;

public class SupplementPlanPropertyTests
{
    // A hair above zero for floating-point sums of µg and mg.
    private const double Tolerance = 1e-6;

    private static readonly string[] Medicines = ["warfarin", "apixaban", "omeprazole", "levothyroxine", "hydrochlorothiazide", "orlistat"];

    private static Arbitrary<AssessmentInput> People() =>
        (from age in Gen.Choose(18, 100)
         from female in Gen.Elements(true, false)
         from lifeStage in Gen.Choose(0, 5)
         from dietGrams in Gen.Choose(-1, 3000)
         from secondDayGrams in Gen.Choose(0, 3000)
         from vitaminD in Gen.Choose(0, 150)
         from calciumSalt in Gen.Choose(0, 6000)
         from level in Gen.Choose(-1, 200)
         from medicines in Gen.SubListOf(Medicines)
         let pregnant = female && age <= 50 && lifeStage == 1
         let breastfeeding = female && age <= 50 && lifeStage == 2
         select new AssessmentInput(female ? Woman(age) : Man(age))
         {
             Pregnant = pregnant,
             Breastfeeding = breastfeeding,
             Diary = dietGrams < 0 ? [] : [DiaryEntry.InGrams(Day, TestFood, dietGrams), DiaryEntry.InGrams(Day.AddDays(1), Sr28Foods.Gouda, secondDayGrams / 10.0)],
             Supplements =
             [
                 .. vitaminD > 0 ? [Supplement(SupplementForm.VitaminD3, vitaminD, DoseUnit.Microgram)] : Array.Empty<DailySupplement>(),
                 .. calciumSalt > 0 ? [Supplement(SupplementForm.CalciumCarbonate, calciumSalt, DoseUnit.Milligram)] : Array.Empty<DailySupplement>(),
             ],
             Labs = level < 0 ? LabResults.None : LabResults.Create(vitaminD25OhNgPerMl: level),
             Medications = [.. medicines.Select(m => Med(m))],
         }).ToArbitrary();

    private static (double Diet, double Current, double Planned, double Rda, double Ul) Totals(AssessmentInput input, Assessment a, IntakeNutrient nutrient, Func<BoneBalance.Core.Measures.NutrientAmount, double> unit)
    {
        var reference = Intakes.For(input.Person.AgeYears, input.Person.Sex)[nutrient];
        var diet = input.Diary.Count > 0 ? unit(a.Intake!.Average.Totals[nutrient].Food) : 0;
        var current = input.Supplements.Where(s => s.Nutrient == nutrient).Sum(s => unit(s.Amount));
        var planned = a.Planned(nutrient) is { } p ? unit(p.Amount) : 0;
        return (diet, current, planned, unit(reference.Target), unit(reference.UpperLimit!.Value));
    }

    [Property(MaxTest = 300)]
    public Property Diet_plus_current_plus_planned_vitamin_D_never_exceeds_the_UL() =>
        Prop.ForAll(People(), input =>
        {
            var a = Assess(input);
            var (diet, current, planned, rda, ul) = Totals(input, a, IntakeNutrient.VitaminD, x => x.Micrograms);
            var lifeStage = input.Pregnant || input.Breastfeeding;
            return planned == 0
                || (diet + current + planned <= ul + Tolerance && (!lifeStage || current + planned <= rda + Tolerance)
                    && VitaminDDose.ProductStrengthsMicrograms.Contains(planned));
        });

    [Property(MaxTest = 300)]
    public Property Diet_plus_current_plus_planned_calcium_never_exceeds_the_UL_and_no_dose_exceeds_500_mg() =>
        Prop.ForAll(People(), input =>
        {
            var a = Assess(input);
            var (diet, current, planned, rda, ul) = Totals(input, a, IntakeNutrient.Calcium, x => x.Milligrams);
            if (planned == 0)
            {
                return true;
            }

            var lifeStage = input.Pregnant || input.Breastfeeding;
            return input.Diary.Count > 0
                && diet < rda
                && diet + current + planned <= ul + Tolerance
                && (!lifeStage || current + planned <= rda + Tolerance)
                && CalciumDose.Split(planned).All(d => d <= CalciumDose.MaximumSingleDoseMilligrams)
                && Math.Abs(CalciumDose.Split(planned).Sum() - planned) < Tolerance;
        });

    [Property(MaxTest = 200)]
    public Property No_vitamin_K_with_a_VKA_no_D2_ever_and_everything_is_cited() =>
        Prop.ForAll(People(), input =>
        {
            var a = Assess(input);
            var vka = input.Medications.Any(m => m.Name == "warfarin");
            var kForms = a.Plan.Supplements.Where(s => s.Form is SupplementForm.VitaminK1 or SupplementForm.VitaminK2Mk4 or SupplementForm.VitaminK2Mk7).ToList();
            return (!vka || (kForms.Count == 0 && a.Withheld(IntakeNutrient.VitaminKTotal)?.FindingCode == SafetyFindingCodes.VkaVitaminK))
                && a.Plan.Supplements.All(s => s.Form != SupplementForm.VitaminD2 && s.Citations.Count > 0)
                && a.Plan.Withheld.All(w => w.Citations.Count > 0)
                && a.Recommendations.All(r => r.Citations.Count > 0)
                && a.Plan.Supplements.Count + a.Plan.Withheld.Count == 3;
        });

    [Property(MaxTest = 100)]
    public Property The_plan_never_adds_an_upper_level_finding_the_current_supplements_did_not_have() =>
        Prop.ForAll(People(), input =>
        {
            var a = Assess(input);
            var current = TheAssessor.Safety.Evaluate(new SafetyInput(SafetyPerson.From(input.Person, input.Pregnant, input.Breastfeeding))
            {
                Supplements = [.. input.Supplements.Select(s => SupplementDose.Create(s.Nutrient == IntakeNutrient.Calcium ? SupplementIngredient.Calcium : SupplementIngredient.VitaminD, s.Amount))],
                TotalCalciumIntake = input.Diary.Count > 0 ? a.Intake!.Average.Totals[IntakeNutrient.Calcium].Total : null,
                TotalVitaminDIntake = input.Diary.Count > 0 ? a.Intake!.Average.Totals[IntakeNutrient.VitaminD].Total : null,
            });
            bool Above(IEnumerable<SafetyFinding> f, string code) => f.Any(x => x.Code == code);
            return (Above(current, SafetyFindingCodes.VitaminDAboveUl) || !Above(a.Findings, SafetyFindingCodes.VitaminDAboveUl))
                && (Above(current, SafetyFindingCodes.CalciumAboveUl) || !Above(a.Findings, SafetyFindingCodes.CalciumAboveUl));
        });
}
