using BoneBalance.Core.People;
using BoneBalance.Core.Safety;

namespace BoneBalance.Core.Tests.Safety;

public class ReferenceIntakesTests
{
    // IOM 2011 Table (dietary_reference_intakes.csv): calcium UL 2,500 (1–8), 3,000 (9–18), 2,500 (19–50), 2,000 (51+).
    [Theory]
    [InlineData(1, 2500)]
    [InlineData(8, 2500)]
    [InlineData(9, 3000)]
    [InlineData(18, 3000)]
    [InlineData(19, 2500)]
    [InlineData(50, 2500)]
    [InlineData(51, 2000)]
    [InlineData(120, 2000)]
    public void Calcium_upper_limits_by_age(int age, double mg) => Assert.Equal(mg, ReferenceIntakes.CalciumUpperLimit(age).Milligrams, 9);

    // Vitamin D UL: 63 µg (1–3), 75 µg (4–8), 100 µg = 4,000 IU (9+).
    [Theory]
    [InlineData(3, 63)]
    [InlineData(4, 75)]
    [InlineData(8, 75)]
    [InlineData(9, 100)]
    [InlineData(70, 100)]
    public void Vitamin_D_upper_limits_by_age(int age, double ug) => Assert.Equal(ug, ReferenceIntakes.VitaminDUpperLimit(age).Micrograms, 9);

    [Fact]
    public void The_adult_vitamin_D_UL_is_4000_IU() => Assert.Equal(4000, ReferenceIntakes.VitaminDUpperLimit(40).VitaminDInternationalUnits, 9);

    [Theory]
    [InlineData(SupplementIngredient.Calcium, 15, Sex.Female, 1300)]
    [InlineData(SupplementIngredient.Calcium, 60, Sex.Female, 1200)]
    [InlineData(SupplementIngredient.Calcium, 60, Sex.Male, 1000)]
    [InlineData(SupplementIngredient.Calcium, 75, Sex.Male, 1200)]
    public void Calcium_RDA_by_life_stage(SupplementIngredient ingredient, int age, Sex sex, double mg) =>
        Assert.Equal(mg, ReferenceIntakes.RecommendedIntake(ingredient, SafetyPerson.Create(age, sex)).Milligrams, 9);

    [Theory]
    [InlineData(SupplementIngredient.VitaminD, 70, Sex.Female, 15)]
    [InlineData(SupplementIngredient.VitaminD, 71, Sex.Female, 20)]
    [InlineData(SupplementIngredient.Menaquinone7, 30, Sex.Female, 90)]
    [InlineData(SupplementIngredient.VitaminK1, 30, Sex.Male, 120)]
    [InlineData(SupplementIngredient.Menaquinone4, 16, Sex.Female, 75)]
    [InlineData(SupplementIngredient.Menaquinone7, 10, Sex.Male, 60)]
    public void Vitamin_D_RDA_and_vitamin_K_AI_by_life_stage(SupplementIngredient ingredient, int age, Sex sex, double ug) =>
        Assert.Equal(ug, ReferenceIntakes.RecommendedIntake(ingredient, SafetyPerson.Create(age, sex)).Micrograms, 9);
}
