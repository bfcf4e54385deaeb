using BoneBalance.Core.Guidance;
using BoneBalance.Core.Nutrition;
using BoneBalance.Core.Safety;
using static BoneBalance.TestSupport.GuidanceFixtures;

namespace BoneBalance.Core.Tests.Guidance;

/// <summary>
/// Advice that depends on the diet waits for food on <see cref="IntakeAverage.MinimumFoodDays"/> of the 7 days; safety
/// does not wait. One logged day of little calcium once turned "no calcium supplement" into "take calcium".
/// </summary>
public class LoggedDaysTests
{
    [Theory]
    [InlineData(1, false)]
    [InlineData(2, false)]
    [InlineData(3, true)]
    [InlineData(7, true)]
    public void The_plan_sizes_calcium_to_the_diet_from_three_days_with_food(int days, bool sized)
    {
        // 300 mg of calcium a day from food: a gap of 900 mg for a woman of 67 (RDA 1,200 mg).
        var a = Assess(new AssessmentInput(Woman()) { Diary = DiaryOfTestFood(300, days) });
        Assert.Equal(days, a.Intake!.Average.FoodDays);
        Assert.Equal(sized, a.Intake.Average.EnoughFoodDays);
        if (sized)
        {
            Assert.Equal(900, a.Planned(IntakeNutrient.Calcium)!.Dose);
        }
        else
        {
            Assert.Null(a.Planned(IntakeNutrient.Calcium));
            var reason = a.Withheld(IntakeNutrient.Calcium)!.Reason;
            Assert.StartsWith($"Your usual calcium intake is not known yet: keep a food diary on at least 3 days of a week (so far food on {days} of the last 7 days) so BoneBalance can see", reason, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Vitamin_D_waits_for_the_diet_too_and_says_how_many_days_are_logged()
    {
        // 1,000 g of the test food gives 10 µg of vitamin D a day: with enough days the dose is 20 − 10 = 10 µg.
        var two = Assess(new AssessmentInput(Woman()) { Diary = DiaryOfTestFood(1000, 2) }).Planned(IntakeNutrient.VitaminD)!;
        Assert.Equal(20, two.Dose);
        Assert.Contains("your usual diet is not known yet (too few days in the food diary), so it is counted as none", two.Reason, StringComparison.Ordinal);
        Assert.Contains("Keep a food diary on at least 3 days of a week (so far food on 2 of the last 7 days) so the dose can take your food into account.", two.Notes);
        var three = Assess(new AssessmentInput(Woman()) { Diary = DiaryOfTestFood(1000, 3) }).Planned(IntakeNutrient.VitaminD)!;
        Assert.Equal(10, three.Dose);
        Assert.DoesNotContain(three.Notes, n => n.Contains("food diary", StringComparison.Ordinal));
    }

    [Fact]
    public void Days_with_supplements_only_do_not_count_as_food_days()
    {
        var supplementsOnly = Enumerable.Range(3, 4).Select(d => SupplementEntry.Create(Day.AddDays(-d), SupplementForm.VitaminD3, 10, DoseUnit.Microgram)).ToList();
        var a = Assess(new AssessmentInput(Woman()) { Diary = DiaryOfTestFood(300, 2), DiarySupplements = supplementsOnly });
        Assert.Equal(6, a.Intake!.Average.Days.Count);
        Assert.Equal(2, a.Intake.Average.FoodDays);
        Assert.Null(a.Planned(IntakeNutrient.Calcium));
    }

    [Fact]
    public void Food_days_before_the_seven_day_window_do_not_count()
    {
        var old = new[] { DiaryEntry.InGrams(Day.AddDays(-7), TestFood, 300), DiaryEntry.InGrams(Day.AddDays(-8), TestFood, 300) };
        var a = Assess(new AssessmentInput(Woman()) { Diary = [.. DiaryOfTestFood(300, 1), .. old] });
        Assert.Equal(1, a.Intake!.Average.FoodDays);
        Assert.Null(a.Planned(IntakeNutrient.Calcium));
    }

    [Fact]
    public void Safety_reads_the_diet_from_the_first_logged_day()
    {
        // One day of 2,000 mg of calcium from food with 1,000 mg taken: above the 2,000 mg upper level at 67, said at once.
        var a = Assess(new AssessmentInput(Woman())
        {
            Diary = DiaryOfTestFood(2000, 1),
            Supplements = [Supplement(SupplementForm.CalciumElemental, 1000, DoseUnit.Milligram)],
        });
        Assert.False(a.Intake!.Average.EnoughFoodDays);
        Assert.Contains(a.Findings, f => f.Code == SafetyFindingCodes.CalciumAboveUl);
    }

    [Fact]
    public void A_warfarin_user_s_single_day_of_natto_is_reported()
    {
        var a = Assess(new AssessmentInput(Woman())
        {
            Medications = [Med("warfarin")],
            Diary = [DiaryEntry.InGrams(Day, Sr28Foods.Natto, 50)],
        });
        Assert.Contains(a.Findings, f => f.Code == SafetyFindingCodes.VkaVitaminKFood);
    }

    [Fact]
    public void A_diary_of_supplements_only_is_no_food_diary()
    {
        var supplementsOnly = Enumerable.Range(0, 4).Select(d => SupplementEntry.Create(Day.AddDays(-d), SupplementForm.VitaminD3, 10, DoseUnit.Microgram)).ToList();
        var a = Assess(new AssessmentInput(Woman()) { DiarySupplements = supplementsOnly });
        Assert.Equal(0, a.Intake!.Average.FoodDays);
        Assert.StartsWith("Your dietary calcium intake is unknown: keep a food diary on at least 3 days of a week so BoneBalance", a.Withheld(IntakeNutrient.Calcium)!.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Daily_supplements_count_once_on_every_logged_day_whatever_the_order_and_the_rows_per_day()
    {
        var d1 = Day.AddDays(-2);
        var d2 = Day.AddDays(-1);
        var foods = new[] { DiaryEntry.InGrams(d2, TestFood, 10), DiaryEntry.InGrams(d1, TestFood, 10), DiaryEntry.InGrams(d2, TestFood, 20) };
        var diarySupplements = new[] { SupplementEntry.Create(Day, SupplementForm.CalciumElemental, 200, DoseUnit.Milligram) }; // a day with a supplement only
        var daily = new[] { Supplement(SupplementForm.VitaminD3, 25, DoseUnit.Microgram), Supplement(SupplementForm.VitaminK2Mk7, 90, DoseUnit.Microgram) };

        var entries = DailySupplement.OnLoggedDays(foods, diarySupplements, daily);

        Assert.Equal(diarySupplements[0], entries[0]);
        Assert.Equal(1 + (3 * 2), entries.Count);
        Assert.Equal([d1, d1, d2, d2, Day, Day], entries.Skip(1).Select(e => e.Date));
        Assert.Equal([SupplementForm.VitaminD3, SupplementForm.VitaminK2Mk7], entries.Skip(1).Take(2).Select(e => e.Form));
        Assert.Empty(DailySupplement.OnLoggedDays([], [], daily));
        Assert.Throws<ArgumentNullException>(() => DailySupplement.OnLoggedDays(null!, [], daily));
        Assert.Throws<ArgumentNullException>(() => DailySupplement.OnLoggedDays(foods, null!, daily));
        Assert.Throws<ArgumentNullException>(() => DailySupplement.OnLoggedDays(foods, [], null!));
    }

    [Theory]
    [InlineData((SupplementForm)99, 50, DoseUnit.Microgram, "supplements[2].form")]
    [InlineData(SupplementForm.CalciumElemental, 50, DoseUnit.InternationalUnit, "supplements[2].unit")]
    [InlineData(SupplementForm.VitaminD3, -1, DoseUnit.Microgram, "supplements[2].dose")]
    public void A_refused_daily_supplement_names_its_field_in_the_list(SupplementForm form, double dose, DoseUnit unit, string field)
    {
        var e = Assert.Throws<BoneBalance.Core.Validation.InvalidInputException>(() => DailySupplement.Create(form, dose, unit, "supplements[2]"));
        Assert.Equal(field, Assert.Single(e.Errors).Field);
    }
}
