using BoneBalance.Core.Safety;
using BoneBalance.Core.Nutrition;

namespace BoneBalance.Core.Tests.Safety;

/// <summary>
/// How the vitamin K food helpers name a portion for a person (the diary page's warning and VKA_VITAMIN_K_FOOD's message
/// read "45 g natto", "250 g spinach"), and that each of them names the missing argument. Names are SR28's own.
/// </summary>
public class VitaminKFoodsNamesTests
{
    private static readonly DateOnly Mon = new(2026, 11, 16);

    [Theory]
    [InlineData("Spinach, raw", "spinach")]
    [InlineData("Kale, raw", "kale")]
    [InlineData("Natto", "natto")]
    [InlineData("Milk, whole, 3.25% milkfat, with added vitamin D", "milk")]
    [InlineData("USDA Commodity, beef, canned", "USDA Commodity")]
    [InlineData("KFC, Fried Chicken, ORIGINAL RECIPE, Breast, meat and skin with breading", "KFC")]
    [InlineData("  Broccoli  , raw", "broccoli")]
    public void A_short_name_is_the_part_before_the_first_comma_lower_cased_unless_an_abbreviation(string name, string expected) =>
        Assert.Equal(expected, VitaminKFoods.ShortName(name));

    [Theory]
    [InlineData("Ox, tail", "ox")]
    [InlineData("OX, tail", "OX")]
    [InlineData("A", "A")]
    [InlineData("", "")]
    [InlineData(", raw", "")]
    public void Two_letter_short_and_empty_heads_follow_the_same_rule(string name, string expected) =>
        Assert.Equal(expected, VitaminKFoods.ShortName(name));

    [Fact]
    public void A_portion_reads_grams_and_the_short_name()
    {
        Assert.Equal("45 g natto", VitaminKFoods.Entry(DiaryEntry.InGrams(Mon, Sr28Foods.Natto, 45)).Portion);
        Assert.Equal("1,250.5 g spinach", VitaminKFoods.Entry(DiaryEntry.InGrams(Mon, Sr28Foods.Spinach, 1250.5)).Portion);
    }

    [Fact]
    public void Each_helper_names_its_missing_argument()
    {
        Assert.Equal("foodId", Assert.Throws<ArgumentNullException>(() => VitaminKFoods.IsNatto(null!, "Natto")).ParamName);
        Assert.Equal("foodName", Assert.Throws<ArgumentNullException>(() => VitaminKFoods.IsNatto("usda:16113", null!)).ParamName);
        Assert.Equal("entry", Assert.Throws<ArgumentNullException>(() => VitaminKFoods.Entry(null!)).ParamName);
        Assert.Equal("entries", Assert.Throws<ArgumentNullException>(() => VitaminKFoods.Days(null!, Mon, Mon.AddDays(6))).ParamName);
        Assert.Equal("foodName", Assert.Throws<ArgumentNullException>(() => VitaminKFoods.ShortName(null!)).ParamName);
    }
}
