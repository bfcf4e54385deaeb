using BoneBalance.Core.Guidance;
using BoneBalance.Core.Nutrition;
using BoneBalance.Core.People;
using BoneBalance.Core.Safety;
using BoneBalance.Data.Safety;

namespace BoneBalance.Data.Tests;

/// <summary>
/// The assessor over the shipped reference intakes and safety catalogue (the Core tests use hand-built copies): every
/// adult age and sex is covered, the plan reads the IOM numbers from the data, and brand names reach the plan.
/// </summary>
public class ShippedCataloguesAssessmentTests
{
    private static readonly Assessor Assessor = new(ShippedSafetyCatalogue.Load(), DietaryReferenceIntakeFile.LoadShipped(), []);

    [Theory]
    [InlineData(18, 15.0)]
    [InlineData(49, 15.0)]
    [InlineData(50, 20.0)]
    [InlineData(70, 20.0)]
    [InlineData(71, 20.0)]
    [InlineData(120, 20.0)]
    public void Every_adult_age_gets_the_IOM_vitamin_D_RDA_without_a_diary(int age, double micrograms)
    {
        // IOM 2011 RDA: 15 µg (600 IU) to 70 years, 20 µg (800 IU) over 70; from 50 at least 20 µg (800 IU), BHOF 2022
        // (issue 12 §3); nothing else taken, no diary.
        foreach (var sex in new[] { Sex.Female, Sex.Male })
        {
            var a = Assessor.Assess(new AssessmentInput(PersonProfile.Create(age, sex)));
            var d = Assert.Single(a.Plan.Supplements, s => s.Form == SupplementForm.VitaminD3);
            Assert.Equal(micrograms, d.Dose);
            Assert.Contains(a.Plan.Withheld, w => w.Nutrient == IntakeNutrient.Calcium);
        }
    }

    [Theory]
    [InlineData("Nexium")]
    [InlineData("Prilosec")]
    [InlineData("achlorhydria")]
    public void Acid_suppressant_brands_and_achlorhydria_choose_calcium_citrate(string name)
    {
        // A diary day of 250 g of a food with 200 mg calcium per 100 g: 500 mg; a woman of 60 needs 1,200 mg → 700 mg.
        var food = new Food("test:ca", "Test food", "Test", null,
            [NutrientValue.Analysed(Nutrient.Calcium, 200, new ValueSource(ValueSource.Literature, "test", "test food"))], []);
        var person = PersonProfile.Create(60, Sex.Female, MenopausalStatus.Postmenopausal);
        var input = new AssessmentInput(person)
        {
            // The fewest days with food before the plan sizes calcium to the diet.
            Diary = [.. Enumerable.Range(0, IntakeAverage.MinimumFoodDays).Select(d => DiaryEntry.InGrams(new DateOnly(2026, 3, 2).AddDays(-d), food, 250))],
            Medications = name == "achlorhydria" ? [] : [Medication.Create(name)],
            Conditions = name == "achlorhydria" ? [Condition.Create(name)] : [],
        };

        var calcium = Assert.Single(Assessor.Assess(input).Plan.Supplements, s => s.Form is SupplementForm.CalciumCitrate or SupplementForm.CalciumCarbonate);
        Assert.Equal(SupplementForm.CalciumCitrate, calcium.Form);
        Assert.Equal(700, calcium.Dose);
    }

    [Fact]
    public void Coumadin_withholds_vitamin_K_with_the_shipped_catalogue()
    {
        var a = Assessor.Assess(new AssessmentInput(PersonProfile.Create(67, Sex.Female)) { Medications = [Medication.Create("Coumadin")] });
        Assert.Equal(SafetyFindingCodes.VkaVitaminK, Assert.Single(a.Plan.Withheld, w => w.Nutrient == IntakeNutrient.VitaminKTotal).FindingCode);
    }
}
