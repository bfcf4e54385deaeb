using BoneBalance.Reporting.Pdf;
using FsCheck;
using FsCheck.Xunit;

namespace BoneBalance.Reporting.Tests.Pdf;

public sealed class WordWrapTests
{
    // Every character one unit wide: widths can be counted by hand.
    private static double Count(string text) => text.Length;

    [Fact]
    public void Breaks_at_spaces_by_hand()
    {
        Assert.Equal(["aaa bbb", "ccc"], WordWrap.Lines("aaa bbb ccc", 7, Count));
        Assert.Equal(["aaa", "bbb", "ccc"], WordWrap.Lines("aaa bbb ccc", 6, Count));
        Assert.Equal(["aaa bbb ccc"], WordWrap.Lines("aaa  bbb ccc", 11, Count));
    }

    [Fact]
    public void A_word_longer_than_the_line_is_cut()
    {
        Assert.Equal(["ab", "abcde", "fghij", "k"], WordWrap.Lines("ab abcdefghijk", 5, Count));
    }

    [Fact]
    public void Line_breaks_are_kept()
    {
        Assert.Equal(["one", "two three"], WordWrap.Lines("one\ntwo three", 20, Count));
    }

    [Property]
    public bool Lines_fit_and_keep_every_word(NonEmptyArray<PositiveInt> wordLengths, PositiveInt extra)
    {
        var words = wordLengths.Get.Select((n, i) => new string((char)('a' + i % 26), 1 + n.Get % 12)).ToList();
        var width = 12 + extra.Get % 30;
        var lines = WordWrap.Lines(string.Join(' ', words), width, Count);
        return lines.All(l => l.Length <= width) && string.Join(' ', lines) == string.Join(' ', words);
    }
}
