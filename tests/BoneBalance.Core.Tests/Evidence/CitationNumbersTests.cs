using BoneBalance.Core.Evidence;

namespace BoneBalance.Core.Tests.Evidence;

public sealed class CitationNumbersTests
{
    private static readonly Citation A = new("A", "Title A", "J", 2001);
    private static readonly Citation B = new("B", "Title B", "J", 2002);
    private static readonly Citation C = new("C", "Title C", "J", 2003);

    [Fact]
    public void Numbers_are_list_positions_from_one_and_an_equal_citation_shares_its_number()
    {
        var numbers = new CitationNumbers([B, A, C]);
        Assert.Equal(1, numbers.NumberOf(B));
        Assert.Equal(2, numbers.NumberOf(A));
        Assert.Equal(3, numbers.NumberOf(new Citation("C", "Title C", "J", 2003)));
        Assert.Equal([B, A, C], numbers.Citations);
    }

    [Fact]
    public void A_marker_lists_each_number_once_ascending_and_leaves_out_unlisted_citations()
    {
        var numbers = new CitationNumbers([B, A]);
        Assert.Equal("[1, 2]", numbers.Marker([A, B, A with { }]));
        Assert.Equal([1, 2], numbers.Numbers([A, B, C]));
        Assert.Equal(0, numbers.NumberOf(C));
        Assert.Equal("", numbers.Marker([C]));
        Assert.Equal("", numbers.Marker([]));
    }
}
