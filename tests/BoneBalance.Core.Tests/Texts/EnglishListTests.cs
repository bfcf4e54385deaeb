using BoneBalance.Core.Texts;
using FsCheck.Xunit;

namespace BoneBalance.Core.Tests.Texts;

public sealed class EnglishListTests
{
    [Theory]
    [InlineData(new string[0], "")]
    [InlineData(new[] { "warfarin" }, "warfarin")]
    [InlineData(new[] { "warfarin", "apixaban" }, "warfarin and apixaban")]
    [InlineData(new[] { "nosebleeds", "easy bruising", "blood in urine" }, "nosebleeds, easy bruising and blood in urine")]
    [InlineData(new[] { "a", "", "c", "d" }, "a, , c and d")]
    public void Joins_with_commas_and_a_final_and(string[] parts, string expected)
    {
        Assert.Equal(expected, EnglishList.Of(parts));
        Assert.Equal(expected, EnglishList.Of(parts.Select(p => p))); // a lazy sequence reads the same
    }

    // The definition it replaced: all but the last joined with ", ", then " and " and the last.
    [Property]
    public bool Matches_string_join_of_all_but_the_last_then_and_the_last(string[] parts)
    {
        var list = parts.Select(p => p ?? string.Empty).ToList();
        var expected = list.Count switch
        {
            0 => string.Empty,
            1 => list[0],
            _ => string.Join(", ", list.Take(list.Count - 1)) + " and " + list[^1],
        };
        return EnglishList.Of(list) == expected;
    }
}
