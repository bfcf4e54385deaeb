using BoneBalance.Data.Search;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace BoneBalance.Data.Tests.Search;

/// <summary>Word splitting and the bounded edit distance behind typo tolerance.</summary>
public sealed class SearchTextTests
{
    [Fact]
    public void Words_are_lower_case_accent_folded_and_split_at_punctuation()
    {
        Assert.Equal(["creme", "fraiche", "2", "fat"], SearchText.Words("Crème fraîche, 2% fat"));
        Assert.Equal(["pate", "de", "foie", "gras"], SearchText.Words("Pâté de foie gras"));
        Assert.Empty(SearchText.Words(" ,; "));
    }

    [Theory]
    [InlineData("chese", "cheese", 1)]   // one deletion
    [InlineData("gouda", "goudа", 1)]    // last letter Cyrillic а: one substitution
    [InlineData("chesee", "cheese", 1)]  // adjacent swap counts once
    [InlineData("brocoli", "broccoli", 1)]
    [InlineData("natto", "natto", 0)]
    [InlineData("kale", "milk", 3)]      // beyond the limit of 2: reported as limit + 1
    public void Distance_examples(string a, string b, int expected)
    {
        Assert.Equal(expected, SearchText.Distance(a, b, limit: 2));
    }

    [Property(MaxTest = 500)]
    public Property Bounded_distance_equals_the_full_optimal_string_alignment_distance_capped_at_limit_plus_one()
    {
        var word = Gen.Elements('a', 'b', 'c', 'd').ArrayOf().Select(c => new string(c));
        return Prop.ForAll(word.ToArbitrary(), word.ToArbitrary(), Gen.Choose(0, 3).ToArbitrary(), (a, b, limit) =>
            SearchText.Distance(a, b, limit) == Math.Min(FullOsa(a, b), limit + 1));
    }

    /// <summary>The textbook optimal-string-alignment distance, computed over the whole table.</summary>
    private static int FullOsa(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }
}
