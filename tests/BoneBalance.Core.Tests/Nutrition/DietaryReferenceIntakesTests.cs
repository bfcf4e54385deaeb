using BoneBalance.Core.Measures;
using BoneBalance.Core.Nutrition;
using BoneBalance.Core.People;

namespace BoneBalance.Core.Tests.Nutrition;

public sealed class DietaryReferenceIntakesTests
{
    [Fact]
    public void Life_stage_picks_the_row_by_age_and_sex()
    {
        // IOM 2011: women 51-70 calcium RDA 1200 mg, men 51-70 1000 mg, everyone > 70 1200 mg; vitamin D 15 µg to 70, 20 µg after.
        var woman = Sr28Foods.Intakes.For(67, Sex.Female);
        Assert.Equal(1200, woman[IntakeNutrient.Calcium].Target.Milligrams, 9);
        Assert.Equal(2000, woman[IntakeNutrient.Calcium].UpperLimit!.Value.Milligrams, 9);
        Assert.Equal(15, woman[IntakeNutrient.VitaminD].Target.Micrograms, 9);
        Assert.Equal(90, woman[IntakeNutrient.VitaminKTotal].Target.Micrograms, 9);
        Assert.Null(woman[IntakeNutrient.VitaminKTotal].UpperLimit);

        var man = Sr28Foods.Intakes.For(70, Sex.Male);
        Assert.Equal(1000, man[IntakeNutrient.Calcium].Target.Milligrams, 9);
        Assert.Equal(120, man[IntakeNutrient.VitaminKTotal].Target.Micrograms, 9);
        Assert.Equal(ReferenceIntakeKind.AdequateIntake, man[IntakeNutrient.VitaminKTotal].Kind);

        var older = Sr28Foods.Intakes.For(71, Sex.Male);
        Assert.Equal(1200, older[IntakeNutrient.Calcium].Target.Milligrams, 9);
        Assert.Equal(20, older[IntakeNutrient.VitaminD].Target.Micrograms, 9);
    }

    [Fact]
    public void Overlapping_rows_are_refused()
    {
        var row = Sr28Foods.Intakes.All[0];
        Assert.Throws<ArgumentException>(() => new DietaryReferenceIntakes([row, row with { Target = NutrientAmount.FromMilligrams(1) }]));
    }
}
