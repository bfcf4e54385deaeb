using BoneBalance.Core.Guidance;
using BoneBalance.Core.Measures;
using BoneBalance.Core.Nutrition;
using BoneBalance.Core.Safety;
using static BoneBalance.TestSupport.TestCatalogue;

namespace BoneBalance.Core.Tests.Safety;

/// <summary>
/// VKA_VITAMIN_K_FOOD. Foods are SR28's by hand (Sr28Foods: natto 23.1 µg K1 + 939 µg MK-7 = 962.1 µg/100 g; spinach,
/// raw 482.9 µg K1/100 g; kale, raw 704.8 µg/100 g) and a test food of exactly 100 µg K1 per 100 g, so that 150 g give
/// exactly the rule's 150 µg.
/// </summary>
public class SafetyCheckVitaminKFoodTests
{
    private static readonly DateOnly Mon = new(2026, 11, 16);

    /// <summary>Exactly 100 µg vitamin K1 per 100 g, nothing else.</summary>
    private static readonly Food Greens = new("test:greens", "Greens, test, 100 µg K1 per 100 g", "Test Foods", null,
        [NutrientValue.Analysed(Nutrient.VitaminK1, 100, new ValueSource(ValueSource.Literature, "test", "test food"))], []);

    private static DateOnly Day(int offset) => Mon.AddDays(offset);

    private static DiaryEntry Row(int day, Food food, double grams) => DiaryEntry.InGrams(Day(day), food, grams);

    private static IReadOnlyList<VitaminKFoodDay> Days(params DiaryEntry[] rows) => VitaminKFoods.Days(rows, Mon, Mon.AddDays(6));

    private static IReadOnlyList<SafetyFinding> Check(string medication, params DiaryEntry[] rows) =>
        Evaluate(new(Woman(74)) { Medications = [Med(medication)], VitaminKFoodDays = Days(rows) });

    /// <summary>An egg every day of the week and the given rows on top.</summary>
    private static DiaryEntry[] Week(params DiaryEntry[] extra) =>
        [.. Enumerable.Range(0, 7).Select(d => Row(d, Sr28Foods.Egg, 50)), .. extra];

    [Fact]
    public void Natto_once_in_the_week_is_a_warning_naming_the_day_and_replaces_keep_steady()
    {
        var findings = Check("warfarin", Week(Row(1, Sr28Foods.Natto, 15)));

        var food = Assert.Single(findings.With(SafetyFindingCodes.VkaVitaminKFood));
        Assert.Equal(SafetySeverity.Warning, food.Severity);
        Assert.Contains("natto on 17 Nov", food.Message);
        Assert.Contains("do not eat natto", food.Advice);
        Assert.Contains("anticoagulation clinic", food.Advice);
        Assert.Contains("natto (usda:16113) on 2026-11-17", food.Reason);
        Assert.Contains(SafetySources.Theuwissen2013, food.Citations);
        Assert.Contains(SafetySources.Schurgers2004, food.Citations);
        Assert.Empty(findings.With(SafetyFindingCodes.VkaKeepVitaminKSteady));
        Assert.Empty(findings.With(SafetyFindingCodes.VkaVitaminK));
    }

    [Fact]
    public void Natto_in_any_amount_counts_even_a_gram()
    {
        // 1 g natto = 9.6 µg vitamin K, far below the 150 µg difference: natto alone triggers.
        Assert.Single(Check("warfarin", Week(Row(3, Sr28Foods.Natto, 1))).With(SafetyFindingCodes.VkaVitaminKFood));
    }

    [Fact]
    public void Natto_every_day_names_every_day_even_though_the_intake_is_steady()
    {
        var rows = Enumerable.Range(0, 7).Select(d => Row(d, Sr28Foods.Natto, 45)).ToArray();

        var food = Assert.Single(Check("warfarin", rows).With(SafetyFindingCodes.VkaVitaminKFood));
        Assert.Contains("natto on 16, 17, 18, 19, 20, 21 and 22 Nov", food.Message);
        // Every day the same 45 g: no day-to-day change to report.
        Assert.DoesNotContain("changed a lot", food.Message);
    }

    [Fact]
    public void One_big_spinach_day_names_the_day_the_food_and_the_amounts()
    {
        // 250 g raw spinach = 2.5 × 482.9 = 1,207.25 µg (+ 0.15 µg from the egg) on 18 Nov; 0.15 µg on the other days.
        var food = Assert.Single(Check("warfarin", Week(Row(2, Sr28Foods.Spinach, 250))).With(SafetyFindingCodes.VkaVitaminKFood));

        Assert.Contains("1,207 µg on 18 Nov (250 g spinach), against 0 µg on 16 Nov", food.Message);
        Assert.DoesNotContain("natto on", food.Message);
        Assert.DoesNotContain(SafetySources.Theuwissen2013, food.Citations);
        Assert.Contains(SafetySources.Khan2004, food.Citations);
        Assert.Contains("difference of 1207 µg", food.Reason);
    }

    [Fact]
    public void Steady_generous_greens_every_day_keep_the_info_finding()
    {
        // 100 g raw kale (704.8 µg) every day: far above the AI, but steady.
        var rows = Enumerable.Range(0, 7).Select(d => Row(d, Sr28Foods.KaleRaw, 100)).ToArray();

        var findings = Check("warfarin", rows);
        Assert.Empty(findings.With(SafetyFindingCodes.VkaVitaminKFood));
        Assert.Single(findings.With(SafetyFindingCodes.VkaKeepVitaminKSteady));
    }

    [Fact]
    public void A_low_vitamin_K_diet_keeps_the_info_finding()
    {
        var findings = Check("warfarin", Week());
        Assert.Empty(findings.With(SafetyFindingCodes.VkaVitaminKFood));
        Assert.Single(findings.With(SafetyFindingCodes.VkaKeepVitaminKSteady));
    }

    [Theory]
    [InlineData(150.0, true)]
    [InlineData(149.9, false)]
    public void Two_days_differing_by_150_micrograms_warn_and_by_less_do_not(double grams, bool warns)
    {
        // Greens: grams g = grams µg; the egg adds 0.15 µg to both days alike.
        var findings = Check("warfarin", Week(Row(4, Greens, grams)));

        Assert.Equal(warns, findings.With(SafetyFindingCodes.VkaVitaminKFood).Count == 1);
        Assert.Equal(!warns, findings.With(SafetyFindingCodes.VkaKeepVitaminKSteady).Count == 1);
    }

    [Theory]
    [InlineData(150.0, true)]
    [InlineData(149.9, false)]
    public void A_drop_counts_like_a_rise(double grams, bool warns)
    {
        // Greens every day but the last, when there are none (a logged 0 g row: a day of food without vitamin K).
        var rows = Enumerable.Range(0, 6).Select(d => Row(d, Greens, grams)).Append(Row(6, Greens, 0)).ToArray();

        Assert.Equal(warns, Check("warfarin", rows).With(SafetyFindingCodes.VkaVitaminKFood).Count == 1);
    }

    [Fact]
    public void The_amounts_are_compared_as_given_in_the_days()
    {
        // Straight through SafetyInput: 100 and 250 µg differ by exactly 150 µg.
        var days = new[]
        {
            new VitaminKFoodDay(Day(0), NutrientAmount.FromMicrograms(100), [new("test:a", "A", 100, NutrientAmount.FromMicrograms(100), false)]),
            new VitaminKFoodDay(Day(1), NutrientAmount.FromMicrograms(250), [new("test:b", "Beans, cooked", 100, NutrientAmount.FromMicrograms(250), false)]),
        };
        var food = Assert.Single(Evaluate(new(Woman()) { Medications = [Med("warfarin")], VitaminKFoodDays = days }).With(SafetyFindingCodes.VkaVitaminKFood));
        Assert.Contains("250 µg on 17 Nov (100 g beans), against 100 µg on 16 Nov", food.Message);
    }

    [Theory]
    [InlineData("apixaban")]
    [InlineData("Eliquis")]
    [InlineData("rivaroxaban")]
    [InlineData("dabigatran")]
    [InlineData("edoxaban")]
    public void A_DOAC_user_with_natto_and_spinach_gets_no_VKA_finding(string name)
    {
        var findings = Check(name, Week(Row(1, Sr28Foods.Natto, 45), Row(2, Sr28Foods.Spinach, 250)));

        Assert.DoesNotContain(findings, f => f.Code.StartsWith("VKA_", StringComparison.Ordinal));
        Assert.Single(findings.With(SafetyFindingCodes.DoacNoVitaminKInteraction));
    }

    [Fact]
    public void No_anticoagulant_no_finding_from_the_diary()
    {
        var findings = Evaluate(new(Woman()) { VitaminKFoodDays = Days(Week(Row(1, Sr28Foods.Natto, 45))) });
        Assert.Empty(findings.With(SafetyFindingCodes.VkaVitaminKFood));
    }

    [Theory]
    [InlineData("Coumadin")]
    [InlineData("Sintrom")]
    [InlineData("Marcoumar")]
    [InlineData("Previscan")]
    public void Every_vitamin_K_antagonist_is_checked(string name)
    {
        var food = Assert.Single(Check(name, Week(Row(1, Sr28Foods.Natto, 45))).With(SafetyFindingCodes.VkaVitaminKFood));
        Assert.Contains(name, food.Reason);
    }

    [Fact]
    public void A_supplement_and_natto_give_both_codes()
    {
        var findings = Evaluate(new(Woman()) { Medications = [Med("warfarin")], Supplements = [Mk7(100)], VitaminKFoodDays = Days(Week(Row(1, Sr28Foods.Natto, 45))) });

        Assert.Equal(SafetyFindingCodes.VkaVitaminK, findings[0].Code);
        Assert.Equal(SafetyFindingCodes.VkaVitaminKFood, findings[1].Code);
        Assert.Empty(findings.With(SafetyFindingCodes.VkaKeepVitaminKSteady));
    }

    [Fact]
    public void Natto_and_a_spinach_day_are_named_apart()
    {
        // Natto (45 g = 432.9 µg) on 17 and 19 Nov, 250 g spinach (1,207.25 µg) on 21 Nov.
        var food = Assert.Single(Check("warfarin", Week(Row(1, Sr28Foods.Natto, 45), Row(3, Sr28Foods.Natto, 45), Row(5, Sr28Foods.Spinach, 250)))
            .With(SafetyFindingCodes.VkaVitaminKFood));

        Assert.Contains("natto on 17 and 19 Nov", food.Message);
        Assert.Contains("up to 433 µg on days with natto and 1,207 µg on 21 Nov (250 g spinach)", food.Message);
    }

    [Theory]
    [InlineData("usda:16113", "Natto", true)]
    [InlineData("lit:natto-jp", "Natto (fermented soybeans), Japan", true)]
    [InlineData("x:1", "Nattō, homemade", true)]
    [InlineData("usda:02074", "Seasoning mix, dry, sazon, coriander & annatto", false)]
    [InlineData("usda:16108", "Soybeans, mature seeds, raw", false)]
    public void Natto_is_known_by_id_or_by_the_word(string id, string name, bool natto)
    {
        Assert.Equal(natto, VitaminKFoods.IsNatto(id, name));
    }

    [Theory]
    [InlineData(150.0, true)]
    [InlineData(149.9, false)]
    public void A_portion_is_high_in_vitamin_K_from_150_micrograms(double grams, bool high)
    {
        Assert.Equal(high, VitaminKFoods.Entry(Row(0, Greens, grams)).IsHighVitaminK);
        Assert.True(VitaminKFoods.Entry(Row(0, Sr28Foods.Natto, 1)).IsHighVitaminK);
    }

    [Fact]
    public void Days_leave_out_rows_outside_the_window_and_sum_the_rest()
    {
        var days = VitaminKFoods.Days([Row(-1, Sr28Foods.Natto, 45), Row(0, Sr28Foods.Spinach, 100), Row(0, Sr28Foods.KaleRaw, 100)], Mon, Mon.AddDays(6));

        var day = Assert.Single(days);
        Assert.Equal(Mon, day.Date);
        Assert.Equal(482.9 + 704.8, day.VitaminK.Micrograms, 9);
    }

    [Fact]
    public void The_assessor_passes_the_diary_window_to_the_rule()
    {
        // Through the Assessor: natto on 17 Nov in a warfarin user's diary; a DOAC user's same diary gives none.
        var diary = Week(Row(1, Sr28Foods.Natto, 45));
        var warfarin = GuidanceFixtures.Assess(new AssessmentInput(GuidanceFixtures.Woman(74)) { Medications = [Med("warfarin")], Diary = diary });
        var apixaban = GuidanceFixtures.Assess(new AssessmentInput(GuidanceFixtures.Woman(74)) { Medications = [Med("apixaban")], Diary = diary });

        Assert.Contains("natto on 17 Nov", Assert.Single(warfarin.Findings, f => f.Code == SafetyFindingCodes.VkaVitaminKFood).Message);
        Assert.DoesNotContain(warfarin.Findings, f => f.Code == SafetyFindingCodes.VkaKeepVitaminKSteady);
        Assert.DoesNotContain(apixaban.Findings, f => f.Code.StartsWith("VKA_", StringComparison.Ordinal));
    }

    [Fact]
    public void The_assessor_looks_only_at_the_last_seven_days()
    {
        // Natto on 9 Nov falls out of the window 16–22 Nov that the intake is averaged over.
        var diary = Week().Append(DiaryEntry.InGrams(new DateOnly(2026, 11, 9), Sr28Foods.Natto, 45)).ToArray();
        var a = GuidanceFixtures.Assess(new AssessmentInput(GuidanceFixtures.Woman(74)) { Medications = [Med("warfarin")], Diary = diary });

        Assert.DoesNotContain(a.Findings, f => f.Code == SafetyFindingCodes.VkaVitaminKFood);
        Assert.Contains(a.Findings, f => f.Code == SafetyFindingCodes.VkaKeepVitaminKSteady);
    }
}
