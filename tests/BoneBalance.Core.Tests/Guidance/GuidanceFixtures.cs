using BoneBalance.Core.Guidance;
using BoneBalance.Core.Measures;
using BoneBalance.Core.Nutrition;
using BoneBalance.Core.People;
using BoneBalance.Core.Safety;
using BoneBalance.Core.Tests.Nutrition;
using BoneBalance.Core.Tests.Safety;

namespace BoneBalance.Core.Tests.Guidance;

/// <summary>
/// The assessor over test catalogues built the way the other Core tests build theirs (Core tests cannot read the shipped
/// files): the safety test catalogue (which has the acid suppressants' rows of data/safety/medications.csv), the adult rows of
/// data/nutrition/dietary_reference_intakes.csv (IOM 2011 / IOM 2001, verified rows), and foods from SR28 plus one test
/// food with round numbers so the expected values can be worked out by hand.
/// </summary>
internal static class GuidanceFixtures
{
    public static SafetyCatalogue Catalogue { get; } = new(
        [.. TestCatalogue.Catalogue.Medications],
        [.. TestCatalogue.Catalogue.Conditions, new("achlorhydria", ConditionClass.Achlorhydria, ["hypochlorhydria"], [], ["K31.83"])]);

    public static DietaryReferenceIntakes Intakes { get; } = new(
    [
        // IOM 2011 calcium RDA/UL (mg): 1,300/3,000 at 14–18; 1,000/2,500 at 19–50; women 51–70 1,200/2,000, men 1,000/2,000; 71+ 1,200/2,000.
        new(IntakeNutrient.Calcium, null, 14, 18, ReferenceIntakeKind.RecommendedDietaryAllowance, NutrientAmount.FromMilligrams(1300), NutrientAmount.FromMilligrams(3000), null, DietaryReferenceSources.Iom2011),
        new(IntakeNutrient.Calcium, null, 19, 50, ReferenceIntakeKind.RecommendedDietaryAllowance, NutrientAmount.FromMilligrams(1000), NutrientAmount.FromMilligrams(2500), null, DietaryReferenceSources.Iom2011),
        new(IntakeNutrient.Calcium, Sex.Female, 51, 70, ReferenceIntakeKind.RecommendedDietaryAllowance, NutrientAmount.FromMilligrams(1200), NutrientAmount.FromMilligrams(2000), null, DietaryReferenceSources.Iom2011),
        new(IntakeNutrient.Calcium, Sex.Male, 51, 70, ReferenceIntakeKind.RecommendedDietaryAllowance, NutrientAmount.FromMilligrams(1000), NutrientAmount.FromMilligrams(2000), null, DietaryReferenceSources.Iom2011),
        new(IntakeNutrient.Calcium, null, 71, 120, ReferenceIntakeKind.RecommendedDietaryAllowance, NutrientAmount.FromMilligrams(1200), NutrientAmount.FromMilligrams(2000), null, DietaryReferenceSources.Iom2011),

        // IOM 2011 vitamin D RDA/UL (µg): 15/100 from 9 to 70 years, 20/100 over 70.
        new(IntakeNutrient.VitaminD, null, 14, 70, ReferenceIntakeKind.RecommendedDietaryAllowance, NutrientAmount.FromMicrograms(15), NutrientAmount.FromMicrograms(100), null, DietaryReferenceSources.Iom2011),
        new(IntakeNutrient.VitaminD, null, 71, 120, ReferenceIntakeKind.RecommendedDietaryAllowance, NutrientAmount.FromMicrograms(20), NutrientAmount.FromMicrograms(100), null, DietaryReferenceSources.Iom2011),

        // IOM 2001 vitamin K AI (µg): 75 at 14–18; men 120, women 90; no UL.
        new(IntakeNutrient.VitaminKTotal, null, 14, 18, ReferenceIntakeKind.AdequateIntake, NutrientAmount.FromMicrograms(75), null, "none determined", DietaryReferenceSources.Iom2001),
        new(IntakeNutrient.VitaminKTotal, Sex.Male, 19, 120, ReferenceIntakeKind.AdequateIntake, NutrientAmount.FromMicrograms(120), null, "none determined", DietaryReferenceSources.Iom2001),
        new(IntakeNutrient.VitaminKTotal, Sex.Female, 19, 120, ReferenceIntakeKind.AdequateIntake, NutrientAmount.FromMicrograms(90), null, "none determined", DietaryReferenceSources.Iom2001),
    ]);

    /// <summary>A test food with round numbers: 100 mg calcium, 1 µg vitamin D and 10 µg K1 per 100 g.</summary>
    public static Food TestFood { get; } = new(
        "test:1", "Test food, 100 mg calcium and 1 µg vitamin D per 100 g", "Test Foods", null,
        [
            NutrientValue.Analysed(Nutrient.Calcium, 100, new ValueSource(ValueSource.Literature, "test", "test food")),
            NutrientValue.Analysed(Nutrient.VitaminD, 1, new ValueSource(ValueSource.Literature, "test", "test food")),
            NutrientValue.Analysed(Nutrient.VitaminK1, 10, new ValueSource(ValueSource.Literature, "test", "test food")),
        ],
        [new Portion(1, 1, "cup", 200)]);

    public static IReadOnlyList<Food> Foods { get; } = [.. Sr28Foods.Catalogue, TestFood];

    public static Assessor TheAssessor { get; } = new(Catalogue, Intakes, Foods);

    public static readonly DateOnly Day = new(2026, 3, 2);

    public static PersonProfile Woman(int age = 67, double? bmi = 24, SmokingStatus smoking = SmokingStatus.Never, AlcoholIntake alcohol = AlcoholIntake.None, RiskFactors factors = RiskFactors.None, MenopausalStatus status = MenopausalStatus.Postmenopausal) =>
        PersonProfile.Create(age, Sex.Female, age >= 50 ? status : MenopausalStatus.Premenopausal, bodyMassIndex: bmi is { } b ? BodyMassIndex.FromKilogramsPerSquareMetre(b) : null, smoking: smoking, alcohol: alcohol, riskFactors: factors);

    public static PersonProfile Man(int age = 67, double? bmi = 24, RiskFactors factors = RiskFactors.None) =>
        PersonProfile.Create(age, Sex.Male, MenopausalStatus.NotApplicable, bodyMassIndex: bmi is { } b ? BodyMassIndex.FromKilogramsPerSquareMetre(b) : null, riskFactors: factors);

    /// <summary>A diary of the test food on <paramref name="days"/> days ending on <see cref="Day"/> (by default the
    /// fewest days the plan takes the diet from): <paramref name="grams"/> g a day give grams mg calcium and grams/100 µg
    /// vitamin D a day.</summary>
    public static IReadOnlyList<DiaryEntry> DiaryOfTestFood(double grams, int days = IntakeAverage.MinimumFoodDays) =>
        [.. Enumerable.Range(0, days).Select(d => DiaryEntry.InGrams(Day.AddDays(-d), TestFood, grams))];

    /// <summary>The same foods on <see cref="IntakeAverage.MinimumFoodDays"/> days ending on <see cref="Day"/>: their
    /// amounts are the average a day.</summary>
    public static IReadOnlyList<DiaryEntry> EveryDay(params (Food Food, double Grams)[] rows) =>
        [.. Enumerable.Range(0, IntakeAverage.MinimumFoodDays).SelectMany(d => rows.Select(r => DiaryEntry.InGrams(Day.AddDays(-d), r.Food, r.Grams)))];

    public static DailySupplement Supplement(SupplementForm form, double dose, DoseUnit unit) => DailySupplement.Create(form, dose, unit);

    public static Medication Med(string name, double? mgPerDay = null, double? months = null) => TestCatalogue.Med(name, mgPerDay, months);

    public static Condition Cond(string name) => Condition.Create(name);

    public static Assessment Assess(AssessmentInput input) => TheAssessor.Assess(input);

    public static PlannedSupplement? Planned(this Assessment a, IntakeNutrient nutrient) =>
        a.Plan.Supplements.SingleOrDefault(s => NutrientOf(s.Form) == nutrient);

    public static WithheldSupplement? Withheld(this Assessment a, IntakeNutrient nutrient) => a.Plan.Withheld.SingleOrDefault(w => w.Nutrient == nutrient);

    public static IntakeNutrient NutrientOf(SupplementForm form) => form switch
    {
        SupplementForm.VitaminD3 or SupplementForm.VitaminD2 => IntakeNutrient.VitaminD,
        SupplementForm.VitaminK1 or SupplementForm.VitaminK2Mk4 or SupplementForm.VitaminK2Mk7 => IntakeNutrient.VitaminKTotal,
        _ => IntakeNutrient.Calcium,
    };

    public static bool Has(this Assessment a, string code) => a.Recommendations.Any(r => r.Code == code);

    public static Recommendation Get(this Assessment a, string code) => a.Recommendations.Single(r => r.Code == code);
}
