using BoneBalance.Core.Guidance;
using BoneBalance.Core.Nutrition;
using BoneBalance.Core.People;
using static BoneBalance.TestSupport.GuidanceFixtures;

namespace BoneBalance.Core.Tests.Guidance;

/// <summary>
/// Calcium without a food diary for a care-home resident of 65 or over (RACGP Recommendation 12; Chapuy 1992, Porthouse
/// 2005: 1,000 mg a day less what is already taken), on both sides of each edge: age 64/65, kidney stones, and what is
/// already taken on both sides of the 50 mg rounding edge. The upper level is 2,000 mg from 51 (IOM 2011).
/// </summary>
public class CareHomeCalciumTests
{
    [Theory]
    [InlineData(64, false)]
    [InlineData(65, true)]
    public void A_care_home_resident_gets_calcium_without_a_diary_from_65(int age, bool planned)
    {
        var a = Assess(new AssessmentInput(Man(age, factors: RiskFactors.CareHome)));
        Assert.Equal(planned ? 1000.0 : null, a.Planned(IntakeNutrient.Calcium)?.Dose);
        if (!planned)
        {
            Assert.StartsWith("Your dietary calcium intake is unknown", a.Withheld(IntakeNutrient.Calcium)!.Reason, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Living_at_home_at_80_without_a_diary_gets_no_calcium()
    {
        Assert.Null(Assess(new AssessmentInput(Man(80))).Planned(IntakeNutrient.Calcium));
    }

    [Fact]
    public void A_care_home_resident_with_kidney_stones_gets_no_calcium_without_a_diary()
    {
        var a = Assess(new AssessmentInput(Man(80, factors: RiskFactors.CareHome)) { Conditions = [Cond("kidney stones")] });
        Assert.Null(a.Planned(IntakeNutrient.Calcium));
        Assert.StartsWith("Your dietary calcium intake is unknown", a.Withheld(IntakeNutrient.Calcium)!.Reason, StringComparison.Ordinal);
    }

    // 950 mg taken leaves 50 mg, which rounds to a 100 mg dose; 951 mg leaves 49 mg: no more.
    [Theory]
    [InlineData(950, 100.0)]
    [InlineData(951, null)]
    [InlineData(1000, null)]
    public void Calcium_already_taken_on_both_sides_of_half_a_step(double taken, double? dose)
    {
        var a = Assess(new AssessmentInput(Man(80, factors: RiskFactors.CareHome)) { Supplements = [Supplement(SupplementForm.CalciumElemental, taken, DoseUnit.Milligram)] });
        Assert.Equal(dose, a.Planned(IntakeNutrient.Calcium)?.Dose);
        if (dose is null)
        {
            var withheld = a.Withheld(IntakeNutrient.Calcium)!;
            Assert.Null(withheld.FindingCode);
            Assert.Contains($"you already take {taken:#,0} mg of calcium a day as supplements, at least the 1,000 mg", withheld.Reason, StringComparison.Ordinal);
        }
        else
        {
            // 2,000 mg upper level − 950 mg taken − 100 mg planned = 950 mg left for food.
            var reason = a.Planned(IntakeNutrient.Calcium)!.Reason;
            Assert.Contains("less the 950 mg your supplements already give", reason, StringComparison.Ordinal);
            Assert.Contains("leaving room for 950 mg from food", reason, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Without_calcium_taken_the_care_home_reason_does_not_mention_supplements()
    {
        var reason = Assess(new AssessmentInput(Man(80, factors: RiskFactors.CareHome))).Planned(IntakeNutrient.Calcium)!.Reason;
        Assert.DoesNotContain("your supplements already give", reason, StringComparison.Ordinal);
        Assert.Contains("leaving room for 1,000 mg from food", reason, StringComparison.Ordinal);
    }

    // One or two logged days are not a usual diet (IntakeAverage.MinimumFoodDays): the reason says the diary is too short,
    // not that there is none, and still plans the care-home dose.
    [Theory]
    [InlineData(0, "Your diet is not known (no food diary)")]
    [InlineData(1, "Your usual diet is not known yet (too few days in the food diary)")]
    [InlineData(IntakeAverage.MinimumFoodDays - 1, "Your usual diet is not known yet (too few days in the food diary)")]
    public void The_care_home_reason_tells_a_short_diary_from_none(int days, string said)
    {
        var a = Assess(new AssessmentInput(Man(80, factors: RiskFactors.CareHome)) { Diary = DiaryOfTestFood(100, days) });
        var calcium = a.Planned(IntakeNutrient.Calcium)!;
        Assert.Equal(1000.0, calcium.Dose);
        Assert.Contains(said, calcium.Reason, StringComparison.Ordinal);
    }
}
