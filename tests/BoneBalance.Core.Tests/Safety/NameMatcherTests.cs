using BoneBalance.Core.Safety;
using FsCheck.Xunit;

namespace BoneBalance.Core.Tests.Safety;

public sealed class NameMatcherTests
{
    private static NameMatcher<string> Matcher()
    {
        var matcher = new NameMatcher<string>();
        matcher.Add("warfarin", "VKA");
        matcher.Add("chronic kidney disease", "CKD");
        matcher.Add("chronic kidney disease stage 4", "CKD4");
        matcher.Add("carbamazepine", "AED");
        matcher.Add("tegretol", "AED");
        return matcher;
    }

    [Theory]
    [InlineData("Warfarin Sodium 5 MG Oral Tablet", new[] { "VKA" })]
    [InlineData("Carbamazepine[Tegretol]", new[] { "AED" })]
    [InlineData("CHRONIC kidney-disease, stage 4", new[] { "CKD4" })]
    [InlineData("chronic kidney disease", new[] { "CKD" })]
    [InlineData("kidney disease", new string[0])]
    [InlineData("", new string[0])]
    [InlineData("  ,, ", new string[0])]
    public void Finds_whole_words_ignoring_case_and_punctuation_longest_name_only(string text, string[] expected)
    {
        Assert.Equal(expected, Matcher().Find(text));
    }

    [Fact]
    public void Finds_in_a_name_longer_than_the_stack_buffer()
    {
        var text = string.Concat(Enumerable.Repeat("x ", 200)) + "warfarin";
        Assert.Equal(["VKA"], Matcher().Find(text));
    }

    [Fact]
    public void Every_word_of_a_name_must_match_not_only_the_first()
    {
        Assert.Empty(Matcher().Find("chronic liver disease"));
        Assert.Empty(Matcher().Find("chronic kidney failure"));
    }

    [Fact]
    public void Overlapping_names_that_do_not_contain_each_other_both_count()
    {
        var matcher = new NameMatcher<string>();
        matcher.Add("a b c", "ABC");
        matcher.Add("c d", "CD");
        Assert.Equal(["ABC", "CD"], matcher.Find("a b c d"));
    }

    // 128 one-letter words in 255 characters (the most a 256-character stack buffer can hold) and 129 in 257 (heap).
    [Theory]
    [InlineData(127)]
    [InlineData(128)]
    public void A_text_made_only_of_one_letter_words_is_split_whole(int others)
    {
        var matcher = new NameMatcher<string>();
        matcher.Add("k", "K");
        var text = string.Join(" ", Enumerable.Repeat("a", others).Append("k"));
        Assert.Equal(["K"], matcher.Find(text));
    }

    [Fact]
    public void A_name_without_letters_or_digits_is_refused()
    {
        var matcher = new NameMatcher<string>();
        Assert.Throws<ArgumentException>(() => matcher.Add(" - ", "X"));
    }

    [Fact]
    public void The_same_name_for_the_same_value_is_added_once()
    {
        var matcher = new NameMatcher<string>();
        const string value = "VKA";
        matcher.Add("warfarin", value);
        matcher.Add("Warfarin", value);
        Assert.Equal([value], matcher.Find("warfarin"));
        Assert.Throws<ArgumentException>(() => matcher.Add("warfarin", "other"));
    }

    [Theory]
    [InlineData("Warfarin", "warfarin", true)]
    [InlineData("  warfarin  sodium ", "Warfarin-Sodium", true)]
    [InlineData("warfarin sodium", "warfarinsodium", false)]
    [InlineData("", " ,", true)]
    public void Same_words_ignores_case_punctuation_and_spacing(string a, string b, bool same)
    {
        Assert.Equal(same, NameMatcher<string>.SameWords(a, b));
    }

    // The definition: the word lists are equal.
    [Property]
    public bool Same_words_is_equality_of_the_word_lists(string a, string b)
    {
        a ??= string.Empty;
        b ??= string.Empty;
        return NameMatcher<string>.SameWords(a, b) == NameMatcher<string>.Words(a).SequenceEqual(NameMatcher<string>.Words(b))
            && NameMatcher<string>.SameWords(a, a);
    }
}
