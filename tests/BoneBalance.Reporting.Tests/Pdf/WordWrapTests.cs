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

    [Property]
    public bool Long_words_are_cut_into_pieces_that_fit_and_lose_nothing(NonEmptyArray<PositiveInt> wordLengths, PositiveInt extra)
    {
        var words = wordLengths.Get.Select((n, i) => new string((char)('a' + i % 26), 1 + n.Get % 200)).ToList();
        var width = 5 + extra.Get % 20;
        var lines = WordWrap.Lines(string.Join(' ', words), width, Count);
        return lines.All(l => l.Length <= width) && string.Concat(lines).Replace(" ", string.Empty, StringComparison.Ordinal) == string.Concat(words);
    }

    /// <summary>The cost of wrapping (characters handed to the measuring function, which is what costs in the PDF) grows
    /// linearly with a long word: twice the word, about twice the work, and a small multiple of its length. Measuring the
    /// rest of the word at every cut, as before, made it 4× for 2× and 200× the length here.</summary>
    [Theory]
    [InlineData(50)]
    [InlineData(90)]
    public void Wrapping_a_long_word_measures_a_number_of_characters_linear_in_its_length(int width)
    {
        long Measured(int length)
        {
            long total = 0;
            WordWrap.Lines("before " + new string('x', length) + " after", width, t =>
            {
                total += t.Length;
                return t.Length;
            });
            return total;
        }

        var single = Measured(10_000);
        var twice = Measured(20_000);
        Assert.InRange(twice, 1.9 * single, 2.1 * single);
        Assert.True(twice <= 2 * width * 20_000L, $"{twice} characters measured for a 20,000-character word");
    }
}
